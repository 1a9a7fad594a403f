"""The IR type of each schema construct (generator/build_types.py): scalars and formats, nullable
in its 3.0 and 3.1 spellings, enums and const, arrays, tuples, maps, allOf, `$ref` (with siblings,
recursive, too deep) and unions with or without a discriminator. Each test builds a document whose
component `Thing` has one property `p` described by the construct, and compares `p`'s type.
"""

from __future__ import annotations

from typing import Any

import pytest

from generator.errors import InvalidInput
from generator.ir import ListOf, LiteralOf, MapOf, ModelRef, Nullable, Primitive, TupleOf, UnionOf
from tests.unit.documents import ANY, INTEGER, STRING, json_body, obj, operation, ref, spec, thing, type_of
from tests.unit.harness import BuildIR

# --- scalars and formats --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "schema, expected",
    [
        ({"type": "string"}, STRING),
        ({"type": "integer"}, INTEGER),
        ({"type": "number"}, Primitive("number")),
        ({"type": "boolean"}, Primitive("boolean")),
        ({"type": "string", "format": "date-time"}, Primitive("date-time")),
        ({"type": "string", "format": "date"}, Primitive("date")),
        ({"type": "string", "format": "binary"}, Primitive("binary")),
        ({"type": "string", "format": "uuid"}, STRING),
        ({"type": "null"}, Primitive("null")),
        ({}, ANY),
        (True, ANY),
    ],
)
def test_scalar_types_and_formats(build_ir: BuildIR, schema: Any, expected: Any) -> None:
    assert type_of(build_ir, schema) == expected


def test_a_string_with_a_non_text_content_media_type_is_a_file(build_ir: BuildIR) -> None:
    assert type_of(build_ir, {"type": "string", "contentMediaType": "image/png"}) == Primitive("binary")
    assert type_of(build_ir, {"type": "string", "contentMediaType": "text/plain"}) == STRING
    assert type_of(build_ir, {"type": "string", "contentMediaType": "image/png", "contentEncoding": "base64"}) == STRING


def test_a_type_array_is_a_union_of_each_json_type(build_ir: BuildIR) -> None:
    assert type_of(build_ir, {"type": ["string", "integer"]}) == UnionOf((STRING, INTEGER))


# --- nullable -------------------------------------------------------------------------------------


def test_openapi_30_nullable_wraps_the_type(build_ir: BuildIR) -> None:
    assert type_of(build_ir, {"type": "string", "nullable": True}, openapi="3.0.3") == Nullable(STRING)


def test_a_31_type_array_with_null_wraps_the_type(build_ir: BuildIR) -> None:
    assert type_of(build_ir, {"type": ["integer", "null"]}) == Nullable(INTEGER)


def test_a_union_with_a_null_member_is_the_nullable_other_member(build_ir: BuildIR) -> None:
    other = {"Other": obj({"a": {"type": "string"}})}
    assert type_of(build_ir, {"anyOf": [ref("Other"), {"type": "null"}]}, **other) == Nullable(
        ModelRef("types.other", "Other")
    )


def test_a_nullable_all_of_wrapper_of_a_reference_is_the_nullable_class(build_ir: BuildIR) -> None:
    other = {"Other": obj({"a": {"type": "string"}})}
    schema = {"allOf": [ref("Other")], "nullable": True}
    assert type_of(build_ir, schema, openapi="3.0.3", **other) == Nullable(ModelRef("types.other", "Other"))


def test_a_30_reference_with_nullable_beside_it_is_the_nullable_class(build_ir: BuildIR) -> None:
    other = {"Other": obj({"a": {"type": "string"}})}
    schema = {"$ref": "#/components/schemas/Other", "nullable": True}
    assert type_of(build_ir, schema, openapi="3.0.3", **other) == Nullable(ModelRef("types.other", "Other"))


def test_a_nullable_union_stays_one_nullable(build_ir: BuildIR) -> None:
    schema = {"oneOf": [{"type": "string"}, {"type": "integer"}, {"type": "null"}]}
    assert type_of(build_ir, schema) == Nullable(UnionOf((STRING, INTEGER)))


# --- enums and const ------------------------------------------------------------------------------


def test_an_inline_enum_is_a_literal_of_its_values(build_ir: BuildIR) -> None:
    assert type_of(build_ir, {"type": "string", "enum": ["a", "b"]}) == LiteralOf(("a", "b"))


def test_null_among_enum_values_makes_the_literal_nullable(build_ir: BuildIR) -> None:
    assert type_of(build_ir, {"enum": ["a", None]}) == Nullable(LiteralOf(("a",)))


