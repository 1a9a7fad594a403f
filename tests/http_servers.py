"""Servers on 127.0.0.1 for the tests of the generated client.

`RecordingServer` is a small scripted HTTP/1.1 server: each test queues the replies it wants
(status, JSON body, headers, an optional stall) or installs a function that answers from the
request, then inspects every request the client sent, byte for byte. `PrismServer` runs the
spec-driven Stoplight Prism mock (installed under tests/mock by `make test`).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import subprocess
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Callable, Deque, Dict, Iterable, Iterator, List, Mapping, Optional, Tuple, Union
from urllib.parse import parse_qsl, unquote, urlsplit

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
MOCK_DIR = REPO_ROOT / "tests" / "mock"
PRISM_BIN = MOCK_DIR / "node_modules" / ".bin" / "prism"

__all__ = [
    "RecordedRequest",
    "Reply",
    "RecordingServer",
    "PrismServer",
    "PrismUnavailable",
    "started_prism",
    "unused_port",
    "wait_for_port",
]


def unused_port() -> int:
    """A port nothing listens on (bound once by us, then released): connecting is refused."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_for_port(port: int, timeout: float, alive: Callable[[], bool] = lambda: True) -> bool:
    """Whether something accepts TCP connections on 127.0.0.1:`port` within `timeout` seconds
    (gives up early once `alive()` is false, e.g. the server process has exited)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and alive():
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return True
        except OSError:
            time.sleep(0.05)
    return False


@dataclass(frozen=True)
class RecordedRequest:
    """One request as the server received it."""

    method: str
    target: str  # the raw request target: percent-encoded path and query
    headers: Tuple[Tuple[str, str], ...]
    body: bytes
    peer: Tuple[str, int] = ("", 0)  # the client's address: one per TCP connection

    @property
    def raw_path(self) -> str:
        return urlsplit(self.target).path

    @property
    def path(self) -> str:
        return unquote(self.raw_path)

    @property
    def raw_query(self) -> str:
        return urlsplit(self.target).query

    @property
    def query(self) -> List[Tuple[str, str]]:
        """The query as (name, value) pairs in the order sent, repeated names kept."""
        return parse_qsl(self.raw_query, keep_blank_values=True, strict_parsing=bool(self.raw_query))

    def header(self, name: str) -> Optional[str]:
        values = self.header_values(name)
        return values[0] if values else None

    def header_values(self, name: str) -> List[str]:
        return [value for key, value in self.headers if key.lower() == name.lower()]

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass(frozen=True)
class Reply:
    """What the server answers to one request."""

    status: int = 200
    body: object = None  # JSON-encoded unless bytes; None: an empty body
    headers: Mapping[str, str] = field(default_factory=dict)
    stall: float = 0.0  # seconds to wait before answering (to provoke client timeouts)
    # A body sent as it is produced: each piece one chunk of `Transfer-Encoding: chunked`, flushed
    # at once (`body` is then ignored). A generator may go on until the client hangs up, which
    # sets the server's `disconnected`.
    chunks: Optional[Iterable[bytes]] = None

    def encoded(self) -> Tuple[bytes, Dict[str, str]]:
        headers = dict(self.headers)
        if self.body is None:
            return b"", headers
        if isinstance(self.body, bytes):
            return self.body, headers
        headers.setdefault("Content-Type", "application/json")
        return json.dumps(self.body).encode(), headers


Responder = Callable[[RecordedRequest], Reply]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, like a real API server
    server: _Server

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        request = RecordedRequest(self.command, self.path, tuple(self.headers.items()), body, self.client_address)
        reply = self.server.owner._record_and_answer(request)
        if reply.stall and self.server.owner._stopping.wait(reply.stall):
            return  # the test is over; nobody is waiting for this answer
        if reply.chunks is not None:
            self._send_chunked(reply, reply.chunks)
            return
        payload, headers = reply.encoded()
        self.send_response(reply.status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def _send_chunked(self, reply: Reply, pieces: Iterable[bytes]) -> None:
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        try:
            for piece in pieces:
                if piece:  # an empty chunk would end the body
                    # Three writes: joining them would copy a large piece.
                    self.wfile.write(b"%x\r\n" % len(piece))
                    self.wfile.write(piece)
                    self.wfile.write(b"\r\n")
                    self.wfile.flush()
            self.wfile.write(b"0\r\n\r\n")
            self.wfile.flush()
        except OSError:  # the client closed the connection before the end
            self.close_connection = True
            self.server.owner.disconnected.set()

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _serve

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base's name
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 1024  # the listen backlog: tests open hundreds of connections at once
    block_on_close = False  # a stalled handler must not hold up the test's teardown
    owner: RecordingServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Clients that time out or close their pool end connections mid-exchange; that is the
        # point of some tests, not a failure of the server.
        pass


class RecordingServer:
    """A scripted HTTP server on 127.0.0.1:<free port>, run in a background thread.

    Replies queued with `reply()` are used first, in order; after that `responder` (if set)
    answers; otherwise the server answers 418 with a JSON note, which the client maps to an
    `APIStatusError` without retrying, so a test that forgot a reply fails loudly.
    """

    def __init__(self, responder: Optional[Responder] = None) -> None:
        self.requests: List[RecordedRequest] = []
        self.responder = responder
        self._queue: Deque[Reply] = deque()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        # Set when a client hangs up in the middle of a chunked reply (see `Reply.chunks`).
        self.disconnected = threading.Event()
        self._httpd = _Server(("127.0.0.1", 0), _Handler)
        self._httpd.owner = self
        # A short poll interval: shutdown() waits for the serving loop to notice it.
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, args=(0.01,), name="RecordingServer", daemon=True
        )

    @property
    def port(self) -> int:
        port: int = self._httpd.server_address[1]
        return port

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def reply(self, *replies: Union[Reply, Mapping[str, Any], List[Any]]) -> None:
        """Queue replies; a plain dict or list stands for `Reply(200, body=it)`."""
        with self._lock:
            for item in replies:
                self._queue.append(item if isinstance(item, Reply) else Reply(200, item))

    def _record_and_answer(self, request: RecordedRequest) -> Reply:
        with self._lock:
            self.requests.append(request)
            if self._queue:
                return self._queue.popleft()
        if self.responder is not None:
            return self.responder(request)
        return Reply(418, {"title": "No reply scripted", "detail": f"{request.method} {request.target}"})

    @property
    def last(self) -> RecordedRequest:
        assert self.requests, "the server received no request"
        return self.requests[-1]

    def start(self) -> RecordingServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> RecordingServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


class PrismUnavailable(RuntimeError):
    """Prism is not installed or would not start; the message says how to fix it."""


class PrismServer:
    """`prism mock SPEC` on 127.0.0.1:<free port>, started and stopped by the test module.

    Prism answers from the spec's examples (or, with `Prefer: dynamic=true`, from its schemas)
    and validates every request against the spec: a request that breaks the spec gets a 4xx
    and an `sl-violations` header listing what was wrong.
    """

    def __init__(self, spec: Path, *, startup_timeout: float = 60.0) -> None:
        self.spec = spec
        self.startup_timeout = startup_timeout
        self.port = unused_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._process: Optional[subprocess.Popen[bytes]] = None
        self._log = b""

    def start(self) -> PrismServer:
        node = shutil.which("node")
        if node is None:
            raise PrismUnavailable("Node.js (`node`) is not on PATH; the mock-server tests need Node.js 18.20+.")
        if not PRISM_BIN.exists():
            raise PrismUnavailable(
                f"Stoplight Prism is not installed ({PRISM_BIN} is missing). Run `make test`, which "
                "installs it, or `npm ci --prefix tests/mock --no-audit --no-fund`."
            )
        command = [node, str(PRISM_BIN), "mock", str(self.spec), "-h", "127.0.0.1", "-p", str(self.port)]
        env = {**os.environ, "NO_COLOR": "1", "FORCE_COLOR": "0"}
        self._process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env
        )
        process = self._process
        # Drain the log in the background: a full pipe would block Prism.
        self._reader = threading.Thread(target=self._read_log, daemon=True)
        self._reader.start()
        if not self._wait_until_listening(process):
            self.stop()
            raise PrismUnavailable(
                f"Prism did not start listening on port {self.port} within {self.startup_timeout:.0f} s "
                f"(exit code {process.returncode}). Its output:\n{self.log}"
            )
        return self

    def _wait_until_listening(self, process: subprocess.Popen[bytes]) -> bool:
        # Prism's own announcement, not just an open port: the port could have been taken by
        # something else between `unused_port()` and Prism binding it.
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline and process.poll() is None:
            if b"Prism is listening" in self._log:
                return wait_for_port(self.port, max(deadline - time.monotonic(), 1.0))
            time.sleep(0.05)
        return False

    def _read_log(self) -> None:
        process = self._process
        assert process is not None and process.stdout is not None
        for line in process.stdout:
            self._log += line

    @property
    def log(self) -> str:
        return self._log.decode("utf-8", "replace")

    def stop(self) -> None:
        process = self._process
        if process is None:
            return
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)
        self._reader.join(timeout=5)
        if process.stdout is not None:
            process.stdout.close()
        self._process = None

    def __enter__(self) -> PrismServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


@contextlib.contextmanager
def started_prism(spec: Path) -> Iterator[PrismServer]:
    """Prism on `spec` for the duration of a test (or a module fixture); the test fails, saying
    how to install Prism, when it cannot be started: those tests are part of what `make test` promises."""
    server = PrismServer(spec)
    problem = None
    try:
        server.start()
    except PrismUnavailable as exc:
        problem = str(exc)
    if problem is not None:
        pytest.fail(f"The Prism mock server is needed here and could not be started: {problem}", pytrace=False)
    try:
        yield server
    finally:
        server.stop()
