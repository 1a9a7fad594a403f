"""Tests of the hand-written runtime copied into every generated package (templates/runtime).

The runtime is assembled into a throwaway package together with a small hand-written client
shaped like the generator's output, then exercised over real HTTP against a fault-injecting
server on 127.0.0.1, for the sync and the async client.
"""

from __future__ import annotations

import ast
import asyncio
import datetime
import email.utils
import importlib
import json
import shutil
import socket
import string
import subprocess
import sys
import threading
import time
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Any, Callable, Dict, Iterator, List, Optional, Tuple, Union
from urllib.parse import parse_qs, parse_qsl, urlsplit

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[1]
RUNTIME = ROOT / "templates" / "runtime"

# ---------------------------------------------------------------------------------------
# A client shaped like the generator's output. `$Prefix` is Sync or Async; the sync and
# async resources differ only where the generated ones do.
# ---------------------------------------------------------------------------------------

CLIENT_HEAD = """\
from __future__ import annotations

import os
from datetime import datetime
from functools import cached_property
from typing import Dict, List, Literal, Mapping, Optional, Union

import httpx

from ._base_client import DEFAULT_MAX_RETRIES, AsyncAPIClient, RequestSpec, SyncAPIClient
from ._models import BaseModel
from ._pagination import AsyncCursorPage, AsyncPaginator, SyncCursorPage
from ._qs import Param
from ._resource import AsyncAPIResource, SyncAPIResource
from ._response import (
    APIResponse,
    AsyncAPIResponse,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from ._types import NOT_GIVEN, Body, FileTypes, Headers, NotGiven, Query


class Event(BaseModel):
    name: Optional[str] = None
    kind: Optional[Literal["start", "end"]] = None


class Run(BaseModel):
    id: Optional[str] = None
    name: Optional[str] = None
    run_type: Optional[Literal["TOOL", "CHAIN"]] = None
    start_time: Optional[datetime] = None
    events: Optional[List[Event]] = None
    feedback_stats: Optional[Dict[str, Event]] = None
"""

RESOURCE_TEMPLATE = """

class ${Prefix}RunsResource(${Prefix}APIResource):
    ${async_}def retrieve(
        self,
        run_id: str,
        *,
        project_id: str,
        selects: Union[List[Literal["ID", "NAME"]], NotGiven] = NOT_GIVEN,
        flag: Union[bool, NotGiven] = NOT_GIVEN,
        trace: Union[str, NotGiven] = NOT_GIVEN,
        session: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> Run:
        return ${await_}self._request(
            RequestSpec(
                method="get",
                path="/v2/runs/{run_id}",
                path_params=(Param("run_id", run_id, "simple", False),),
                query_params=(
                    Param("project_id", project_id, "form", True),
                    Param("selects", selects, "form", True),
                    Param("flag", flag, "form", True),
                ),
                header_params=(Param("X-Trace", trace, "simple", False),),
                cookie_params=(Param("session", session, "form", True),),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Run,
        )

    ${async_}def create(
        self,
        *,
        name: str,
        tags: Union[List[str], NotGiven] = NOT_GIVEN,
        metadata: Union[Dict[str, object], NotGiven] = NOT_GIVEN,
        start_time: Union[datetime, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> Run:
        return ${await_}self._request(
            RequestSpec(
                method="post",
                path="/v2/runs",
                body={"name": name, "tags": tags, "metadata": metadata, "start_time": start_time},
                body_kind="json",
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Run,
        )

    def query(
        self,
        *,
        limit: int,
        cursor: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> ${QueryReturn}:
        return self._request_page(
            RequestSpec(
                method="post",
                path="/v2/runs/query",
                body={"limit": limit, "cursor": cursor},
                body_kind="json",
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                idempotent=True,
            ),
            page=${Page}[Run],
            cast_to=Run,
            cursor_param=("body", "cursor"),
        )

    def list(
        self,
        *,
        cursor: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> ${ListReturn}:
        return self._request_page(
            RequestSpec(
                method="get",
                path="/v2/runs",
                query_params=(Param("cursor", cursor, "form", True),),
                extra_headers=extra_headers,
                timeout=timeout,
            ),
            page=${Page}[Event],
            cast_to=Event,
            cursor_param=("query", "cursor"),
        )

    ${async_}def fetch(self, path: str, *, cast_to: object) -> object:
        return ${await_}self._request(RequestSpec(method="get", path=path), cast_to=cast_to)

    ${async_}def upload(
        self, *, file: FileTypes, note: str, tags: List[str], meta: Dict[str, int]
    ) -> object:
        body = {"file": file, "note": note, "tags": tags, "meta": meta}
        return ${await_}self._request(
            RequestSpec(method="post", path="/echo", body=body, body_kind="multipart"),
            cast_to=object,
        )

    ${async_}def send(self, body: object, kind: str, content_type: Optional[str] = None) -> object:
        spec = RequestSpec(
            method="put", path="/echo", body=body, body_kind=kind, content_type=content_type
        )
        return ${await_}self._request(spec, cast_to=object)

    @cached_property
    def with_raw_response(self) -> ${Prefix}RunsWithRawResponse:
        return ${Prefix}RunsWithRawResponse(self)


class ${Prefix}RunsWithRawResponse:
    def __init__(self, runs: ${Prefix}RunsResource) -> None:
        self.retrieve = ${wrap}(runs.retrieve)
        self.query = ${wrap}(runs.query)


class ${Client}(${Prefix}APIClient):
    def __init__(
        self,
        *,
        api_key: Optional[str] = None,
        base_url: Optional[str] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        http_client: Optional[${HttpxClient}] = None,
    ) -> None:
        self.api_key = api_key if api_key is not None else os.environ.get("FAKE_API_KEY")
        super().__init__(
            base_url=base_url or os.environ.get("FAKE_BASE_URL") or "https://example.invalid",
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            default_headers=default_headers,
            default_query=default_query,
            user_agent="fakepkg/python",
        )

    def auth_headers(self) -> dict[str, str]:
        return {"X-API-Key": self.api_key} if self.api_key else {}

    @cached_property
    def runs(self) -> ${Prefix}RunsResource:
        return ${Prefix}RunsResource(self)
"""