def test_an_enum_of_only_null_is_the_null_type(build_ir: BuildIR) -> None:
    assert type_of(build_ir, {"enum": [None]}) == Primitive("null")


def test_const_is_a_literal_of_one_value(build_ir: BuildIR) -> None:
    assert type_of(build_ir, {"const": "fixed"}) == LiteralOf(("fixed",))


def test_enum_values_keep_their_json_types(build_ir: BuildIR) -> None:
    assert type_of(build_ir, {"enum": ["auto", 0, True, 1.5]}) == LiteralOf(("auto", 0, True, 1.5))


# --- arrays, tuples and maps ----------------------------------------------------------------------


def test_an_array_is_a_list_of_its_items(build_ir: BuildIR) -> None:
    assert type_of(build_ir, {"type": "array", "items": {"type": "integer"}}) == ListOf(INTEGER)


def test_an_array_without_items_is_a_list_of_any_json_value(build_ir: BuildIR) -> None:
    assert type_of(build_ir, {"type": "array"}) == ListOf(ANY)


def test_an_array_of_references_is_a_list_of_the_class(build_ir: BuildIR) -> None:
    other = {"Other": obj({"a": {"type": "string"}})}
    assert type_of(build_ir, {"type": "array", "items": ref("Other")}, **other) == ListOf(
        ModelRef("types.other", "Other")
    )


def test_prefix_items_are_a_tuple_with_or_without_a_rest(build_ir: BuildIR) -> None:
    assert type_of(build_ir, {"type": "array", "prefixItems": [{"type": "string"}, {"type": "integer"}]}) == TupleOf(
        (STRING, INTEGER)
    )
    schema = {"type": "array", "prefixItems": [{"type": "string"}], "items": {"type": "boolean"}}
    assert type_of(build_ir, schema) == TupleOf((STRING,), Primitive("boolean"))


def test_typed_additional_properties_are_a_map_of_their_type(build_ir: BuildIR) -> None:
    assert type_of(build_ir, {"type": "object", "additionalProperties": {"type": "integer"}}) == MapOf(INTEGER)


def test_additional_properties_true_is_a_map_of_any_json_value(build_ir: BuildIR) -> None:
    assert type_of(build_ir, {"type": "object", "additionalProperties": True}) == MapOf(ANY)


def test_a_free_form_object_is_any_json_value(build_ir: BuildIR) -> None:
    assert type_of(build_ir, {"type": "object"}) == ANY


def test_one_pattern_property_is_a_map_of_its_type(build_ir: BuildIR) -> None:
    assert type_of(build_ir, {"type": "object", "patternProperties": {"^x-": {"type": "integer"}}}) == MapOf(INTEGER)


def test_a_class_with_typed_additional_properties_keeps_the_type_of_its_extra_keys(build_ir: BuildIR) -> None:
    schema = obj({"a": {"type": "string"}}, additionalProperties={"type": "integer"})
    assert build_ir(spec({"Thing": schema})).model("Thing").extra_type == INTEGER


def test_a_class_without_additional_properties_has_no_extra_type(build_ir: BuildIR) -> None:
    assert thing(build_ir, {"a": {"type": "string"}}).model("Thing").extra_type is None


# --- allOf ----------------------------------------------------------------------------------------


def base_and_extended() -> dict[str, Any]:
    return spec(
        {
            "Base": obj({"id": {"type": "string"}, "x": {"type": "integer"}}, "id"),
            "Extended": {"allOf": [ref("Base"), obj({"y": {"type": "string"}, "x": {"type": "string"}}, "y")]},
        }
    )


def test_all_of_merges_the_properties_of_every_member(build_ir: BuildIR) -> None:
    built = build_ir(base_and_extended())
    assert [f.api_name for f in built.model("Extended").fields] == ["id", "x", "y"]


def test_all_of_later_members_win_for_a_property_both_define(build_ir: BuildIR) -> None:
    assert build_ir(base_and_extended()).field("Extended", "x").type == STRING


def test_all_of_requires_what_any_member_requires(build_ir: BuildIR) -> None:
    built = build_ir(base_and_extended())
    assert [(f.api_name, f.required) for f in built.model("Extended").fields] == [
        ("id", True),
        ("x", False),
        ("y", True),
    ]


def test_an_all_of_of_one_reference_with_annotations_is_that_class(build_ir: BuildIR) -> None:
    other = {"Other": obj({"a": {"type": "string"}})}
    schema = {"allOf": [ref("Other")], "description": "the other one"}
    assert type_of(build_ir, schema, **other) == ModelRef("types.other", "Other")


def test_an_all_of_of_scalars_is_the_type_of_its_first_member(build_ir: BuildIR) -> None:
    assert type_of(build_ir, {"allOf": [{"type": "string"}, {"minLength": 2}]}) == STRING


