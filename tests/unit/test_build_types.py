"""Schemas -> IR classes and the modules under `types/` (generator/build_modules.py, whose module
docstring states the rules; README "Config" and "Derived names"): which classes exist in which
`types.<module>`, what they are named (after the schema, or as siblings after the property that
uses them), what the config's `models` claim, and their fields (Python name, API name, required,
default). The types of single constructs are in test_build_type_shapes.py; what the client sends
(TypedDicts, enum aliases) in test_build_request_types.py.
"""

from __future__ import annotations

from typing import Any

import pytest

from generator.ir import NO_DEFAULT, ListOf, MapOf, ModelRef, UnionOf
from tests.unit.documents import json_body, obj, ok_json, operation, ref, spec, thing, type_of
from tests.unit.harness import BuildIR, Config

# --- classes and their modules --------------------------------------------------------------------


def test_a_component_object_is_a_class_in_its_own_module_named_after_the_schema(build_ir: BuildIR) -> None:
    built = build_ir(spec({"tracer-session": obj({"id": {"type": "string"}})}))
    assert built.classes() == {"TracerSession": "types.tracer_session"}
    assert built.model("TracerSession").source_pointer == "/components/schemas/tracer-session"


def test_components_without_properties_get_no_class(build_ir: BuildIR) -> None:
    built = build_ir(spec({"Name": {"type": "string"}, "Free": {"type": "object"}, "Ids": {"type": "array"}}))
    assert built.classes() == {}


def test_id_leads_the_fields_and_the_rest_keep_spec_order(build_ir: BuildIR) -> None:
    built = thing(build_ir, {"zeta": {"type": "string"}, "alpha": {"type": "string"}, "id": {"type": "string"}})
    assert [f.name for f in built.model("Thing").fields] == ["id", "zeta", "alpha"]


def test_fields_listed_in_required_are_required_and_the_others_not(build_ir: BuildIR) -> None:
    built = build_ir(spec({"Thing": obj({"a": {"type": "string"}, "b": {"type": "string"}}, "b")}))
    assert [(f.name, f.required) for f in built.model("Thing").fields] == [("a", False), ("b", True)]


def test_a_property_named_like_a_keyword_keeps_its_api_name(build_ir: BuildIR) -> None:
    field = thing(build_ir, {"from": {"type": "string"}}).field("Thing", "from")
    assert (field.name, field.api_name) == ("from_", "from")


def test_a_property_named_like_a_pydantic_method_gets_an_underscore(build_ir: BuildIR) -> None:
    field = thing(build_ir, {"json": {"type": "string"}}).field("Thing", "json")
    assert (field.name, field.api_name) == ("json_", "json")


def test_properties_that_map_to_one_python_name_stay_distinct(build_ir: BuildIR) -> None:
    built = thing(build_ir, {"user-id": {"type": "string"}, "user_id": {"type": "string"}})
    # The first in spec order keeps the name.
    assert [f.name for f in built.model("Thing").fields] == ["user_id", "user_id_2"]


def test_a_field_never_takes_the_name_of_a_class_its_annotations_name(build_ir: BuildIR) -> None:
    # In the class body the field would hide the class from every annotation after it.
    built = build_ir(
        spec({"Tag": obj({"a": {"type": "string"}}), "Holder": obj({"Tag": ref("Tag")})}),
    )
    field = built.field("Holder", "Tag")
    assert field.type == ModelRef("types.tag", "Tag")
    assert field.name == "Tag2"


def test_schemas_that_map_to_one_python_name_get_distinct_classes_and_modules(build_ir: BuildIR) -> None:
    schemas = {name: obj({"a": {"type": "string"}}) for name in ("user-profile", "user_profile", "UserProfile")}
    assert build_ir(spec(schemas)).classes() == {
        "UserProfile": "types.user_profile",
        "UserProfile2": "types.user_profile_2",
        "UserProfile3": "types.user_profile_3",
    }


def test_module_names_differ_by_more_than_case(build_ir: BuildIR) -> None:
    schemas = {"Status": obj({"a": {"type": "string"}}), "status": obj({"b": {"type": "string"}})}
    assert build_ir(spec(schemas)).modules == ["types.status", "types.status_2"]


def test_a_schema_named_like_a_name_the_generated_module_imports_gets_an_underscore(build_ir: BuildIR) -> None:
    schemas = {name: obj({"a": {"type": "string"}}) for name in ("Client", "BaseModel", "List")}
    assert build_ir(spec(schemas)).classes() == {
        "Client_": "types.client",
        "BaseModel_": "types.base_model",
        "List_": "types.list",
    }


def test_a_dotted_schema_name_becomes_one_class_and_module(build_ir: BuildIR) -> None:
    built = build_ir(spec({"a.b.Thing": obj({"a": {"type": "string"}})}))
    assert built.classes() == {"ABThing": "types.a_b_thing"}