INIT = '''\
"""A throwaway package: the runtime plus a hand-written client."""

from typing import TYPE_CHECKING

from ._utils import lazy_getattr

if TYPE_CHECKING:
    from ._client import AsyncClient as AsyncClient
    from ._client import Client as Client
    from ._client import Run as Run

_EXPORTS = {"Client": "._client", "AsyncClient": "._client", "Run": "._client"}


def __getattr__(name: str) -> object:
    return lazy_getattr(__name__, _EXPORTS, name)
'''


def _client_source() -> str:
    template = string.Template(RESOURCE_TEMPLATE)
    sync = template.substitute(
        Prefix="Sync",
        async_="",
        await_="",
        Page="SyncCursorPage",
        QueryReturn="SyncCursorPage[Run]",
        ListReturn="SyncCursorPage[Event]",
        wrap="to_raw_response_wrapper",
        Client="Client",
        HttpxClient="httpx.Client",
    )
    async_ = template.substitute(
        Prefix="Async",
        async_="async ",
        await_="await ",
        Page="AsyncCursorPage",
        QueryReturn="AsyncPaginator[Run, AsyncCursorPage[Run]]",
        ListReturn="AsyncPaginator[Event, AsyncCursorPage[Event]]",
        wrap="async_to_raw_response_wrapper",
        Client="AsyncClient",
        HttpxClient="httpx.AsyncClient",
    )
    return CLIENT_HEAD + sync + async_


def _write_package(directory: Path, name: str) -> Path:
    package = directory / name
    package.mkdir(parents=True)
    for source in RUNTIME.glob("*.py"):
        shutil.copy(source, package / source.name)
    (package / "__init__.py").write_text(INIT)
    # What the generator renders from the API's title (templates/_package_error.py.jinja).
    (package / "_package_error.py").write_text("class FakeError(Exception):\n    pass\n\n\nPackageError = FakeError\n")
    (package / "_client.py").write_text(_client_source())
    (package / "py.typed").write_text("")
    return package


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    root = tmp_path_factory.mktemp("runtime")
    name = f"fakepkg_{uuid.uuid4().hex[:8]}"
    _write_package(root, name)
    sys.path.insert(0, str(root))
    try:
        yield importlib.import_module(name)
    finally:
        sys.path.remove(str(root))
        for module in [m for m in sys.modules if m == name or m.startswith(name + ".")]:
            del sys.modules[module]


def _mod(pkg: ModuleType, submodule: str) -> Any:
    return importlib.import_module(f"{pkg.__name__}.{submodule}")


# ---------------------------------------------------------------------------------------
# A fault-injecting HTTP server
# ---------------------------------------------------------------------------------------


@dataclass
class Reply:
    status: int = 200
    body: object = None  # JSON-encoded unless bytes/str
    headers: Dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


@dataclass
class Seen:
    method: str
    target: str  # the raw request target, as sent
    headers: Dict[str, str]  # lower-cased names
    body: bytes

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def query(self) -> List[Tuple[str, str]]:
        return parse_qsl(urlsplit(self.target).query, keep_blank_values=True)

    def json(self) -> Any:
        return json.loads(self.body)


RUN_AHEAD_OF_SPEC = {
    "id": "r1",
    "name": None,  # the spec says string
    "run_type": "AGENT",  # not in the spec's enum
    "start_time": "2024-05-01T12:00:00Z",
    "events": [{"name": "a", "kind": "start"}, {"name": "b", "kind": "paused"}],
    "feedback_stats": {"ok": {"kind": "end"}, "odd": {"kind": "new", "extra": 1}},
    "brand_new_field": {"x": 1},
}

PAGES = {  # cursor -> (items, next_cursor, has_more)
    None: ([{"id": "1"}, {"id": "2"}], "c2", True),
    "c2": ([{"id": "3"}, {"id": "4", "run_type": "AGENT"}], "c3", True),
    "c3": ([{"id": "5"}], "c4", False),
}


class FakeServer:
    def __init__(self) -> None:
        self.seen: List[Seen] = []
        self.script: List[Reply] = []
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                seen = Seen(
                    self.command,
                    self.path,
                    {k.lower(): v for k, v in self.headers.items()},
                    self.rfile.read(length),
                )
                with server._lock:
                    server.seen.append(seen)
                    reply = server.script.pop(0) if server.script else server.route(seen)
                time.sleep(reply.delay)
                if isinstance(reply.body, bytes):
                    payload, content_type = reply.body, "application/octet-stream"
                elif isinstance(reply.body, str):
                    payload, content_type = (
                        reply.body.encode(),
                        "text/plain; charset=utf-8",
                    )
                elif reply.body is None:
                    payload, content_type = b"", ""
                else:
                    payload, content_type = (
                        json.dumps(reply.body).encode(),
                        "application/json",
                    )
                try:
                    self.send_response(reply.status)
                    headers = {"Content-Type": content_type, **reply.headers}
                    for key, value in headers.items():
                        if value:
                            self.send_header(key, value)
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                except OSError:  # the client gave up (timeout tests)
                    pass

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def route(self, seen: Seen) -> Reply:
        if seen.path.startswith("/v2/runs/") and seen.path != "/v2/runs/query":
            return Reply(body=RUN_AHEAD_OF_SPEC, headers={"X-Request-Id": "req-1"})
        if seen.path == "/v2/runs/query":
            items, next_cursor, has_more = PAGES[seen.json().get("cursor")]
            body = {"items": items, "next_cursor": next_cursor, "has_more": has_more}
            return Reply(body=body)
        if seen.path == "/v2/runs":
            if seen.method == "POST":
                return Reply(body={**seen.json(), "id": "new"})
            cursor = dict(seen.query).get("cursor")  # has_more absent: next_cursor decides
            items, next_cursor, _ = PAGES[cursor]
            return Reply(
                body={
                    "items": items,
                    "next_cursor": None if cursor == "c3" else next_cursor,
                }
            )
        if seen.path == "/text":
            return Reply(body="plain text")
        if seen.path == "/bytes":
            return Reply(body=b"\x00\x01")
        if seen.path == "/empty":
            return Reply(status=204)
        if seen.path == "/html":
            return Reply(body=b"<html>", headers={"Content-Type": "text/html"})
        if seen.path == "/list":
            return Reply(body=[{"id": "a"}, {"id": "b", "run_type": "AGENT"}])
        if seen.path == "/map":
            return Reply(body={"a": 1, "b": "two"})
        return Reply(body={"echo": seen.body.decode("latin-1")})

    def reset(self, *replies: Reply) -> None:
        with self._lock:
            self.seen.clear()
            self.script[:] = list(replies)

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture(scope="module")
def server() -> Iterator[FakeServer]:
    fake = FakeServer()
    try:
        yield fake
    finally:
        fake.close()


