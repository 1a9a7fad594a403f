"""The generated client's options and public surface, on the committed LangSmith client over HTTP.

What an injected http client gets, `with_options(http_client=...)`, option checks, the default
http clients and their connection limits, the error raised when no credential is given, what
the package root exports, and `client.get/post/put/patch/delete` for endpoints the spec lacks.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import threading
from typing import Any, Dict, Iterator, List

import httpx
import pytest

from tests.http_servers import RecordedRequest, RecordingServer, Reply
from tests.support import GENERATED, import_generated

pkg = import_generated("langsmith_openapi_client")
Run = import_generated("langsmith_openapi_client.types.run").Run

API_KEY = "lsv2_pt_surface"
RUN_ID = "f47ac10b-58cc-4372-a567-0e02b2c3d479"
RETRIEVE = dict(project_id="p-1", start_time="2024-01-15T10:30:00Z")


@pytest.fixture
def server() -> Iterator[RecordingServer]:
    with RecordingServer() as srv:
        yield srv


@pytest.fixture(autouse=True)
def no_langsmith_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LANGSMITH_API_KEY", raising=False)
    monkeypatch.delenv("LANGSMITH_ENDPOINT", raising=False)


def recording_http_client(timeouts: List[Dict[str, Any]], **options: Any) -> httpx.Client:
    """An http client of the caller's that notes the timeout each request was sent with."""
    return httpx.Client(event_hooks={"request": [lambda r: timeouts.append(r.extensions["timeout"])]}, **options)


# --- options ---------------------------------------------------------------------------------


def test_an_injected_http_client_gets_the_clients_timeout_unless_it_chose_one(server: RecordingServer) -> None:
    server.responder = lambda r: Reply(200, {"id": RUN_ID})
    ours = {"connect": 5.0, "read": 60.0, "write": 60.0, "pool": 60.0}
    timeouts: List[Dict[str, Any]] = []
    with recording_http_client(timeouts) as plain, recording_http_client(timeouts, timeout=7.0) as chosen:
        pkg.Client(api_key=API_KEY, base_url=server.url, http_client=plain).runs.retrieve(RUN_ID, **RETRIEVE)
        pkg.Client(api_key=API_KEY, base_url=server.url, http_client=chosen).runs.retrieve(RUN_ID, **RETRIEVE)
        explicit = pkg.Client(api_key=API_KEY, base_url=server.url, http_client=chosen, timeout=3.0)
        explicit.runs.retrieve(RUN_ID, **RETRIEVE)
    # httpx's own default (5 s for everything) was nobody's choice: the client's applies.
    assert timeouts == [ours, dict.fromkeys(ours, 7.0), dict.fromkeys(ours, 3.0)]


def test_with_options_takes_an_http_client_that_stays_the_callers(server: RecordingServer) -> None:
    server.responder = lambda r: Reply(200, {"id": RUN_ID})
    timeouts: List[Dict[str, Any]] = []
    client = pkg.Client(api_key=API_KEY, base_url=server.url)
    other = recording_http_client(timeouts)
    copied = client.with_options(http_client=other, max_retries=0)
    assert copied.runs.retrieve(RUN_ID, **RETRIEVE).id == RUN_ID
    assert len(timeouts) == 1 and copied.max_retries == 0 and client.max_retries == 2
    copied.close()
    assert not other.is_closed  # the caller's to close
    client.runs.retrieve(RUN_ID, **RETRIEVE)
    assert len(timeouts) == 1  # the original still uses its own pool
    client.close()
    other.close()


@pytest.mark.parametrize("bad", [None, -1, 1.5, True, "2"])
def test_max_retries_must_be_a_whole_number(bad: Any) -> None:
    with pytest.raises(TypeError, match="max_retries must be an int >= 0"):
        pkg.Client(api_key=API_KEY, max_retries=bad)
    with pkg.Client(api_key=API_KEY) as client, pytest.raises(TypeError, match="max_retries"):
        client.with_options(max_retries=bad if bad is not None else -3)


