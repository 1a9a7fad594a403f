"""Operations -> IR parameters and request bodies (generator/build_operations.py; README "Config",
the paragraphs on requests); responses and pagination are in test_build_responses.py.

Each test builds one or two operations of a small document in this process and asserts on the
`Operation` of the IR, and on the findings (with their JSON pointers) where the builder reports one.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.errors import InvalidInput
from generator.ir import NO_DEFAULT, ListOf, ModelRef, UnionOf
from tests.unit.documents import INTEGER, STRING, THING, json_body, ok_json, one, operation, query, ref, spec
from tests.unit.harness import Built, BuildIR, build

# --- parameters -----------------------------------------------------------------------------------


def test_path_parameters_come_first_in_path_order_then_required_then_optional(build_ir: BuildIR) -> None:
    parameters = [
        query("opt"),
        query("req", required=True),
        {"name": "b", "in": "path", "required": True, "schema": {"type": "string"}},
        {"name": "a", "in": "path", "required": True, "schema": {"type": "string"}},
    ]
    op = one(build_ir, "/x/{a}/{b}", "get", parameters=parameters)
    assert [p.name for p in op.parameters] == ["a", "b", "req", "opt"]


def test_an_operation_parameter_replaces_the_path_item_parameter_of_the_same_name_and_place(build_ir: BuildIR) -> None:
    document = spec(
        paths={
            "/x": {
                "parameters": [query("limit", schema={"type": "integer"})],
                "get": operation("act", parameters=[query("limit", required=True, description="own")]),
            }
        }
    )
    (param,) = build_ir(document).only_operation().parameters
    assert (param.type, param.required, param.description) == (STRING, True, "own")


def test_path_item_parameters_apply_to_every_operation_of_the_path(build_ir: BuildIR) -> None:
    document = spec(paths={"/x": {"parameters": [query("tenant")], "get": operation("a"), "post": operation("b")}})
    assert [[p.name for p in op.parameters] for _, op in build_ir(document).package.all_operations()] == [
        ["tenant"],
        ["tenant"],
    ]


def test_a_path_parameter_is_always_required(build_ir: BuildIR) -> None:
    op = one(build_ir, "/x/{a}", "get", parameters=[{"name": "a", "in": "path", "schema": {"type": "integer"}}])
    assert (op.parameters[0].type, op.parameters[0].required) == (INTEGER, True)


def test_an_undeclared_path_parameter_is_a_required_string_and_a_warning_at_the_operation(build_ir: BuildIR) -> None:
    built = build_ir(spec(paths={"/x/{thing_id}": {"get": operation("act")}}))
    (param,) = built.only_operation().parameters
    assert (param.name, param.location, param.type, param.required) == ("thing_id", "path", STRING, True)
    assert built.messages() == [
        ("/paths/~1x~1{thing_id}/get", "path parameter 'thing_id' is not declared; typed as string")
    ]


def test_a_declared_path_parameter_missing_from_the_path_is_skipped_with_a_warning_at_it(build_ir: BuildIR) -> None:
    gone = {"name": "gone", "in": "path", "required": True, "schema": {"type": "string"}}
    built = build_ir(spec(paths={"/x": {"get": operation("act", parameters=[gone])}}))
    assert built.only_operation().parameters == ()
    assert built.messages() == [
        ("/paths/~1x/get/parameters/0", "path parameter 'gone' does not appear in the path '/x'; skipped")
    ]


def test_a_parameter_in_an_unknown_location_is_skipped_with_a_warning_at_it(build_ir: BuildIR) -> None:
    built = build_ir(spec(paths={"/x": {"get": operation("act", parameters=[{"name": "b", "in": "body"}])}}))
    assert built.only_operation().parameters == ()
    assert built.messages() == [("/paths/~1x/get/parameters/0", "parameter location 'body' is not supported; skipped")]


@pytest.mark.parametrize("header", ["Accept", "content-type", "Authorization", "Content-Length", "Transfer-Encoding"])
def test_headers_the_client_or_the_http_layer_sets_get_no_argument(build_ir: BuildIR, header: str) -> None:
    parameters = [{"name": header, "in": "header", "schema": {"type": "string"}}, {"name": "X-Trace", "in": "header"}]
    op = one(build_ir, "/x", "get", parameters=parameters)
    assert [p.api_name for p in op.parameters] == ["X-Trace"]


@pytest.mark.parametrize(
    "location, style, explode",
    [("query", "form", True), ("path", "simple", False), ("header", "simple", False), ("cookie", "form", True)],
)
def test_default_style_and_explode_of_each_location(
    build_ir: BuildIR, location: str, style: str, explode: bool
) -> None:
    path = "/x/{p}" if location == "path" else "/x"
    op = one(
        build_ir,
        path,
        "get",
        parameters=[{"name": "p", "in": location, "required": True, "schema": {"type": "string"}}],
    )
    assert (op.parameters[0].location, op.parameters[0].style, op.parameters[0].explode) == (location, style, explode)


def test_an_explicit_style_and_explode_are_kept(build_ir: BuildIR) -> None:
    ids = query("ids", style="spaceDelimited", explode=False, schema={"type": "array", "items": {"type": "string"}})
    (param,) = one(build_ir, "/x", "get", parameters=[ids]).parameters
    assert (param.type, param.style, param.explode) == (ListOf(STRING), "spaceDelimited", False)


def test_a_form_style_given_without_explode_explodes(build_ir: BuildIR) -> None:
    (param,) = one(build_ir, "/x", "get", parameters=[query("q", style="form")]).parameters
    assert param.explode is True


def test_a_parameter_with_json_content_is_sent_as_json_text(build_ir: BuildIR) -> None:
    content = {"application/json": {"schema": {"type": "object", "properties": {"a": {"type": "string"}}}}}
    op = one(build_ir, "/x", "get", parameters=[{"name": "filter", "in": "query", "content": content}])
    (param,) = op.parameters
    assert (param.style, param.type) == ("json", ModelRef("types.filter_param", "FilterParam"))


def test_parameter_names_go_through_the_argument_rules_and_stay_unique(build_ir: BuildIR) -> None:
    parameters = [
        query("from"),
        query("self"),
        {"name": "self", "in": "header", "schema": {"type": "string"}},
        query("pageSize"),
    ]
    op = one(build_ir, "/x", "get", parameters=parameters)
    assert [(p.name, p.api_name, p.location) for p in op.parameters] == [
        ("from_", "from", "query"),
        ("self_", "self", "query"),
        ("self__2", "self", "header"),
        ("page_size", "pageSize", "query"),
    ]


def test_parameter_description_default_deprecated_and_allow_reserved(build_ir: BuildIR) -> None:
    parameters = [
        query("a", schema={"type": "string", "description": "from the schema", "default": "x"}, allowReserved=True),
        query("b", description="its own", deprecated=True),
    ]
    a, b = one(build_ir, "/x", "get", parameters=parameters).parameters
    assert (a.description, a.default, a.allow_reserved, a.deprecated) == ("from the schema", "x", True, False)
    assert (b.description, b.default, b.allow_reserved, b.deprecated) == ("its own", NO_DEFAULT, False, True)


def test_a_parameter_without_a_schema_is_a_string(build_ir: BuildIR) -> None:
    (param,) = one(build_ir, "/x", "get", parameters=[{"name": "q", "in": "query"}]).parameters
    assert param.type == STRING


def test_a_referenced_parameter_is_followed(build_ir: BuildIR) -> None:
    document = spec(paths={"/x": {"get": operation("act", parameters=[{"$ref": "#/components/parameters/Limit"}])}})
    document["components"] = {"parameters": {"Limit": query("limit", schema={"type": "integer"})}}
    (param,) = build_ir(document).only_operation().parameters
    assert (param.api_name, param.type) == ("limit", INTEGER)


# --- request bodies -------------------------------------------------------------------------------


def test_an_operation_without_a_request_body_has_no_body(build_ir: BuildIR) -> None:
    assert one(build_ir, "/x", "get").body is None


def test_an_object_body_is_flattened_into_one_argument_per_property(build_ir: BuildIR) -> None:
    body = one(build_ir, requestBody=json_body(ref("Thing"), required=True, description="The thing")).body
    assert body is not None
    assert (body.kind, body.content_type, body.required, body.description) == (
        "json",
        "application/json",
        True,
        "The thing",
    )
    assert [(f.name, f.type) for f in body.fields] == [("id", STRING), ("name", STRING)]
    assert body.schema_pointer == "/components/schemas/Thing"


def test_an_inline_object_body_points_at_its_own_schema(build_ir: BuildIR) -> None:
    body = one(build_ir, requestBody=json_body(THING)).body
    assert (
        body is not None and body.schema_pointer == "/paths/~1things/post/requestBody/content/application~1json/schema"
    )


def test_a_flattened_body_leaves_out_read_only_properties(build_ir: BuildIR) -> None:
    schema = {"type": "object", "properties": {"id": {"type": "string", "readOnly": True}, "name": {"type": "string"}}}
    body = one(build_ir, requestBody=json_body(schema)).body
    assert body is not None and [f.api_name for f in body.fields] == ["name"]


def test_a_flattened_body_keeps_required_defaults_and_write_only(build_ir: BuildIR) -> None:
    schema = {
        "type": "object",
        "required": ["password"],
        "properties": {"password": {"type": "string", "writeOnly": True}, "n": {"type": "integer", "default": 2}},
    }
    body = one(build_ir, requestBody=json_body(schema)).body
    assert body is not None
    assert [(f.name, f.required, f.write_only, f.default) for f in body.fields] == [
        ("password", True, True, NO_DEFAULT),
        ("n", False, False, 2),
    ]


def test_a_body_property_named_like_a_parameter_gets_a_distinct_argument(build_ir: BuildIR) -> None:
    schema = {"type": "object", "properties": {"q": {"type": "string"}}}
    op = one(build_ir, parameters=[query("q")], requestBody=json_body(schema))
    assert op.body is not None and [(f.name, f.api_name) for f in op.body.fields] == [("q_2", "q")]


def test_inline_objects_in_a_flattened_body_are_typed_dicts_in_a_module_named_after_the_method(
    build_ir: BuildIR,
) -> None:
    schema = {"type": "object", "properties": {"meta": {"type": "object", "properties": {"k": {"type": "string"}}}}}
    built = build_ir(spec(paths={"/things": {"post": operation("createThing", requestBody=json_body(schema))}}))
    body = built.only_operation().body
    assert body is not None and body.fields[0].type == ModelRef("types.things_create_params", "MetaParam")
    assert built.typed_dict("MetaParam").fields[0].api_name == "k"


def test_a_flattened_body_without_inline_objects_reserves_no_module(build_ir: BuildIR) -> None:
    built = build_ir(
        spec({"Thing": THING}, {"/things": {"post": operation("createThing", requestBody=json_body(ref("Thing")))}})
    )
    assert built.modules == ["types.thing"]


def test_an_array_body_is_one_body_argument_of_param_typed_dicts(build_ir: BuildIR) -> None:
    body = one(build_ir, requestBody=json_body({"type": "array", "items": ref("Thing")})).body
    assert body is not None
    assert (body.kind, body.argument, body.fields) == ("json", "body", ())
    assert body.type == ListOf(ModelRef("types.thing_param", "ThingParam"))


def test_a_union_body_is_one_body_argument(build_ir: BuildIR) -> None:
    body = one(build_ir, requestBody=json_body({"oneOf": [ref("Thing"), {"type": "string"}]})).body
    assert body is not None and body.argument == "body"
    assert body.type == UnionOf((ModelRef("types.thing_param", "ThingParam"), STRING))


@pytest.mark.parametrize(
    "media_type, kind",
    [
        ("application/x-www-form-urlencoded", "form"),
        ("multipart/form-data", "multipart"),
        ("application/vnd.api+json", "json"),
        ("application/json; charset=utf-8", "json"),
    ],
)
def test_object_bodies_of_each_media_type_are_flattened(build_ir: BuildIR, media_type: str, kind: str) -> None:
    body = one(build_ir, requestBody=json_body(ref("Thing"), media_type=media_type)).body
    assert body is not None and (body.kind, body.content_type) == (kind, media_type)
    assert [f.api_name for f in body.fields] == ["id", "name"]


@pytest.mark.parametrize(
    "media_type, kind", [("application/octet-stream", "binary"), ("image/png", "binary"), ("text/plain", "text")]
)
def test_binary_and_text_bodies_are_one_content_argument(build_ir: BuildIR, media_type: str, kind: str) -> None:
    body = one(build_ir, requestBody=json_body({"type": "string"}, media_type=media_type)).body
    assert body is not None and (body.kind, body.argument, body.fields, body.type) == (kind, "content", (), None)


def test_the_content_argument_gives_way_to_a_parameter_named_content(build_ir: BuildIR) -> None:
    op = one(build_ir, parameters=[query("content")], requestBody=json_body({}, media_type="application/octet-stream"))
    assert op.body is not None and op.body.argument == "content_2"


def test_json_is_chosen_over_a_form_whatever_the_order(build_ir: BuildIR) -> None:
    content = {"multipart/form-data": {"schema": ref("Thing")}, "application/json": {"schema": ref("Thing")}}
    body = one(build_ir, requestBody={"content": content}).body
    assert body is not None and body.kind == "json"


def test_a_body_without_content_is_no_body(build_ir: BuildIR) -> None:
    assert one(build_ir, requestBody={"content": {}}).body is None


def test_a_referenced_request_body_is_followed(build_ir: BuildIR) -> None:
    document = spec(
        {"Thing": THING}, {"/x": {"post": operation("act", requestBody={"$ref": "#/components/requestBodies/T"})}}
    )
    document["components"]["requestBodies"] = {"T": json_body(ref("Thing"), description="shared")}
    body = build_ir(document).only_operation().body
    assert body is not None and (body.description, [f.name for f in body.fields]) == ("shared", ["id", "name"])


def test_a_request_body_that_refers_to_itself_is_refused_where_the_chain_starts(build_ir: BuildIR) -> None:
    document = spec({}, {"/x": {"post": operation("act", requestBody={"$ref": "#/components/requestBodies/A"})}})
    document["components"]["requestBodies"] = {
        "A": {"$ref": "#/components/requestBodies/B"},
        "B": {"$ref": "#/components/requestBodies/A"},
    }
    with pytest.raises(InvalidInput) as caught:
        build_ir(document)
    assert caught.value.pointer == "/paths/~1x/post/requestBody"
    assert caught.value.message == (
        "$ref '#/components/requestBodies/A' never reaches a value (it refers to itself, directly or not)"
    )


# --- the operation itself -------------------------------------------------------------------------


def test_summary_description_deprecated_operation_id_and_pointer_are_kept(build_ir: BuildIR) -> None:
    op = one(build_ir, "/x", "get", summary=" Short ", description=" Long\n", deprecated=True)
    assert (op.summary, op.description, op.deprecated) == ("Short", "Long", True)
    assert (op.operation_id, op.http_method, op.path, op.source_pointer) == ("act", "get", "/x", "/paths/~1x/get")


def test_a_literal_query_in_the_path_is_kept_apart_from_the_path(build_ir: BuildIR) -> None:
    op = one(
        build_ir,
        "/responses/{id}?beta=true",
        "get",
        parameters=[{"name": "id", "in": "path", "schema": {"type": "string"}}],
    )
    assert (op.url_path, op.literal_query) == ("/responses/{id}", (("beta", "true"),))
    assert [p.name for p in op.parameters] == ["id"]


def test_methods_other_than_the_http_methods_are_no_operations(build_ir: BuildIR) -> None:
    document = spec(paths={"/x": {"get": operation("a"), "summary": "x", "servers": [], "x-extra": {"get": {}}}})
    assert list(build_ir(document).methods()) == ["x.a"]


def test_path_items_and_schemas_in_other_files_are_followed(tmp_path: Path) -> None:
    (tmp_path / "schemas").mkdir()
    pet = {"type": "object", "properties": {"name": {"type": "string"}, "owner": {"$ref": "owner.json"}}}
    (tmp_path / "schemas" / "pet.json").write_text(json.dumps(pet), encoding="utf-8")
    (tmp_path / "schemas" / "owner.json").write_text(json.dumps(THING), encoding="utf-8")
    item = {"get": operation("getPet", responses=ok_json({"$ref": "schemas/pet.json"}))}
    (tmp_path / "pets.json").write_text(json.dumps(item), encoding="utf-8")
    document = spec({"Pet": {"$ref": "schemas/pet.json"}}, {"/pets": {"$ref": "pets.json"}})
    built: Built = build(tmp_path, document)
    assert built.only_operation().response.type == ModelRef("types.pet", "Pet")
    assert built.field("Pet", "owner").type == ModelRef("types.owner", "Owner")
