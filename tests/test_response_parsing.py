"""How successful responses become values: over real HTTP (a `RecordingServer` on 127.0.0.1),
for the committed generated client and for the runtime harness of tests/test_runtime.py (whose
`fetch(path, cast_to=...)` reaches every kind of declared type), sync and async.

- A body that cannot be the declared type at all (empty, not JSON, an array for `Run`, a string
  for a page) raises `APIResponseValidationError` with the status and the body; paginated
  methods included, on the first page or any later one, so that iteration never ends early
  without a word.
- Inside an object the parsing stays lenient (the API may be ahead of the spec).
- Returned models, pages and page items carry the response's `x-request-id` as `_request_id`.
- `Model.construct(...)` builds nested models, without validation and without a warning.
"""

from __future__ import annotations

import asyncio
import datetime
import json
import warnings
from types import ModuleType
from typing import Any, Callable, Dict, Iterator, List, Optional, Union

import pytest
from typing_extensions import Literal

from tests.http_servers import RecordingServer, Reply
from tests.support import import_generated
from tests.test_runtime import _mod, _model_classes, pkg  # noqa: F401 - `pkg` is a fixture

generated = import_generated("langsmith_openapi_client")
types_run = import_generated("langsmith_openapi_client.types.run")
Run = types_run.Run
ValidationError = generated.APIResponseValidationError

PROJECT_ID = "018e4c7e-a9fb-7ef0-a5b6-6ea3a82e9327"
RUN_ID = "f47ac10b-58cc-4372-a567-0e02b2c3d479"
START = datetime.datetime(2024, 1, 15, 10, 30, 0, 250000, tzinfo=datetime.timezone.utc)
RUN_JSON: Dict[str, Any] = {"id": RUN_ID, "name": "ChatOpenAI", "start_time": "2024-01-15T10:30:00.250Z"}
HTML = Reply(200, b"<html><body>Sign in to the proxy</body></html>", {"Content-Type": "text/html"})


@pytest.fixture
def server() -> Iterator[RecordingServer]:
    with RecordingServer() as srv:
        yield srv


@pytest.fixture
def client(server: RecordingServer) -> Iterator[Any]:
    with generated.Client(api_key="lsv2_pt_test", base_url=server.url, max_retries=0) as c:
        yield c


def run_async(server: RecordingServer, call: Callable[[Any], Any]) -> Any:
    """`await call(client)` with a fresh generated AsyncClient."""

    async def main() -> Any:
        async with generated.AsyncClient(api_key="lsv2_pt_test", base_url=server.url, max_retries=0) as c:
            return await call(c)

    return asyncio.run(main())


async def all_runs(client: Any) -> List[Any]:
    return [run async for run in client.runs.query(project_ids=[PROJECT_ID])]


def retrieve(client: Any) -> Any:
    return client.runs.retrieve(RUN_ID, project_id=PROJECT_ID, start_time=START)


async def aretrieve(client: Any) -> Any:
    return await client.runs.retrieve(RUN_ID, project_id=PROJECT_ID, start_time=START)


# ---------------------------------------------------------------------------------------
# Paginated methods: no silent end of iteration
# ---------------------------------------------------------------------------------------


def test_html_200_on_a_paginated_method_raises(client: Any, server: RecordingServer) -> None:
    server.reply(HTML)
    with pytest.raises(ValidationError, match=r"invalid JSON .*text/html.*line 1 column 1") as info:
        client.runs.query(project_ids=[PROJECT_ID])
    assert info.value.status_code == 200
    assert info.value.body == "<html><body>Sign in to the proxy</body></html>"


def test_html_200_on_a_paginated_method_raises_async(server: RecordingServer) -> None:
    server.reply(HTML, HTML)
    with pytest.raises(ValidationError, match="invalid JSON") as info:
        run_async(server, all_runs)
    assert info.value.status_code == 200 and "Sign in" in str(info.value.body)

    async def first_page(c: Any) -> Any:
        return await c.runs.query(project_ids=[PROJECT_ID])

    with pytest.raises(ValidationError, match="invalid JSON"):
        run_async(server, first_page)


