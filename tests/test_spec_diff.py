"""`python -m generator diff OLD NEW`: what changed between two descriptions for a user of the
generated client, judged breaking or not by the rules of README "Spec diff" (generator/spec_diff.py).

Each pair is built here as a mutation of `spec/langsmith.yaml` (small, fast) or of the public
LangSmith description (`../shared/specs/real/langsmith.json`, read once per module; a handful of
rules only, several mutations per pair), then compared in-process; the command line is run
in-process too (`generator.cli.main`) for exit codes and formats. The last tests run the diff on
real pairs of versions from APIs.guru and assert facts checked by hand against the two documents.
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import json
import subprocess
from pathlib import Path
from typing import Any, Callable

import pytest
import yaml

from generator.api_surface import Surface
from generator.cli import main
from generator.config import Config, load_config
from generator.diff_report import DiffResult, diff_descriptions, diff_surfaces, summary_line, surface_of
from generator.parse import Limits
from generator.spec_diff import DOCUMENTATION_KINDS, KINDS, Change, semver_bump
from tests.support import REPO_ROOT, SHARED

SMALL_SPEC = REPO_ROOT / "spec" / "langsmith.yaml"
CONFIG = REPO_ROOT / "spec" / "config.yaml"
REAL_SPEC = SHARED / "specs" / "real" / "langsmith.json"
ADYEN = SHARED / "specs" / "apis-guru-3.1" / "adyen.com"

needs_shared = pytest.mark.skipif(not REAL_SPEC.is_file(), reason="../shared/specs is not there")

Doc = dict[str, Any]
Mutation = Callable[[Doc], Any]

# The methods of spec/config.yaml, and the operations they call.
RUNS_QUERY, RUNS_RETRIEVE, RUNS_BY_TRACE = "client.runs.query", "client.runs.retrieve", "client.runs.list_by_trace"
THREADS_QUERY, THREADS_TRACES, THREADS_STATS = (
    "client.threads.query",
    "client.threads.list_traces",
    "client.threads.retrieve_stats",
)
GET_RUN = "GET /v2/runs/{run_id}"
RUN_MODEL = "types.run.Run"
RUN_REQUEST = "types.query_runs_request.QueryRunsRequest"
READERS_OF_RUN = [RUNS_BY_TRACE, RUNS_QUERY, RUNS_RETRIEVE]


# --- building pairs -------------------------------------------------------------------------------


@functools.cache
def _small_spec() -> Doc:
    loaded: Doc = yaml.safe_load(SMALL_SPEC.read_text(encoding="utf-8"))
    return loaded


@pytest.fixture(scope="module")
def config() -> Config:
    return load_config(CONFIG)


def write(doc: Any, path: Path) -> Path:
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def small_pair(tmp_path: Path, change: Mutation, before: Mutation | None = None) -> tuple[Path, Path]:
    """spec/langsmith.yaml (with `before` applied) and a copy of it with `change` applied."""
    old = copy.deepcopy(_small_spec())
    if before is not None:
        before(old)
    new = copy.deepcopy(old)
    change(new)
    return write(old, tmp_path / "old.json"), write(new, tmp_path / "new.json")


@pytest.fixture
def diff_small(tmp_path: Path, config: Config) -> Callable[..., DiffResult]:
    def run(change: Mutation, before: Mutation | None = None) -> DiffResult:
        old, new = small_pair(tmp_path, change, before)
        return diff_descriptions(str(old), str(new), config, Limits())

    return run


def schemas(doc: Doc) -> dict[str, Any]:
    found: dict[str, Any] = doc["components"]["schemas"]
    return found


def operation(doc: Doc, method: str, path: str) -> dict[str, Any]:
    found: dict[str, Any] = doc["paths"][path][method.lower()]
    return found


def parameter(doc: Doc, method: str, path: str, name: str) -> dict[str, Any]:
    return next(p for p in operation(doc, method, path)["parameters"] if p.get("name") == name)


def facts(result: DiffResult) -> list[tuple[str, bool, str, str]]:
    """Each change as (kind, breaking, method or class, argument or property)."""
    return [(c.kind, c.breaking, c.method or c.schema, c.parameter or c.property) for c in result.changes]


def only(result: DiffResult, **fields: Any) -> Change:
    """The one change with these field values."""
    found = [c for c in result.changes if all(getattr(c, k) == v for k, v in fields.items())]
    assert len(found) == 1, (fields, [c.message for c in result.changes])
    return found[0]


def methods(change: Change) -> list[str]:
    return [r.method for r in change.reached_by]


# --- operations ------------------------------------------------------------------------------------


def test_removing_an_operation_breaks_its_callers(diff_small: Callable[..., DiffResult]) -> None:
    result = diff_small(lambda d: d["paths"]["/v2/runs/{run_id}"].pop("get"))
    assert facts(result) == [("operation-removed", True, RUNS_RETRIEVE, "")]
    assert result.changes[0].operation == GET_RUN


def test_moving_an_operation_to_another_path_breaks_its_callers(diff_small: Callable[..., DiffResult]) -> None:
    def move(doc: Doc) -> None:
        doc["paths"]["/v2/run/{run_id}"] = doc["paths"].pop("/v2/runs/{run_id}")

    result = diff_small(move)
    assert facts(result) == [("operation-path-changed", True, RUNS_RETRIEVE, "")]
    change = result.changes[0]
    assert (change.old, change.new, change.operation) == (GET_RUN, "GET /v2/run/{run_id}", "GET /v2/run/{run_id}")


def test_changing_the_http_method_of_an_operation_breaks_its_callers(diff_small: Callable[..., DiffResult]) -> None:
    def to_post(doc: Doc) -> None:
        item = doc["paths"]["/v2/runs/{run_id}"]
        item["post"] = item.pop("get")

    result = diff_small(to_post)
    assert facts(result) == [("operation-path-changed", True, RUNS_RETRIEVE, "")]
    assert (result.changes[0].old, result.changes[0].new) == (GET_RUN, "POST /v2/runs/{run_id}")


def test_adding_an_operation_breaks_nobody(diff_small: Callable[..., DiffResult]) -> None:
    def add(doc: Doc) -> None:
        retrieve = copy.deepcopy(operation(doc, "GET", "/v2/runs/{run_id}"))
        doc["paths"]["/v2/runs/{run_id}/archive"] = {"get": {**retrieve, "operationId": "archiveRun"}}

    result = diff_small(add)
    assert facts(result) == [("operation-added", False, "client.runs.archive", "")]
    assert result.changes[0].operation == "GET /v2/runs/{run_id}/archive"
    assert result.bump == "minor" and not result.breaking


# --- request parameters ---------------------------------------------------------------------------


def test_adding_a_required_query_parameter_breaks_callers(diff_small: Callable[..., DiffResult]) -> None:
    def add(doc: Doc) -> None:
        new = {"name": "tenant", "in": "query", "required": True, "schema": {"type": "string"}}
        operation(doc, "GET", "/v2/runs/{run_id}")["parameters"].append(new)

    result = diff_small(add)
    assert facts(result) == [("parameter-added", True, RUNS_RETRIEVE, "tenant")]
    assert result.changes[0].operation == GET_RUN


def test_adding_an_optional_query_parameter_breaks_nobody(diff_small: Callable[..., DiffResult]) -> None:
    def add(doc: Doc) -> None:
        new = {"name": "tenant", "in": "query", "required": False, "schema": {"type": "string"}}
        operation(doc, "GET", "/v2/runs/{run_id}")["parameters"].append(new)

    assert facts(diff_small(add)) == [("parameter-added", False, RUNS_RETRIEVE, "tenant")]


def test_removing_an_optional_query_parameter_breaks_callers(diff_small: Callable[..., DiffResult]) -> None:
    def remove(doc: Doc) -> None:
        op = operation(doc, "GET", "/v2/runs/{run_id}")
        op["parameters"] = [p for p in op["parameters"] if p["name"] != "selects"]

    assert facts(diff_small(remove)) == [("parameter-removed", True, RUNS_RETRIEVE, "selects")]


def test_making_a_required_parameter_optional_breaks_nobody(diff_small: Callable[..., DiffResult]) -> None:
    result = diff_small(lambda d: parameter(d, "GET", "/v2/runs/{run_id}", "project_id").update(required=False))
    assert facts(result) == [("parameter-optional", False, RUNS_RETRIEVE, "project_id")]


def test_making_an_optional_parameter_required_breaks_callers(diff_small: Callable[..., DiffResult]) -> None:
    result = diff_small(lambda d: parameter(d, "GET", "/v2/runs/{run_id}", "selects").update(required=True))
    assert facts(result) == [("parameter-required", True, RUNS_RETRIEVE, "selects")]


def test_changing_a_query_parameter_from_integer_to_string_breaks_callers(
    diff_small: Callable[..., DiffResult],
) -> None:
    path = "/v2/threads/{thread_id}/traces"
    result = diff_small(lambda d: parameter(d, "GET", path, "page_size").update(schema={"type": "string"}))
    assert facts(result) == [("parameter-type-changed", True, THREADS_TRACES, "page_size")]
    assert (result.changes[0].old, result.changes[0].new) == ("int", "str")


# --- request bodies ---------------------------------------------------------------------------------


def test_adding_a_required_body_property_breaks_callers(diff_small: Callable[..., DiffResult]) -> None:
    def add(doc: Doc) -> None:
        schemas(doc)["QueryRunsRequest"]["properties"]["tenant"] = {"type": "string"}
        schemas(doc)["QueryRunsRequest"]["required"] = ["tenant"]

    result = diff_small(add)
    assert facts(result) == [("property-added", True, RUN_REQUEST, "tenant")]
    change = result.changes[0]
    assert change.pointer == "/components/schemas/QueryRunsRequest" and methods(change) == [RUNS_QUERY]


def test_adding_an_optional_body_property_breaks_nobody(diff_small: Callable[..., DiffResult]) -> None:
    result = diff_small(lambda d: schemas(d)["QueryRunsRequest"]["properties"].update(tenant={"type": "string"}))
    assert facts(result) == [("property-added", False, RUN_REQUEST, "tenant")]


def test_removing_an_optional_body_property_breaks_callers(diff_small: Callable[..., DiffResult]) -> None:
    result = diff_small(lambda d: schemas(d)["QueryRunsRequest"]["properties"].pop("trace_id"))
    assert facts(result) == [("property-removed", True, RUN_REQUEST, "trace_id")]
    assert methods(result.changes[0]) == [RUNS_QUERY]


def test_changing_a_body_property_from_string_to_integer_breaks_callers(
    diff_small: Callable[..., DiffResult],
) -> None:
    result = diff_small(lambda d: schemas(d)["QueryRunsRequest"]["properties"]["trace_id"].update(type="integer"))
    assert facts(result) == [("property-type-changed", True, RUN_REQUEST, "trace_id")]
    assert (result.changes[0].old, result.changes[0].new) == ("str", "int")


# --- responses --------------------------------------------------------------------------------------


def test_removing_a_response_property_breaks_readers(diff_small: Callable[..., DiffResult]) -> None:
    result = diff_small(lambda d: schemas(d)["Run"]["properties"].pop("name"))
    assert facts(result) == [("property-removed", True, RUN_MODEL, "name")]
    change = result.changes[0]
    assert change.pointer == "/components/schemas/Run" and methods(change) == READERS_OF_RUN


def test_adding_a_response_property_breaks_nobody(diff_small: Callable[..., DiffResult]) -> None:
    result = diff_small(lambda d: schemas(d)["Run"]["properties"].update(cached={"type": "boolean"}))
    assert facts(result) == [("property-added", False, RUN_MODEL, "cached")]


def test_changing_a_response_property_from_string_to_integer_breaks_readers(
    diff_small: Callable[..., DiffResult],
) -> None:
    result = diff_small(lambda d: schemas(d)["Run"]["properties"]["name"].update(type="integer"))
    assert facts(result) == [("property-type-changed", True, RUN_MODEL, "name")]
    assert (result.changes[0].old, result.changes[0].new) == ("str", "int")


def test_changing_a_response_property_from_object_to_array_breaks_readers(
    diff_small: Callable[..., DiffResult],
) -> None:
    def add_object(doc: Doc) -> None:
        schemas(doc)["Run"]["properties"]["location"] = {"type": "object", "properties": {"x": {"type": "number"}}}

    def to_array(doc: Doc) -> None:
        schemas(doc)["Run"]["properties"]["location"] = {"type": "array", "items": {"type": "number"}}

    result = diff_small(to_array, before=add_object)
    assert facts(result) == [
        ("model-removed", True, "types.run.Location", ""),
        ("property-type-changed", True, RUN_MODEL, "location"),
    ]
    assert (result.changes[1].old, result.changes[1].new) == ("Location", "List[float]")


def test_returning_another_model_breaks_readers(diff_small: Callable[..., DiffResult]) -> None:
    def replace(doc: Doc) -> None:
        response = operation(doc, "GET", "/v2/threads/{thread_id}/stats")["responses"]["200"]
        response["content"]["application/json"]["schema"] = {"$ref": "#/components/schemas/ThreadListItem"}

    result = diff_small(replace)
    change = only(result, kind="return-type-changed")
    assert (change.breaking, change.method, change.operation) == (
        True,
        THREADS_STATS,
        "GET /v2/threads/{thread_id}/stats",
    )
    assert (change.old, change.new) == ("ThreadStats", "ThreadListItem")


# --- one change, judged by the side it is on ----------------------------------------------------------


def test_a_property_made_required_breaks_what_the_client_sends_not_what_it_reads(
    diff_small: Callable[..., DiffResult],
) -> None:
    def require(doc: Doc) -> None:
        schemas(doc)["QueryRunsRequest"]["required"] = ["filter"]
        schemas(doc)["Run"]["required"] = ["name"]

    assert facts(diff_small(require)) == [
        ("property-required", True, RUN_REQUEST, "filter"),
        ("property-required", False, RUN_MODEL, "name"),
    ]


def test_a_property_made_optional_breaks_what_the_client_reads_not_what_it_sends(
    diff_small: Callable[..., DiffResult],
) -> None:
    def require(doc: Doc) -> None:
        schemas(doc)["QueryRunsRequest"]["required"] = ["filter"]
        schemas(doc)["Run"]["required"] = ["name"]

    def relax(doc: Doc) -> None:
        del schemas(doc)["QueryRunsRequest"]["required"], schemas(doc)["Run"]["required"]

    assert facts(diff_small(relax, before=require)) == [
        ("property-optional", True, RUN_MODEL, "name"),
        ("property-optional", False, RUN_REQUEST, "filter"),
    ]


def test_a_type_that_widens_breaks_readers_but_not_senders(diff_small: Callable[..., DiffResult]) -> None:
    """integer -> number and string -> string or null: every old value still fits what the client
    sends, but a reader may now get a float or a None."""

    def widen(doc: Doc) -> None:
        schemas(doc)["QueryRunsRequest"]["properties"]["page_size"].update(type="number")
        schemas(doc)["QueryRunsRequest"]["properties"]["filter"].update(type=["string", "null"])
        schemas(doc)["Run"]["properties"]["total_tokens"].update(type="number")
        schemas(doc)["Run"]["properties"]["name"].update(type=["string", "null"])

    assert sorted(facts(diff_small(widen))) == [
        ("property-type-changed", False, RUN_REQUEST, "filter"),
        ("property-type-changed", False, RUN_REQUEST, "page_size"),
        ("property-type-changed", True, RUN_MODEL, "name"),
        ("property-type-changed", True, RUN_MODEL, "total_tokens"),
    ]


def test_a_type_that_narrows_breaks_senders_but_not_readers(diff_small: Callable[..., DiffResult]) -> None:
    def narrow(doc: Doc) -> None:
        schemas(doc)["QueryRunsRequest"]["properties"]["page_size"].update(type="integer")
        schemas(doc)["Run"]["properties"]["total_tokens"].update(type="integer")

    def widened(doc: Doc) -> None:
        schemas(doc)["QueryRunsRequest"]["properties"]["page_size"].update(type="number")
        schemas(doc)["Run"]["properties"]["total_tokens"].update(type="number")

    assert sorted(facts(diff_small(narrow, before=widened))) == [
        ("property-type-changed", False, RUN_MODEL, "total_tokens"),
        ("property-type-changed", True, RUN_REQUEST, "page_size"),
    ]


# --- enums ------------------------------------------------------------------------------------------


def test_removing_an_enum_value_the_client_sends_breaks_callers(diff_small: Callable[..., DiffResult]) -> None:
    result = diff_small(lambda d: schemas(d)["SortOrder"]["enum"].remove("ASC"))
    assert facts(result) == [("enum-value-removed", True, "types.sort_order.SortOrder", "")]
    assert result.changes[0].old == "ASC" and methods(result.changes[0]) == [RUNS_QUERY]


def test_removing_an_enum_value_the_client_only_reads_breaks_nobody(diff_small: Callable[..., DiffResult]) -> None:
    """RunStatus is only in the Run the client reads (response models keep unknown values); no
    argument names it. It was judged as sent, so the removal was called breaking."""
    result = diff_small(lambda d: schemas(d)["RunStatus"]["enum"].remove("PENDING"))
    assert facts(result) == [("enum-value-removed", False, "types.run_status.RunStatus", "")]
    assert methods(result.changes[0]) == READERS_OF_RUN


def test_adding_an_enum_value_breaks_nobody(diff_small: Callable[..., DiffResult]) -> None:
    result = diff_small(lambda d: schemas(d)["RunType"]["enum"].append("AGENT"))
    assert facts(result) == [("enum-value-added", False, "types.run_type.RunType", "")]
    assert result.changes[0].new == "AGENT"


def test_a_named_enum_change_is_reported_once_for_all_its_uses(diff_small: Callable[..., DiffResult]) -> None:
    """RunSelectField is an argument of two methods (an alias) and a property of the request class
    (its values in place); RunType is a property of the request class and of the Run model."""

    def change(doc: Doc) -> None:
        schemas(doc)["RunSelectField"]["enum"].remove("NAME")
        schemas(doc)["RunType"]["enum"].remove("PARSER")

    result = diff_small(change)
    assert facts(result) == [
        ("enum-value-removed", True, "types.run_select_field.RunSelectField", ""),
        ("enum-value-removed", True, "types.run_type.RunType", ""),
    ]
    assert methods(result.changes[0]) == READERS_OF_RUN
    assert methods(result.changes[1]) == READERS_OF_RUN


# --- components reached from many places ------------------------------------------------------------------


def test_a_shared_component_change_is_reported_once_with_every_method_that_reaches_it(
    diff_small: Callable[..., DiffResult],
) -> None:
    """RunCompletionCostDetails is reached through Run (three methods), ThreadTraceListItem and
    ThreadStats; and through a copy of it in ThreadListItem: a `$ref` with an `x-` key beside it
    gets a class of its own (ThreadListItem's CostBreakdown). The copy's change was reported a
    second time, reached by threads.query alone."""

    def copy_it(doc: Doc) -> None:
        copied = {"$ref": "#/components/schemas/RunCompletionCostDetails", "x-unit": "USD"}
        schemas(doc)["ThreadListItem"]["properties"]["cost_breakdown"] = copied

    def change(doc: Doc) -> None:
        schemas(doc)["RunCompletionCostDetails"]["properties"].pop("raw")
        schemas(doc)["RunCompletionCostDetails"]["properties"]["cached"] = {"type": "number"}

    result = diff_small(change, before=copy_it)
    assert facts(result) == [
        ("property-removed", True, "types.run.CompletionCostDetails", "raw"),
        ("property-added", False, "types.run.CompletionCostDetails", "cached"),
    ]
    every = [RUNS_BY_TRACE, RUNS_QUERY, RUNS_RETRIEVE, THREADS_TRACES, THREADS_QUERY, THREADS_STATS]
    for change_ in result.changes:
        assert change_.pointer == "/components/schemas/RunCompletionCostDetails"
        assert methods(change_) == every
        assert {r.operation for r in change_.reached_by} >= {GET_RUN, "POST /v2/threads/query"}


# --- documentation and semver ----------------------------------------------------------------------------


def test_descriptions_summaries_and_examples_are_documentation_only(diff_small: Callable[..., DiffResult]) -> None:
    def document(doc: Doc) -> None:
        schemas(doc)["Run"]["properties"]["name"]["description"] = "The run's name, as logged."
        schemas(doc)["Run"]["properties"]["name"]["example"] = "ChatOpenAI"
        schemas(doc)["QueryRunsRequest"]["properties"]["filter"]["example"] = 'eq(name, "x")'
        operation(doc, "GET", "/v2/runs/{run_id}")["summary"] = "Fetch a single run"
        parameter(doc, "GET", "/v2/runs/{run_id}", "selects")["description"] = "Fields to return."

    result = diff_small(document)
    assert sorted(facts(result)) == [
        ("description-changed", False, RUNS_RETRIEVE, ""),
        ("description-changed", False, RUNS_RETRIEVE, "selects"),
        ("description-changed", False, RUN_MODEL, "name"),
    ]
    assert all(c.kind in DOCUMENTATION_KINDS for c in result.changes)
    assert result.bump == "patch" and not result.breaking


def test_an_unchanged_description_has_no_change(tmp_path: Path, config: Config) -> None:
    old, new = small_pair(tmp_path, lambda d: None)
    result = diff_descriptions(str(old), str(new), config, Limits())
    assert result.changes == [] and result.bump == "none"
    assert summary_line(result) == "no change for client users"


def test_semver_bump_asks_for_major_minor_or_patch() -> None:
    breaking = Change("property-removed", True, "Run.name removed")
    added = Change("property-added", False, "Run.cached added")
    docs = Change("description-changed", False, "Run.name: description changed")
    assert semver_bump([breaking, added, docs], "1.4.2") == "major"
    assert semver_bump([breaking], "0.9.0") == "minor", "below 1.0 a breaking change is a minor step"
    assert semver_bump([added, docs], "1.4.2") == "minor"
    assert semver_bump([added], "0.9.0") == "minor"
    assert semver_bump([docs], "1.4.2") == "patch"
    assert semver_bump([], "1.4.2") == "none"


def test_semver_hint_follows_the_version_of_the_old_description(tmp_path: Path, config: Config) -> None:
    """With no version in the config, the package version is the spec's info.version."""
    from_spec = dataclasses.replace(config, version=None)

    def at(version: str) -> Mutation:
        return lambda doc: doc["info"].update(version=version)

    def remove(doc: Doc) -> None:
        schemas(doc)["Run"]["properties"].pop("name")

    for version, bump in (("2.3.0", "major"), ("0.4.1", "minor")):
        old, new = small_pair(tmp_path, remove, before=at(version))
        result = diff_descriptions(str(old), str(new), from_spec, Limits())
        assert (result.old_version, result.bump) == (version, bump)


def test_the_summary_says_why_a_minor_step_is_asked_for() -> None:
    """Below 1.0 a minor step was always explained as "breaking changes", even for additions."""
    added = Change("property-added", False, "Run.cached added")
    removed = Change("property-removed", True, "Run.name removed")
    additions = DiffResult("a", "b", "0.9.0", "0.9.0", [added], "minor")
    breaking = DiffResult("a", "b", "0.9.0", "0.9.0", [removed, added], "minor")
    assert summary_line(additions) == "1 change(s) for client users, 0 breaking; semver: minor (additions)"
    assert summary_line(breaking).endswith(
        "2 change(s) for client users, 1 breaking; semver: minor (breaking changes, below 1.0)"
    )


def test_every_kind_reported_is_documented(diff_small: Callable[..., DiffResult]) -> None:
    def many(doc: Doc) -> None:
        doc["paths"].pop("/v2/threads/{thread_id}/stats")
        schemas(doc)["Run"]["properties"].pop("name")
        schemas(doc)["RunType"]["enum"].append("AGENT")

    result = diff_small(many)
    assert result.changes and all(c.kind in KINDS for c in result.changes)


# --- the command line ------------------------------------------------------------------------------------


def breaking_and_not(doc: Doc) -> None:
    """One breaking change (a response property removed), one addition, one description."""
    schemas(doc)["Run"]["properties"].pop("name")
    new = {"name": "tenant", "in": "query", "required": False, "schema": {"type": "string"}}
    operation(doc, "GET", "/v2/runs/{run_id}")["parameters"].append(new)
    operation(doc, "GET", "/v2/runs/{run_id}")["summary"] = "Fetch a single run"


def run_diff(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main(["diff", *(str(a) for a in args), "--config", str(CONFIG)])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_text_lists_one_line_per_change(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = small_pair(tmp_path, breaking_and_not)
    code, out, err = run_diff(capsys, old, new)
    assert code == 0 and err == ""
    head, *lines = out.splitlines()
    assert head.startswith(f"{old} -> {new}: 3 change(s) for client users, 1 breaking; semver: ")
    assert lines == [
        f"BREAKING  property-removed: Run.name removed (reached by {RUNS_BY_TRACE}(), {RUNS_QUERY}(), {RUNS_RETRIEVE}())",
        f"change    parameter-added: {RUNS_RETRIEVE}(): optional argument tenant added [{GET_RUN}]",
        f"docs      description-changed: {RUNS_RETRIEVE}(): summary changed [{GET_RUN}]",
    ]


def test_cli_markdown_is_a_pull_request_comment(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = small_pair(tmp_path, breaking_and_not)
    code, out, _ = run_diff(capsys, old, new, "--format", "markdown")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "### API changes for client users"
    assert lines[2].startswith(f"`{old}` → `{new}`: 3 change\\(s\\) for client users, 1 breaking")
    sections = [line for line in lines if line.startswith("#### ")]
    assert sections == ["#### Breaking (1)", "#### Not breaking (1)", "#### Documentation (1)"]
    items = [line for line in lines if line.startswith("- ")]
    assert items[0].startswith(
        "- **property-removed**: Run.name removed — reached by client.runs.list\\_by\\_trace\\(\\)"
    )
    assert (
        items[1] == f"- **parameter-added**: client.runs.retrieve\\(\\): optional argument tenant added — `{GET_RUN}`"
    )
    assert len(items) == 3 and out.endswith("\n")


def test_cli_json_names_the_operation_method_schema_and_property(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], config: Config
) -> None:
    old, new = small_pair(tmp_path, breaking_and_not)
    code, out, _ = run_diff(capsys, old, new, "--format", "json")
    assert code == 0
    document = json.loads(out)
    assert list(document) == ["format", "old", "new", "breaking", "semver", "changes"]
    assert document["format"] == 1
    version = diff_descriptions(str(old), str(new), config, Limits()).old_version
    assert document["old"] == {"source": str(old), "version": version}
    assert document["new"] == {"source": str(new), "version": version}
    assert document["breaking"] is True
    assert document["semver"] == ("minor" if version.startswith("0.") else "major")
    keys = ["kind", "breaking", "documentation", "message", "operation", "method", "schema", "pointer"]
    keys += ["property", "parameter", "old", "new", "reached_by"]
    assert [list(c) for c in document["changes"]] == [keys] * 3
    removed, added, summary = document["changes"]
    assert removed == {
        "kind": "property-removed",
        "breaking": True,
        "documentation": False,
        "message": "Run.name removed",
        "operation": None,
        "method": None,
        "schema": RUN_MODEL,
        "pointer": "/components/schemas/Run",
        "property": "name",
        "parameter": None,
        "old": None,
        "new": None,
        "reached_by": [
            {"operation": "GET /v2/traces/{trace_id}/runs", "method": RUNS_BY_TRACE},
            {"operation": "POST /v2/runs/query", "method": RUNS_QUERY},
            {"operation": GET_RUN, "method": RUNS_RETRIEVE},
        ],
    }
    assert (added["kind"], added["breaking"], added["operation"], added["method"], added["parameter"]) == (
        "parameter-added",
        False,
        GET_RUN,
        RUNS_RETRIEVE,
        "tenant",
    )
    assert added["schema"] is None and added["reached_by"] == []
    assert (summary["kind"], summary["documentation"], summary["method"]) == (
        "description-changed",
        True,
        RUNS_RETRIEVE,
    )
    assert summary["old"] == _small_spec()["paths"]["/v2/runs/{run_id}"]["get"]["summary"]
    assert summary["new"] == "Fetch a single run"


def test_fail_on_breaking_exits_1_only_when_a_change_breaks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "breaking").mkdir()
    (tmp_path / "additions").mkdir()
    breaking = small_pair(tmp_path / "breaking", breaking_and_not)
    additions = small_pair(
        tmp_path / "additions", lambda d: schemas(d)["Run"]["properties"].update(cached={"type": "boolean"})
    )
    assert run_diff(capsys, *breaking, "--fail-on-breaking")[0] == 1
    assert run_diff(capsys, *breaking, "--fail-on-breaking", "--format", "markdown")[0] == 1
    assert run_diff(capsys, *breaking)[0] == 0, "without the flag a breaking change is reported, not failed"
    assert run_diff(capsys, *additions, "--fail-on-breaking")[0] == 0
    assert run_diff(capsys, *additions, "--fail-on-breaking", "--format", "json")[0] == 0


# --- inputs that cannot be read -----------------------------------------------------------------------------

UNREADABLE: dict[str, str | None] = {
    "missing file": None,
    "invalid YAML": "openapi: 3.1.0\ninfo: {title: t, version: '1'\npaths: {}\n",
    "not OpenAPI": '{"hello": "world"}',
    "not a mapping": "[1, 2, 3]",
    "Swagger 2.0": "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\n",
    "YAML alias": "openapi: 3.1.0\ninfo: &i {title: t, version: '1'}\npaths: {}\nx-again: *i\n",
    "nested too deep": '{"openapi": "3.1.0", "x": ' + "[" * 100_000,
    "remote $ref": (
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n"
        "components: {schemas: {A: {$ref: 'https://example.com/a.json'}}}\n"
    ),
    "a folder": "",
}


@pytest.mark.parametrize("side", ["old", "new"])
@pytest.mark.parametrize("name", UNREADABLE)
def test_an_unreadable_input_exits_2_with_one_line(
    name: str, side: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = UNREADABLE[name]
    bad = tmp_path / ("bad.json" if text and text.startswith(("{", "[")) else "bad.yaml")
    if name == "a folder":
        bad.mkdir()
    elif text is not None:
        bad.write_text(text, encoding="utf-8")
    good = write(_small_spec(), tmp_path / "good.json")
    code, out, err = run_diff(capsys, *((bad, good) if side == "old" else (good, bad)), "--fail-on-breaking")
    assert code == 2, err
    assert out == "" and "Traceback" not in err
    (line,) = err.strip().splitlines()
    assert str(bad) in line and "error" in line


# --- git:REV:PATH ----------------------------------------------------------------------------------------------


def git(folder: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@t", *args], cwd=folder, check=True, capture_output=True
    )


def test_a_git_revision_is_compared_with_the_working_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = tmp_path / "repo"
    (repo / "api").mkdir(parents=True)
    spec = repo / "api" / "spec.yaml"
    spec.write_text(yaml.safe_dump(_small_spec(), sort_keys=False), encoding="utf-8")
    git(repo, "init", "-q")
    git(repo, "add", "api/spec.yaml")
    git(repo, "commit", "-q", "-m", "spec")
    changed = copy.deepcopy(_small_spec())
    changed["paths"]["/v2/runs/{run_id}"].pop("get")
    spec.write_text(yaml.safe_dump(changed, sort_keys=False), encoding="utf-8")
    monkeypatch.chdir(repo / "api")  # the path is relative to the current folder, as git has it

    code, out, err = run_diff(capsys, "git:HEAD:spec.yaml", "spec.yaml", "--format", "json", "--fail-on-breaking")
    assert code == 1, err
    document = json.loads(out)
    assert document["old"]["source"] == "git:HEAD:spec.yaml" and document["new"]["source"] == "spec.yaml"
    assert [(c["kind"], c["method"], c["operation"]) for c in document["changes"]] == [
        ("operation-removed", RUNS_RETRIEVE, GET_RUN)
    ]
    code, out, err = run_diff(capsys, "git:HEAD:spec.yaml", "git:HEAD:../api/spec.yaml")
    assert code == 0 and out.endswith("no change for client users\n"), err

    for source, reason in (
        ("git:NOPE:spec.yaml", "NOPE"),
        ("git:HEAD:missing.yaml", "missing.yaml"),
        ("git:HEAD", "expected git:REV:PATH"),
        ("git:HEAD:../../outside.yaml", "leaves the repository"),
        ("git:--output=written.tar:spec.yaml", "cannot start with '-'"),  # not an option of git
    ):
        code, out, err = run_diff(capsys, source, "spec.yaml")
        assert code == 2 and out == "" and "Traceback" not in err, (source, err)
        (line,) = err.strip().splitlines()
        assert reason in line, line
    assert not list(repo.rglob("written.tar*"))


# --- hostile text -------------------------------------------------------------------------------------------


def test_spec_text_cannot_break_the_lines_of_a_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A path or value with line breaks, backticks or bidirectional marks stays inside its line
    (text) and its list item and code span (Markdown). Paths were printed raw."""
    hostile = "/v2/x\n# Heading\r\n- item `code` \u2028\u202e"

    def add(doc: Doc) -> None:
        doc["paths"][hostile] = {
            "get": {"operationId": "hostile", "tags": ["runs"], "responses": {"204": {"description": "ok"}}}
        }

    old, new = small_pair(tmp_path, lambda d: d["paths"].pop(hostile), before=add)
    code, text, _ = run_diff(capsys, old, new)
    assert code == 0
    assert len(text.splitlines()) == 2, text
    assert "\\n# Heading\\r\\n- item `code` \\u2028\\u202e" in text
    code, markdown, _ = run_diff(capsys, old, new, "--format", "markdown")
    items = [line for line in markdown.splitlines() if line.startswith("- ")]
    assert len(items) == 1 and len(markdown.splitlines()) == 7, markdown
    assert items[0].endswith("— ``GET /v2/x\\n# Heading\\r\\n- item `code` \\u2028\\u202e``")


# --- the public LangSmith description (1 MB) -----------------------------------------------------------------


@pytest.fixture(scope="module")
def real() -> tuple[Doc, Surface]:
    """The document, and the surface of its client."""
    doc: Doc = json.loads(REAL_SPEC.read_text(encoding="utf-8"))
    return doc, surface_of(str(REAL_SPEC), Config(), Limits())


def diff_real(real: tuple[Doc, Surface], tmp_path: Path, change: Mutation) -> DiffResult:
    doc, before = real
    changed = copy.deepcopy(doc)
    change(changed)
    new = write(changed, tmp_path / "langsmith.json")
    return diff_surfaces(str(REAL_SPEC), before, str(new), surface_of(str(new), Config(), Limits()))


def reaching(doc: Doc, component: str) -> set[str]:
    """Every operation ("GET /path") whose parameters, request body or success responses reach
    `component` through `$ref`s: read from the document, independently of the generator."""

    def refs(node: Any) -> set[str]:
        if isinstance(node, dict):
            found = {node["$ref"]} if isinstance(node.get("$ref"), str) else set()
            return found.union(*(refs(v) for v in node.values()))
        return set().union(*(refs(v) for v in node)) if isinstance(node, list) else set()

    def closure(roots: set[str]) -> set[str]:
        seen: set[str] = set()
        stack = list(roots)
        while stack:
            ref = stack.pop()
            if ref not in seen:
                seen.add(ref)
                target = doc
                for token in ref[2:].split("/"):
                    target = target[token.replace("~1", "/").replace("~0", "~")]
                stack.extend(refs(target))
        return seen

    operations = set()
    for path, item in doc["paths"].items():
        for method, op in item.items():
            if method in ("get", "put", "post", "delete", "patch", "head", "options", "trace"):
                success = {code: r for code, r in op.get("responses", {}).items() if str(code).startswith("2")}
                roots = refs([item.get("parameters", []), op.get("parameters", []), op.get("requestBody", {}), success])
                if f"#/components/schemas/{component}" in closure(roots):
                    operations.add(f"{method.upper()} {path}")
    return operations


@needs_shared
def test_real_description_operations_and_parameters(real: tuple[Doc, Surface], tmp_path: Path) -> None:
    def change(doc: Doc) -> None:
        paths = doc["paths"]
        paths["/api/v1/datasets/{dataset_id}/version-diff"] = paths.pop("/api/v1/datasets/{dataset_id}/versions/diff")
        paths["/api/v1/audit-logs"]["post"] = paths["/api/v1/audit-logs"].pop("get")
        del paths["/api/v1/sessions/{session_id}"]["delete"]
        tenant = {"name": "tenant", "in": "query", "required": True, "schema": {"type": "string"}}
        paths["/api/v1/runs/{run_id}"]["get"]["parameters"].append(tenant)
        listing = paths["/api/v1/datasets"]["get"]
        listing["parameters"] = [p for p in listing["parameters"] if p.get("name") != "name_contains"]
        for p in paths["/api/v1/workspaces/current/secrets/encrypted"]["get"]["parameters"]:
            p["required"] = p["required"] and p["name"] != "service"
        archive = {"tags": ["feedback"], "operationId": "archive_feedback", "responses": {"204": {"description": "ok"}}}
        paths["/api/v1/feedback/archive"] = {"post": archive}

    result = diff_real(real, tmp_path, change)
    diff_versions = "client.datasets.diff_dataset_versions_api_v1_dataset_id_versions_diff_get"
    audit_logs = "client.audit_logs.get_api_v1_audit_logs_get"
    assert sorted(facts(result)) == sorted(
        [
            # The operations that moved keep their operationId; the method name follows the path.
            ("method-renamed", True, diff_versions, ""),
            ("operation-path-changed", True, diff_versions, ""),
            ("method-renamed", True, audit_logs, ""),
            ("operation-path-changed", True, audit_logs, ""),
            ("operation-removed", True, "client.tracer_sessions.delete_tracer_session", ""),
            # With the DELETE of one session gone, the DELETE of many takes the shorter name.
            ("method-renamed", True, "client.tracer_sessions.delete", ""),
            ("parameter-added", True, "client.run.retrieve", "tenant"),
            ("parameter-removed", True, "client.datasets.list", "name_contains"),
            ("parameter-optional", False, "client.workspaces.get_current_encrypted_secrets", "service"),
            ("operation-added", False, "client.feedback.archive", ""),
        ]
    )
    moved = only(result, kind="operation-path-changed", method=audit_logs)
    assert (moved.old, moved.new) == ("GET /api/v1/audit-logs", "POST /api/v1/audit-logs")
    renamed = only(result, kind="method-renamed", method=diff_versions)
    assert renamed.old == "client.datasets.diff_versions"
    removed = only(result, kind="operation-removed")
    assert removed.operation == "DELETE /api/v1/sessions/{session_id}"
    assert result.bump == "minor", "the LangSmith client is below 1.0"


@needs_shared
def test_real_description_components_are_reported_once_with_every_method(
    real: tuple[Doc, Surface], tmp_path: Path
) -> None:
    def change(doc: Doc) -> None:
        found = schemas(doc)
        found["RunTypeEnum"]["enum"].remove("parser")  # a named enum, used by 8 properties
        found["RunTypeEnum"]["enum"].append("agent")
        found["query.RunStatus"]["enum"].append("CANCELLED")  # read only
        found["FeedbackSchema"]["properties"]["weight"] = {"type": "number"}  # read by 10 operations
        found["query.RunResponse"]["properties"].pop("name")
        found["query.RunResponse"]["properties"]["status"]["description"] = "Where the run is."
        found["FeedbackCreateSchema"]["properties"]["reason"] = {"type": "string"}
        found["FeedbackCreateSchema"]["required"].append("reason")

    doc = real[0]
    result = diff_real(real, tmp_path, change)
    run_type = "types.run_type_enum.RunTypeEnum"
    run_response = "types.query_run_response.QueryRunResponse"
    assert sorted(facts(result)) == sorted(
        [
            ("enum-value-removed", True, run_type, ""),
            ("enum-value-added", False, run_type, ""),
            ("enum-value-added", False, "types.query_run_status.QueryRunStatus", ""),
            ("property-added", False, "types.feedback_schema.FeedbackSchema", "weight"),
            ("property-removed", True, run_response, "name"),
            ("description-changed", False, run_response, "status"),
            ("property-added", True, "types.feedback_create_schema.FeedbackCreateSchema", "reason"),
        ]
    )
    expected = {
        run_type: reaching(doc, "RunTypeEnum"),
        "types.feedback_schema.FeedbackSchema": reaching(doc, "FeedbackSchema"),
        run_response: reaching(doc, "query.RunResponse"),
        "types.feedback_create_schema.FeedbackCreateSchema": reaching(doc, "FeedbackCreateSchema"),
    }
    assert [len(v) for v in expected.values()] == [15, 10, 3, 2]
    for change_ in result.changes:
        if change_.schema in expected:
            assert {r.operation for r in change_.reached_by} == expected[change_.schema], change_.message
    assert only(result, kind="enum-value-removed").old == "parser"
    assert only(result, kind="property-removed").pointer == "/components/schemas/query.RunResponse"
    assert methods(only(result, kind="property-removed")) == [
        "client.runs.create_query",
        "client.runs.list",
        "client.runs.retrieve",
    ]


# --- pairs of versions from APIs.guru, checked by hand ----------------------------------------------------------


def adyen(service: str, old: int, new: int) -> DiffResult:
    return diff_descriptions(
        str(ADYEN / service / f"{old}.json"), str(ADYEN / service / f"{new}.json"), Config(), Limits()
    )


@needs_shared
def test_adyen_bin_lookup_50_to_53() -> None:
    """Checked in the documents: no operation or schema added or removed; ThreeDS2CardRangeDetail
    lost `threeDS2Version` and gained `acsInfoInd` and `threeDS2Versions`; CostEstimateResponse
    gained `costEstimateReference`; no required list, enum or description changed."""
    result = adyen("BinLookupService", 50, 53)
    detail = "types.three_ds_2_card_range_detail.ThreeDS2CardRangeDetail"
    three_ds = "client.general.post_get3ds_availability"
    assert facts(result) == [
        ("property-removed", True, detail, "threeDS2Version"),
        ("property-added", False, "types.cost_estimate_response.CostEstimateResponse", "costEstimateReference"),
        ("property-added", False, detail, "acsInfoInd"),
        ("property-added", False, detail, "threeDS2Versions"),
    ]
    assert methods(result.changes[0]) == [three_ds]
    assert methods(result.changes[1]) == ["client.general.post_get_cost_estimate"]
    assert result.bump == "major"


@needs_shared
def test_adyen_hop_1_to_6() -> None:
    """Checked in the documents: ErrorFieldTypeWrapper is gone, and the `invalidFields` of both
    responses now list ErrorFieldType itself; both responses lost `submittedAsync`; FieldType's
    inline `fieldName` enum gained four values; the two operations are unchanged."""
    result = adyen("HopService", 1, 6)
    onboarding, pci = (
        "types.get_onboarding_url_response.GetOnboardingUrlResponse",
        "types.get_pci_url_response.GetPciUrlResponse",
    )
    assert facts(result) == [
        ("model-removed", True, "types.error_field_type_wrapper.ErrorFieldTypeWrapper", ""),
        ("property-removed", True, onboarding, "submittedAsync"),
        ("property-type-changed", True, onboarding, "invalidFields"),
        ("property-removed", True, pci, "submittedAsync"),
        ("property-type-changed", True, pci, "invalidFields"),
        ("enum-value-added", False, "types.field_type.FieldType", "fieldName"),
        ("enum-value-added", False, "types.field_type.FieldType", "fieldName"),
        ("enum-value-added", False, "types.field_type.FieldType", "fieldName"),
        ("enum-value-added", False, "types.field_type.FieldType", "fieldName"),
    ]
    wrapped = only(result, kind="property-type-changed", schema=onboarding)
    assert (wrapped.old, wrapped.new) == ("List[ErrorFieldTypeWrapper]", "List[ErrorFieldType]")
    added = sorted(c.new for c in result.changes if c.kind == "enum-value-added")
    assert added == ["description", "idCardBack", "idCardFront", "registrationNumber"]


@needs_shared
def test_adyen_fund_3_to_6() -> None:
    """Checked in the documents: five *Wrapper schemas are gone, each array that held them now
    holds the wrapped schema itself (the request's `transactionListsPerAccount` too); all eight
    responses lost `submittedAsync` and gained `invalidFields`; PayoutAccountHolderRequest gained
    `payoutMethodCode` and `payoutSpeed`; no operation added or removed."""
    result = adyen("FundService", 3, 6)
    kinds = [c.kind for c in result.changes]
    assert kinds.count("property-removed") == 8 and {
        c.property for c in result.changes if c.kind == "property-removed"
    } == {"submittedAsync"}
    assert sum(c.kind == "property-added" and c.property == "invalidFields" for c in result.changes) == 8
    removed_classes = {c.schema.rpartition(".")[2] for c in result.changes if c.kind == "model-removed"}
    assert removed_classes == {
        "AccountDetailBalanceWrapper",
        "AccountTransactionListWrapper",
        "AmountWrapper",
        "TransactionListForAccountWrapper",  # and its request TypedDict twin, one component: reported once
        "TransactionWrapper",
    }
    twin_removed = only(
        result,
        kind="model-removed",
        schema="types.transaction_list_for_account_wrapper.TransactionListForAccountWrapper",
    )
    assert twin_removed.pointer == "/components/schemas/TransactionListForAccountWrapper"
    request = only(result, kind="property-type-changed", property="transactionListsPerAccount")
    assert request.breaking and (request.old, request.new) == (
        "List[TransactionListForAccountWrapper]",
        "List[TransactionListForAccount]",
    )
    assert methods(request) == ["client.general.post_account_holder_transaction_list"]
    payout = "types.payout_account_holder_request.PayoutAccountHolderRequest"
    assert {c.property for c in result.changes if c.schema == payout} == {"payoutMethodCode", "payoutSpeed"}
    assert not any(c.kind.startswith("operation-") for c in result.changes)
    assert (len(result.changes), sum(c.breaking for c in result.changes)) == (34, 19)


@needs_shared
def test_adyen_account_3_to_5_reports_a_component_once_for_all_its_copies() -> None:
    """AccountService copies AccountHolderStatus and KYCVerificationResult into five and three
    response modules (`$ref` beside `x-addedInVersion`); each change inside them was reported
    once per copy. Checked in the documents: AccountHolderStatus.events now lists AccountEvent
    (not AccountEventWrapper); KYCVerificationResult gained `cards`; three operations added
    (checkAccountHolder, closeStores, deletePayoutMethods), none removed; UpdateAccountRequest's
    `payoutSchedule` is no longer required; KYCCheckSummary's `code` and `description` removed."""
    result = adyen("AccountService", 3, 5)
    events = only(result, kind="property-type-changed", property="events")
    assert events.schema == "types.account_holder_status.AccountHolderStatus"
    assert events.pointer == "/components/schemas/AccountHolderStatus"
    assert methods(events) == [
        "client.account_holders.post_close",
        "client.account_holders.post_create",
        "client.account_holders.post_get",
        "client.account_holders.post_suspend",
        "client.account_holders.post_un_suspend",
        "client.account_holders.post_update",
        "client.account_holders.post_update_state",
        "client.verification.post_upload_document",
    ]
    cards = only(result, kind="property-added", property="cards")
    assert cards.schema == "types.kyc_verification_result.KYCVerificationResult"
    assert len(cards.reached_by) == 4
    migration = only(result, kind="model-added", pointer="/components/schemas/MigrationData")
    assert methods(migration) == ["client.account_holders.post_get"]
    assert sorted(c.operation for c in result.changes if c.kind == "operation-added") == [
        "POST /checkAccountHolder",
        "POST /closeStores",
        "POST /deletePayoutMethods",
    ]
    assert not any(c.kind == "operation-removed" for c in result.changes)
    optional = only(result, kind="property-optional")
    assert (optional.schema, optional.property, optional.breaking) == (
        "types.update_account_request.UpdateAccountRequest",
        "payoutSchedule",
        False,
    )
    summary = "types.kyc_check_summary.KYCCheckSummary"
    assert {c.property for c in result.changes if c.kind == "property-removed" and c.schema == summary} == {
        "code",
        "description",
    }


@needs_shared
def test_adyen_transfer_1_to_3() -> None:
    """Checked in the documents: POST /transfers now takes TransferInfo (required: category,
    amount, counterparty) instead of TransferInfoOld (required: source, destination, amount) and
    returns Transfer instead of TransferOld; Address now requires only `country` (was also city,
    postalCode, street, houseNumberOrName; street and houseNumberOrName are gone); four operations
    added (the /grants ones and POST /transfers/{transferId}/returns), none removed."""
    result = adyen("TransferService", 1, 3)
    post = "client.transfers.post"
    assert {fact for fact in facts(result) if fact[2] == post} == {
        ("parameter-added", True, post, "category"),
        ("parameter-added", True, post, "counterparty"),
        ("parameter-removed", True, post, "destination"),
        ("parameter-removed", True, post, "source"),
        ("return-type-changed", True, post, ""),
        ("parameter-added", False, post, "balance_account_id"),
        ("parameter-added", False, post, "payment_instrument_id"),
        ("parameter-added", False, post, "priority"),
        ("parameter-added", False, post, "reference_for_beneficiary"),
        ("parameter-added", False, post, "ultimate_party"),
        ("description-changed", False, post, ""),
        ("description-changed", False, post, "description"),
        ("description-changed", False, post, "reference"),
    }
    returned = only(result, kind="return-type-changed")
    assert (returned.old, returned.new) == ("TransferOld", "Transfer")
    address = [(c.kind, c.property, c.breaking) for c in result.changes if c.schema == "types.address.Address"]
    assert sorted(a for a in address if a[0] != "description-changed") == [
        ("property-added", "line1", False),
        ("property-added", "line2", False),
        ("property-optional", "city", True),  # read from transactions: it may now be missing
        ("property-optional", "postalCode", True),
        ("property-removed", "houseNumberOrName", True),
        ("property-removed", "street", True),
    ]
    assert sorted(c.operation for c in result.changes if c.kind == "operation-added") == [
        "GET /grants",
        "GET /grants/{id}",
        "POST /grants",
        "POST /transfers/{transferId}/returns",
    ]
    assert not any(c.kind == "operation-removed" for c in result.changes)


@needs_shared
@pytest.mark.parametrize(
    "service, old, new, expected",
    [
        # Only the server URL and examples differ.
        ("NotificationConfigurationService", 2, 4, []),
        # ResponseAdditionalDataCommon lost `nonScheme.transactionLimit` and `...Ccy`.
        (
            "PayoutService",
            64,
            68,
            [
                (
                    "property-removed",
                    True,
                    "types.response_additional_data_common.ResponseAdditionalDataCommon",
                    "non_scheme_transaction_limit",
                ),
                (
                    "property-removed",
                    True,
                    "types.response_additional_data_common.ResponseAdditionalDataCommon",
                    "non_scheme_transaction_limit_ccy",
                ),
            ],
        ),
        # POST /disablePermit and its two schemas added; RecurringDetail gained `networkTxReference`.
        (
            "RecurringService",
            49,
            68,
            [
                ("operation-added", False, "client.general.post_disable_permit", ""),
                ("model-added", False, "types.disable_permit_request.DisablePermitRequest", ""),
                ("model-added", False, "types.disable_permit_result.DisablePermitResult", ""),
                ("property-added", False, "types.recurring_detail.RecurringDetail", "networkTxReference"),
            ],
        ),
    ],
)
def test_adyen_small_version_steps(
    service: str, old: int, new: int, expected: list[tuple[str, bool, str, str]]
) -> None:
    assert facts(adyen(service, old, new)) == expected


def _shop(address: dict[str, Any]) -> Doc:
    """An Address component sent in a request body (as the TypedDict AddressParam) and read in a
    response (as the model Address)."""
    ok = {
        "200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Shop"}}}}
    }
    body = {
        "type": "object",
        "properties": {"name": {"type": "string"}, "address": {"$ref": "#/components/schemas/Address"}},
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "Shops", "version": "1.0.0"},
        "paths": {
            "/shops": {
                "post": {
                    "operationId": "createShop",
                    "tags": ["shops"],
                    "requestBody": {"required": True, "content": {"application/json": {"schema": body}}},
                    "responses": ok,
                }
            },
            "/shops/{id}": {
                "get": {
                    "operationId": "getShop",
                    "tags": ["shops"],
                    "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                    "responses": ok,
                }
            },
        },
        "components": {
            "schemas": {
                "Address": address,
                "Shop": {"type": "object", "properties": {"address": {"$ref": "#/components/schemas/Address"}}},
            }
        },
    }


def test_a_component_sent_and_read_is_reported_once_judged_by_both_sides(tmp_path: Path) -> None:
    """The model and its request TypedDict twin are one component: one change, reached by the
    method that sends it and the ones that read it, breaking because the sending side breaks."""
    before = {"type": "object", "properties": {"city": {"type": "string"}}}
    after = {
        "type": "object",
        "required": ["country"],
        "properties": {"city": {"type": "string"}, "country": {"type": "string"}},
    }
    old, new = write(_shop(before), tmp_path / "old.yaml"), write(_shop(after), tmp_path / "new.yaml")
    result = diff_descriptions(str(old), str(new), Config(), Limits())
    assert facts(result) == [("property-added", True, "types.address.Address", "country")]
    (change,) = result.changes
    assert change.pointer == "/components/schemas/Address"
    assert methods(change) == ["client.shops.create", "client.shops.retrieve"]
