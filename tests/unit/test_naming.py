"""generator/naming.py: spec text in, safe Python names out (the rules in its module docstring).

Every identifier of the generated code goes through these functions, so each rule is checked here
on the function itself: word splitting, the reserved names of each scope, leading digits, empty
names, uniqueness (also by more than case, for file names) and the singular of array properties.
"""

from __future__ import annotations

import keyword

import pytest

from generator import naming
from generator.naming import (
    FoldedNames,
    argument_name,
    ascii_words,
    class_name,
    field_name,
    method_name,
    module_name,
    pascal_case,
    pointer_token,
    resource_name,
    singular,
    snake_case,
    unique,
)

# --- words ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, words",
    [
        ("userID", ["user", "ID"]),
        ("HTTPServer", ["HTTP", "Server"]),
        ("getHTTPResponse", ["get", "HTTP", "Response"]),
        ("X-Request-ID", ["X", "Request", "ID"]),
        ("a.b c/d", ["a", "b", "c", "d"]),
        ("Name42x", ["Name42x"]),
    ],
)
def test_words_split_at_case_changes_and_at_every_non_alphanumeric_character(text: str, words: list[str]) -> None:
    assert ascii_words(text) == words


def test_accented_letters_are_transliterated_and_other_non_ascii_text_dropped() -> None:
    assert ascii_words("café crème") == ["cafe", "creme"]
    assert ascii_words("日本") == []


@pytest.mark.parametrize(
    "text, snake, pascal",
    [
        ("userID", "user_id", "UserID"),
        ("getHTTPResponse", "get_http_response", "GetHTTPResponse"),
        ("X-Request-ID", "x_request_id", "XRequestID"),
        ("naïve-name", "naive_name", "NaiveName"),
        ("already_snake", "already_snake", "AlreadySnake"),
        ("---", "", ""),
    ],
)
def test_snake_and_pascal_case_join_the_same_words(text: str, snake: str, pascal: str) -> None:
    assert snake_case(text) == snake
    assert pascal_case(text) == pascal


# --- fields ---------------------------------------------------------------------------------------


def test_a_field_keeps_a_property_name_that_is_already_a_python_identifier() -> None:
    assert field_name("userID") == "userID"
    assert field_name("created_at") == "created_at"


def test_a_field_snake_cases_a_property_name_that_is_no_identifier() -> None:
    assert field_name("X-Request-ID") == "x_request_id"
    assert field_name("a.b") == "a_b"


def test_a_field_named_with_a_leading_underscore_loses_it() -> None:
    # pydantic treats `_x` attributes as private, so the field would never be filled.
    assert field_name("_private") == "private"


@pytest.mark.parametrize("api_name", ["class", "from", "import", "None", "True"])
def test_a_field_named_like_a_keyword_gets_a_trailing_underscore(api_name: str) -> None:
    assert keyword.iskeyword(api_name)
    assert field_name(api_name) == api_name + "_"


@pytest.mark.parametrize("api_name", ["json", "copy", "model_dump", "schema", "model_config", "List", "Optional"])
def test_a_field_named_like_a_pydantic_attribute_or_an_imported_name_gets_a_trailing_underscore(
    api_name: str,
) -> None:
    assert api_name in naming.MODEL_RESERVED
    assert field_name(api_name) == api_name + "_"


def test_a_field_starting_with_a_digit_is_prefixed_with_field() -> None:
    assert field_name("2fa") == "field_2fa"


def test_a_field_whose_name_has_no_ascii_word_is_called_field() -> None:
    assert field_name("---") == "field"
    assert field_name("") == "field"


def test_a_field_may_be_named_like_a_client_method() -> None:
    # Fields live on models, not on the client: `with_options` is free there.
    assert field_name("with_options") == "with_options"


# --- arguments, methods, resources ----------------------------------------------------------------


def test_arguments_are_snake_case() -> None:
    assert argument_name("pageSize") == "page_size"
    assert argument_name("X-Tenant-Id") == "x_tenant_id"


@pytest.mark.parametrize("api_name", ["self", "options", "extra_headers", "timeout", "cls", "cast"])
def test_an_argument_named_like_one_the_generated_method_uses_gets_a_trailing_underscore(api_name: str) -> None:
    assert argument_name(api_name) == api_name + "_"


@pytest.mark.parametrize("api_name", ["List", "dict", "httpx", "datetime", "str"])
def test_an_argument_whose_snake_case_is_a_module_level_name_gets_a_trailing_underscore(api_name: str) -> None:
    assert argument_name(api_name) == snake_case(api_name) + "_"


def test_an_argument_is_checked_against_reserved_names_after_snake_casing() -> None:
    # `Optional` is imported by the module, but the argument is `optional`, which is free.
    assert argument_name("Optional") == "optional"