def test_an_all_of_member_that_is_a_union_adds_every_member_property(build_ir: BuildIR) -> None:
    schemas = {
        "Item": {
            "anyOf": [
                obj({"text": {"type": "string"}, "id": {"type": "string"}}, "id"),
                obj({"n": {"type": "integer"}, "id": {"type": "string"}}, "id"),
            ]
        },
        "Row": {"allOf": [ref("Item"), obj({"row": {"type": "integer"}}, "row")]},
    }
    built = build_ir(spec(schemas))
    assert [(f.api_name, f.required) for f in built.model("Row").fields] == [
        ("id", True),
        ("text", False),
        ("n", False),
        ("row", True),
    ]


# --- $ref -----------------------------------------------------------------------------------------


def test_a_component_that_is_only_a_reference_is_another_name_for_its_target(build_ir: BuildIR) -> None:
    schemas = {"Base": obj({"a": {"type": "string"}}), "Alias": ref("Base"), "User": obj({"b": ref("Alias")})}
    built = build_ir(spec(schemas))
    assert built.classes() == {"Base": "types.base", "User": "types.user"}
    assert built.field("User", "b").type == ModelRef("types.base", "Base")


def test_a_31_reference_with_sibling_constraints_is_a_new_class_merging_both(build_ir: BuildIR) -> None:
    schemas = {"Address": obj({"street": {"type": "string"}, "postal_code": {"type": "string"}})}
    built = thing(
        build_ir, {"mailing": {"$ref": "#/components/schemas/Address", "required": ["postal_code"]}}, **schemas
    )
    assert built.field("Thing", "mailing").type == ModelRef("types.thing", "Mailing")
    assert [(f.api_name, f.required) for f in built.model("Mailing").fields] == [
        ("street", False),
        ("postal_code", True),
    ]


def test_a_reference_with_only_annotations_beside_it_is_just_the_reference(build_ir: BuildIR) -> None:
    other = {"Other": obj({"a": {"type": "string"}})}
    schema = {"$ref": "#/components/schemas/Other", "description": "see Other"}
    assert type_of(build_ir, schema, **other) == ModelRef("types.other", "Other")


def test_a_self_referencing_schema_is_one_recursive_class(build_ir: BuildIR) -> None:
    built = build_ir(spec({"Node": obj({"children": {"type": "array", "items": ref("Node")}, "parent": ref("Node")})}))
    assert built.classes() == {"Node": "types.node"}
    assert built.field("Node", "children").type == ListOf(ModelRef("types.node", "Node"))
    assert built.field("Node", "parent").type == ModelRef("types.node", "Node")


def test_mutually_recursive_schemas_refer_to_each_other(build_ir: BuildIR) -> None:
    built = build_ir(spec({"A": obj({"b": ref("B")}), "B": obj({"a": ref("A")})}))
    assert built.field("A", "b").type == ModelRef("types.b", "B")
    assert built.field("B", "a").type == ModelRef("types.a", "A")


def test_a_recursive_schema_that_is_no_object_is_any_json_value_with_a_warning(build_ir: BuildIR) -> None:
    built = build_ir(spec({"Loop": {"type": "array", "items": ref("Loop")}, "Holder": obj({"l": ref("Loop")})}))
    assert built.field("Holder", "l").type == ListOf(ANY)
    assert (
        "/components/schemas/Loop/items",
        "recursive non-object schema '/components/schemas/Loop' typed as any JSON value",
    ) in built.messages()


def test_references_more_than_a_hundred_deep_are_refused(build_ir: BuildIR) -> None:
    schemas: dict[str, Any] = {f"S{i}": ref(f"S{i + 1}") for i in range(105)}
    schemas["S105"] = {"type": "string"}
    schemas["Holder"] = obj({"deep": {"type": "array", "items": ref("S0")}})
    with pytest.raises(InvalidInput) as caught:
        build_ir(spec(schemas))
    assert "leads more than 100 references deep" in caught.value.message


def test_an_allof_that_comes_back_to_itself_merges_each_schema_once_base_first(build_ir: BuildIR) -> None:
    schemas = {
        "A": {"allOf": [ref("B")], "properties": {"a": {"type": "string"}}, "required": ["a", "b"]},
        "B": {"allOf": [ref("A")], "properties": {"b": {"type": "integer"}}},
    }
    built = build_ir(spec(schemas))
    assert [(f.api_name, f.required) for f in built.model("A").fields] == [("b", True), ("a", True)]
    assert [f.api_name for f in built.model("B").fields] == ["a", "b"]


