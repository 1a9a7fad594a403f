"""Operations -> IR responses and pagination (generator/build_operations.py; README, the
paragraphs on responses and pagination). Parameters and request bodies are in
test_build_operations.py.
"""

from __future__ import annotations

from typing import Any

import pytest

from generator.ir import ListOf, ModelRef, Pagination
from tests.unit.documents import INTEGER, STRING, THING, json_body, ok_json, one, operation, query, ref, spec
from tests.unit.harness import BuildIR

# --- responses ------------------------------------------------------------------------------------


def test_a_json_response_is_its_schema_type(build_ir: BuildIR) -> None:
    response = one(build_ir, "/x", "get", responses=ok_json(ref("Thing"))).response
    assert (response.kind, response.type, response.content_type, response.accept) == (
        "json",
        ModelRef("types.thing", "Thing"),
        "application/json",
        "application/json",
    )


def test_an_inline_object_response_is_a_model_named_after_resource_and_method(build_ir: BuildIR) -> None:
    built = build_ir(spec(paths={"/things": {"get": operation("listThings", responses=ok_json(THING))}}))
    assert built.only_operation().response.type == ModelRef("types.things_list_response", "ThingsListResponse")


def test_an_array_of_inline_objects_response_is_a_list_of_that_model(build_ir: BuildIR) -> None:
    built = build_ir(
        spec(paths={"/things": {"get": operation("listThings", responses=ok_json({"type": "array", "items": THING}))}})
    )
    assert built.only_operation().response.type == ListOf(ModelRef("types.things_list_response", "ThingsListResponse"))


def test_a_response_without_content_is_none(build_ir: BuildIR) -> None:
    response = one(build_ir, "/x", "delete", responses={"204": {"description": "gone"}}).response
    assert (response.kind, response.type, response.accept) == ("none", None, "")


def test_the_lowest_success_code_is_the_one_parsed(build_ir: BuildIR) -> None:
    responses = {**ok_json({"type": "integer"}, code="201"), **ok_json({"type": "string"}, code="200")}
    assert one(build_ir, "/x", "get", responses=responses).response.type == STRING


def test_without_a_success_code_the_default_response_is_parsed(build_ir: BuildIR) -> None:
    responses = {**ok_json({"type": "integer"}, code="default"), "404": {"description": "no"}}
    assert one(build_ir, "/x", "get", responses=responses).response.type == INTEGER


def test_only_error_responses_mean_no_result(build_ir: BuildIR) -> None:
    responses = ok_json({"type": "integer"}, code="404")
    assert one(build_ir, "/x", "get", responses=responses).response.kind == "none"


@pytest.mark.parametrize(
    "media_type, kind",
    [("text/plain", "text"), ("text/csv", "text"), ("image/png", "binary"), ("application/pdf", "binary")],
)
def test_non_json_responses_are_text_or_bytes_by_media_type(build_ir: BuildIR, media_type: str, kind: str) -> None:
    response = one(build_ir, "/x", "get", responses=ok_json({"type": "string"}, media_type=media_type)).response
    assert (response.kind, response.type, response.content_type) == (kind, None, media_type)


def test_an_event_stream_response_is_events_of_its_schema_type(build_ir: BuildIR) -> None:
    response = one(
        build_ir, "/x", "get", responses=ok_json({"type": "string"}, media_type="text/event-stream")
    ).response
    assert (response.kind, response.events, response.accept) == ("events", STRING, "text/event-stream")


def test_accept_lists_the_parsed_kind_first_and_other_media_types_at_a_lower_weight(build_ir: BuildIR) -> None:
    responses = {
        "200": {
            "description": "ok",
            "content": {"application/xml": {}, "application/json": {"schema": {"type": "string"}}},
        },
        "201": {"description": "ok", "content": {"text/csv": {}}},
    }
    response = one(build_ir, "/x", "get", responses=responses).response
    assert response.kind == "json"
    assert response.accept == "application/json, application/xml;q=0.9, text/csv;q=0.9"


def test_a_boolean_stream_property_lets_a_json_operation_answer_with_events(build_ir: BuildIR) -> None:
    body = {"type": "object", "properties": {"prompt": {"type": "string"}, "stream": {"type": "boolean"}}}
    content = {
        "application/json": {"schema": {"type": "integer"}},
        "text/event-stream": {"schema": {"type": "string"}},
    }
    op = one(build_ir, requestBody=json_body(body), responses={"200": {"description": "ok", "content": content}})
    assert (op.response.kind, op.response.type, op.response.events, op.response.stream_field) == (
        "json",
        INTEGER,
        STRING,
        "stream",
    )


def test_without_a_stream_property_a_json_operation_has_no_events(build_ir: BuildIR) -> None:
    content = {"application/json": {"schema": {"type": "integer"}}, "text/event-stream": {"schema": {"type": "string"}}}
    op = one(build_ir, responses={"200": {"description": "ok", "content": content}})
    assert (op.response.events, op.response.stream_field) == (None, "")


def test_a_referenced_response_is_followed(build_ir: BuildIR) -> None:
    document = spec(
        {"Thing": THING}, {"/x": {"get": operation("act", responses={"200": {"$ref": "#/components/responses/Ok"}})}}
    )
    document["components"]["responses"] = {"Ok": ok_json(ref("Thing"))["200"]}
    assert build_ir(document).only_operation().response.type == ModelRef("types.thing", "Thing")


# --- pagination -----------------------------------------------------------------------------------


def page_document(cursor_in_body: bool = False, next_cursor: Any = None, **page_properties: Any) -> dict[str, Any]:
    page = {
        "type": "object",
        "properties": {
            "items": {"type": "array", "items": ref("Thing")},
            "next_cursor": next_cursor or {"type": "string"},
            **page_properties,
        },
    }
    if cursor_in_body:
        node = operation(
            "search",
            requestBody=json_body({"type": "object", "properties": {"cursor": {"type": "string"}}}),
            responses=ok_json(ref("Page")),
        )
        return spec({"Thing": THING, "Page": page}, {"/things/search": {"post": node}})
    node = operation("listThings", parameters=[query("cursor")], responses=ok_json(ref("Page")))
    return spec({"Thing": THING, "Page": page}, {"/things": {"get": node}})


def test_a_cursor_query_parameter_and_a_page_of_items_with_next_cursor_paginate(build_ir: BuildIR) -> None:
    op = build_ir(page_document()).only_operation()
    assert op.pagination == Pagination(ModelRef("types.thing", "Thing"), "query", "cursor")


def test_a_cursor_body_property_paginates_through_the_body(build_ir: BuildIR) -> None:
    op = build_ir(page_document(cursor_in_body=True)).only_operation()
    assert op.pagination == Pagination(ModelRef("types.thing", "Thing"), "body", "cursor")


def test_a_next_cursor_that_is_no_string_does_not_paginate(build_ir: BuildIR) -> None:
    assert build_ir(page_document(next_cursor={"type": "integer"})).only_operation().pagination is None


def test_without_a_cursor_input_nothing_paginates(build_ir: BuildIR) -> None:
    document = page_document()
    document["paths"]["/things"]["get"]["parameters"] = [query("page")]
    assert build_ir(document).only_operation().pagination is None


def test_a_page_without_items_does_not_paginate(build_ir: BuildIR) -> None:
    document = page_document()
    del document["components"]["schemas"]["Page"]["properties"]["items"]
    assert build_ir(document).only_operation().pagination is None