@pytest.fixture()
def srv(server: FakeServer) -> FakeServer:
    server.reset()
    return server


def make_client(pkg: ModuleType, srv: FakeServer, **kwargs: Any) -> Any:
    """A sync client whose sleeps are recorded instead of waited."""
    client = pkg.Client(api_key="sk-test", base_url=srv.url, **kwargs)
    client.sleeps = []
    client._sleep = client.sleeps.append
    return client


@pytest.fixture()
def new_client(pkg: ModuleType, srv: FakeServer) -> Iterator[Callable[..., Any]]:
    """Makes sync clients for the test server, and closes them afterwards."""
    clients: List[Any] = []

    def make(**kwargs: Any) -> Any:
        clients.append(make_client(pkg, srv, **kwargs))
        return clients[-1]

    yield make
    for client in clients:
        client.close()


def make_async_client(pkg: ModuleType, srv: FakeServer, **kwargs: Any) -> Any:
    client = pkg.AsyncClient(api_key="sk-test", base_url=srv.url, **kwargs)
    client.sleeps = []

    async def record(seconds: float) -> None:
        client.sleeps.append(seconds)

    client._sleep = record
    return client


# ---------------------------------------------------------------------------------------
# Static checks
# ---------------------------------------------------------------------------------------


@pytest.mark.slow
def test_runtime_passes_mypy_strict_and_black(tmp_path: Path) -> None:
    # The fake client is included: it checks that generated-style code type-checks against
    # the runtime's signatures (raw wrappers, pages, paginators), not only the runtime itself.
    _write_package(tmp_path, "typed_fakepkg")
    mypy = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--python-version", "3.10"]
        + ["--cache-dir", str(tmp_path / ".mypy_cache"), "typed_fakepkg"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert mypy.returncode == 0, mypy.stdout + mypy.stderr
    black = subprocess.run(
        [
            sys.executable,
            "-m",
            "black",
            "--check",
            "--target-version",
            "py310",
            str(RUNTIME),
        ],
        capture_output=True,
        text=True,
    )
    assert black.returncode == 0, black.stderr


def test_runtime_imports_only_its_siblings_and_allowed_dependencies() -> None:
    # The package is vendored under other packages: relative imports between runtime files,
    # and nothing but the standard library and the declared runtime dependencies.
    allowed = {"pydantic", "pydantic_core", "httpx", "typing_extensions", "anyio"}
    for source in RUNTIME.glob("*.py"):
        for node in ast.walk(ast.parse(source.read_text())):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module or ""]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                assert top in allowed or top in sys.stdlib_module_names, (
                    source.name,
                    name,
                )


# ---------------------------------------------------------------------------------------
# Requests: parameters, headers, bodies
# ---------------------------------------------------------------------------------------


def test_parameters_and_headers_reach_the_server(srv: FakeServer, new_client: Callable[..., Any]) -> None:
    client = new_client(default_headers={"X-Team": "a"}, default_query={"ws": "w1"})
    run = client.runs.retrieve(
        "a/b?c",
        project_id="p 1",
        selects=["ID", "NAME"],
        flag=False,
        trace="t1",
        session="s;1",
        extra_query={"extra": "yes"},
    )
    assert run.id == "r1"
    (seen,) = srv.seen
    assert seen.method == "GET"
    assert seen.path == "/v2/runs/a%2Fb%3Fc"  # a value can never change the route
    assert seen.query == [
        ("ws", "w1"),
        ("project_id", "p 1"),
        ("selects", "ID"),
        ("selects", "NAME"),
        ("flag", "false"),
        ("extra", "yes"),
    ]
    headers = seen.headers
    assert headers["x-api-key"] == "sk-test"
    assert headers["user-agent"] == "fakepkg/python"
    assert headers["accept"] == "application/json"
    assert headers["x-team"] == "a"
    assert headers["x-trace"] == "t1"
    assert headers["cookie"] == "session=s%3B1"
    assert headers["x-retry-count"] == "0"
    assert "idempotency-key" not in headers  # GET


def test_not_given_parameters_are_left_out(pkg: ModuleType, srv: FakeServer, new_client: Callable[..., Any]) -> None:
    new_client().runs.retrieve("r1", project_id="p")
    (seen,) = srv.seen
    assert seen.query == [("project_id", "p")]
    assert "x-trace" not in seen.headers and "cookie" not in seen.headers


def test_empty_path_parameter_is_refused(pkg: ModuleType, srv: FakeServer, new_client: Callable[..., Any]) -> None:
    with pytest.raises(ValueError, match="run_id"):
        new_client().runs.retrieve("", project_id="p")
    assert srv.seen == []


def test_json_body_drops_not_given_and_merges_extras(
    pkg: ModuleType, srv: FakeServer, new_client: Callable[..., Any]
) -> None:
    client = new_client()
    run = client.runs.create(
        name="n",
        tags=_mod(pkg, "_types").NOT_GIVEN,
        metadata={"keep": 1, "drop": None},
        start_time=datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc),
        extra_body={"debug": True},
        extra_headers={"X-Extra": "1", "User-Agent": _mod(pkg, "_types").Omit()},
    )
    (seen,) = srv.seen
    assert seen.method == "POST"
    assert seen.headers["content-type"] == "application/json"
    assert seen.headers["x-extra"] == "1"
    assert seen.headers["user-agent"] != "fakepkg/python"  # Omit removed ours
    assert seen.json() == {
        "name": "n",
        "metadata": {"keep": 1, "drop": None},
        "start_time": "2024-01-02T03:04:05+00:00",
        "debug": True,
    }
    assert uuid.UUID(seen.headers["idempotency-key"])
    assert run.id == "new" and run.model_extra == {
        "metadata": {"keep": 1, "drop": None},
        "debug": True,
    }


def test_nested_not_given_is_dropped(pkg: ModuleType, srv: FakeServer, new_client: Callable[..., Any]) -> None:
    not_given = _mod(pkg, "_types").NOT_GIVEN
    new_client().runs.create(name="n", metadata={"a": not_given, "b": [{"c": not_given}]})
    assert srv.seen[0].json() == {"name": "n", "metadata": {"b": [{}]}}