def test_a_schema_name_starting_with_a_digit_gets_a_prefix(build_ir: BuildIR) -> None:
    built = build_ir(spec({"3DModel": obj({"a": {"type": "string"}})}))
    assert built.classes() == {"Model3DModel": "types.module_3_d_model"}


def test_descriptions_come_from_description_else_title_stripped(build_ir: BuildIR) -> None:
    schema = obj(
        {"t": {"type": "string", "title": "T title"}, "d": {"type": "string", "description": " D text "}},
        title="The thing",
    )
    built = build_ir(spec({"Thing": schema}))
    assert built.model("Thing").description == "The thing"
    assert [f.description for f in built.model("Thing").fields] == ["T title", "D text"]


def test_deprecated_read_only_and_write_only_are_kept_on_the_field(build_ir: BuildIR) -> None:
    built = thing(
        build_ir,
        {
            "old": {"type": "string", "deprecated": True},
            "ro": {"type": "string", "readOnly": True},
            "wo": {"type": "string", "writeOnly": True},
        },
    )
    assert [(f.deprecated, f.read_only, f.write_only) for f in built.model("Thing").fields] == [
        (True, False, False),
        (False, True, False),
        (False, False, True),
    ]


def test_a_write_only_property_is_never_required_in_a_response_model(build_ir: BuildIR) -> None:
    built = build_ir(
        spec(
            {
                "User": obj(
                    {"name": {"type": "string"}, "password": {"type": "string", "writeOnly": True}}, "name", "password"
                )
            }
        )
    )
    assert [(f.name, f.required) for f in built.model("User").fields] == [("name", True), ("password", False)]


# --- siblings: classes without a schema name of their own -----------------------------------------


def test_array_items_become_a_sibling_class_named_in_the_singular(build_ir: BuildIR) -> None:
    built = thing(build_ir, {"categories": {"type": "array", "items": obj({"label": {"type": "string"}})}})
    assert built.field("Thing", "categories").type == ListOf(ModelRef("types.thing", "Category"))
    assert built.type_module("types.thing").exports == ("Thing", "Category")


def test_map_values_become_a_sibling_class_named_after_the_map(build_ir: BuildIR) -> None:
    schema = {"type": "object", "additionalProperties": obj({"n": {"type": "integer"}})}
    built = thing(build_ir, {"feedback_stats": schema})
    assert built.field("Thing", "feedback_stats").type == MapOf(ModelRef("types.thing", "FeedbackStats"))


def test_an_inline_object_property_becomes_a_sibling_class_named_after_the_property(build_ir: BuildIR) -> None:
    built = thing(build_ir, {"owner_info": obj({"name": {"type": "string"}})})
    assert built.field("Thing", "owner_info").type == ModelRef("types.thing", "OwnerInfo")
    assert [f.name for f in built.model("OwnerInfo").fields] == ["name"]


def test_siblings_of_siblings_stay_in_the_first_module(build_ir: BuildIR) -> None:
    built = thing(build_ir, {"outer": obj({"inner": obj({"x": {"type": "string"}})})})
    assert built.classes() == {"Thing": "types.thing", "Outer": "types.thing", "Inner": "types.thing"}


def test_siblings_with_the_same_wanted_name_are_numbered_in_their_module(build_ir: BuildIR) -> None:
    built = thing(
        build_ir, {"meta": obj({"a": {"type": "string"}}), "other": obj({"meta": obj({"b": {"type": "string"}})})}
    )
    assert built.type_module("types.thing").exports == ("Thing", "Meta", "Other", "Meta2")


def test_inline_union_members_are_named_variants_or_after_their_title(build_ir: BuildIR) -> None:
    schema = {"oneOf": [obj({"a": {"type": "string"}}), obj({"b": {"type": "string"}}, title="Bee")]}
    assert type_of(build_ir, schema) == UnionOf((ModelRef("types.thing", "PVariant1"), ModelRef("types.thing", "Bee")))


def test_a_sibling_may_take_the_name_of_a_class_in_another_module(build_ir: BuildIR) -> None:
    built = build_ir(
        spec({"Owner": obj({"id": {"type": "string"}}), "Thing": obj({"owner": obj({"n": {"type": "string"}})})})
    )
    assert built.field("Thing", "owner").type == ModelRef("types.thing", "Owner")
    assert built.type_module("types.owner").exports == ("Owner",)


# --- the config's models: listed classes claim what they use --------------------------------------


def run_and_person() -> dict[str, Any]:
    return spec(
        {
            "Person": obj({"name": {"type": "string"}}),
            "Run": obj({"author": ref("Person"), "editors": {"type": "array", "items": ref("Person")}}),
        },
        {"/people/{person_id}": {"get": operation("getPerson", responses=ok_json(ref("Person")))}},
    )


