"""The generated client against Stoplight Prism mocking spec/langsmith.yaml.

Prism (pinned in tests/mock/package.json, installed by `make test`) answers from the spec's
examples, or with `Prefer: dynamic=true` from its schemas, and validates every request against
the spec: a request the spec does not allow gets a 4xx and an `sl-violations` header. So each
call here checks both directions: the client sends what the spec describes, and the models
accept what the spec describes.

Prism is started once for the module. When it cannot be run, these tests fail (they are part
of what `make test` promises), with a message saying how to install it.
"""

from __future__ import annotations

import datetime
import itertools
import json
import os
from typing import Any, Callable, Dict, Iterator, List

import httpx
import pytest

from tests.http_servers import PrismServer, started_prism
from tests.support import REPO_ROOT, import_generated

# Prism is started once per module, so every test of it runs on one xdist worker (`--dist loadgroup`).
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("prism")]

pkg = import_generated("langsmith_openapi_client")
pagination = import_generated("langsmith_openapi_client._pagination")
types = {
    name: getattr(import_generated(f"langsmith_openapi_client.types.{module}"), name)
    for name, module in [
        ("Run", "run"),
        ("QueryTraceResponse", "query_trace_response"),
        ("ThreadListItem", "thread_list_item"),
        ("ThreadTraceListItem", "thread_trace_list_item"),
        ("ThreadStats", "thread_stats"),
        ("QueryRunsResponse", "query_runs_response"),
        ("QueryThreadsResponse", "query_threads_response"),
        ("QueryThreadTracesResponse", "query_thread_traces_response"),
    ]
}
Run = types["Run"]
types_run = import_generated("langsmith_openapi_client.types.run")

SPEC = REPO_ROOT / "spec" / "langsmith.yaml"
API_KEY = "lsv2_pt_0123456789abcdef"
PROJECT_ID = "018e4c7e-a9fb-7ef0-a5b6-6ea3a82e9327"
RUN_ID = "f47ac10b-58cc-4372-a567-0e02b2c3d479"
TRACE_ID = "0190a1b2-c3d4-7ef0-a5b6-6ea3a82e9328"
THREAD_ID = "d4e5f6a7-b8c9-4d5e-1f2a-3b4c5d6e7f8a"
START = datetime.datetime(2024, 1, 15, 10, 30, tzinfo=datetime.timezone.utc)
END = START + datetime.timedelta(hours=1)


@pytest.fixture(scope="module")
def prism() -> Iterator[PrismServer]:
    with started_prism(SPEC) as server:
        yield server


class Exchanges:
    """Every response the client received (an httpx event hook), with Prism's verdict."""

    def __init__(self) -> None:
        self.responses: List[httpx.Response] = []

    def hook(self, response: httpx.Response) -> None:
        self.responses.append(response)

    def assert_all_accepted(self) -> None:
        assert self.responses, "no request reached Prism"
        for response in self.responses:
            request = response.request
            violations = response.headers.get("sl-violations")
            assert violations is None, f"Prism found {request.method} {request.url} against the spec: {violations}"
            assert response.status_code == 200, f"{request.method} {request.url} -> {response.status_code}"


@pytest.fixture
def exchanges() -> Exchanges:
    return Exchanges()


@pytest.fixture
def client(prism: PrismServer, exchanges: Exchanges) -> Iterator[Any]:
    http_client = httpx.Client(event_hooks={"response": [exchanges.hook]})
    # No retries: a 5xx from Prism is what the test asked for, not something to wait out.
    with pkg.Client(api_key=API_KEY, base_url=prism.url, http_client=http_client, max_retries=0) as c:
        yield c
    http_client.close()


# ---------------------------------------------------------------------------------------
# Every operation, with realistic arguments, is accepted and returns the declared type
# ---------------------------------------------------------------------------------------


