"""The committed generated client (generated/langsmith_openapi_client) over real HTTP.

Every test talks to a `RecordingServer` on 127.0.0.1 (tests/http_servers.py): it scripts the
server's replies and then checks the requests exactly as they arrived on the wire, for the
sync `Client` and the `AsyncClient`. Retries never sleep for real: the clients' `_sleep` hook
is replaced by one that records the requested delays.
"""

from __future__ import annotations

import asyncio
import datetime
import json
import sys
from typing import Any, Callable, Dict, Iterator, List, Optional

import httpx
import pytest

from tests.http_servers import RecordedRequest, RecordingServer, Reply, unused_port
from tests.support import import_generated

pkg = import_generated("langsmith_openapi_client")
Client = pkg.Client
AsyncClient = pkg.AsyncClient
types_run = import_generated("langsmith_openapi_client.types.run")
Run = types_run.Run
pagination = import_generated("langsmith_openapi_client._pagination")
response_module = import_generated("langsmith_openapi_client._response")

API_KEY = "lsv2_pt_0123456789abcdef"
PROJECT_ID = "018e4c7e-a9fb-7ef0-a5b6-6ea3a82e9327"
RUN_ID = "f47ac10b-58cc-4372-a567-0e02b2c3d479"
TRACE_ID = "0190a1b2-c3d4-7ef0-a5b6-6ea3a82e9328"
THREAD_ID = "d4e5f6a7-b8c9-4d5e-1f2a-3b4c5d6e7f8a"
START = datetime.datetime(2024, 1, 15, 10, 30, 0, 250000, tzinfo=datetime.timezone.utc)

RUN_JSON: Dict[str, Any] = {
    "id": RUN_ID,
    "name": "ChatOpenAI",
    "run_type": "LLM",
    "status": "SUCCESS",
    "start_time": "2024-01-15T10:30:00.250Z",
    "end_time": "2024-01-15T10:30:01.750Z",
    "project_id": PROJECT_ID,
    "trace_id": RUN_ID,
    "total_tokens": 350,
    "tags": ["production"],
}


def run_json(run_id: str, **fields: Any) -> Dict[str, Any]:
    return {**RUN_JSON, "id": run_id, "trace_id": run_id, **fields}


# ---------------------------------------------------------------------------------------
# Fixtures
# ---------------------------------------------------------------------------------------


@pytest.fixture
def server() -> Iterator[RecordingServer]:
    with RecordingServer() as srv:
        yield srv


class SleepRecorder:
    def __init__(self) -> None:
        self.delays: List[float] = []

    def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)

    async def asleep(self, seconds: float) -> None:
        self.delays.append(seconds)


@pytest.fixture
def sleeps() -> SleepRecorder:
    return SleepRecorder()


@pytest.fixture
def client(server: RecordingServer, sleeps: SleepRecorder) -> Iterator[Any]:
    c = Client(api_key=API_KEY, base_url=server.url)
    c._sleep = sleeps
    yield c
    c.close()


def make_async_client(server: RecordingServer, sleeps: SleepRecorder, **options: Any) -> Any:
    c = AsyncClient(api_key=API_KEY, base_url=server.url, **options)
    c._sleep = sleeps.asleep
    return c


def cursor_pages(
    pages: List[Dict[str, Any]], cursor_of: Callable[[RecordedRequest], Optional[str]]
) -> Callable[[RecordedRequest], Reply]:
    """A responder serving `pages` by cursor: no cursor -> pages[0], "c1" -> pages[1], ..."""

    def respond(request: RecordedRequest) -> Reply:
        cursor = cursor_of(request)
        index = 0 if cursor is None else int(cursor.lstrip("c"))
        return Reply(200, pages[index])

    return respond


def body_cursor(request: RecordedRequest) -> Optional[str]:
    cursor: Optional[str] = request.json().get("cursor")
    return cursor


def query_cursor(request: RecordedRequest) -> Optional[str]:
    return dict(request.query).get("cursor")


def three_run_pages() -> List[Dict[str, Any]]:
    return [
        {"items": [run_json("r1"), run_json("r2")], "next_cursor": "c1", "has_more": True},
        {"items": [run_json("r3"), run_json("r4")], "next_cursor": "c2", "has_more": True},
        # A server may still hand out a cursor on the last page: has_more=false wins.
        {"items": [run_json("r5")], "next_cursor": "c3", "has_more": False},
    ]


# ---------------------------------------------------------------------------------------
# The request each method sends, and what it returns
# ---------------------------------------------------------------------------------------


def test_retrieve_sends_path_query_and_headers(client: Any, server: RecordingServer) -> None:
    server.reply(Reply(200, RUN_JSON, {"x-request-id": "req-1"}))

    run = client.runs.retrieve(
        "run/with space",
        project_id=PROJECT_ID,
        start_time=START,
        selects=["ID", "NAME"],
    )

    request = server.last
    assert request.method == "GET"
    # `/` and the space stay inside the one path segment.
    assert request.raw_path == "/v2/runs/run%2Fwith%20space"
    assert request.query == [
        ("project_id", PROJECT_ID),
        ("start_time", START.isoformat()),
        ("selects", "ID"),
        ("selects", "NAME"),
    ]
    assert "%2B00%3A00" in request.raw_query  # the offset's `+` is not sent as a space
    assert request.header_values("X-API-Key") == [API_KEY]
    python = f"Python/{sys.version_info[0]}.{sys.version_info[1]}"
    assert request.header("User-Agent") == f"langsmith_openapi_client/0.9.0 {python} httpx/{httpx.__version__}"
    assert request.header("Accept") == "application/json"
    assert request.body == b""
    assert request.header("Content-Type") is None
    assert request.header("Idempotency-Key") is None  # a GET is safe to repeat

    assert isinstance(run, Run)
    assert run.id == RUN_ID
    assert run.run_type == "LLM"
    assert run.start_time == START
    assert isinstance(run.end_time, datetime.datetime) and run.end_time.tzinfo is not None
    assert run.tags == ["production"]