def test_html_on_a_later_page_raises_mid_iteration(client: Any, server: RecordingServer) -> None:
    server.reply({"items": [RUN_JSON], "next_cursor": "c1", "has_more": True}, HTML)
    seen: List[str] = []
    with pytest.raises(ValidationError):
        for run in client.runs.query(project_ids=[PROJECT_ID]):
            seen.append(run.id)
    assert seen == [RUN_ID] and len(server.requests) == 2

    server.reply({"items": [RUN_JSON], "next_cursor": "c1", "has_more": True}, HTML)
    with pytest.raises(ValidationError):
        run_async(server, all_runs)


NOT_A_PAGE = [
    pytest.param("a string", id="string"),
    pytest.param(42, id="number"),
    pytest.param(True, id="boolean"),
    pytest.param(None, id="null"),
    pytest.param({"items": "r1,r2"}, id="items-string"),
    pytest.param({"items": {"id": "r1"}}, id="items-object"),
    pytest.param({"items": 3, "next_cursor": "c1"}, id="items-number"),
    pytest.param({"detail": "Service under maintenance"}, id="object-without-items"),
]


@pytest.mark.parametrize("body", NOT_A_PAGE)
def test_json_that_cannot_be_a_page_raises(body: Any, client: Any, server: RecordingServer) -> None:
    server.reply(Reply(200, body=json.dumps(body).encode(), headers={"Content-Type": "application/json"}))
    with pytest.raises(ValidationError, match="Expected a page of items") as info:
        client.runs.query(project_ids=[PROJECT_ID])
    assert info.value.status_code == 200 and info.value.body == body


@pytest.mark.parametrize("body", NOT_A_PAGE[:2] + NOT_A_PAGE[4:])
def test_json_that_cannot_be_a_page_raises_async(body: Any, server: RecordingServer) -> None:
    server.reply(body)
    with pytest.raises(ValidationError, match="Expected a page of items") as info:
        run_async(server, all_runs)
    assert info.value.body == body


def test_an_empty_body_on_a_paginated_method_raises(client: Any, server: RecordingServer) -> None:
    server.reply(Reply(200, None, {"Content-Type": "application/json"}))
    with pytest.raises(ValidationError, match="empty") as info:
        client.runs.query(project_ids=[PROJECT_ID])
    assert info.value.status_code == 200


@pytest.mark.parametrize(
    "body",
    [
        {"items": [], "next_cursor": None},
        {"items": None},  # Go's encoding/json writes an empty slice as null
        {},  # protobuf's JSON leaves out empty lists
        {"has_more": False},
        [],  # a page without an envelope
    ],
)
def test_empty_pages_are_still_pages(body: Any, client: Any, server: RecordingServer) -> None:
    server.reply(body)
    page = client.runs.query(project_ids=[PROJECT_ID])
    assert page.items == [] and not page.has_next_page() and list(page) == []


def test_pages_still_keep_items_the_spec_did_not_foresee(client: Any, server: RecordingServer) -> None:
    items = [{**RUN_JSON, "run_type": "AGENT"}, {**RUN_JSON, "start_time": "yesterday"}, "junk", RUN_JSON]
    server.reply({"items": items, "total": 4})
    page = client.runs.query(project_ids=[PROJECT_ID])
    first, second, junk, last = page.items
    assert isinstance(first, Run) and first.run_type == "AGENT"
    assert isinstance(second, Run) and second.start_time == "yesterday"
    assert junk == "junk"
    assert isinstance(last, Run) and last.start_time == START
    assert page.response_body == {"items": items, "total": 4}


# ---------------------------------------------------------------------------------------
# Bodies that cannot be the declared type
# ---------------------------------------------------------------------------------------