def call_runs_query(client: Any, **extra: Any) -> Any:
    return client.runs.query(
        project_ids=[PROJECT_ID, TRACE_ID],
        selects=["ID", "NAME", "RUN_TYPE", "STATUS", "START_TIME", "FEEDBACK_STATS"],
        filter='and(eq(run_type, "llm"), gt(latency, 5))',
        trace_filter='eq(status, "success")',
        min_start_time=START,
        max_start_time=END,
        is_root=True,
        has_error=False,
        run_type="LLM",
        sort_order="DESC",
        page_size=50,
        **extra,
    )


def call_runs_retrieve(client: Any, **extra: Any) -> Any:
    return client.runs.retrieve(
        RUN_ID, project_id=PROJECT_ID, start_time=START, selects=["ID", "NAME", "START_TIME", "EVENTS"], **extra
    )


def call_runs_list_by_trace(client: Any, **extra: Any) -> Any:
    return client.runs.list_by_trace(
        TRACE_ID,
        project_id=PROJECT_ID,
        min_start_time=START,
        max_start_time=END,
        filter='eq(run_type, "llm")',
        selects=["ID", "NAME", "RUN_TYPE", "PARENT_RUN_IDS"],
        **extra,
    )


def call_threads_query(client: Any, **extra: Any) -> Any:
    return client.threads.query(
        project_id=PROJECT_ID, filter="gt(count, 1)", min_start_time=START, max_start_time=END, page_size=20, **extra
    )


def call_threads_list_traces(client: Any, **extra: Any) -> Any:
    return client.threads.list_traces(
        THREAD_ID,
        project_id=PROJECT_ID,
        filter='eq(status, "success")',
        page_size=20,
        selects=["NAME", "START_TIME", "TOTAL_TOKENS", "PROMPT_COST_DETAILS"],
        **extra,
    )


def call_threads_retrieve_stats(client: Any, **extra: Any) -> Any:
    return client.threads.retrieve_stats(
        THREAD_ID,
        session_id=PROJECT_ID,
        selects=["TURNS", "LATENCY_P50", "TOTAL_COST", "PROMPT_TOKEN_DETAILS"],
        **extra,
    )


# operation -> (call, the type each item or the result has, whether the result is a page)
OPERATIONS: Dict[str, tuple[Callable[..., Any], str, bool]] = {
    "runs.query": (call_runs_query, "Run", True),
    "runs.retrieve": (call_runs_retrieve, "Run", False),
    "runs.list_by_trace": (call_runs_list_by_trace, "QueryTraceResponse", False),
    "threads.query": (call_threads_query, "ThreadListItem", True),
    "threads.list_traces": (call_threads_list_traces, "ThreadTraceListItem", True),
    "threads.retrieve_stats": (call_threads_retrieve_stats, "ThreadStats", False),
}


def test_every_operation_is_called() -> None:
    runs = import_generated("langsmith_openapi_client.resources.runs")
    threads = import_generated("langsmith_openapi_client.resources.threads")
    public = {
        f"{name}.{method}"
        for name, cls in [("runs", runs.RunsResource), ("threads", threads.ThreadsResource)]
        for method in vars(cls)
        if not method.startswith("_") and method not in ("with_raw_response", "with_streaming_response")
    }
    assert public == set(OPERATIONS)


@pytest.mark.parametrize("operation", sorted(OPERATIONS))
def test_operation_is_accepted_and_returns_its_type(client: Any, exchanges: Exchanges, operation: str) -> None:
    call, type_name, is_page = OPERATIONS[operation]

    result = call(client)

    exchanges.assert_all_accepted()
    assert len(exchanges.responses) == 1
    expected = types[type_name]
    if is_page:
        assert isinstance(result, pagination.SyncCursorPage)
        assert result.items, "the spec's example page has items"
        assert all(isinstance(item, expected) for item in result.items)
    else:
        assert isinstance(result, expected)