@pytest.mark.parametrize(
    ("run_id", "raw_segment"),
    [
        ("a/b c", "a%2Fb%20c"),
        ("..", "%2E%2E"),  # must not climb to /v2/
        ("50%", "50%25"),
        ("a?b#c", "a%3Fb%23c"),
        ("r\u00e9sum\u00e9", "r%C3%A9sum%C3%A9"),
    ],
)
def test_path_parameters_stay_in_their_segment(
    client: Any, server: RecordingServer, run_id: str, raw_segment: str
) -> None:
    server.reply({"id": run_id})
    client.runs.retrieve(run_id, project_id=PROJECT_ID, start_time="2024-01-15T10:30:00Z")
    assert server.last.raw_path == f"/v2/runs/{raw_segment}"
    assert server.last.query == [("project_id", PROJECT_ID), ("start_time", "2024-01-15T10:30:00Z")]


def test_empty_path_parameter_is_refused_before_sending(client: Any, server: RecordingServer) -> None:
    with pytest.raises(ValueError, match="run_id"):
        client.runs.retrieve("", project_id=PROJECT_ID, start_time="2024-01-15T10:30:00Z")
    assert server.requests == []


def test_query_values_with_delimiters_arrive_intact(client: Any, server: RecordingServer) -> None:
    tricky = 'and(eq(name, "a&b=c+d#e"), has(tags, "50% off / \u00fcber"))'
    server.reply({"items": []})
    client.runs.list_by_trace(TRACE_ID, project_id=PROJECT_ID, min_start_time="a", max_start_time="b", filter=tricky)
    assert dict(server.last.query)["filter"] == tricky
    assert "#" not in server.last.raw_query and "+" not in server.last.raw_query


def test_retrieve_leaves_out_parameters_not_given(client: Any, server: RecordingServer) -> None:
    server.reply({"id": RUN_ID})
    run = client.runs.retrieve(RUN_ID, project_id=PROJECT_ID, start_time="2024-01-15T10:30:00Z")
    assert server.last.raw_path == f"/v2/runs/{RUN_ID}"
    assert server.last.query == [("project_id", PROJECT_ID), ("start_time", "2024-01-15T10:30:00Z")]
    assert run.to_dict() == {"id": RUN_ID}


def test_runs_query_sends_exactly_the_given_keys(client: Any, server: RecordingServer) -> None:
    server.reply({"items": [run_json("r1")], "has_more": False})

    page = client.runs.query(
        project_ids=[PROJECT_ID],
        selects=["ID", "NAME", "START_TIME"],
        filter='eq(run_type, "llm")',
        page_size=2,
    )

    request = server.last
    assert request.method == "POST"
    assert request.raw_path == "/v2/runs/query"
    assert request.raw_query == ""
    assert request.header("Content-Type") == "application/json"
    assert request.header("X-API-Key") == API_KEY
    assert request.json() == {
        "project_ids": [PROJECT_ID],
        "selects": ["ID", "NAME", "START_TIME"],
        "filter": 'eq(run_type, "llm")',
        "page_size": 2,
    }
    assert request.header("Idempotency-Key")
    assert [run.id for run in page.items] == ["r1"]
    assert isinstance(page.items[0], Run)
    assert not page.has_next_page()


def test_runs_query_sends_datetimes_and_booleans_as_json(client: Any, server: RecordingServer) -> None:
    server.reply({"items": []})
    client.runs.query(
        project_ids=[PROJECT_ID],
        min_start_time=START,
        max_start_time="2024-12-31T23:59:59Z",
        is_root=True,
        has_error=False,
        run_type="LLM",
        sort_order="ASC",
    )
    assert server.last.json() == {
        "project_ids": [PROJECT_ID],
        "min_start_time": START.isoformat(),
        "max_start_time": "2024-12-31T23:59:59Z",
        "is_root": True,
        "has_error": False,
        "run_type": "LLM",
        "sort_order": "ASC",
    }


def test_runs_query_iterates_across_three_pages(client: Any, server: RecordingServer) -> None:
    server.responder = cursor_pages(three_run_pages(), body_cursor)

    runs = list(client.runs.query(project_ids=[PROJECT_ID], selects=["ID", "NAME"], page_size=2))

    assert [run.id for run in runs] == ["r1", "r2", "r3", "r4", "r5"]
    assert all(isinstance(run, Run) for run in runs)
    bodies = [request.json() for request in server.requests]
    assert len(bodies) == 3
    first = {"project_ids": [PROJECT_ID], "selects": ["ID", "NAME"], "page_size": 2}
    assert bodies[0] == first
    assert bodies[1] == {**first, "cursor": "c1"}
    assert bodies[2] == {**first, "cursor": "c2"}
    assert all(request.method == "POST" and request.raw_path == "/v2/runs/query" for request in server.requests)
    assert all(request.raw_query == "" for request in server.requests)