def test_an_http_client_of_the_wrong_kind_is_refused() -> None:
    with httpx.Client() as sync_client:
        with pytest.raises(TypeError, match="http_client must be an httpx.AsyncClient, got Client"):
            pkg.AsyncClient(api_key=API_KEY, http_client=sync_client)
    async_client = httpx.AsyncClient()
    with pytest.raises(TypeError, match="http_client must be an httpx.Client, got AsyncClient"):
        pkg.Client(api_key=API_KEY, http_client=async_client)
    with pkg.Client(api_key=API_KEY) as client, pytest.raises(TypeError, match="http_client must be"):
        client.with_options(http_client=async_client)
    asyncio.run(async_client.aclose())


def test_default_http_clients_carry_the_packages_defaults() -> None:
    with pkg.DefaultHttpxClient() as sync_client, pkg.DefaultHttpxClient(timeout=9.0, proxy=None) as custom:
        assert sync_client.timeout == httpx.Timeout(60.0, connect=5.0) and sync_client.follow_redirects
        assert custom.timeout == httpx.Timeout(9.0)
    assert isinstance(pkg.DefaultAsyncHttpxClient(), httpx.AsyncClient)


def test_a_burst_of_concurrent_requests_is_served_at_once(server: RecordingServer) -> None:
    """150 requests in flight together: the server answers none until all have arrived. httpx's
    own pool (100 connections) would hold 50 back until the server gave up."""
    burst = 150
    arrived = threading.Barrier(burst, timeout=20)

    def respond(request: RecordedRequest) -> Reply:
        try:
            arrived.wait()
        except threading.BrokenBarrierError:
            return Reply(503, {"detail": "the burst did not arrive together"})
        return Reply(200, {"id": RUN_ID})

    server.responder = respond

    async def main() -> List[Any]:
        async with pkg.AsyncClient(api_key=API_KEY, base_url=server.url, max_retries=0) as client:
            return await asyncio.gather(*[client.runs.retrieve(RUN_ID, **RETRIEVE) for _ in range(burst)])

    runs = asyncio.run(main())
    assert [run.id for run in runs] == [RUN_ID] * burst
    assert len({request.peer for request in server.requests}) == burst


# --- credentials -----------------------------------------------------------------------------


def test_a_client_without_credentials_is_refused_with_the_packages_error(monkeypatch: pytest.MonkeyPatch) -> None:
    for client_class in (pkg.Client, pkg.AsyncClient):
        with pytest.raises(pkg.LangSmithError, match=r"pass api_key=\.\.\. \(or set LANGSMITH_API_KEY\)"):
            client_class()
        with pytest.raises(pkg.LangSmithError):
            client_class(api_key="")
    monkeypatch.setenv("LANGSMITH_API_KEY", "from-env")
    assert pkg.Client().api_key == "from-env"
    # One base class for every error the package raises.
    assert issubclass(pkg.APIError, pkg.LangSmithError) and issubclass(pkg.NotFoundError, pkg.LangSmithError)
    assert pkg.LangSmithError.__module__ == "langsmith_openapi_client._package_error"


# --- the package root --------------------------------------------------------------------------


def test_the_package_root_exports_what_users_reach_for() -> None:
    for name in [
        "NOT_GIVEN", "NotGiven", "Omit", "Timeout", "BaseModel", "DefaultHttpxClient", "DefaultAsyncHttpxClient",
        "LangSmithError", "APIError", "APIStatusError", "APIConnectionError", "APITimeoutError",
        "APIResponseValidationError", "NotFoundError", "RateLimitError", "InternalServerError",
        "APIStreamError", "Stream", "AsyncStream",
    ]:  # fmt: skip
        assert name in pkg.__all__ and getattr(pkg, name) is not None, name
    assert pkg.Timeout is httpx.Timeout
    assert issubclass(Run, pkg.BaseModel)
    assert pkg.NOT_GIVEN is pkg.NotGiven()


# --- endpoints the spec lacks ----------------------------------------------------------------