def test_examples_come_back_as_typed_values(client: Any, exchanges: Exchanges) -> None:
    run = call_runs_retrieve(client)
    # Values from the spec's examples, converted to their declared Python types.
    assert run.id == "018e4c7e-a9fb-7ef0-a5b6-6ea3a82e9327"
    assert run.name == "ChatOpenAI"
    assert run.start_time == datetime.datetime(2024, 1, 15, 10, 30, tzinfo=datetime.timezone.utc)
    assert run.status == "SUCCESS"
    assert run.tags == ["production", "gpt-4"]
    assert run.events and isinstance(run.events[0], types_run.Event)
    assert run.feedback_stats and all(isinstance(v, types_run.FeedbackStats) for v in run.feedback_stats.values())
    assert run.latency_seconds == 1.523

    trace = call_runs_list_by_trace(client)
    assert trace.items and all(isinstance(item, Run) for item in trace.items)
    stats = call_threads_retrieve_stats(client)
    assert isinstance(stats.turns, int)
    exchanges.assert_all_accepted()


@pytest.mark.parametrize("operation", sorted(OPERATIONS))
def test_raw_response_is_accepted(client: Any, exchanges: Exchanges, operation: str) -> None:
    resource_name, method = operation.split(".")
    call, type_name, is_page = OPERATIONS[operation]
    resource = getattr(client, resource_name)
    # Call the raw variant with the same arguments, by giving `call` a stand-in client.
    raw_client = type("RawClient", (), {resource_name: resource.with_raw_response})()

    raw = call(raw_client)

    assert raw.status_code == 200
    assert raw.headers["content-type"].startswith("application/json")
    assert "sl-violations" not in raw.headers
    parsed = raw.parse()
    expected = types[type_name]
    if is_page:
        assert all(isinstance(item, expected) for item in parsed.items)
    else:
        assert isinstance(parsed, expected)
    exchanges.assert_all_accepted()


def test_iterating_query_pages_sends_the_cursor_prism_accepts(client: Any, exchanges: Exchanges) -> None:
    # Prism's example page always offers the same `next_cursor` with has_more=true; the client
    # follows it once and then stops, because the server handed back the cursor it was sent.
    runs = list(itertools.islice(call_runs_query(client), 20))

    exchanges.assert_all_accepted()
    assert len(exchanges.responses) == 2
    assert len(runs) == 2 and all(isinstance(run, Run) for run in runs)
    first, second = (json.loads(r.request.content) for r in exchanges.responses)
    assert "cursor" not in first
    assert second == {**first, "cursor": exchanges.responses[0].json()["next_cursor"]}


def test_list_traces_pages_with_the_cursor_in_the_query(client: Any, exchanges: Exchanges) -> None:
    traces = list(itertools.islice(call_threads_list_traces(client), 20))
    exchanges.assert_all_accepted()
    assert len(traces) == 2
    cursor = exchanges.responses[0].json()["next_cursor"]
    assert exchanges.responses[1].request.url.params["cursor"] == cursor


# ---------------------------------------------------------------------------------------
# Data generated from the schemas fits the models without the lenient fallback
# ---------------------------------------------------------------------------------------

# operation -> the schema of the whole response body
RESPONSE_MODELS = {
    "runs.query": "QueryRunsResponse",
    "runs.retrieve": "Run",
    "runs.list_by_trace": "QueryTraceResponse",
    "threads.query": "QueryThreadsResponse",
    "threads.list_traces": "QueryThreadTracesResponse",
    "threads.retrieve_stats": "ThreadStats",
}


@pytest.mark.parametrize("operation", sorted(OPERATIONS))
def test_dynamic_responses_validate_strictly(client: Any, exchanges: Exchanges, operation: str) -> None:
    call, type_name, is_page = OPERATIONS[operation]
    model = types[RESPONSE_MODELS[operation]]
    for _ in range(5):
        result = call(client, extra_headers={"Prefer": "dynamic=true"})
        body = exchanges.responses[-1].json()
        # pydantic-core alone (no lenient fallback): any mismatch between the generated model
        # and the spec's schema raises here.
        strict = model.__pydantic_validator__.validate_python(body)
        assert isinstance(strict, model)
        values = result.items if is_page else [result]
        assert all(isinstance(value, types[type_name]) for value in values)
    exchanges.assert_all_accepted()