def test_an_empty_200_body_for_a_model_raises(client: Any, server: RecordingServer) -> None:
    server.reply(Reply(200, None, {"Content-Type": "application/json"}))
    with pytest.raises(ValidationError, match="Expected Run in the response body, got an empty body") as info:
        retrieve(client)
    assert info.value.status_code == 200 and info.value.body is None


def test_a_json_array_for_a_model_raises(client: Any, server: RecordingServer) -> None:
    server.reply([RUN_JSON, RUN_JSON])
    with pytest.raises(ValidationError, match="Expected Run in the response body, got a JSON array") as info:
        retrieve(client)
    assert info.value.status_code == 200 and info.value.body == [RUN_JSON, RUN_JSON]


@pytest.mark.parametrize("body", ["a string", 3, None, False])
def test_a_scalar_for_a_model_raises(body: Any, client: Any, server: RecordingServer) -> None:
    server.reply(Reply(200, json.dumps(body).encode(), {"Content-Type": "application/json"}))
    with pytest.raises(ValidationError, match="Expected Run") as info:
        retrieve(client)
    assert info.value.body == body


def test_unfit_bodies_raise_in_the_async_client_too(server: RecordingServer) -> None:
    server.reply(Reply(200, None, {"Content-Type": "application/json"}), [RUN_JSON])
    with pytest.raises(ValidationError, match="empty body"):
        run_async(server, aretrieve)
    with pytest.raises(ValidationError, match="JSON array"):
        run_async(server, aretrieve)


def test_invalid_json_says_so_with_the_reason(client: Any, server: RecordingServer) -> None:
    server.reply(Reply(200, b'{"id": "r1", "name": ', {"Content-Type": "application/json"}))
    with pytest.raises(ValidationError) as info:
        retrieve(client)
    message = str(info.value)
    assert message.startswith("invalid JSON in the response body (application/json, HTTP 200): ")
    assert "EOF while parsing" in message and "line 1 column" in message
    assert info.value.body == '{"id": "r1", "name": '


def test_lenient_inside_an_object_still(client: Any, server: RecordingServer) -> None:
    server.reply({**RUN_JSON, "run_type": "AGENT", "name": None, "sandbox_id": "sbx", "events": [{"time": "soon"}]})
    run = retrieve(client)
    assert isinstance(run, Run) and run.run_type == "AGENT" and run.name is None
    assert run.to_dict(warnings=False)["sandbox_id"] == "sbx" and run.start_time == START
    assert isinstance(run.events[0], types_run.Event) and run.events[0].time == "soon"


def harness_client(pkg: ModuleType, server: RecordingServer) -> Any:
    return pkg.Client(api_key="k", base_url=server.url, max_retries=0)


def fetch(
    pkg: ModuleType, server: RecordingServer, body: Any, cast_to: Any, content_type: str = "application/json"
) -> Any:
    if body is None:
        server.reply(Reply(200, None, {"Content-Type": content_type}))
    else:
        server.reply(
            Reply(200, body if isinstance(body, bytes) else json.dumps(body).encode(), {"Content-Type": content_type})
        )
    with harness_client(pkg, server) as client:
        return client.runs.fetch("/anything", cast_to=cast_to)


