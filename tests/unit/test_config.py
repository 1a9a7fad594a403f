"""The config (generator/config.py, README "Config"): each key read from a small YAML or TOML text,
each mistake refused with the key it is about and where it is written, and what each key changes
in the IR of a small document.

Where the config is searched for (--config, ./pyproject.toml, ./spec/config.yaml) is tested in
tests/test_config.py; here only what one file says.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from generator.errors import InvalidInput, UnreadableInput
from generator.ir import ModelRef
from tests.unit.documents import operation, ref, spec
from tests.unit.harness import BuildIR, Config, load_config_text


def read(tmp_path: Path, text: str, name: str = "config.yaml") -> Config:
    return load_config_text(tmp_path, textwrap.dedent(text), name)


def refusal(tmp_path: Path, text: str, name: str = "config.yaml") -> InvalidInput:
    with pytest.raises(InvalidInput) as caught:
        read(tmp_path, text, name)
    return caught.value


# --- reading --------------------------------------------------------------------------------------


def test_an_empty_file_is_the_default_config(tmp_path: Path) -> None:
    config = read(tmp_path, "")
    assert config == Config()
    assert config.package is None and config.models == () and config.resources == ()
    assert config.project_files is True


def test_empty_sections_mean_empty_mappings(tmp_path: Path) -> None:
    config = read(tmp_path, "models:\nresources:\nclient:\n")
    assert config.models == () and config.resources == () and config.api_key_env is None


def test_every_key_is_read_from_yaml(tmp_path: Path) -> None:
    config = read(
        tmp_path,
        """\
        package: tiny_client
        version: "2.0b1"
        project_files: false
        models: {Thing: "#/components/schemas/Thing"}
        client: {api_key_env: TINY_KEY, base_url_env: TINY_URL, default_base_url: "https://tiny.example"}
        resources: {things: {listThings: list}}
        """,
    )
    assert config.package == "tiny_client"
    assert config.version == "2.0b1"
    assert config.project_files is False
    assert config.models == (("Thing", "#/components/schemas/Thing"),)
    assert (config.api_key_env, config.base_url_env, config.default_base_url) == (
        "TINY_KEY",
        "TINY_URL",
        "https://tiny.example",
    )
    assert config.resources == (("things", "listThings", "list"),)


def test_the_same_keys_are_read_from_a_toml_table(tmp_path: Path) -> None:
    config = read(
        tmp_path,
        """\
        [tool.openapi-client-generator]
        package = "tiny_client"

        [tool.openapi-client-generator.models]
        Thing = "#/components/schemas/Thing"

        [tool.openapi-client-generator.resources.things]
        listThings = "list"
        """,
        name="settings.toml",
    )
    assert config.package == "tiny_client"
    assert config.models == (("Thing", "#/components/schemas/Thing"),)
    assert config.resources == (("things", "listThings", "list"),)


def test_spec_and_output_are_relative_to_the_config_file_folder(tmp_path: Path) -> None:
    config = read(tmp_path, "spec: api/openapi.yaml\noutput: ../out\n")
    assert config.spec == tmp_path / "api" / "openapi.yaml"
    assert config.output == tmp_path.parent / "out"


def test_models_keep_the_order_they_are_written_in(tmp_path: Path) -> None:
    config = read(tmp_path, 'models:\n  Zeta: "#/components/schemas/Z"\n  Alpha: "#/components/schemas/A"\n')
    assert [name for name, _ in config.models] == ["Zeta", "Alpha"]


def test_method_for_finds_the_configured_resource_and_method_of_an_operation_id(tmp_path: Path) -> None:
    config = read(tmp_path, "resources:\n  runs: {queryRuns: query, createRun: create}\n")
    assert config.method_for("createRun") == ("runs", "create")
    assert config.method_for("deleteRun") is None


def test_invalid_yaml_is_unreadable_and_points_at_the_problem(tmp_path: Path) -> None:
    with pytest.raises(UnreadableInput) as caught:
        read(tmp_path, "package: [unclosed\n")
    assert "invalid YAML" in caught.value.message
    assert caught.value.location is not None and caught.value.location.line >= 1


def test_a_toml_file_without_our_table_is_refused(tmp_path: Path) -> None:
    error = refusal(tmp_path, "[project]\nname = 'x'\n", name="other.toml")
    assert "[tool.openapi-client-generator]" in error.message


# --- mistakes -------------------------------------------------------------------------------------


def test_the_top_level_must_be_a_mapping(tmp_path: Path) -> None:
    assert "mapping at the top level" in refusal(tmp_path, "- a\n- b\n").message


def test_an_unknown_key_is_named_with_a_suggestion_and_its_line(tmp_path: Path) -> None:
    error = refusal(tmp_path, "package: x\npackges: y\n")
    assert "unknown key 'packges'" in error.message
    assert "did you mean 'package'?" in error.message
    assert error.location is not None and (error.location.line, error.location.column) == (2, 1)


def test_an_unknown_client_key_is_named_with_its_section(tmp_path: Path) -> None:
    error = refusal(tmp_path, "client:\n  api_key: X\n")
    assert "client: unknown key 'api_key'" in error.message
    assert error.location is not None and error.location.line == 2


@pytest.mark.parametrize("value", ["my-client", "2client", "[a]", "clïent"])
def test_the_package_must_be_an_ascii_python_identifier(tmp_path: Path, value: str) -> None:
    assert "package must be a Python identifier" in refusal(tmp_path, f"package: {value}\n").message


@pytest.mark.parametrize("name", ["thing", "My-Thing", "Thïng"])
def test_a_model_name_must_be_a_pascal_case_ascii_identifier(tmp_path: Path, name: str) -> None:
    error = refusal(tmp_path, f'models:\n  {name}: "#/components/schemas/Thing"\n')
    assert "must be a PascalCase Python identifier" in error.message


def test_a_model_reference_must_be_a_local_pointer(tmp_path: Path) -> None:
    error = refusal(tmp_path, 'models:\n  Thing: "other.yaml#/components/schemas/Thing"\n')
    assert "must be a local JSON pointer starting with '#/'" in error.message
    assert error.location is not None and error.location.line == 2


def test_models_must_be_a_mapping_of_strings(tmp_path: Path) -> None:
    assert "models must map class names" in refusal(tmp_path, "models: [Thing]\n").message


@pytest.mark.parametrize("method", ["with_options", "close", "copy"])
def test_a_configured_method_may_not_take_a_name_of_the_client_itself(tmp_path: Path, method: str) -> None:
    error = refusal(tmp_path, f"resources:\n  runs: {{listRuns: {method}}}\n")
    assert f"method name {method!r} is taken by the client itself" in error.message


@pytest.mark.parametrize("method", ["class", "list-all", "2go"])
def test_a_configured_method_must_be_an_identifier_and_no_keyword(tmp_path: Path, method: str) -> None:
    error = refusal(tmp_path, f"resources:\n  runs: {{listRuns: '{method}'}}\n")
    assert "is not an identifier" in error.message


def test_a_resource_must_map_operation_ids_to_methods(tmp_path: Path) -> None:
    assert "resources.runs must map operationIds" in refusal(tmp_path, "resources:\n  runs: [listRuns]\n").message


def test_a_client_value_must_be_a_string(tmp_path: Path) -> None:
    assert "client.api_key_env must be a string" in refusal(tmp_path, "client: {api_key_env: 3}\n").message


def test_an_unquoted_version_number_is_refused_because_yaml_made_it_a_float(tmp_path: Path) -> None:
    assert "version must be a string; quote it" in refusal(tmp_path, "version: 1.10\n").message


def test_a_version_must_be_written_in_canonical_pep_440_form(tmp_path: Path) -> None:
    error = refusal(tmp_path, 'version: "v2.0-beta1"\n')
    assert "write '2.0b1'" in error.message


def test_project_files_must_be_a_boolean(tmp_path: Path) -> None:
    assert "project_files must be true or false" in refusal(tmp_path, 'project_files: "no"\n').message


# --- what the keys change in the IR ---------------------------------------------------------------


def tiny_spec() -> dict[str, object]:
    return spec(
        {
            "Thing": {
                "type": "object",
                "properties": {"part": {"type": "object", "properties": {"a": {"type": "string"}}}},
            }
        },
        {"/things": {"get": operation("listThings"), "post": operation("makeThing")}},
    )


def test_the_package_name_comes_from_the_config(build_ir: BuildIR) -> None:
    assert build_ir(tiny_spec(), Config(package="mine")).package.name == "mine"


def test_without_a_package_the_name_is_the_title_in_snake_case_plus_client(build_ir: BuildIR) -> None:
    document = tiny_spec()
    document["info"] = {"title": "Lang-Smith API", "version": "1"}
    assert build_ir(document).package.name == "lang_smith_api_client"


def test_a_title_without_ascii_words_gives_api_client(build_ir: BuildIR) -> None:
    document = tiny_spec()
    document["info"] = {"title": "日本", "version": "1"}
    assert build_ir(document).package.name == "api_client"


def test_client_environment_variables_default_to_the_title_prefix(build_ir: BuildIR) -> None:
    client = build_ir(tiny_spec()).package.client
    assert (client.base_url_env, client.log_env, client.error_class) == ("UNIT_BASE_URL", "UNIT_LOG", "UnitError")


def test_client_settings_from_the_config_replace_the_derived_ones(build_ir: BuildIR) -> None:
    config = Config(base_url_env="MY_URL", default_base_url="https://x.example")
    client = build_ir(tiny_spec(), config).package.client
    assert (client.base_url_env, client.default_base_url) == ("MY_URL", "https://x.example")


def test_the_default_base_url_is_the_first_absolute_server_url_with_its_variables_filled(build_ir: BuildIR) -> None:
    document = tiny_spec()
    document["servers"] = [
        {"url": "/relative"},
        {"url": "https://{region}.example/v1", "variables": {"region": {"default": "eu"}}},
    ]
    assert build_ir(document).package.client.default_base_url == "https://eu.example/v1"


def test_a_configured_method_puts_the_operation_on_the_configured_resource(build_ir: BuildIR) -> None:
    config = Config(resources=(("catalogue", "listThings", "browse"),))
    built = build_ir(tiny_spec(), config)
    assert built.methods() == {"catalogue.browse": ("get", "/things"), "things.make": ("post", "/things")}


def test_a_configured_resource_name_goes_through_the_naming_rules(build_ir: BuildIR) -> None:
    config = Config(resources=(("Odd Name", "listThings", "go"),))
    resource = build_ir(tiny_spec(), config).resource("odd_name")
    assert resource.class_name == "OddName"
    assert [op.name for op in resource.operations] == ["go"]


def test_a_listed_model_takes_its_public_name_and_module(build_ir: BuildIR) -> None:
    built = build_ir(tiny_spec(), Config(models=(("PublicThing", "#/components/schemas/Thing"),)))
    assert built.classes() == {"PublicThing": "types.public_thing", "Part": "types.public_thing"}


def test_a_listed_model_that_is_not_in_the_spec_is_an_error_naming_it(build_ir: BuildIR) -> None:
    with pytest.raises(InvalidInput) as caught:
        build_ir(tiny_spec(), Config(models=(("Ghost", "#/components/schemas/Ghost"),)))
    assert "model Ghost refers to '#/components/schemas/Ghost', which is not in the spec" in caught.value.message


def test_every_listed_model_has_its_own_public_module(build_ir: BuildIR) -> None:
    document = spec(
        {
            "Session": {"type": "object", "properties": {"id": {"type": "string"}}},
            "Run": {"type": "object", "properties": {"session": ref("Session")}},
        }
    )
    config = Config(models=(("TracerSession", "#/components/schemas/Session"), ("Run", "#/components/schemas/Run")))
    built = build_ir(document, config)
    assert built.classes() == {"TracerSession": "types.tracer_session", "Run": "types.run"}
    assert built.field("Run", "session").type == ModelRef("types.tracer_session", "TracerSession")


def test_a_listed_model_used_by_an_earlier_listed_model_is_built_once(build_ir: BuildIR) -> None:
    document = spec(
        {
            "Session": {"type": "object", "properties": {"id": {"type": "string"}}},
            "Run": {"type": "object", "properties": {"session": ref("Session")}},
        }
    )
    config = Config(models=(("Run", "#/components/schemas/Run"), ("TracerSession", "#/components/schemas/Session")))
    assert build_ir(document, config).classes() == {"Run": "types.run", "TracerSession": "types.tracer_session"}