# ---------------------------------------------------------------------------------------
# Prism really validates: requests the spec does not allow are refused
# ---------------------------------------------------------------------------------------


def test_a_malformed_uuid_is_refused(client: Any) -> None:
    with pytest.raises(pkg.UnprocessableEntityError) as info:
        client.runs.retrieve("not-a-uuid", project_id=PROJECT_ID, start_time=START)
    assert "run_id" in info.value.response.headers["sl-violations"]


def test_an_out_of_range_body_value_is_refused(client: Any) -> None:
    with pytest.raises(pkg.UnprocessableEntityError) as info:
        client.runs.query(project_ids=[PROJECT_ID], page_size=0)
    assert "page_size" in info.value.response.headers["sl-violations"]


def test_an_unknown_select_is_refused(client: Any) -> None:
    with pytest.raises(pkg.UnprocessableEntityError) as info:
        client.runs.retrieve(RUN_ID, project_id=PROJECT_ID, start_time=START, selects=["NOT_A_FIELD"])
    assert "selects" in info.value.response.headers["sl-violations"]


def test_a_request_without_the_api_key_is_refused(prism: PrismServer) -> None:
    # The client refuses to be built without a key; a call can still leave it out.
    with pkg.Client(api_key=API_KEY, base_url=prism.url, max_retries=0) as client:
        with pytest.raises(pkg.AuthenticationError) as info:
            call_runs_retrieve(client, extra_headers={"X-API-Key": pkg.Omit()})
    assert info.value.status_code == 401