def test_runs_query_pages_one_at_a_time(client: Any, server: RecordingServer) -> None:
    server.responder = cursor_pages(three_run_pages(), body_cursor)

    first = client.runs.query(project_ids=[PROJECT_ID])
    assert len(server.requests) == 1  # nothing is fetched ahead
    assert [r.id for r in first.items] == ["r1", "r2"]
    assert first.next_cursor == "c1" and first.has_more is True and first.has_next_page()

    second = first.get_next_page()
    assert [r.id for r in second.items] == ["r3", "r4"]
    pages = list(first.iter_pages())
    assert [len(page.items) for page in pages] == [2, 2, 1]
    assert not pages[-1].has_next_page()


def test_threads_list_traces_pages_with_the_cursor_in_the_query(client: Any, server: RecordingServer) -> None:
    pages = [
        {"items": [{"trace_id": "t1", "name": "turn 1"}], "next_cursor": "c1", "has_more": True},
        {"items": [{"trace_id": "t2", "name": "turn 2"}], "next_cursor": "c2", "has_more": True},
        {"items": [{"trace_id": "t3", "name": "turn 3"}], "has_more": False},
    ]
    server.responder = cursor_pages(pages, query_cursor)
    thread_item = import_generated("langsmith_openapi_client.types.thread_trace_list_item")

    traces = list(
        client.threads.list_traces(
            "thread 1/a",
            project_id=PROJECT_ID,
            page_size=1,
            selects=["NAME", "START_TIME"],
            filter='eq(status, "success")',
        )
    )

    assert [trace.trace_id for trace in traces] == ["t1", "t2", "t3"]
    assert all(isinstance(trace, thread_item.ThreadTraceListItem) for trace in traces)
    assert [request.method for request in server.requests] == ["GET"] * 3
    assert {request.raw_path for request in server.requests} == {"/v2/threads/thread%201%2Fa/traces"}
    base = [
        ("project_id", PROJECT_ID),
        ("filter", 'eq(status, "success")'),
        ("page_size", "1"),
        ("selects", "NAME"),
        ("selects", "START_TIME"),
    ]
    assert server.requests[0].query == base
    for request, cursor in zip(server.requests[1:], ["c1", "c2"]):
        assert sorted(request.query) == sorted(base + [("cursor", cursor)])
        assert [value for name, value in request.query if name == "cursor"] == [cursor]
        assert request.body == b""


def test_threads_query(client: Any, server: RecordingServer) -> None:
    server.reply(
        {
            "items": [
                {
                    "thread_id": THREAD_ID,
                    "count": 3,
                    "latency_p50": 0.15,
                    "min_start_time": "2025-01-15T12:00:00.000Z",
                    "feedback_stats": {"correctness": {"n": 2, "avg": 0.5}},
                    "total_token_details": {"cache_read": 20},
                }
            ],
            "next_cursor": "",
            "has_more": False,
        }
    )
    thread_list_item = import_generated("langsmith_openapi_client.types.thread_list_item")

    page = client.threads.query(project_id=PROJECT_ID, filter="gt(count, 1)", min_start_time=START)

    request = server.last
    assert (request.method, request.raw_path) == ("POST", "/v2/threads/query")
    assert request.header("Content-Type") == "application/json"
    assert request.json() == {"project_id": PROJECT_ID, "filter": "gt(count, 1)", "min_start_time": START.isoformat()}
    [thread] = list(page)
    assert isinstance(thread, thread_list_item.ThreadListItem)
    assert thread.thread_id == THREAD_ID and thread.count == 3 and thread.latency_p50 == 0.15
    assert thread.min_start_time == datetime.datetime(2025, 1, 15, 12, tzinfo=datetime.timezone.utc)
    assert thread.feedback_stats is not None
    assert thread.feedback_stats["correctness"].avg == 0.5
    assert thread.total_token_details == {"cache_read": 20}
    assert len(server.requests) == 1


def test_threads_retrieve_stats(client: Any, server: RecordingServer) -> None:
    server.reply(
        {
            "turns": 4,
            "latency_p50_seconds": 0.2,
            "total_tokens": 900,
            "first_start_time": "2025-01-15T12:00:00Z",
            "prompt_token_details": {"raw": {"cache_read": 20}},
        }
    )
    thread_stats = import_generated("langsmith_openapi_client.types.thread_stats")

    stats = client.threads.retrieve_stats(THREAD_ID, session_id=PROJECT_ID, selects=["TURNS", "LATENCY_P50"])

    request = server.last
    assert (request.method, request.raw_path) == ("GET", f"/v2/threads/{THREAD_ID}/stats")
    assert request.query == [("session_id", PROJECT_ID), ("selects", "TURNS"), ("selects", "LATENCY_P50")]
    assert request.body == b""
    assert isinstance(stats, thread_stats.ThreadStats)
    assert stats.turns == 4 and stats.latency_p50_seconds == 0.2 and stats.total_tokens == 900
    assert stats.first_start_time == datetime.datetime(2025, 1, 15, 12, tzinfo=datetime.timezone.utc)
    assert stats.prompt_token_details is not None and stats.prompt_token_details.raw == {"cache_read": 20}