def test_an_argument_starting_with_a_digit_is_prefixed_with_param() -> None:
    assert argument_name("1st") == "param_1st"
    assert argument_name("!!") == "param"


@pytest.mark.parametrize("text", ["with_options", "copy", "close", "with_raw_response", "deprecated", "timeout"])
def test_a_method_named_like_a_client_or_resource_attribute_gets_a_trailing_underscore(text: str) -> None:
    assert method_name(text) == text + "_"


@pytest.mark.parametrize("verb", sorted(naming.HTTP_VERB_METHODS))
def test_resource_methods_may_be_http_verbs_but_resources_may_not(verb: str) -> None:
    # `client.pets.delete(...)` is what users expect; `client.delete` is the client's own method.
    assert method_name(verb) == verb
    assert resource_name(verb) == verb + "_"


def test_methods_and_resources_starting_with_a_digit_get_a_word_before_them() -> None:
    assert method_name("2step") == "call_2step"
    assert resource_name("3d") == "api_3d"
    assert method_name("") == "call"
    assert resource_name("") == "api"


# --- classes and modules --------------------------------------------------------------------------


def test_classes_are_pascal_case() -> None:
    assert class_name("user-profile") == "UserProfile"
    assert class_name("tracer_session") == "TracerSession"


@pytest.mark.parametrize("text", ["List", "BaseModel", "Client", "NotGiven", "Stream"])
def test_a_class_named_like_a_module_level_name_gets_a_trailing_underscore(text: str) -> None:
    assert text in naming.MODULE_RESERVED
    assert class_name(text) == text + "_"


def test_a_class_starting_with_a_digit_is_prefixed_with_model() -> None:
    assert class_name("2fa") == "Model2fa"
    assert class_name("") == "Model"


def test_a_class_named_like_a_python_keyword_in_lower_case_is_no_keyword_in_pascal_case() -> None:
    assert class_name("class") == "Class"
    assert class_name("none") == "None_"  # `None` is a keyword and a reserved module-level name


def test_modules_are_snake_case() -> None:
    assert module_name("UserProfile") == "user_profile"
    assert module_name("2fa") == "module_2fa"


@pytest.mark.parametrize("device", ["con", "prn", "aux", "nul", "com1", "lpt9"])
def test_a_module_named_like_a_windows_device_gets_a_trailing_underscore(device: str) -> None:
    assert module_name(device) == device + "_"


def test_a_module_name_is_cut_to_the_file_name_limit_without_a_trailing_underscore() -> None:
    assert module_name("x" * 100) == "x" * naming.MAX_MODULE_NAME
    assert module_name("a" * 63 + "_b") == "a" * 63


def test_a_module_named_like_a_keyword_gets_a_trailing_underscore() -> None:
    assert module_name("class") == "class_"


# --- uniqueness -----------------------------------------------------------------------------------


def test_unique_adds_a_numeric_suffix_from_two_on_and_records_what_it_gives() -> None:
    taken: set[str] = set()
    assert [unique("Foo", taken) for _ in range(3)] == ["Foo", "Foo2", "Foo3"]
    assert taken == {"Foo", "Foo2", "Foo3"}


def test_unique_joins_the_suffix_with_an_underscore_unless_the_name_is_a_class_name_ending_in_a_letter() -> None:
    assert unique("foo", {"foo"}) == "foo_2"
    assert unique("foo1", {"foo1"}) == "foo1_2"
    assert unique("Foo_", {"Foo_"}) == "Foo__2"


def test_folded_names_must_differ_by_more_than_case() -> None:
    taken = FoldedNames(["Users"])
    assert unique("users", taken) == "users_2"
    assert unique("USERS", taken) == "USERS2"
    assert unique("accounts", taken) == "accounts"


def test_a_plain_set_only_refuses_the_exact_name() -> None:
    assert unique("users", {"Users"}) == "users"


# --- singulars ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "plural, single",
    [
        ("events", "event"),
        ("Categories", "Category"),
        ("boxes", "box"),
        ("dishes", "dish"),
        ("glasses", "glass"),
        ("statuses", "status"),
        ("aliases", "alias"),
        ("children", "child"),
        ("PEOPLE", "PERSON"),
        ("indices", "index"),
        ("sub_children", "sub_child"),
    ],
)
def test_singular_of_regular_and_irregular_plurals(plural: str, single: str) -> None:
    assert singular(plural) == single


@pytest.mark.parametrize("word", ["status", "bus", "analysis", "data", "glass", "s", "item"])
def test_singular_leaves_words_that_are_no_plural_alone(word: str) -> None:
    assert singular(word) == word


def test_pointer_token_is_the_unescaped_last_token() -> None:
    assert pointer_token("/components/schemas/a~1b~0c") == "a/b~c"
    assert pointer_token("/components/schemas/Pet") == "Pet"