def test_other_body_kinds(pkg: ModuleType, srv: FakeServer, new_client: Callable[..., Any]) -> None:
    runs = new_client().runs
    runs.send({"a": [1, 2], "b": True, "c": None}, "form")
    runs.send("héllo", "text")
    runs.send(b"\x00raw", "binary", "image/png")
    runs.send({"op": "replace"}, "json", "application/merge-patch+json")
    form, text, binary, merge_patch = srv.seen
    assert form.headers["content-type"] == "application/x-www-form-urlencoded"
    assert parse_qs(form.body.decode()) == {"a": ["1", "2"], "b": ["true"]}
    assert text.headers["content-type"].startswith("text/plain") and text.body == "héllo".encode()
    assert binary.headers["content-type"] == "image/png" and binary.body == b"\x00raw"
    assert merge_patch.headers["content-type"] == "application/merge-patch+json"


def test_multipart_body(pkg: ModuleType, srv: FakeServer, new_client: Callable[..., Any]) -> None:
    runs = new_client().runs
    runs.upload(
        file=("a.txt", b"file-content", "text/plain"),
        note="hi",
        tags=["x", "y"],
        meta={"n": 1},
    )
    (seen,) = srv.seen
    assert seen.headers["content-type"].startswith("multipart/form-data; boundary=")
    body = seen.body.decode()
    assert 'name="file"; filename="a.txt"' in body and "file-content" in body
    assert 'name="note"\r\n\r\nhi' in body
    assert body.count('name="tags"') == 2
    assert '{"n": 1}' in body


def test_an_empty_multipart_form_is_still_a_form(pkg: ModuleType, srv: FakeServer, new_client: Callable[..., Any]) -> None:
    """A required form whose fields are all optional and left out: a form with no parts, not
    no body at all (which a server reads as the required body missing)."""
    new_client().runs.send({}, "multipart")
    (seen,) = srv.seen
    content_type = seen.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    boundary = content_type.split("boundary=", 1)[1]
    assert seen.body == f"--{boundary}--\r\n".encode()


def test_a_form_described_as_one_file_sends_that_file(pkg: ModuleType, srv: FakeServer, new_client: Callable[..., Any]) -> None:
    """`multipart/form-data: {schema: {type: string, format: binary}}`: the method takes the file
    itself, which must not be dropped for not being a mapping of fields."""
    runs = new_client().runs
    runs.send(b"file content", "multipart")
    (seen,) = srv.seen
    assert 'name="file"; filename="upload"' in seen.body.decode() and b"file content" in seen.body
    with pytest.raises(TypeError, match="Expected a file or a mapping of form fields, got int"):
        runs.send(5, "multipart")


def test_uploads_take_paths_bytes_files_and_tuples(
    pkg: ModuleType, srv: FakeServer, new_client: Callable[..., Any], tmp_path: Path
) -> None:
    report = tmp_path / "report.csv"
    report.write_bytes(b"a,b\n1,2\n")
    runs = new_client().runs
    runs.upload(file=report, note="path", tags=[], meta={})
    runs.upload(file=("renamed.csv", report, "text/csv"), note="tuple", tags=[], meta={})
    with report.open("rb") as opened:
        runs.upload(file=opened, note="file", tags=[], meta={})
    runs.send(report, "binary", "text/csv")
    runs.send(("r.csv", report), "binary")
    path_part, tuple_part, file_part, binary, binary_tuple = srv.seen
    # A path is sent as the file's bytes under its own name, never as the text of the path.
    assert 'name="file"; filename="report.csv"' in path_part.body.decode() and b"a,b\n1,2" in path_part.body
    assert str(report).encode() not in path_part.body
    assert 'filename="renamed.csv"\r\nContent-Type: text/csv' in tuple_part.body.decode()
    assert b"a,b\n1,2" in tuple_part.body and b"a,b\n1,2" in file_part.body
    assert binary.body == binary_tuple.body == b"a,b\n1,2\n"
    assert binary.headers["content-type"] == "text/csv"


def test_an_upload_that_is_not_a_file_is_refused_before_sending(
    pkg: ModuleType, srv: FakeServer, new_client: Callable[..., Any]
) -> None:
    runs = new_client().runs
    with pytest.raises(TypeError, match="pass a pathlib.Path"):
        runs.send("/tmp/report.csv", "binary")
    with pytest.raises(TypeError, match="got int"):
        runs.send(5, "binary")
    with pytest.raises(TypeError, match="multipart field 'file'"):
        runs.upload(file=("name.txt", "not bytes"), note="n", tags=[], meta={})
    with pytest.raises(TypeError, match="not JSON serializable"):
        runs.upload(file=b"x", note=object(), tags=[], meta={})  # would have been sent as its repr
    assert srv.seen == []