def test_runs_list_by_trace(client: Any, server: RecordingServer) -> None:
    server.reply({"items": [run_json("r1"), run_json("r2", run_type="TOOL")]})
    trace_response = import_generated("langsmith_openapi_client.types.query_trace_response")
    end = START + datetime.timedelta(hours=1)

    result = client.runs.list_by_trace(
        TRACE_ID,
        project_id=PROJECT_ID,
        min_start_time=START,
        max_start_time=end,
        filter='eq(run_type, "tool")',
        selects=["ID", "RUN_TYPE"],
    )

    request = server.last
    assert (request.method, request.raw_path) == ("GET", f"/v2/traces/{TRACE_ID}/runs")
    assert request.query == [
        ("project_id", PROJECT_ID),
        ("min_start_time", START.isoformat()),
        ("max_start_time", end.isoformat()),
        ("filter", 'eq(run_type, "tool")'),
        ("selects", "ID"),
        ("selects", "RUN_TYPE"),
    ]
    assert isinstance(result, trace_response.QueryTraceResponse)
    assert result.items is not None
    assert [(run.id, run.run_type) for run in result.items] == [("r1", "LLM"), ("r2", "TOOL")]
    assert all(isinstance(run, Run) for run in result.items)


def test_extra_headers_query_body_and_per_call_timeout(client: Any, server: RecordingServer) -> None:
    server.reply({"items": []})
    client.runs.query(
        project_ids=[PROJECT_ID],
        extra_headers={"X-Trace": "on", "X-API-Key": "other-key"},
        extra_query={"debug": "1"},
        extra_body={"experimental": True},
        timeout=5.0,
    )
    request = server.last
    assert request.header("X-Trace") == "on"
    assert request.header_values("X-API-Key") == ["other-key"]  # the call's own headers win
    assert request.query == [("debug", "1")]
    assert request.json() == {"project_ids": [PROJECT_ID], "experimental": True}


# ---------------------------------------------------------------------------------------
# Configuration: environment variables, base URL, injected httpx clients
# ---------------------------------------------------------------------------------------