def test_env_vars_reach_prism(prism: PrismServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANGSMITH_API_KEY", API_KEY)
    monkeypatch.setenv("LANGSMITH_ENDPOINT", prism.url)
    with pkg.Client(max_retries=0) as from_env:
        assert isinstance(call_threads_retrieve_stats(from_env), types["ThreadStats"])


def test_naive_datetimes_are_not_sent_without_an_offset(client: Any, exchanges: Exchanges) -> None:
    """The spec's `date-time` is RFC 3339, which requires an offset. The signatures accept a
    `datetime`, so a naive one must either be refused up front or sent as a valid date-time
    (e.g. taken as UTC) -- never as `2024-01-15T10:30:00`, which the server rejects with 422."""
    naive = datetime.datetime(2024, 1, 15, 10, 30)
    calls = {
        "runs.retrieve start_time (query)": lambda: client.runs.retrieve(
            RUN_ID, project_id=PROJECT_ID, start_time=naive
        ),
        "runs.query min_start_time (JSON body)": lambda: client.runs.query(
            project_ids=[PROJECT_ID], min_start_time=naive
        ),
    }
    rejected = []
    for name, call in calls.items():
        try:
            call()
        except (ValueError, TypeError):
            continue  # refused before sending: fine
        except pkg.APIStatusError as exc:
            rejected.append(f"{name}: {exc.status_code} {exc.response.headers.get('sl-violations')}")
    assert not rejected, "naive datetimes were sent in a form the spec forbids:\n" + "\n".join(rejected)


# ---------------------------------------------------------------------------------------
# Error responses the spec declares map onto the error classes
# ---------------------------------------------------------------------------------------

ERRORS = [
    (400, "BadRequestError"),
    (401, "AuthenticationError"),
    (403, "PermissionDeniedError"),
    (404, "NotFoundError"),
    (422, "UnprocessableEntityError"),
    (500, "InternalServerError"),
    (503, "InternalServerError"),
    (504, "InternalServerError"),
]


@pytest.mark.parametrize(("status", "error_name"), ERRORS)
def test_declared_error_responses_map_to_error_classes(client: Any, status: int, error_name: str) -> None:
    with pytest.raises(getattr(pkg, error_name)) as info:
        call_runs_retrieve(client, extra_headers={"Prefer": f"code={status}"})
    error = info.value
    assert type(error).__name__ == error_name
    assert error.status_code == status
    assert "sl-violations" not in error.response.headers  # the request itself was fine
    problem = import_generated("langsmith_openapi_client.types.problem_details").ProblemDetails
    assert isinstance(error.body, dict) and set(error.body) <= set(problem.model_fields)
    assert isinstance(problem.model_validate(error.body), problem)


@pytest.mark.parametrize("operation", sorted(OPERATIONS))
def test_not_found_on_every_operation(client: Any, operation: str) -> None:
    call = OPERATIONS[operation][0]
    with pytest.raises(pkg.NotFoundError) as info:
        call(client, extra_headers={"Prefer": "code=404"})
    assert info.value.status_code == 404


def test_server_errors_are_retried_then_raised(prism: PrismServer) -> None:
    sleeps: List[float] = []
    seen: List[int] = []
    http_client = httpx.Client(event_hooks={"response": [lambda r: seen.append(r.status_code)]})
    with pkg.Client(api_key=API_KEY, base_url=prism.url, http_client=http_client) as retrying:
        retrying._sleep = sleeps.append
        with pytest.raises(pkg.InternalServerError):
            call_threads_query(retrying, extra_headers={"Prefer": "code=503"})
    http_client.close()
    assert seen == [503, 503, 503] and len(sleeps) == 2


# ---------------------------------------------------------------------------------------
# The async client against the same mock
# ---------------------------------------------------------------------------------------


def test_async_client_against_prism(prism: PrismServer) -> None:
    import asyncio

    async def main() -> List[Any]:
        statuses: List[httpx.Response] = []

        async def hook(response: httpx.Response) -> None:
            statuses.append(response)

        http_client = httpx.AsyncClient(event_hooks={"response": [hook]})
        async with pkg.AsyncClient(api_key=API_KEY, base_url=prism.url, http_client=http_client, max_retries=0) as c:
            run = await c.runs.retrieve(RUN_ID, project_id=PROJECT_ID, start_time=START, selects=["ID"])
            runs = [r async for r in c.runs.query(project_ids=[PROJECT_ID], selects=["ID"])]
            stats = await c.threads.retrieve_stats(THREAD_ID, session_id=PROJECT_ID, selects=["TURNS"])
            traces = await c.threads.list_traces(THREAD_ID, project_id=PROJECT_ID)
            with pytest.raises(pkg.NotFoundError):
                await c.runs.list_by_trace(
                    TRACE_ID,
                    project_id=PROJECT_ID,
                    min_start_time=START,
                    max_start_time=END,
                    extra_headers={"Prefer": "code=404"},
                )
        await http_client.aclose()
        assert all("sl-violations" not in r.headers for r in statuses)
        return [run, runs, stats, traces, [r.status_code for r in statuses]]

    run, runs, stats, traces, codes = asyncio.run(main())
    assert isinstance(run, Run)
    assert len(runs) == 2 and all(isinstance(r, Run) for r in runs)
    assert isinstance(stats, types["ThreadStats"])
    assert isinstance(traces, pagination.AsyncCursorPage)
    assert codes == [200, 200, 200, 200, 200, 404]


def test_prism_is_the_pinned_version() -> None:
    manifest = json.loads((REPO_ROOT / "tests" / "mock" / "package.json").read_text())
    pinned = manifest["dependencies"]["@stoplight/prism-cli"]
    lock = json.loads((REPO_ROOT / "tests" / "mock" / "package-lock.json").read_text())
    assert lock["packages"]["node_modules/@stoplight/prism-cli"]["version"] == pinned
    installed = REPO_ROOT / "tests" / "mock" / "node_modules" / "@stoplight" / "prism-cli" / "package.json"
    assert installed.exists(), "run `make test` (or `npm ci --prefix tests/mock`) to install Prism"
    assert json.loads(installed.read_text())["version"] == pinned
    assert os.path.exists(REPO_ROOT / "tests" / "mock" / "node_modules" / ".bin" / "prism")