def test_client_verbs_reach_any_path_with_auth_retries_and_errors(server: RecordingServer) -> None:
    server.reply(
        Reply(200, {"ok": True}),
        Reply(503, {"detail": "busy"}, {"Retry-After": "0"}),
        Reply(200, {"id": RUN_ID, "run_type": "AGENT"}),
        Reply(200, {"deleted": True}),
        Reply(404, {"detail": "no such thing"}),
    )
    with pkg.Client(api_key=API_KEY, base_url=server.url) as client:
        client._sleep = lambda seconds: None
        got = client.get("/v2/beta/things?limit=2", cast_to=dict, options={"extra_headers": {"X-Beta": "1"}})
        run = client.post("v2/runs/adhoc", cast_to=Run, body={"name": "x", "tags": ["a"]})
        deleted = client.delete("/v2/beta/things/1", cast_to=object)
        with pytest.raises(pkg.NotFoundError, match="no such thing"):
            client.patch("/v2/beta/things/2", cast_to=dict, body={"a": 1})
    assert got == {"ok": True} and deleted == {"deleted": True}
    assert isinstance(run, Run) and run.id == RUN_ID and run.run_type == "AGENT"
    first, busy, retried, delete, patch = server.requests
    assert (first.method, first.target, first.header("X-Beta")) == ("GET", "/v2/beta/things?limit=2", "1")
    assert all(r.header("X-API-Key") == API_KEY for r in server.requests)
    assert busy.json() == retried.json() == {"name": "x", "tags": ["a"]}
    assert busy.header("Idempotency-Key") == retried.header("Idempotency-Key") is not None
    assert (delete.method, patch.method, patch.json()) == ("DELETE", "PATCH", {"a": 1})


def test_async_client_verbs(server: RecordingServer) -> None:
    server.reply(Reply(200, {"ok": 1}), Reply(201, {"id": RUN_ID}))

    async def main() -> Any:
        async with pkg.AsyncClient(api_key=API_KEY, base_url=server.url) as client:
            return await client.get("/v2/x", cast_to=dict), await client.put("/v2/y", cast_to=Run, body=b"raw")

    got, run = asyncio.run(main())
    assert got == {"ok": 1} and run.id == RUN_ID
    assert server.requests[1].body == b"raw" and server.requests[1].header("Content-Type") == "application/octet-stream"


# --- observability ---------------------------------------------------------------------------


def test_langsmith_log_debug_logs_each_exchange_with_the_key_redacted(server: RecordingServer) -> None:
    script = (
        "import langsmith_openapi_client as ls\n"
        f"client = ls.Client(api_key={API_KEY!r}, base_url={server.url!r})\n"
        f"client.runs.retrieve({RUN_ID!r}, project_id='p-1', start_time='2024-01-15T10:30:00Z')\n"
    )
    for level, expect_headers in [("debug", True), ("info", False), ("", False)]:
        server.reply(Reply(503, {"detail": "busy"}, {"Retry-After": "0"}), Reply(200, {"id": RUN_ID}))
        log = run_with_env(script, LANGSMITH_LOG=level)
        assert API_KEY not in log
        if not level:
            assert log == ""
            continue
        exchanges = [line for line in log.splitlines() if "HTTP Request: GET" in line]
        assert len(exchanges) == 2 and exchanges[0].endswith('"HTTP/1.1 503 Service Unavailable"'), log
        assert f"/v2/runs/{RUN_ID}?project_id=p-1" in exchanges[1] and exchanges[1].endswith('"HTTP/1.1 200 OK"')
        assert "Retrying GET" in log
        assert ("'x-api-key': '<redacted>'" in log.lower()) is expect_headers


def run_with_env(script: str, **env: str) -> str:
    """The stderr of `script`, run in a fresh interpreter (logging is set up at import)."""
    environment = {**os.environ, **env, "PYTHONPATH": str(GENERATED)}
    done = subprocess.run([sys.executable, "-c", script], env=environment, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stderr


def test_raw_responses_tell_the_request_id_and_the_retries_taken(server: RecordingServer) -> None:
    server.reply(
        Reply(500, {"detail": "oops"}, {"Retry-After": "0"}),
        Reply(429, {"detail": "slow down"}, {"Retry-After": "0"}),
        Reply(200, {"id": RUN_ID}, {"x-request-id": "req-42"}),
        Reply(200, {"id": RUN_ID}),
    )
    with pkg.Client(api_key=API_KEY, base_url=server.url) as client:
        client._sleep = lambda seconds: None
        retried = client.runs.with_raw_response.retrieve(RUN_ID, **RETRIEVE)
        first_try = client.runs.with_raw_response.retrieve(RUN_ID, **RETRIEVE)
    assert (retried.retries_taken, retried.request_id) == (2, "req-42")
    assert retried.parse()._request_id == "req-42"
    assert (first_try.retries_taken, first_try.request_id) == (0, None)