def test_env_vars_supply_api_key_and_endpoint(server: RecordingServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANGSMITH_API_KEY", "env-key")
    monkeypatch.setenv("LANGSMITH_ENDPOINT", server.url + "/")  # a trailing slash is harmless
    server.reply({"id": RUN_ID})
    with Client() as client:
        assert client.api_key == "env-key"
        client.runs.retrieve(RUN_ID, project_id=PROJECT_ID, start_time="2024-01-15T10:30:00Z")
    assert server.last.raw_path == f"/v2/runs/{RUN_ID}"
    assert server.last.header_values("X-API-Key") == ["env-key"]


def test_explicit_arguments_win_over_env_vars(server: RecordingServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANGSMITH_API_KEY", "env-key")
    monkeypatch.setenv("LANGSMITH_ENDPOINT", f"http://127.0.0.1:{unused_port()}")  # would be refused
    server.reply({"id": RUN_ID})
    with Client(api_key="explicit-key", base_url=server.url, max_retries=0) as client:
        client.runs.retrieve(RUN_ID, project_id=PROJECT_ID, start_time="2024-01-15T10:30:00Z")
    assert server.last.header_values("X-API-Key") == ["explicit-key"]


def test_without_any_key_the_client_is_refused_before_sending(
    server: RecordingServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every LangSmith operation needs the key: a client without one could only collect 401s.
    monkeypatch.delenv("LANGSMITH_API_KEY", raising=False)
    with pytest.raises(pkg.LangSmithError, match="LANGSMITH_API_KEY"):
        Client(base_url=server.url)
    assert server.requests == []


def test_default_endpoint_is_the_public_api(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LANGSMITH_ENDPOINT", raising=False)
    with Client(api_key="k") as client:
        assert str(client.base_url) == "https://api.smith.langchain.com"


def test_base_url_with_a_path_prefix(server: RecordingServer) -> None:
    server.reply({"id": RUN_ID})
    with Client(api_key=API_KEY, base_url=server.url + "/api/") as client:
        client.runs.retrieve(RUN_ID, project_id=PROJECT_ID, start_time="2024-01-15T10:30:00Z")
    assert server.last.raw_path == f"/api/v2/runs/{RUN_ID}"


def test_injected_http_client_is_used_and_not_closed(server: RecordingServer) -> None:
    seen: List[str] = []
    http_client = httpx.Client(
        headers={"X-Custom": "from-http-client"},
        event_hooks={"request": [lambda request: seen.append(f"{request.method} {request.url.path}")]},
    )
    client = Client(api_key=API_KEY, base_url=server.url, http_client=http_client)
    server.reply({"id": RUN_ID})
    client.runs.retrieve(RUN_ID, project_id=PROJECT_ID, start_time="2024-01-15T10:30:00Z")
    client.close()

    assert seen == [f"GET /v2/runs/{RUN_ID}"]
    assert server.last.header("X-Custom") == "from-http-client"
    assert server.last.header("X-API-Key") == API_KEY
    assert not http_client.is_closed  # it belongs to the caller
    server.reply({"id": RUN_ID})
    with Client(api_key=API_KEY, base_url=server.url, http_client=http_client) as again:
        again.runs.retrieve(RUN_ID, project_id=PROJECT_ID, start_time="2024-01-15T10:30:00Z")
    assert not http_client.is_closed
    assert len(seen) == 2
    http_client.close()


def test_injected_http_client_timeout_is_respected(server: RecordingServer) -> None:
    """A caller who configures `httpx.Client(timeout=...)` and passes no `timeout=` to the
    client expects that timeout (as in openai-python); the client's 60 s default must not
    silently replace it. An explicit `timeout=` still wins."""
    server.reply(Reply(200, RUN_JSON, stall=1.5))
    with httpx.Client(timeout=0.2) as http_client:
        client = Client(api_key=API_KEY, base_url=server.url, http_client=http_client, max_retries=0)
        with pytest.raises(pkg.APITimeoutError):
            client.runs.retrieve(RUN_ID, project_id=PROJECT_ID, start_time=START)
        server.reply(Reply(200, RUN_JSON, stall=0.4))
        patient = Client(api_key=API_KEY, base_url=server.url, http_client=http_client, max_retries=0, timeout=5.0)
        assert patient.runs.retrieve(RUN_ID, project_id=PROJECT_ID, start_time=START).id == RUN_ID


def test_owned_http_client_is_closed(server: RecordingServer) -> None:
    client = Client(api_key=API_KEY, base_url=server.url)
    owned = client._client
    client.close()
    assert owned.is_closed


def test_async_injected_http_client_is_not_closed(server: RecordingServer, sleeps: SleepRecorder) -> None:
    async def main() -> None:
        http_client = httpx.AsyncClient(headers={"X-Custom": "async"})
        client = make_async_client(server, sleeps, http_client=http_client)
        server.reply({"id": RUN_ID})
        await client.runs.retrieve(RUN_ID, project_id=PROJECT_ID, start_time="2024-01-15T10:30:00Z")
        await client.close()
        assert not http_client.is_closed
        await http_client.aclose()

    asyncio.run(main())
    assert server.last.header("X-Custom") == "async"


# ---------------------------------------------------------------------------------------
# The async client
# ---------------------------------------------------------------------------------------


def test_async_client_makes_the_same_calls(server: RecordingServer, sleeps: SleepRecorder) -> None:
    thread_stats = import_generated("langsmith_openapi_client.types.thread_stats")
    trace_response = import_generated("langsmith_openapi_client.types.query_trace_response")

    async def main() -> Dict[str, Any]:
        async with make_async_client(server, sleeps) as client:
            server.reply(RUN_JSON)
            run = await client.runs.retrieve(
                "run/with space", project_id=PROJECT_ID, start_time=START, selects=["ID", "NAME"]
            )
            server.reply({"turns": 2})
            stats = await client.threads.retrieve_stats(THREAD_ID, session_id=PROJECT_ID, selects=["TURNS"])
            server.reply({"items": [run_json("r1")]})
            trace = await client.runs.list_by_trace(
                TRACE_ID, project_id=PROJECT_ID, min_start_time=START, max_start_time=START
            )
            server.reply({"items": [{"thread_id": THREAD_ID, "count": 1}], "has_more": False})
            threads_page = await client.threads.query(project_id=PROJECT_ID)
            return {"run": run, "stats": stats, "trace": trace, "threads": threads_page}

    got = asyncio.run(main())

    retrieve, stats_request, trace_request, threads_request = server.requests
    assert retrieve.method == "GET" and retrieve.raw_path == "/v2/runs/run%2Fwith%20space"
    assert retrieve.query == [
        ("project_id", PROJECT_ID),
        ("start_time", START.isoformat()),
        ("selects", "ID"),
        ("selects", "NAME"),
    ]
    assert retrieve.header("X-API-Key") == API_KEY and retrieve.header("User-Agent")
    assert isinstance(got["run"], Run) and got["run"].start_time == START
    assert stats_request.query == [("session_id", PROJECT_ID), ("selects", "TURNS")]
    assert isinstance(got["stats"], thread_stats.ThreadStats) and got["stats"].turns == 2
    assert trace_request.raw_path == f"/v2/traces/{TRACE_ID}/runs"
    assert isinstance(got["trace"], trace_response.QueryTraceResponse)
    assert threads_request.json() == {"project_id": PROJECT_ID}
    assert isinstance(got["threads"], pagination.AsyncCursorPage)
    assert [t.thread_id for t in got["threads"].items] == [THREAD_ID]


def test_async_concurrent_calls_share_one_client(server: RecordingServer, sleeps: SleepRecorder) -> None:
    server.responder = lambda request: Reply(200, {"id": request.path.rsplit("/", 1)[-1]})

    async def main() -> List[Any]:
        async with make_async_client(server, sleeps) as client:
            calls = [client.runs.retrieve(f"r{i}", project_id=PROJECT_ID, start_time="t") for i in range(8)]
            return list(await asyncio.gather(*calls))

    runs = asyncio.run(main())
    assert [run.id for run in runs] == [f"r{i}" for i in range(8)]
    assert len(server.requests) == 8


def test_async_for_across_pages(server: RecordingServer, sleeps: SleepRecorder) -> None:
    server.responder = cursor_pages(three_run_pages(), body_cursor)

    async def main() -> List[Any]:
        async with make_async_client(server, sleeps) as client:
            return [run async for run in client.runs.query(project_ids=[PROJECT_ID], selects=["ID"])]

    runs = asyncio.run(main())

    assert [run.id for run in runs] == ["r1", "r2", "r3", "r4", "r5"]
    assert all(isinstance(run, Run) for run in runs)
    assert [request.json().get("cursor") for request in server.requests] == [None, "c1", "c2"]


def test_async_list_traces_pages_in_the_query(server: RecordingServer, sleeps: SleepRecorder) -> None:
    pages = [
        {"items": [{"trace_id": "t1"}], "next_cursor": "c1", "has_more": True},
        {"items": [{"trace_id": "t2"}], "has_more": False},
    ]
    server.responder = cursor_pages(pages, query_cursor)

    async def main() -> List[Any]:
        async with make_async_client(server, sleeps) as client:
            first = await client.threads.list_traces(THREAD_ID, project_id=PROJECT_ID)
            assert first.has_next_page()
            second = await first.get_next_page()
            assert not second.has_next_page()
            return [t async for t in client.threads.list_traces(THREAD_ID, project_id=PROJECT_ID)]

    traces = asyncio.run(main())
    assert [t.trace_id for t in traces] == ["t1", "t2"]
    assert [query_cursor(r) for r in server.requests] == [None, "c1", None, "c1"]


def test_async_retries_and_errors(server: RecordingServer, sleeps: SleepRecorder) -> None:
    async def main() -> None:
        async with make_async_client(server, sleeps) as client:
            server.reply(Reply(503, {"title": "busy"}), Reply(200, {"items": [], "has_more": False}))
            page = await client.runs.query(project_ids=[PROJECT_ID])
            assert page.items == []
            server.reply(Reply(404, {"title": "Not Found", "detail": "no such run"}))
            with pytest.raises(pkg.NotFoundError) as info:
                await client.runs.retrieve(RUN_ID, project_id=PROJECT_ID, start_time="2024-01-15T10:30:00Z")
            assert info.value.status_code == 404

    asyncio.run(main())
    first, retry, not_found = server.requests
    assert first.header("Idempotency-Key") == retry.header("Idempotency-Key") is not None
    assert [first.header("X-Retry-Count"), retry.header("X-Retry-Count")] == ["0", "1"]
    assert len(sleeps.delays) == 1


def test_async_timeout_and_connection_refused(server: RecordingServer, sleeps: SleepRecorder) -> None:
    async def main() -> None:
        server.reply(Reply(200, {"id": RUN_ID}, stall=5.0))
        async with make_async_client(server, sleeps, timeout=0.2, max_retries=0) as client:
            with pytest.raises(pkg.APITimeoutError):
                await client.runs.retrieve(RUN_ID, project_id=PROJECT_ID, start_time="t")
        refused = AsyncClient(api_key=API_KEY, base_url=f"http://127.0.0.1:{unused_port()}", max_retries=1)
        refused._sleep = sleeps.asleep
        async with refused:
            with pytest.raises(pkg.APIConnectionError) as info:
                await refused.runs.retrieve(RUN_ID, project_id=PROJECT_ID, start_time="t")
            assert not isinstance(info.value, pkg.APITimeoutError)

    asyncio.run(main())
    assert len(sleeps.delays) == 1  # the refused connection was tried twice


def test_async_raw_response(server: RecordingServer, sleeps: SleepRecorder) -> None:
    async def main() -> Any:
        async with make_async_client(server, sleeps) as client:
            server.reply(Reply(200, RUN_JSON, {"x-request-id": "req-9"}))
            raw = await client.runs.with_raw_response.retrieve(RUN_ID, project_id=PROJECT_ID, start_time="t")
            assert raw.status_code == 200 and raw.headers["x-request-id"] == "req-9"
            return await raw.parse()

    run = asyncio.run(main())
    assert isinstance(run, Run) and run.id == RUN_ID


def test_async_raw_response_of_a_paginated_method(server: RecordingServer, sleeps: SleepRecorder) -> None:
    server.responder = cursor_pages(three_run_pages(), body_cursor)

    async def main() -> List[Any]:
        async with make_async_client(server, sleeps) as client:
            raw = await client.runs.with_raw_response.query(project_ids=[PROJECT_ID])
            assert isinstance(raw, response_module.AsyncAPIResponse)
            assert raw.status_code == 200
            page = await raw.parse()
            assert isinstance(page, pagination.AsyncCursorPage)
            return [run.id async for run in page]

    assert asyncio.run(main()) == ["r1", "r2", "r3", "r4", "r5"]
    assert all(request.header("X-Client-Raw-Response") is None for request in server.requests)


# ---------------------------------------------------------------------------------------
# Forward compatibility: data the spec did not foresee still parses, values kept
# ---------------------------------------------------------------------------------------

API_AHEAD_RUN = {
    **RUN_JSON,
    "run_type": "AGENT",  # a run type added after the spec was written
    "status": "CANCELLED",
    "sandbox_id": "sbx-42",  # a field added after the spec was written
    "name": None,  # null where the spec says string
    "error": None,
    "total_tokens": None,
    "events": [
        {"name": "new_token", "time": "2024-01-15T10:30:00.312Z", "kwargs": {"token": "Hi"}},
        {"name": "handoff", "time": "2024-01-15T10:30:00.500Z", "kind": "AGENT_HANDOFF"},
        {"name": "tick", "time": "soon"},
    ],
    "feedback_stats": {
        "correctness": {"n": 3, "avg": 0.66, "values": {}},
        "tone": {"n": 2, "aggregation": "MEDIAN", "values": {"FRIENDLY": 2}, "avg": None},
    },
}


# Dumping a value kept as received (a str where the model says datetime) makes pydantic warn;
# these tests are about the values, not that warning.
@pytest.mark.filterwarnings("ignore:Pydantic serializer warnings:UserWarning")
def test_api_ahead_run_parses_and_keeps_values(client: Any, server: RecordingServer) -> None:
    server.reply(API_AHEAD_RUN)

    run = client.runs.retrieve(RUN_ID, project_id=PROJECT_ID, start_time=START, selects=["ID", "RUN_TYPE"])

    assert isinstance(run, Run)
    assert run.id == RUN_ID
    assert run.run_type == "AGENT"
    assert run.status == "CANCELLED"
    assert run.name is None and run.error is None and run.total_tokens is None
    assert run.start_time == START  # the fields that do fit are still parsed
    dumped = run.to_dict()
    assert dumped["sandbox_id"] == "sbx-42"
    assert dumped["run_type"] == "AGENT"
    assert "name" in dumped and dumped["name"] is None  # set (to null), so kept
    assert run.events is not None and len(run.events) == 3
    new_token, handoff, tick = run.events
    assert isinstance(new_token, types_run.Event) and new_token.kwargs == {"token": "Hi"}
    assert isinstance(new_token.time, datetime.datetime)
    assert handoff.to_dict()["kind"] == "AGENT_HANDOFF"
    assert tick.name == "tick" and tick.time == "soon"
    assert run.feedback_stats is not None
    tone = run.feedback_stats["tone"]
    assert isinstance(tone, types_run.FeedbackStats)
    assert tone.n == 2 and tone.values == {"FRIENDLY": 2} and tone.avg is None
    assert tone.to_dict()["aggregation"] == "MEDIAN"
    assert run.feedback_stats["correctness"].avg == 0.66
    # And it survives a JSON round trip through the model.
    again = Run.model_validate(json.loads(run.to_json()))
    assert again.run_type == "AGENT" and again.to_dict()["sandbox_id"] == "sbx-42"


def test_api_ahead_pages_keep_every_item(client: Any, server: RecordingServer) -> None:
    server.reply(
        {
            "items": [run_json("r1", run_type="AGENT"), run_json("r2", start_time="yesterday"), run_json("r3")],
            "has_more": False,
            "total": 3,  # an envelope field the spec does not have
        }
    )
    page = client.runs.query(project_ids=[PROJECT_ID])
    assert [run.id for run in page.items] == ["r1", "r2", "r3"]
    assert page.items[0].run_type == "AGENT"
    assert page.items[1].start_time == "yesterday"
    assert page.items[2].start_time == datetime.datetime(2024, 1, 15, 10, 30, 0, 250000, tzinfo=datetime.timezone.utc)
    assert isinstance(page.response_body, dict) and page.response_body["total"] == 3


# ---------------------------------------------------------------------------------------
# Errors and retries
# ---------------------------------------------------------------------------------------

PROBLEM = {
    "type": "https://docs.smith.langchain.com/errors/not-found",
    "title": "Not Found",
    "status": 404,
    "detail": f"run {RUN_ID} not found in project {PROJECT_ID}",
}


def test_404_problem_details_raise_not_found(client: Any, server: RecordingServer, sleeps: SleepRecorder) -> None:
    server.reply(Reply(404, PROBLEM, {"Content-Type": "application/problem+json", "x-request-id": "req-404"}))

    with pytest.raises(pkg.NotFoundError) as info:
        client.runs.retrieve(RUN_ID, project_id=PROJECT_ID, start_time=START)

    error = info.value
    assert isinstance(error, pkg.APIStatusError) and isinstance(error, pkg.APIError)
    assert error.status_code == 404
    assert error.body == PROBLEM
    assert error.request_id == "req-404"
    assert "404" in str(error) and "not found in project" in str(error)
    assert error.response.status_code == 404
    assert error.request.url.path == f"/v2/runs/{RUN_ID}"
    assert len(server.requests) == 1 and sleeps.delays == []  # a 404 is not retried


@pytest.mark.parametrize(
    ("status", "error_name"),
    [
        (400, "BadRequestError"),
        (401, "AuthenticationError"),
        (403, "PermissionDeniedError"),
        (422, "UnprocessableEntityError"),
    ],
)
def test_client_errors_are_typed_and_not_retried(
    client: Any, server: RecordingServer, sleeps: SleepRecorder, status: int, error_name: str
) -> None:
    server.reply(Reply(status, {"title": "Nope", "detail": "bad", "remedy": "fix it"}))
    with pytest.raises(getattr(pkg, error_name)) as info:
        client.runs.query(project_ids=["not-a-uuid"])
    assert info.value.status_code == status
    assert info.value.body["remedy"] == "fix it"
    assert len(server.requests) == 1 and sleeps.delays == []


def test_500_then_200_is_retried(client: Any, server: RecordingServer, sleeps: SleepRecorder) -> None:
    server.reply(Reply(500, {"title": "Internal Server Error"}), Reply(200, RUN_JSON))

    run = client.runs.retrieve(RUN_ID, project_id=PROJECT_ID, start_time=START)

    assert run.id == RUN_ID
    assert len(server.requests) == 2
    first, second = server.requests
    assert (first.target, first.body) == (second.target, second.body)
    assert [first.header("X-Retry-Count"), second.header("X-Retry-Count")] == ["0", "1"]
    assert len(sleeps.delays) == 1 and 0 < sleeps.delays[0] <= 8


def test_429_honours_retry_after(client: Any, server: RecordingServer, sleeps: SleepRecorder) -> None:
    server.reply(Reply(429, {"title": "Too Many Requests"}, {"Retry-After": "0"}), Reply(200, RUN_JSON))
    run = client.runs.retrieve(RUN_ID, project_id=PROJECT_ID, start_time=START)
    assert run.id == RUN_ID
    assert sleeps.delays == [0.0]
    assert len(server.requests) == 2


def test_retries_exhausted_raise_internal_server_error(
    client: Any, server: RecordingServer, sleeps: SleepRecorder
) -> None:
    server.reply(*[Reply(503, {"title": "Service Unavailable", "detail": f"attempt {i}"}) for i in range(3)])

    with pytest.raises(pkg.InternalServerError) as info:
        client.runs.retrieve(RUN_ID, project_id=PROJECT_ID, start_time=START)

    assert info.value.status_code == 503
    assert info.value.body["detail"] == "attempt 2"  # the last answer
    assert len(server.requests) == 3  # max_retries defaults to 2
    assert len(sleeps.delays) == 2
    assert 0 < sleeps.delays[0] < sleeps.delays[1]  # exponential backoff (jitter keeps the order)


def test_max_retries_zero_does_not_retry(server: RecordingServer) -> None:
    server.reply(Reply(500, {"title": "boom"}))
    with Client(api_key=API_KEY, base_url=server.url, max_retries=0) as client:
        with pytest.raises(pkg.InternalServerError):
            client.runs.retrieve(RUN_ID, project_id=PROJECT_ID, start_time=START)
    assert len(server.requests) == 1


def test_post_retries_reuse_the_idempotency_key(client: Any, server: RecordingServer, sleeps: SleepRecorder) -> None:
    server.reply(Reply(500, {}), Reply(502, {}), Reply(200, {"items": [run_json("r1")], "has_more": False}))

    page = client.runs.query(project_ids=[PROJECT_ID], selects=["ID"])

    assert [run.id for run in page.items] == ["r1"]
    keys = [request.header("Idempotency-Key") for request in server.requests]
    assert len(keys) == 3 and keys[0] and len(set(keys)) == 1
    assert [request.header("X-Retry-Count") for request in server.requests] == ["0", "1", "2"]
    assert len({request.body for request in server.requests}) == 1

    server.reply({"items": [], "has_more": False})
    client.runs.query(project_ids=[PROJECT_ID])
    assert server.last.header("Idempotency-Key") not in keys  # a new call, a new key


def test_connection_refused_raises_api_connection_error(sleeps: SleepRecorder) -> None:
    with Client(api_key=API_KEY, base_url=f"http://127.0.0.1:{unused_port()}") as client:
        client._sleep = sleeps
        with pytest.raises(pkg.APIConnectionError) as info:
            client.runs.retrieve(RUN_ID, project_id=PROJECT_ID, start_time=START)
    assert not isinstance(info.value, pkg.APITimeoutError)
    assert info.value.request.url.path == f"/v2/runs/{RUN_ID}"
    assert len(sleeps.delays) == 2  # connection errors are retried too


def test_stalled_server_raises_api_timeout_error(client: Any, server: RecordingServer, sleeps: SleepRecorder) -> None:
    server.reply(*[Reply(200, RUN_JSON, stall=5.0) for _ in range(3)])

    with pytest.raises(pkg.APITimeoutError) as info:
        client.runs.retrieve(RUN_ID, project_id=PROJECT_ID, start_time=START, timeout=0.2)

    assert isinstance(info.value, pkg.APIConnectionError)
    assert len(server.requests) == 3  # timeouts are retried like other connection failures
    assert len(sleeps.delays) == 2


def test_client_wide_timeout(server: RecordingServer) -> None:
    server.reply(Reply(200, RUN_JSON, stall=5.0))
    with Client(api_key=API_KEY, base_url=server.url, timeout=0.2, max_retries=0) as client:
        with pytest.raises(pkg.APITimeoutError):
            client.runs.retrieve(RUN_ID, project_id=PROJECT_ID, start_time=START)
        server.reply(RUN_JSON)
        assert client.runs.retrieve(RUN_ID, project_id=PROJECT_ID, start_time=START).id == RUN_ID


def test_undecodable_success_body_raises_response_validation_error(client: Any, server: RecordingServer) -> None:
    server.reply(Reply(200, b"<html>proxy login</html>", {"Content-Type": "text/html"}))
    with pytest.raises(pkg.APIResponseValidationError) as info:
        client.runs.retrieve(RUN_ID, project_id=PROJECT_ID, start_time=START)
    assert info.value.status_code == 200


# ---------------------------------------------------------------------------------------
# Raw responses
# ---------------------------------------------------------------------------------------


def test_raw_response_gives_headers_status_and_parse(client: Any, server: RecordingServer) -> None:
    server.reply(Reply(200, RUN_JSON, {"x-request-id": "req-7", "X-RateLimit-Remaining": "99"}))

    raw = client.runs.with_raw_response.retrieve(RUN_ID, project_id=PROJECT_ID, start_time=START, selects=["ID"])

    assert isinstance(raw, response_module.APIResponse)
    assert raw.status_code == 200
    assert raw.headers["x-request-id"] == "req-7"
    assert raw.headers["x-ratelimit-remaining"] == "99"
    assert raw.json()["id"] == RUN_ID
    run = raw.parse()
    assert isinstance(run, Run) and run.id == RUN_ID and run.start_time == START
    assert raw.parse() is run  # parsed once
    # The marker that asks for the raw response never reaches the server.
    assert all("raw" not in name.lower() for name, _ in server.last.headers)
    assert server.last.query == [("project_id", PROJECT_ID), ("start_time", START.isoformat()), ("selects", "ID")]


def test_raw_response_of_a_paginated_method(client: Any, server: RecordingServer) -> None:
    server.responder = cursor_pages(three_run_pages(), body_cursor)
    raw = client.runs.with_raw_response.query(project_ids=[PROJECT_ID])
    assert raw.status_code == 200
    page = raw.parse()
    assert isinstance(page, pagination.SyncCursorPage)
    assert [run.id for run in page] == ["r1", "r2", "r3", "r4", "r5"]
    assert len(server.requests) == 3