def test_async_uploads_read_paths_off_the_event_loop(
    pkg: ModuleType, srv: FakeServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = tmp_path / "report.bin"
    report.write_bytes(bytes(range(256)) * 64)
    body_module = sys.modules[pkg.__name__ + "._body"]
    readers: List[str] = []
    real_read = body_module._read_bytes

    def recording_read(path: Any) -> bytes:
        readers.append(threading.current_thread().name)
        return bytes(real_read(path))

    monkeypatch.setattr(body_module, "_read_bytes", recording_read)

    async def main() -> None:
        async with make_async_client(pkg, srv) as client:
            await client.runs.upload(file=report, note="n", tags=[], meta={})
            await client.runs.send(report, "binary")
            loop_thread = threading.current_thread().name
            assert readers and loop_thread not in readers

    asyncio.run(main())
    part, binary = srv.seen
    assert 'filename="report.bin"' in part.body.decode("latin-1") and bytes(range(256)) * 64 in part.body
    assert binary.body == bytes(range(256)) * 64


# ---------------------------------------------------------------------------------------
# Retries, timeouts, errors
# ---------------------------------------------------------------------------------------


def test_retries_5xx_with_backoff_and_one_idempotency_key(
    pkg: ModuleType, srv: FakeServer, new_client: Callable[..., Any]
) -> None:
    srv.reset(Reply(500), Reply(502))
    client = new_client()
    assert client.runs.create(name="n").id == "new"
    assert [s.headers["x-retry-count"] for s in srv.seen] == ["0", "1", "2"]
    assert len({s.headers["idempotency-key"] for s in srv.seen}) == 1
    first, second = client.sleeps
    assert 0.375 <= first <= 0.5 and 0.75 <= second <= 1.0  # exponential, with jitter


def test_retry_after_headers_are_honoured(pkg: ModuleType, srv: FakeServer, new_client: Callable[..., Any]) -> None:
    # An HTTP date 45 s ahead: the pause the client derives from it shrinks by however long the
    # machine takes to get there, so the check allows half a minute of that. Anything above 8 s is
    # the date honoured: the client's own backoff never waits that long.
    in_45s = email.utils.format_datetime(
        datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(seconds=45),
        usegmt=True,
    )
    srv.reset(
        Reply(429, headers={"retry-after-ms": "250"}),
        Reply(503, headers={"Retry-After": "2"}),
        Reply(503, headers={"Retry-After": in_45s}),
        Reply(503, headers={"Retry-After": "3600"}),  # unreasonable: ignored
    )
    client = new_client(max_retries=4)
    client.runs.retrieve("r", project_id="p")
    assert len(srv.seen) == 5
    ms, seconds, date, ignored = client.sleeps
    assert ms == 0.25 and seconds == 2.0 and 15.0 < date <= 45.0 and ignored <= 8.0


def test_408_409_are_retried_and_x_should_retry_wins(
    pkg: ModuleType, srv: FakeServer, new_client: Callable[..., Any]
) -> None:
    srv.reset(Reply(408), Reply(409))
    new_client().runs.retrieve("r", project_id="p")
    assert len(srv.seen) == 3
    srv.reset(Reply(400, headers={"x-should-retry": "true"}))
    new_client().runs.retrieve("r", project_id="p")
    assert len(srv.seen) == 2
    srv.reset(Reply(503, {"detail": "down"}, headers={"x-should-retry": "false"}))
    with pytest.raises(_mod(pkg, "_exceptions").InternalServerError):
        new_client().runs.retrieve("r", project_id="p")
    assert len(srv.seen) == 1


@pytest.mark.parametrize(
    "status, name",
    [
        (400, "BadRequestError"),
        (401, "AuthenticationError"),
        (403, "PermissionDeniedError"),
        (404, "NotFoundError"),
        (422, "UnprocessableEntityError"),
        (418, "APIStatusError"),
    ],
)
def test_client_errors_are_typed_and_not_retried(
    pkg: ModuleType,
    srv: FakeServer,
    status: int,
    name: str,
    new_client: Callable[..., Any],
) -> None:
    exceptions = _mod(pkg, "_exceptions")
    problem = {
        "type": "about:blank",
        "title": "Bad thing",
        "detail": "x is wrong",
        "status": status,
    }
    srv.reset(Reply(status, problem, headers={"X-Request-Id": "req-9"}))
    with pytest.raises(exceptions.APIStatusError) as info:
        new_client().runs.retrieve("r", project_id="p")
    error = info.value
    assert type(error).__name__ == name and isinstance(error, exceptions.APIError)
    assert error.status_code == status and error.body == problem
    assert str(error) == f"Error code: {status} - Bad thing: x is wrong"
    assert error.request_id == "req-9" and error.request.url.path == "/v2/runs/r"
    assert len(srv.seen) == 1


def test_exhausted_retries_raise_the_last_error(
    pkg: ModuleType, srv: FakeServer, new_client: Callable[..., Any]
) -> None:
    exceptions = _mod(pkg, "_exceptions")
    srv.reset(Reply(429), Reply(429), Reply(429, "<html>slow down</html>"))
    with pytest.raises(exceptions.RateLimitError, match="slow down"):
        new_client().runs.retrieve("r", project_id="p")
    srv.reset(Reply(500), Reply(500, {"error": {"message": "boom"}}))
    with pytest.raises(exceptions.InternalServerError, match="Error code: 500 - boom"):
        new_client(max_retries=1).runs.retrieve("r", project_id="p")


def test_timeouts(pkg: ModuleType, srv: FakeServer, new_client: Callable[..., Any]) -> None:
    exceptions = _mod(pkg, "_exceptions")
    srv.reset(Reply(delay=0.5), Reply(delay=0.5))
    client = new_client(max_retries=1, timeout=0.1)
    with pytest.raises(exceptions.APITimeoutError) as info:
        client.runs.retrieve("r", project_id="p")
    assert isinstance(info.value, exceptions.APIConnectionError)
    assert len(srv.seen) == 2 and len(client.sleeps) == 1
    # A per-call timeout overrides the client's.
    srv.reset(Reply(body=RUN_AHEAD_OF_SPEC, delay=0.3))
    client = new_client(max_retries=0, timeout=0.05)
    assert client.runs.retrieve("r", project_id="p", timeout=2.0).id == "r1"


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_connection_refused(pkg: ModuleType) -> None:
    exceptions = _mod(pkg, "_exceptions")
    with pkg.Client(base_url=f"http://127.0.0.1:{_closed_port()}") as client:
        sleeps: List[float] = []
        client._sleep = sleeps.append
        with pytest.raises(exceptions.APIConnectionError) as info:
            client.runs.retrieve("r", project_id="p")
    assert not isinstance(info.value, exceptions.APITimeoutError)
    assert len(sleeps) == 2  # max_retries defaults to 2


# ---------------------------------------------------------------------------------------
# Responses
# ---------------------------------------------------------------------------------------


def test_response_is_parsed_leniently(pkg: ModuleType, srv: FakeServer, new_client: Callable[..., Any]) -> None:
    run = new_client().runs.retrieve("r", project_id="p")
    assert type(run).__name__ == "Run"
    assert run.run_type == "AGENT" and run.name is None
    assert run.start_time == datetime.datetime(2024, 5, 1, 12, tzinfo=datetime.timezone.utc)
    good, bad = run.events
    assert type(good).__name__ == "Event" and good.kind == "start"
    assert type(bad).__name__ == "Event" and bad.kind == "paused"
    assert run.feedback_stats["odd"].kind == "new" and run.feedback_stats["odd"].extra == 1
    assert run.brand_new_field == {"x": 1}
    assert run.to_dict(warnings=False) == RUN_AHEAD_OF_SPEC | {
        "start_time": datetime.datetime(2024, 5, 1, 12, tzinfo=datetime.timezone.utc)
    }
    assert json.loads(run.to_json(warnings=False))["run_type"] == "AGENT"


def test_response_types(pkg: ModuleType, srv: FakeServer, new_client: Callable[..., Any]) -> None:
    runs = new_client().runs
    client_module = _mod(pkg, "_client")
    assert runs.fetch("/text", cast_to=str) == "plain text"
    assert runs.fetch("/bytes", cast_to=bytes) == b"\x00\x01"
    assert runs.fetch("/empty", cast_to=type(None)) is None
    assert runs.fetch("/empty", cast_to=object) is None
    assert runs.fetch("/map", cast_to=Dict[str, int]) == {
        "a": 1,
        "b": "two",
    }  # kept as is
    assert runs.fetch("/map", cast_to=object) == {"a": 1, "b": "two"}
    first, second = runs.fetch("/list", cast_to=List[client_module.Run])
    assert type(first).__name__ == type(second).__name__ == "Run" and second.run_type == "AGENT"
    with pytest.raises(_mod(pkg, "_exceptions").APIResponseValidationError):
        runs.fetch("/html", cast_to=client_module.Run)


def test_raw_response(pkg: ModuleType, srv: FakeServer, new_client: Callable[..., Any]) -> None:
    client = new_client()
    raw = client.runs.with_raw_response.retrieve("r", project_id="p")
    assert type(raw).__name__ == "APIResponse"
    assert raw.status_code == 200 and raw.headers["x-request-id"] == "req-1"
    assert raw.url.path == "/v2/runs/r" and raw.json()["id"] == "r1"
    run = raw.parse()
    assert run.run_type == "AGENT" and raw.parse() is run
    assert not any(name.startswith("x-client-raw") for name in srv.seen[0].headers)


# ---------------------------------------------------------------------------------------
# Pagination
# ---------------------------------------------------------------------------------------


def test_cursor_pagination_in_the_body(pkg: ModuleType, srv: FakeServer, new_client: Callable[..., Any]) -> None:
    runs = new_client().runs
    page = runs.query(limit=2)
    assert [r.id for r in page.items] == ["1", "2"] and page.has_next_page()
    assert [r.id for r in page] == ["1", "2", "3", "4", "5"]
    assert [s.json() for s in srv.seen] == [
        {"limit": 2},
        {"limit": 2, "cursor": "c2"},
        {"limit": 2, "cursor": "c3"},
    ]
    assert "idempotency-key" not in srv.seen[0].headers  # idempotent=True
    last = list(page.iter_pages())[-1]
    assert last.next_cursor == "c4" and last.has_more is False and not last.has_next_page()
    with pytest.raises(RuntimeError):
        last.get_next_page()


def test_cursor_pagination_in_the_query(pkg: ModuleType, srv: FakeServer, new_client: Callable[..., Any]) -> None:
    page = new_client().runs.list()
    assert page.has_more is None
    assert [event.id for event in page] == list("12345")  # `id` is an extra field of Event
    assert [s.query for s in srv.seen] == [[], [("cursor", "c2")], [("cursor", "c3")]]


def test_raw_response_of_a_paginated_method(pkg: ModuleType, srv: FakeServer, new_client: Callable[..., Any]) -> None:
    raw = new_client().runs.with_raw_response.query(limit=2)
    assert raw.json()["next_cursor"] == "c2"
    assert [r.id for r in raw.parse()] == ["1", "2", "3", "4", "5"]
    assert all("x-client-raw-response" not in s.headers for s in srv.seen)


# ---------------------------------------------------------------------------------------
# The async client
# ---------------------------------------------------------------------------------------


def test_async_client(pkg: ModuleType, srv: FakeServer) -> None:
    exceptions = _mod(pkg, "_exceptions")

    async def main() -> None:
        async with make_async_client(pkg, srv) as client:
            srv.reset(Reply(500), Reply(429, headers={"retry-after-ms": "10"}))
            run = await client.runs.create(name="n")
            assert run.id == "new" and client.sleeps[1] == 0.01
            assert len({s.headers["idempotency-key"] for s in srv.seen}) == 1

            srv.reset()
            run = await client.runs.retrieve("r", project_id="p", selects=["ID"])
            assert run.run_type == "AGENT" and srv.seen[0].query == [
                ("project_id", "p"),
                ("selects", "ID"),
            ]

            srv.reset(Reply(404, {"detail": "no such run"}))
            with pytest.raises(exceptions.NotFoundError, match="no such run"):
                await client.runs.retrieve("r", project_id="p")

            raw = await client.runs.with_raw_response.retrieve("r", project_id="p")
            assert type(raw).__name__ == "AsyncAPIResponse" and raw.status_code == 200
            assert (await raw.parse()).id == "r1"

    asyncio.run(main())


def test_async_pagination(pkg: ModuleType, srv: FakeServer) -> None:
    async def main() -> None:
        client = make_async_client(pkg, srv)
        assert [run.id async for run in client.runs.query(limit=2)] == list("12345")
        first = await client.runs.query(limit=2)
        assert [r.id for r in first.items] == ["1", "2"]
        second = await first.get_next_page()
        assert [r.id for r in second.items] == ["3", "4"]
        assert len([p async for p in first.iter_pages()]) == 3
        raw = await client.runs.with_raw_response.query(limit=2)
        assert [r.id async for r in await raw.parse()] == list("12345")
        await client.close()

    asyncio.run(main())


def test_async_timeout_and_connection_errors(pkg: ModuleType, srv: FakeServer) -> None:
    exceptions = _mod(pkg, "_exceptions")

    async def main() -> None:
        srv.reset(Reply(delay=0.5))
        async with make_async_client(pkg, srv, timeout=0.1, max_retries=0) as client:
            with pytest.raises(exceptions.APITimeoutError):
                await client.runs.retrieve("r", project_id="p")
        async with make_async_client(pkg, srv) as client:
            client.base_url = httpx.URL(f"http://127.0.0.1:{_closed_port()}")
            with pytest.raises(exceptions.APIConnectionError):
                await client.runs.retrieve("r", project_id="p")
            assert len(client.sleeps) == 2

    asyncio.run(main())


# ---------------------------------------------------------------------------------------
# The client object
# ---------------------------------------------------------------------------------------


def test_env_vars_copy_and_close(pkg: ModuleType, srv: FakeServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAKE_API_KEY", "from-env")
    monkeypatch.setenv("FAKE_BASE_URL", srv.url)
    client = pkg.Client()
    assert client.api_key == "from-env" and client.timeout == httpx.Timeout(60.0, connect=5.0)
    other = client.with_options(api_key="other", max_retries=0, default_headers={"X-B": "1"})
    assert other.runs is not client.runs and other.runs._client is other
    assert other._client is client._client  # one connection pool
    other.runs.retrieve("r", project_id="p")
    assert srv.seen[-1].headers["x-api-key"] == "other" and srv.seen[-1].headers["x-b"] == "1"
    with pytest.raises(TypeError):
        client.copy(no_such_option=1)
    other.close()
    assert not client._client.is_closed  # the copy does not own the pool
    with client:
        client.runs.retrieve("r", project_id="p")
    assert client._client.is_closed


def test_injected_http_client_is_not_closed(pkg: ModuleType, srv: FakeServer) -> None:
    http_client = httpx.Client(headers={"X-From-Http-Client": "yes"})
    with pkg.Client(api_key="k", base_url=srv.url + "/", http_client=http_client) as client:
        client.runs.retrieve("r", project_id="p")
    assert srv.seen[-1].headers["x-from-http-client"] == "yes"
    assert srv.seen[-1].path == "/v2/runs/r"  # trailing slash of base_url handled
    assert not http_client.is_closed
    http_client.close()


def test_lazy_exports(pkg: ModuleType) -> None:
    assert pkg.Run is _mod(pkg, "_client").Run
    assert "Run" in vars(pkg)  # cached after the first access
    with pytest.raises(AttributeError):
        pkg.NoSuchName


# ---------------------------------------------------------------------------------------
# Models: forward compatibility
# ---------------------------------------------------------------------------------------


MODELS_SOURCE = """
from typing import Dict, List, Literal, Optional, Union

from pydantic import Field

from ._models import BaseModel


class Cat(BaseModel):
    type: Literal["cat"]
    meows: int


class Dog(BaseModel):
    type: Literal["dog"]
    barks: int


class Node(BaseModel):
    value: int
    kind: Optional[Literal["leaf", "branch"]] = None
    children: Optional[List["Node"]] = None


class Owner(BaseModel):
    name: str
    pet: Union[Cat, Dog]
    tagged_pet: Optional[Union[Cat, Dog]] = Field(default=None, discriminator="type")
    schema_: Optional[int] = Field(default=None, alias="schema")
    counts: Dict[str, int] = {}
"""


def _model_classes(pkg: ModuleType) -> Any:
    """Shapes the fake client does not have, in a module of the package (for relative imports)."""
    name = f"{pkg.__name__}._test_models"
    if name not in sys.modules:
        module = ModuleType(name)
        module.__package__ = pkg.__name__
        sys.modules[name] = module
        exec(compile(MODELS_SOURCE, name, "exec"), module.__dict__)
    return sys.modules[name]


def test_models_keep_data_the_spec_did_not_foresee(pkg: ModuleType) -> None:
    Run = _mod(pkg, "_client").Run
    run = Run.model_validate(RUN_AHEAD_OF_SPEC)
    assert run.run_type == "AGENT" and run.name is None and run.brand_new_field == {"x": 1}
    assert run.model_fields_set == set(RUN_AHEAD_OF_SPEC)  # keys present in the input
    assert [type(e).__name__ for e in run.events] == ["Event", "Event"]
    assert Run.model_validate_json(json.dumps(RUN_AHEAD_OF_SPEC)).run_type == "AGENT"
    valid = Run.model_validate({"id": "x", "run_type": "TOOL", "unknown": 1})
    assert valid.model_fields_set == {"id", "run_type", "unknown"} and valid.unknown == 1
    with pytest.raises(Exception):  # not a mapping at all: nothing to keep
        Run.model_validate(["not", "a", "run"])
    with pytest.raises(Exception):  # models built by hand are still validated
        Run(run_type="AGENT")


def test_nested_models_are_lenient_one_by_one(pkg: ModuleType) -> None:
    Node = _model_classes(pkg).Node
    tree = Node.model_validate(
        {
            "value": "not-an-int",
            "children": [
                {"value": 1, "kind": "leaf"},
                {"value": 2, "kind": "twig", "children": [{"value": "x"}]},
                "junk",
            ],
        }
    )
    leaf, twig, junk = tree.children
    assert tree.value == "not-an-int"
    assert type(leaf).__name__ == "Node" and leaf.kind == "leaf"
    assert type(twig).__name__ == "Node" and twig.kind == "twig"
    assert type(twig.children[0]).__name__ == "Node" and twig.children[0].value == "x"
    assert junk == "junk"


def test_unions_still_pick_the_right_member(pkg: ModuleType) -> None:
    Owner = _model_classes(pkg).Owner
    owner = Owner.model_validate({"name": "a", "pet": {"type": "dog", "barks": 1}})
    assert type(owner.pet).__name__ == "Dog"
    owner = Owner.model_validate(
        {
            "name": None,
            "pet": {"type": "dog", "barks": "loud"},
            "tagged_pet": {"type": "cat", "meows": "x"},
        }
    )
    assert type(owner.pet).__name__ == "Dog" and owner.pet.barks == "loud"
    assert type(owner.tagged_pet).__name__ == "Cat" and owner.tagged_pet.meows == "x"
    owner = Owner.model_validate({"name": "a", "pet": {"type": "bird"}, "schema": 3})
    assert owner.pet == {"type": "bird"} and owner.schema_ == 3  # no member fits: kept
    missing = Owner.model_validate({"pet": {"type": "cat", "meows": 1}, "counts": {"a": "x"}})
    assert missing.name is None and "name" not in missing.model_fields_set
    assert missing.counts == {"a": "x"}


def test_dumping_lenient_values(pkg: ModuleType) -> None:
    Owner = _model_classes(pkg).Owner
    owner = Owner.model_validate({"name": 1.5, "pet": {"type": "bird"}, "schema": 3, "new": [1]})
    expected = {"name": 1.5, "pet": {"type": "bird"}, "schema": 3, "new": [1]}
    assert owner.to_dict(warnings=False) == expected
    assert owner.to_dict(mode="json", use_api_names=False, warnings=False)["schema_"] == 3
    assert json.loads(owner.to_json(warnings=False)) == expected
    with pytest.warns(UserWarning):  # the warnings flag reaches pydantic
        owner.to_dict()


def test_model_surface(pkg: ModuleType) -> None:
    Run = _mod(pkg, "_client").Run
    assert Run.Config.extra == "allow"  # listed on the reference page
    assert Run.model_config["extra"] == "allow" and Run.model_config["populate_by_name"]
    run = Run.model_construct(id="x")
    assert run.to_dict() == {"id": "x"} and run.to_json() == '{\n  "id": "x"\n}'
    assert Run.to_dict.__doc__.startswith("Recursively generate a dictionary representation")
    assert Run.to_json.__doc__.startswith("Generates a JSON string representing this model")


def test_validate_type(pkg: ModuleType) -> None:
    models = _mod(pkg, "_models")
    Run = _mod(pkg, "_client").Run
    assert models.validate_type(int, "12") == 12
    assert models.validate_type(int, "twelve") == "twelve"
    assert models.validate_type(object, {"a": 1}) == {"a": 1}
    assert models.validate_type(type(None), None) is None
    runs = models.validate_type(Dict[str, List[Run]], {"a": [{"run_type": "AGENT"}, 3]})
    assert type(runs["a"][0]).__name__ == "Run" and runs["a"][1] == 3
    assert models.construct_type is models.validate_type


# ---------------------------------------------------------------------------------------
# Small pieces
# ---------------------------------------------------------------------------------------


def test_not_given(pkg: ModuleType) -> None:
    import copy
    import pickle

    types_module = _mod(pkg, "_types")
    NOT_GIVEN = types_module.NOT_GIVEN
    assert not NOT_GIVEN and repr(NOT_GIVEN) == "NOT_GIVEN"
    assert types_module.NotGiven() is NOT_GIVEN and copy.deepcopy(NOT_GIVEN) is NOT_GIVEN
    assert pickle.loads(pickle.dumps(NOT_GIVEN)) is NOT_GIVEN


@pytest.mark.parametrize(
    "style, explode, expected",
    [
        ("simple", False, "/x/a%2Fb/3,4/R,100,G,200"),
        ("simple", True, "/x/a%2Fb/3,4/R=100,G=200"),
        ("label", False, "/x/.a%2Fb/.3,4/.R,100,G,200"),
        ("label", True, "/x/.a%2Fb/.3.4/.R=100.G=200"),
        ("matrix", False, "/x/;id=a%2Fb/;arr=3,4/;obj=R,100,G,200"),
        ("matrix", True, "/x/;id=a%2Fb/;arr=3;arr=4/;R=100;G=200"),
    ],
)
def test_path_styles(pkg: ModuleType, style: str, explode: bool, expected: str) -> None:
    qs = _mod(pkg, "_qs")
    params = [
        qs.Param("id", "a/b", style, explode),
        qs.Param("arr", [3, 4], style, explode),
        qs.Param("obj", {"R": 100, "G": 200}, style, explode),
    ]
    assert qs.render_path("/x/{id}/{arr}/{obj}", params) == expected
    assert qs.render_path("/runs/{id}", [qs.Param("id", "..", "simple", False)]) == "/runs/%2E%2E"


def test_query_styles(pkg: ModuleType) -> None:
    qs = _mod(pkg, "_qs")
    P = qs.Param
    not_given = _mod(pkg, "_types").NOT_GIVEN
    query = qs.encode_query(
        [
            P("ids", ["a,b", "c"], "form", False),
            P("color", {"R": 1, "G": 2}, "form", False),
            P("point", {"x": 1, "y": None}, "form", True),
            P("sp", [1, 2], "spaceDelimited", False),
            P("pp", [1, 2], "pipeDelimited", False),
            P("filter", {"a": 1, "b": {"c": True}}, "deepObject", True),
            P("at", datetime.date(2024, 1, 2), "form", True),
            P("none", None, "form", True),
            P("unset", not_given, "form", True),
            P("path", "a/b?c", "form", True, True),
            P("plain", "a/b&c", "form", True),
        ]
    )
    assert query.split("&") == [
        "ids=a%2Cb,c",  # the element's comma is encoded, the delimiter is not
        "color=R,1,G,2",
        "x=1",
        "sp=1%202",
        "pp=1|2",
        "filter[a]=1",
        "filter[b][c]=true",
        "at=2024-01-02",
        "path=a/b?c",  # allowReserved
        "plain=a%2Fb%26c",
    ]
    headers = qs.header_values([P("X-List", [1, 2], "simple", False), P("X-Obj", {"a": 1}, "simple", True)])
    assert headers == {"X-List": "1,2", "X-Obj": "a=1"}


def test_a_parameter_described_by_json_content_is_sent_as_json_text(pkg: ModuleType) -> None:
    qs = _mod(pkg, "_qs")
    P = qs.Param
    at = datetime.datetime(2024, 1, 2, 3, 4, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
    query = qs.encode_query([P("filter", {"name": "a b", "at": at}, "json", True), P("ids", [1, 2], "json", True)])
    assert query == "filter=%7B%22name%22%3A%22a%20b%22%2C%22at%22%3A%222024-01-02T03%3A04%3A00%2B02%3A00%22%7D&ids=%5B1%2C2%5D"
    assert qs.header_values([P("X-Sel", {"a": [1]}, "json", False)]) == {"X-Sel": '{"a":[1]}'}
    assert qs.render_path("/x/{sel}", [P("sel", [1, "/"], "json", False)]) == "/x/%5B1%2C%22%2F%22%5D"
    assert qs.cookie_header([P("c", {"a": 1}, "json", True)]) == "c={%22a%22:1}"


def test_problem_details_and_long_bodies_in_error_messages(pkg: ModuleType) -> None:
    exceptions = _mod(pkg, "_exceptions")
    request = httpx.Request("GET", "https://example.invalid/x")
    response = httpx.Response(502, request=request, text="<html>" + "x" * 1000)
    error = exceptions.make_status_error(response, response.text)
    assert isinstance(error, exceptions.InternalServerError) and len(str(error)) < 400
    empty = exceptions.make_status_error(httpx.Response(409, request=request), None)
    assert isinstance(empty, exceptions.ConflictError) and str(empty) == "Error code: 409 - Conflict"