def test_declared_types_that_take_the_body(pkg: ModuleType, server: RecordingServer) -> None:
    HarnessRun = _mod(pkg, "_client").Run
    assert fetch(pkg, server, None, type(None)) is None  # nothing declared: anything goes
    assert fetch(pkg, server, {"a": 1}, type(None)) is None
    assert fetch(pkg, server, None, Optional[HarnessRun]) is None
    assert fetch(pkg, server, None, object) is None
    assert fetch(pkg, server, None, Any) is None
    assert fetch(pkg, server, None, Union[HarnessRun, None]) is None
    assert fetch(pkg, server, [1, "a"], object) == [1, "a"]
    assert fetch(pkg, server, "12", int) == 12  # scalars are lenient among themselves
    assert fetch(pkg, server, "twelve", int) == "twelve"
    assert fetch(pkg, server, "PAUSED", Literal["RUNNING", "DONE"]) == "PAUSED"  # a new enum value
    assert fetch(pkg, server, 1.5, float) == 1.5
    assert fetch(pkg, server, "text", str) == "text"
    assert fetch(pkg, server, {"a": "x"}, Dict[str, int]) == {"a": "x"}
    runs = fetch(pkg, server, [{"id": "a"}, {"run_type": "AGENT"}], Union[HarnessRun, List[HarnessRun]])
    assert [type(run).__name__ for run in runs] == ["Run", "Run"] and runs[1].run_type == "AGENT"
    assert fetch(pkg, server, b"<html>", object, "text/html") == "<html>"


@pytest.mark.parametrize(
    "body, declared",
    [
        pytest.param({"id": "a"}, "List[Run]", id="object-for-list"),
        pytest.param([1, 2], Dict[str, int], id="list-for-dict"),
        pytest.param(None, "List[Run]", id="empty-for-list"),
        pytest.param({"a": 1}, str, id="object-for-json-string"),
        pytest.param([True], bool, id="array-for-bool"),
        pytest.param({"a": 1}, Literal["a", "b"], id="object-for-enum"),
        pytest.param(3, "Optional[Run]", id="number-for-optional-model"),
        pytest.param("x", List[int], id="string-for-list"),
    ],
)
def test_declared_types_that_cannot_take_the_body(
    body: Any, declared: Any, pkg: ModuleType, server: RecordingServer
) -> None:
    HarnessRun = _mod(pkg, "_client").Run
    cast_to = (
        eval(declared, {"List": List, "Optional": Optional, "Run": HarnessRun})
        if isinstance(declared, str)
        else declared
    )
    with pytest.raises(_mod(pkg, "_exceptions").APIResponseValidationError, match="Expected") as info:
        fetch(pkg, server, body, cast_to)
    assert info.value.status_code == 200 and info.value.body == body


# ---------------------------------------------------------------------------------------
# _request_id on parsed models and pages
# ---------------------------------------------------------------------------------------


def test_models_carry_the_request_id(client: Any, server: RecordingServer) -> None:
    server.reply(Reply(200, RUN_JSON, {"X-Request-Id": "req-42"}), Reply(200, RUN_JSON))
    run = retrieve(client)
    assert run._request_id == "req-42"
    assert "_request_id" not in run.model_dump() and "_request_id" not in run.to_dict()
    assert "_request_id" not in run.to_json() and "req-42" not in run.model_dump_json()
    without = retrieve(client)
    assert without._request_id is None  # the response had no x-request-id
    assert without == run  # not part of the model's value
    assert Run(id="x")._request_id is None  # nor on models built by hand


def test_pages_and_their_items_carry_the_request_id(client: Any, server: RecordingServer) -> None:
    server.reply(
        Reply(200, {"items": [RUN_JSON, RUN_JSON], "next_cursor": "c1", "has_more": True}, {"x-request-id": "p1"}),
        Reply(200, {"items": [RUN_JSON]}, {"x-request-id": "p2"}),
    )
    page = client.runs.query(project_ids=[PROJECT_ID])
    assert page._request_id == "p1" and [run._request_id for run in page.items] == ["p1", "p1"]
    assert [run._request_id for run in page] == ["p1", "p1", "p2"]
    assert "_request_id" not in page.items[0].to_dict()


def test_request_id_in_the_async_client(server: RecordingServer) -> None:
    server.reply(
        Reply(200, RUN_JSON, {"x-request-id": "a1"}),
        Reply(200, {"items": [RUN_JSON]}, {"x-request-id": "a2"}),
    )

    async def calls(c: Any) -> Any:
        run = await aretrieve(c)
        page = await c.runs.query(project_ids=[PROJECT_ID])
        return run, page

    run, page = run_async(server, calls)
    assert run._request_id == "a1" and page._request_id == "a2" and page.items[0]._request_id == "a2"


