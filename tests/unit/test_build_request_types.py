"""What the client sends (generator/build_modules.py and generator/build_enums.py, module docstrings): objects become TypedDicts
named `<Schema>Param` without readOnly properties, and named enums are `Name = Literal[...]`
aliases that arguments and TypedDicts refer to by name while response models spell the values out.
"""

from __future__ import annotations

from typing import Any


from generator.ir import NO_DEFAULT, AliasRef, LiteralOf, ModelRef, Nullable, TypeAlias
from tests.unit.documents import json_body, obj, ok_json, operation, ref, spec
from tests.unit.harness import BuildIR

# --- named enums: aliases -------------------------------------------------------------------------


def enum_document(**extra_schemas: Any) -> dict[str, Any]:
    schemas = {
        "Color": {"type": "string", "enum": ["red", "green"]},
        "Thing": obj({"color": ref("Color"), "wrapped": {"allOf": [ref("Color")]}}),
        **extra_schemas,
    }
    paths = {
        "/things": {
            "post": operation(
                "createThing",
                parameters=[{"name": "color", "in": "query", "schema": ref("Color")}],
                requestBody=json_body(obj({"thing": ref("Thing"), "color": ref("Color")})),
                responses=ok_json(ref("Thing")),
            )
        }
    }
    return spec(schemas, paths, openapi="3.0.3")


COLOR = AliasRef("types.color", "Color", LiteralOf(("red", "green")))


def test_a_named_enum_is_a_type_alias_in_its_own_module(build_ir: BuildIR) -> None:
    built = build_ir(enum_document())
    assert built.classes()["Color"] == "types.color"
    assert built.alias("Color") == TypeAlias("Color", LiteralOf(("red", "green")))


def test_a_named_enum_is_aliased_even_when_nothing_sends_it(build_ir: BuildIR) -> None:
    built = build_ir(spec({"Mood": {"type": "string", "enum": ["calm"]}}))
    assert built.classes() == {"Mood": "types.mood"}


def test_response_models_spell_the_enum_values_out(build_ir: BuildIR) -> None:
    built = build_ir(enum_document())
    assert built.field("Thing", "color").type == LiteralOf(("red", "green"))
    assert built.field("Thing", "wrapped").type == LiteralOf(("red", "green"))


def test_what_the_client_sends_refers_to_the_enum_by_its_alias(build_ir: BuildIR) -> None:
    built = build_ir(enum_document())
    op = built.only_operation()
    assert op.parameters[0].type == COLOR
    assert op.body is not None and op.body.fields[1].type == COLOR
    assert built.field("ThingParam", "color").type == COLOR


def test_an_all_of_wrapper_of_a_named_enum_is_its_alias_in_requests(build_ir: BuildIR) -> None:
    assert build_ir(enum_document()).field("ThingParam", "wrapped").type == COLOR


def test_a_nullable_named_enum_is_the_optional_alias_without_null_among_its_values(build_ir: BuildIR) -> None:
    document = enum_document(Shade={"type": "string", "enum": ["light", None], "nullable": True})
    document["paths"]["/things"]["post"]["parameters"].append({"name": "shade", "in": "query", "schema": ref("Shade")})
    built = build_ir(document)
    assert built.alias("Shade").type == LiteralOf(("light",))
    assert built.only_operation().parameters[1].type == Nullable(
        AliasRef("types.shade", "Shade", LiteralOf(("light",)))
    )


def test_an_enum_with_a_float_value_gets_no_alias(build_ir: BuildIR) -> None:
    built = build_ir(spec({"Ratio": {"enum": [0.5, 1]}}))
    assert built.classes() == {}


def test_an_enum_alias_takes_a_name_no_class_has(build_ir: BuildIR) -> None:
    built = build_ir(spec({"Kind": obj({"a": {"type": "string"}}), "kind": {"type": "string", "enum": ["x"]}}))
    assert built.classes() == {"Kind": "types.kind", "Kind2": "types.kind_2"}
    assert isinstance(built.alias("Kind2"), TypeAlias)


# --- what the client sends: TypedDicts ------------------------------------------------------------


def request_document(body_schema: Any, **schemas: Any) -> dict[str, Any]:
    return spec(schemas, {"/things": {"post": operation("createThing", requestBody=json_body(body_schema))}})


def test_a_component_the_client_sends_is_a_typed_dict_named_param_in_its_own_module(build_ir: BuildIR) -> None:
    wrapper = obj({"thing": ref("Thing")})
    built = build_ir(request_document(wrapper, Thing=obj({"a": {"type": "string"}})))
    assert built.classes()["ThingParam"] == "types.thing_param"
    assert built.typed_dict("ThingParam").source_pointer == "/components/schemas/Thing"


def test_a_typed_dict_leaves_out_read_only_properties(build_ir: BuildIR) -> None:
    wrapper = obj({"thing": ref("Thing")})
    thing_schema = obj({"id": {"type": "string", "readOnly": True}, "name": {"type": "string"}})
    built = build_ir(request_document(wrapper, Thing=thing_schema))
    assert [f.api_name for f in built.typed_dict("ThingParam").fields] == ["name"]


def test_a_typed_dict_keeps_a_required_write_only_property_required(build_ir: BuildIR) -> None:
    wrapper = obj({"user": ref("User")})
    user = obj({"password": {"type": "string", "writeOnly": True}}, "password")
    assert build_ir(request_document(wrapper, User=user)).field("UserParam", "password").required is True


def test_nested_inline_objects_of_a_typed_dict_are_param_siblings(build_ir: BuildIR) -> None:
    wrapper = obj({"thing": ref("Thing")})
    built = build_ir(request_document(wrapper, Thing=obj({"meta": obj({"k": {"type": "string"}})})))
    assert built.field("ThingParam", "meta").type == ModelRef("types.thing_param", "MetaParam")


def test_typed_dict_fields_carry_no_defaults(build_ir: BuildIR) -> None:
    wrapper = obj({"thing": ref("Thing")})
    built = build_ir(request_document(wrapper, Thing=obj({"n": {"type": "integer", "default": 3}})))
    assert built.field("ThingParam", "n").default is NO_DEFAULT


def test_the_same_schema_sent_and_received_is_a_model_and_a_typed_dict(build_ir: BuildIR) -> None:
    document = spec(
        {"Thing": obj({"a": {"type": "string"}})},
        {
            "/things": {
                "post": operation(
                    "createThing",
                    requestBody=json_body({"type": "array", "items": ref("Thing")}),
                    responses=ok_json(ref("Thing")),
                )
            }
        },
    )
    built = build_ir(document)
    assert built.classes() == {"Thing": "types.thing", "ThingParam": "types.thing_param"}