def test_references_that_only_name_each_other_are_any_json_value_with_a_warning(build_ir: BuildIR) -> None:
    schemas = {"A": ref("B"), "B": ref("A"), "Holder": obj({"x": ref("A")})}
    built = build_ir(spec(schemas))
    assert built.field("Holder", "x").type == Primitive("any")
    assert any("recursive non-object schema" in message for _, message in built.messages())


# --- unions and discriminators --------------------------------------------------------------------


CAT = obj({"kind": {"const": "cat"}, "meow": {"type": "string"}}, "kind")
DOG = obj({"kind": {"type": "string", "enum": ["dog"]}, "bark": {"type": "string"}}, "kind")
PLAIN_A = obj({"kind": {"type": "string"}, "a": {"type": "string"}})
PLAIN_B = obj({"kind": {"type": "string"}, "b": {"type": "string"}})


def test_a_union_of_scalars_is_a_plain_union(build_ir: BuildIR) -> None:
    assert type_of(build_ir, {"oneOf": [{"type": "string"}, {"type": "integer"}]}) == UnionOf((STRING, INTEGER))


def test_a_union_of_one_member_is_that_member(build_ir: BuildIR) -> None:
    assert type_of(build_ir, {"anyOf": [{"type": "string"}]}) == STRING


def test_duplicate_union_members_are_kept_once(build_ir: BuildIR) -> None:
    assert type_of(build_ir, {"anyOf": [{"type": "string"}, {"type": "string"}, {"type": "integer"}]}) == UnionOf(
        (STRING, INTEGER)
    )


def test_a_discriminator_over_literal_tags_names_the_python_field(build_ir: BuildIR) -> None:
    schema = {"oneOf": [ref("Cat"), ref("Dog")], "discriminator": {"propertyName": "kind"}}
    union = type_of(build_ir, schema, Cat=CAT, Dog=DOG)
    assert union == UnionOf((ModelRef("types.cat", "Cat"), ModelRef("types.dog", "Dog")), discriminator="kind")


def test_a_discriminator_mapping_gives_the_tag_of_each_member(build_ir: BuildIR) -> None:
    mapping = {"x": "#/components/schemas/A", "y": "B"}  # a bare name means the component
    schema = {"oneOf": [ref("A"), ref("B")], "discriminator": {"propertyName": "kind", "mapping": mapping}}
    union = type_of(build_ir, schema, A=PLAIN_A, B=PLAIN_B)
    assert (union.discriminator, union.tag_property, union.tags) == (None, "kind", (("x", "A"), ("y", "B")))


def test_a_discriminator_without_mapping_or_literal_tags_uses_the_schema_names(build_ir: BuildIR) -> None:
    schema = {"oneOf": [ref("A"), ref("B")], "discriminator": {"propertyName": "kind"}}
    union = type_of(build_ir, schema, A=PLAIN_A, B=PLAIN_B)
    assert (union.tag_property, union.tags) == ("kind", (("A", "A"), ("B", "B")))


def test_a_tag_value_shared_by_two_members_leaves_a_plain_union_and_a_warning_at_the_union(build_ir: BuildIR) -> None:
    both = obj({"kind": {"enum": ["cat", "dog"]}}, "kind")
    schema = {"oneOf": [ref("Cat"), ref("Both")], "discriminator": {"propertyName": "kind"}}
    built = thing(build_ir, {"p": schema}, Cat=CAT, Both=both)
    union = built.field("Thing", "p").type
    assert (union.discriminator, union.tags) == (None, ())
    ((pointer, message),) = built.messages()
    assert pointer == "/components/schemas/Thing/properties/p"
    assert "the value 'cat' belongs to more than one member (Cat, Both)" in message


def test_a_discriminator_whose_tag_is_optional_in_a_member_is_not_used(build_ir: BuildIR) -> None:
    loose_dog = obj({"kind": {"const": "dog"}})
    schema = {"oneOf": [ref("Cat"), ref("Dog")], "discriminator": {"propertyName": "kind"}}
    union = type_of(build_ir, schema, Cat=CAT, Dog=loose_dog)
    assert union.discriminator is None


def test_a_union_in_a_request_has_no_discriminator(build_ir: BuildIR) -> None:
    schema = {"oneOf": [ref("Cat"), ref("Dog")], "discriminator": {"propertyName": "kind"}}
    document = spec({"Cat": CAT, "Dog": DOG}, {"/pets": {"post": operation("addPet", requestBody=json_body(schema))}})
    body = build_ir(document).only_operation().body
    assert body is not None
    assert body.type == UnionOf((ModelRef("types.cat_param", "CatParam"), ModelRef("types.dog_param", "DogParam")))