# ---------------------------------------------------------------------------------------
# Model.construct (the seed page lists it among Run's methods)
# ---------------------------------------------------------------------------------------


def test_construct_builds_nested_models_without_a_warning() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        run = Run.construct(
            id=RUN_ID,
            start_time="not validated",
            events=[{"name": "x", "kwargs": {"a": 1}}, "junk"],
            feedback_stats={"ok": {"n": 2}},
            completion_cost_details={"raw": {"text": 0.1}},
            sandbox_id="sbx",
        )
    event, junk = run.events
    assert type(event) is types_run.Event and event.name == "x" and event.kwargs == {"a": 1}
    assert event.model_fields_set == {"name", "kwargs"}
    assert junk == "junk"
    assert type(run.feedback_stats["ok"]) is types_run.FeedbackStats and run.feedback_stats["ok"].n == 2
    assert run.feedback_stats["ok"].errors == 0  # defaults filled in, as model_construct does
    assert type(run.completion_cost_details) is types_run.CompletionCostDetails
    assert run.start_time == "not validated"  # no validation
    assert run.sandbox_id == "sbx"
    assert run.model_fields_set == {
        "id",
        "start_time",
        "events",
        "feedback_stats",
        "completion_cost_details",
        "sandbox_id",
    }
    assert run.to_dict(warnings=False)["events"] == [{"name": "x", "kwargs": {"a": 1}}, "junk"]


def test_construct_takes_api_names_unions_and_fields_set(pkg: ModuleType) -> None:
    models = _model_classes(pkg)
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        owner = models.Owner.construct(
            name="a", pet={"type": "dog", "barks": 1}, schema=3, counts={"x": 1}, _fields_set={"name"}
        )
        tree = models.Node.construct(value=1, children=[{"value": 2, "children": [{"value": 3}]}])
    assert type(owner.pet).__name__ == "Dog" and owner.pet.barks == 1
    assert owner.schema_ == 3  # by its API name
    assert owner.model_fields_set == {"name"}
    assert type(tree.children[0].children[0]).__name__ == "Node" and tree.children[0].children[0].value == 3
    assert models.Owner.construct(pet={"type": "bird"}).pet == {"type": "bird"}  # no member fits: kept


# ---------------------------------------------------------------------------------------
# The garbage collector around a large page (see _models.collection_paused)
# ---------------------------------------------------------------------------------------


def large_page() -> Dict[str, Any]:
    # Over the size from which the collector is paused (256 KiB).
    return {"items": [{**RUN_JSON, "tags": ["t"] * 20, "n": i} for i in range(1500)], "has_more": False}


def test_a_large_page_leaves_the_collector_as_it_found_it(client: Any, server: RecordingServer) -> None:
    import gc

    body = large_page()
    assert len(json.dumps(body)) > 256 * 1024
    server.reply(body, body, body)
    assert gc.isenabled()
    page = client.runs.query(project_ids=[PROJECT_ID])
    assert len(page.items) == 1500 and page.items[-1].n == 1499 and page.items[0].start_time == START
    assert gc.isenabled() and gc.get_freeze_count() == 0
    assert page.response_body == body  # decoded again on first use
    gc.disable()  # the application's choice is kept
    try:
        client.runs.query(project_ids=[PROJECT_ID])
        assert not gc.isenabled()
    finally:
        gc.enable()
    frozen = [object() for _ in range(3)]  # an application that froze its objects (pre-fork servers)
    gc.freeze()
    try:
        before = gc.get_freeze_count()
        client.runs.query(project_ids=[PROJECT_ID])
        # Still frozen (the count only drops by the frozen objects freed meanwhile; an unfreeze makes it 0).
        assert gc.get_freeze_count() > before // 2 and gc.isenabled()
    finally:
        gc.unfreeze()
    del frozen