def test_a_listed_model_takes_its_public_name_in_its_own_module(build_ir: BuildIR) -> None:
    built = build_ir(run_and_person(), Config(models=(("TracerRun", "#/components/schemas/Run"),)))
    assert built.classes()["TracerRun"] == "types.tracer_run"
    assert built.model("TracerRun").source_pointer == "/components/schemas/Run"


def test_an_unlisted_schema_a_listed_model_uses_is_its_sibling_named_after_the_property(build_ir: BuildIR) -> None:
    built = build_ir(run_and_person(), Config(models=(("Run", "#/components/schemas/Run"),)))
    assert built.classes() == {"Run": "types.run", "Author": "types.run"}
    assert built.field("Run", "author").type == ModelRef("types.run", "Author")


def test_a_claimed_schema_is_one_class_wherever_else_it_is_used(build_ir: BuildIR) -> None:
    built = build_ir(run_and_person(), Config(models=(("Run", "#/components/schemas/Run"),)))
    assert built.field("Run", "editors").type == ListOf(ModelRef("types.run", "Author"))
    assert built.only_operation().response.type == ModelRef("types.run", "Author")
    assert "types.person" not in built.modules


def test_without_the_config_the_same_schema_has_its_own_module(build_ir: BuildIR) -> None:
    built = build_ir(run_and_person())
    assert built.classes() == {"Person": "types.person", "Run": "types.run"}
    assert built.field("Run", "author").type == ModelRef("types.person", "Person")


def test_a_listed_model_claims_the_siblings_of_its_nested_objects_too(build_ir: BuildIR) -> None:
    document = spec({"Run": obj({"events": {"type": "array", "items": obj({"name": {"type": "string"}})}})})
    built = build_ir(document, Config(models=(("Run", "#/components/schemas/Run"),)))
    assert built.field("Run", "events").type == ListOf(ModelRef("types.run", "Event"))


# --- defaults -------------------------------------------------------------------------------------


def test_a_default_that_fits_the_type_is_kept(build_ir: BuildIR) -> None:
    built = thing(
        build_ir,
        {"n": {"type": "integer", "default": 3}, "tags": {"type": "array", "items": {"type": "string"}, "default": []}},
    )
    assert [f.default for f in built.model("Thing").fields] == [3, []]


def test_no_default_is_marked_as_no_default(build_ir: BuildIR) -> None:
    assert thing(build_ir, {"n": {"type": "integer"}}).field("Thing", "n").default is NO_DEFAULT


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "integer", "default": "three"},
        {"type": "boolean", "default": 1},
        {"type": "string", "format": "date-time", "default": "2024-01-01T00:00:00Z"},
        {"type": "string", "enum": ["a", "b"], "default": "c"},
    ],
)
def test_a_default_that_does_not_fit_the_type_is_left_out_with_a_warning(build_ir: BuildIR, schema: Any) -> None:
    built = thing(build_ir, {"p": schema})
    assert built.field("Thing", "p").default is NO_DEFAULT
    assert [message for _, message in built.messages()] == [
        f"default {schema['default']!r} does not fit the property's type; the model leaves it out"
    ]


def test_the_warning_about_a_default_that_does_not_fit_points_at_the_default(build_ir: BuildIR) -> None:
    built = thing(build_ir, {"p": {"type": "integer", "default": "three"}})
    assert [pointer for pointer, _ in built.messages()] == ["/components/schemas/Thing/properties/p/default"]
    assert built.field("Thing", "p").has_default is False


def test_a_string_default_is_kept_whatever_it_says(build_ir: BuildIR) -> None:
    """ "No default" is a marker of its own, not a string a spec could also give."""
    for text in ("<no default>", "no default", ""):
        field = thing(build_ir, {"p": {"type": "string", "default": text}}).field("Thing", "p")
        assert field.has_default and field.default == text


def test_a_null_default_fits_every_optional_field(build_ir: BuildIR) -> None:
    assert thing(build_ir, {"p": {"type": "integer", "default": None}}).field("Thing", "p").default is None


# --- webhooks -------------------------------------------------------------------------------------


def test_a_webhook_payload_gets_a_model_named_after_the_webhook(build_ir: BuildIR) -> None:
    hook = {
        "post": {"requestBody": json_body(obj({"a": {"type": "string"}})), "responses": {"200": {"description": "ok"}}}
    }
    built = build_ir(spec(webhooks={"new-pet": hook}))
    (webhook,) = built.package.webhooks
    assert (webhook.name, webhook.http_method, webhook.source_pointer) == ("new-pet", "post", "/webhooks/new-pet/post")
    assert webhook.payload == ModelRef("types.new_pet_webhook", "NewPetWebhook")


def test_a_webhook_payload_that_is_a_reference_is_the_component_class(build_ir: BuildIR) -> None:
    hook = {"post": {"requestBody": json_body(ref("Event"))}}
    built = build_ir(spec({"Event": obj({"a": {"type": "string"}})}, webhooks={"evt": hook}))
    assert built.package.webhooks[0].payload == ModelRef("types.event", "Event")
