"""How operations become resources and method names (generator/resource_names.py, whose module
docstring states the rules; README "Derived names").

Each test builds the operations of a small document in this process and asserts on where they land:
`Built.methods()` maps "resource.method" (nested: "projects.runs.list") to (HTTP method, path).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.documents import operation, spec
from tests.unit.harness import BuildIR, Config


def methods(build_ir: BuildIR, paths: dict[str, Any], config: Config | None = None) -> dict[str, tuple[str, str]]:
    return build_ir(spec(paths=paths), config).methods()


def anonymous(**fields: Any) -> dict[str, Any]:
    """An operation without an operationId."""
    return operation(None, **fields)


# --- resources ------------------------------------------------------------------------------------


def test_the_first_tag_names_the_resource(build_ir: BuildIR) -> None:
    found = methods(build_ir, {"/x": {"get": operation("listWidgets", tags=["Widget Things", "Other"])}})
    assert list(found) == ["widget_things.list_widgets"]


def test_without_a_tag_the_first_path_segment_names_the_resource(build_ir: BuildIR) -> None:
    assert list(methods(build_ir, {"/pets/{pet_id}/toys": {"get": operation("listToys")}})) == ["pets.list_toys"]


@pytest.mark.parametrize("prefix", ["/api", "/v1", "/v2.1", "/api/v1", "/API/V3"])
def test_version_and_api_segments_are_passed_over(build_ir: BuildIR, prefix: str) -> None:
    assert list(methods(build_ir, {f"{prefix}/pets": {"get": anonymous()}})) == ["pets.list"]


def test_a_tag_without_ascii_words_is_passed_over(build_ir: BuildIR) -> None:
    assert list(methods(build_ir, {"/pets": {"get": anonymous(tags=["日本"])}})) == ["pets.list"]


def test_a_path_without_a_usable_segment_belongs_to_the_default_resource(build_ir: BuildIR) -> None:
    assert list(methods(build_ir, {"/": {"get": anonymous()}})) == ["default.list"]


def test_a_resource_is_a_class_in_its_own_module(build_ir: BuildIR) -> None:
    resource = build_ir(spec(paths={"/tracer-sessions": {"get": anonymous()}})).resource("tracer_sessions")
    assert (resource.attribute, resource.class_name, resource.module) == (
        "tracer_sessions",
        "TracerSessions",
        "resources.tracer_sessions",
    )


def test_resources_are_sorted_by_name_and_operations_keep_path_order(build_ir: BuildIR) -> None:
    paths = {"/zoo/{id}": {"get": anonymous()}, "/zoo": {"get": anonymous()}, "/ant": {"get": operation("peek")}}
    assert list(methods(build_ir, paths)) == ["ant.peek", "zoo.retrieve", "zoo.list"]


def test_the_operations_of_one_path_come_in_a_fixed_http_method_order(build_ir: BuildIR) -> None:
    # get, put, post, delete, options, head, patch, trace: whatever order the document writes them in.
    path_item = {verb: operation(f"do_{verb}") for verb in ("trace", "patch", "delete", "post", "put", "get")}
    assert [name.split(".")[1] for name in methods(build_ir, {"/x": path_item})] == [
        "do_get",
        "do_put",
        "do_post",
        "do_delete",
        "do_patch",
        "do_trace",
    ]


def test_the_tag_description_describes_its_resource(build_ir: BuildIR) -> None:
    document = spec(
        paths={"/w": {"get": operation("a", tags=["Widgets"])}},
        tags=[{"name": "Widgets", "description": " All widgets.\n"}],
    )
    assert build_ir(document).resource("widgets").description == "All widgets."


@pytest.mark.parametrize("segment", ["close", "with_options", "timeout", "get", "delete"])
def test_a_resource_named_like_a_client_attribute_or_http_method_gets_an_underscore(
    build_ir: BuildIR, segment: str
) -> None:
    # `client.close()` and `client.get(path)` are the client's own.
    assert list(methods(build_ir, {f"/{segment}": {"post": operation("act")}})) == [f"{segment}_.act"]


def test_resource_classes_and_modules_differ_by_more_than_case(build_ir: BuildIR) -> None:
    built = build_ir(spec(paths={"/a_b": {"get": anonymous()}, "/ab": {"get": anonymous()}}))
    assert [(r.attribute, r.class_name, r.module) for r in built.package.resources] == [
        ("a_b", "AB", "resources.ab"),
        ("ab", "Ab2", "resources.ab2"),
    ]


# --- method names from operationIds ---------------------------------------------------------------


def test_an_operation_id_is_snake_cased(build_ir: BuildIR) -> None:
    assert list(methods(build_ir, {"/x": {"get": operation("fetchAllTheThings")}})) == ["x.fetch_all_the_things"]


def test_a_fastapi_route_suffix_is_dropped(build_ir: BuildIR) -> None:
    fastapi_id = "read_run_api_v1_runs__run_id__get"
    paths = {"/api/v1/runs/{run_id}": {"get": operation(fastapi_id, tags=["tracing"])}}
    assert list(methods(build_ir, paths)) == ["tracing.read_run"]


def test_a_fastapi_operation_id_in_its_own_resource_is_the_crud_name(build_ir: BuildIR) -> None:
    # read_run_api_v1_runs__run_id__get -> read_run -> read (in `runs`) -> retrieve (on an item)
    paths = {"/api/v1/runs/{run_id}": {"get": operation("read_run_api_v1_runs__run_id__get")}}
    assert list(methods(build_ir, paths)) == ["runs.retrieve"]


def test_the_resource_words_are_dropped_from_a_method_name(build_ir: BuildIR) -> None:
    paths = {"/runs": {"post": operation("createRun"), "patch": operation("upsert_runs_batch")}}
    assert list(methods(build_ir, paths)) == ["runs.create", "runs.upsert_batch"]


def test_multi_word_resource_words_are_dropped_in_singular_or_plural(build_ir: BuildIR) -> None:
    paths = {
        "/tracer-sessions": {"post": operation("createTracerSession"), "delete": operation("deleteTracerSessions")}
    }
    assert list(methods(build_ir, paths)) == ["tracer_sessions.create", "tracer_sessions.delete"]


def test_get_and_read_become_retrieve_on_an_item_and_list_on_a_collection(build_ir: BuildIR) -> None:
    paths = {"/runs": {"get": operation("getRuns")}, "/runs/{run_id}": {"get": operation("readRun")}}
    assert methods(build_ir, paths) == {"runs.list": ("get", "/runs"), "runs.retrieve": ("get", "/runs/{run_id}")}


def test_a_method_name_that_is_only_the_resource_words_is_kept_whole(build_ir: BuildIR) -> None:
    assert list(methods(build_ir, {"/runs": {"get": operation("runs")}})) == ["runs.runs"]


def test_two_operations_wanting_one_short_name_keep_their_long_names(build_ir: BuildIR) -> None:
    # Both want `list` (`read_widget` without the resource's word, then `read` on a collection).
    paths = {"/widgets": {"get": operation("readWidget"), "post": operation("read")}}
    assert list(methods(build_ir, paths)) == ["widgets.read_widget", "widgets.read"]


def test_equal_operation_ids_are_numbered(build_ir: BuildIR) -> None:
    paths = {"/dup": {"get": operation("fetch_dup"), "post": operation("fetch_dup")}}
    assert methods(build_ir, paths) == {"dup.fetch_dup": ("get", "/dup"), "dup.fetch_dup_2": ("post", "/dup")}


@pytest.mark.parametrize(
    "operation_id, method",
    [("with_options", "with_options_"), ("copy", "copy_"), ("class", "class_"), ("2fa", "call_2fa")],
)
def test_a_method_named_like_a_resource_attribute_keyword_or_number_is_made_safe(
    build_ir: BuildIR, operation_id: str, method: str
) -> None:
    assert list(methods(build_ir, {"/x": {"post": operation(operation_id)}})) == [f"x.{method}"]


def test_an_operation_id_without_ascii_words_is_named_from_the_route(build_ir: BuildIR) -> None:
    assert list(methods(build_ir, {"/x": {"delete": operation("_")}})) == ["x.delete"]


# --- method names from the route ------------------------------------------------------------------


def test_crud_names_come_from_the_http_method_and_whether_the_path_ends_in_an_item(build_ir: BuildIR) -> None:
    paths = {
        "/pets": {"get": anonymous(), "post": anonymous()},
        "/pets/{pet_id}": {"get": anonymous(), "patch": anonymous(), "delete": anonymous()},
    }
    assert methods(build_ir, paths) == {
        "pets.list": ("get", "/pets"),
        "pets.create": ("post", "/pets"),
        "pets.retrieve": ("get", "/pets/{pet_id}"),
        "pets.update": ("patch", "/pets/{pet_id}"),
        "pets.delete": ("delete", "/pets/{pet_id}"),
    }


def test_put_and_patch_on_one_item_keep_long_names_and_the_second_names_its_parameter(build_ir: BuildIR) -> None:
    paths = {"/pets/{pet_id}": {"put": anonymous(), "patch": anonymous()}}
    assert list(methods(build_ir, paths)) == ["pets.update_pets", "pets.update_pets_by_pet_id"]


def test_the_last_path_word_names_what_is_not_the_resource(build_ir: BuildIR) -> None:
    paths = {"/pets/{pet_id}/toys": {"get": anonymous()}}
    assert list(methods(build_ir, paths)) == ["pets.list_toys"]


def test_a_post_to_a_word_after_an_item_is_an_action_named_after_the_word(build_ir: BuildIR) -> None:
    paths = {"/projects/{project_id}/archive": {"post": anonymous()}}
    assert list(methods(build_ir, paths)) == ["projects.archive"]


def test_a_post_to_the_resource_s_own_collection_under_another_item_creates(build_ir: BuildIR) -> None:
    # POST /projects/{id}/runs in the `runs` resource creates a run; it is no action `runs`.
    paths = {"/projects/{project_id}/runs": {"post": anonymous(tags=["runs"])}}
    assert list(methods(build_ir, paths)) == ["runs.create"]


def test_other_http_methods_keep_their_own_name(build_ir: BuildIR) -> None:
    paths = {"/pets": {"head": anonymous(), "trace": anonymous()}}
    assert list(methods(build_ir, paths)) == ["pets.head", "pets.trace"]


def test_an_options_operation_gives_way_to_the_per_call_options_argument(build_ir: BuildIR) -> None:
    assert list(methods(build_ir, {"/pets": {"options": anonymous()}})) == ["pets.options_"]


# --- the config -----------------------------------------------------------------------------------


def test_a_configured_method_is_used_as_written(build_ir: BuildIR) -> None:
    config = Config(resources=(("runs", "queryRuns", "query"),))
    assert list(methods(build_ir, {"/runs/query": {"post": operation("queryRuns")}}, config)) == ["runs.query"]


def test_derived_names_give_way_to_configured_ones(build_ir: BuildIR) -> None:
    config = Config(resources=(("runs", "searchRuns", "list"),))
    paths = {"/runs": {"get": anonymous(), "post": operation("searchRuns")}}
    assert methods(build_ir, paths, config) == {"runs.list_runs": ("get", "/runs"), "runs.list": ("post", "/runs")}


def test_configured_operations_may_gather_from_several_paths_and_tags(build_ir: BuildIR) -> None:
    config = Config(resources=(("admin", "a", "first"), ("admin", "b", "second")))
    paths = {"/x": {"get": operation("a", tags=["x"])}, "/y": {"get": operation("b")}}
    assert methods(build_ir, paths, config) == {"admin.first": ("get", "/x"), "admin.second": ("get", "/y")}


# --- sub-resources --------------------------------------------------------------------------------


NESTED_RUNS = {
    "/projects": {"get": anonymous()},
    "/projects/{project_id}/runs": {"get": anonymous(), "post": anonymous()},
    "/projects/{project_id}/runs/{run_id}": {"get": anonymous(), "delete": anonymous()},
}


def test_two_or_more_anonymous_operations_under_an_item_form_a_sub_resource(build_ir: BuildIR) -> None:
    assert methods(build_ir, NESTED_RUNS) == {
        "projects.list": ("get", "/projects"),
        "projects.runs.list": ("get", "/projects/{project_id}/runs"),
        "projects.runs.create": ("post", "/projects/{project_id}/runs"),
        "projects.runs.retrieve": ("get", "/projects/{project_id}/runs/{run_id}"),
        "projects.runs.delete": ("delete", "/projects/{project_id}/runs/{run_id}"),
    }


def test_a_sub_resource_class_and_module_join_the_parent_and_child_names(build_ir: BuildIR) -> None:
    child = build_ir(spec(paths=NESTED_RUNS)).resource("projects.runs")
    assert (child.attribute, child.class_name, child.module) == ("runs", "ProjectsRuns", "resources.projects_runs")


def test_one_anonymous_operation_under_an_item_stays_on_the_parent(build_ir: BuildIR) -> None:
    assert list(methods(build_ir, {"/things/{thing_id}/parts": {"get": anonymous()}})) == ["things.list_parts"]


def test_operations_with_an_operation_id_never_form_a_sub_resource(build_ir: BuildIR) -> None:
    paths = {"/things/{thing_id}/parts": {"get": operation("listParts"), "post": operation("addPart")}}
    assert list(methods(build_ir, paths)) == ["things.list_parts", "things.add_part"]


def test_a_sub_collection_named_like_its_parent_is_not_nested(build_ir: BuildIR) -> None:
    paths = {"/runs/{run_id}/runs": {"get": anonymous(), "post": anonymous()}}
    assert list(methods(build_ir, paths)) == ["runs.list", "runs.create"]


def test_an_action_path_under_an_item_is_no_sub_collection(build_ir: BuildIR) -> None:
    paths = {"/things/{thing_id}/parts/x/y": {"get": anonymous(), "post": anonymous()}}
    assert build_ir(spec(paths=paths)).resource("things").children == ()


def test_sub_collections_spelled_apart_that_make_one_attribute_are_one_sub_resource(build_ir: BuildIR) -> None:
    paths = {
        "/projects/{project_id}/run-logs": {"get": anonymous(), "post": anonymous()},
        "/projects/{project_id}/run_logs/{log_id}": {"get": anonymous(), "delete": anonymous()},
    }
    assert methods(build_ir, paths) == {
        "projects.run_logs.list": ("get", "/projects/{project_id}/run-logs"),
        "projects.run_logs.create": ("post", "/projects/{project_id}/run-logs"),
        "projects.run_logs.retrieve": ("get", "/projects/{project_id}/run_logs/{log_id}"),
        "projects.run_logs.delete": ("delete", "/projects/{project_id}/run_logs/{log_id}"),
    }


def test_a_sub_resource_that_would_hide_a_parent_method_stays_on_the_parent(build_ir: BuildIR) -> None:
    paths = {"/projects": {"get": operation("runs")}, **{k: v for k, v in NESTED_RUNS.items() if k != "/projects"}}
    built = build_ir(spec(paths=paths))
    assert built.resource("projects").children == ()
    assert list(built.methods()) == [
        "projects.runs",
        "projects.list_runs",
        "projects.runs_by_project_id",
        "projects.retrieve_runs",
        "projects.delete_runs",
    ]
