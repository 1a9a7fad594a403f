"""The config: where it is read from (--config, pyproject.toml, spec/config.yaml), and that both
formats accept the same keys and refuse the same mistakes, naming the file, line and column."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from generator import cli
from generator.config import _CLIENT_KEYS, _KNOWN_KEYS, Config, find_config, load_config
from generator.errors import GeneratorError, InvalidInput, UnreadableInput

TINY_SPEC = """\
openapi: 3.1.0
info: {title: Tiny, version: 1.0.0}
paths:
  /things:
    get:
      operationId: listThings
      responses: {'200': {description: ok}}
"""

# Every key, in both formats; `test_every_key_is_tested_in_both_formats` keeps this list complete.
FULL_YAML = """\
package: tiny_client
spec: api.yaml
output: ../out
version: "2.0b1"
project_files: false
models:
  Thing: "#/components/schemas/Thing"
client:
  api_key_env: TINY_KEY
  base_url_env: TINY_URL
  default_base_url: https://tiny.example
resources:
  things:
    listThings: list
"""

FULL_TOML = """\
[project]
name = "someone-elses-project"

[tool.openapi-client-generator]
package = "tiny_client"
spec = "api.yaml"
output = "../out"
version = "2.0b1"
project_files = false

[tool.openapi-client-generator.models]
Thing = "#/components/schemas/Thing"

[tool.openapi-client-generator.client]
api_key_env = "TINY_KEY"
base_url_env = "TINY_URL"
default_base_url = "https://tiny.example"

[tool.openapi-client-generator.resources.things]
listThings = "list"
"""


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def toml_table(body: str) -> str:
    return "[tool.openapi-client-generator]\n" + textwrap.dedent(body)


def run_main(*argv: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """`python -m generator ARGV` in this process (and its current folder): exit code, stderr."""
    code = cli.main([*argv, "--no-cache"])
    return code, capsys.readouterr().err


def error_of(path: Path, kind: type[GeneratorError] = InvalidInput) -> str:
    """The one-line error `load_config(path)` stops with, as the CLI prints it."""
    with pytest.raises(kind) as caught:
        load_config(path)
    return caught.value.render()


# --- where the config is read from ---------------------------------------------------------------


def test_pyproject_table_paths_are_relative_to_its_folder(tmp_path: Path) -> None:
    pyproject = write(tmp_path / "project" / "pyproject.toml", FULL_TOML)
    config = load_config(pyproject)
    assert config.spec == tmp_path / "project" / "api.yaml"
    assert config.output == tmp_path / "out"


def test_generate_reads_the_pyproject_table_of_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "spec" / "api.yaml", TINY_SPEC)
    write(
        tmp_path / "pyproject.toml", toml_table('package = "from_pyproject"\nspec = "spec/api.yaml"\noutput = "out"\n')
    )
    monkeypatch.chdir(tmp_path)
    code, err = run_main("generate", capsys=capsys)
    assert code == 0, err
    assert (tmp_path / "out" / "from_pyproject" / "__init__.py").is_file()


def test_explicit_config_beats_the_pyproject_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "pyproject.toml", toml_table('package = "from_pyproject"\n'))
    write(tmp_path / "other.yaml", "package: from_yaml\n")
    monkeypatch.chdir(tmp_path)
    config, path = find_config(Path("other.yaml"), spec_given=False)
    assert (config.package, path) == ("from_yaml", Path("other.yaml"))


def test_pyproject_table_beats_spec_config_yaml(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "pyproject.toml", toml_table('package = "from_pyproject"\n'))
    write(tmp_path / "spec" / "config.yaml", "package: from_spec_folder\n")
    monkeypatch.chdir(tmp_path)
    for spec_given in (False, True):
        config, path = find_config(None, spec_given=spec_given)
        assert (config.package, path) == ("from_pyproject", Path("pyproject.toml"))


def test_pyproject_without_our_table_falls_through_to_spec_config_yaml(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n\n[tool.black]\nline-length = 120\n')
    write(tmp_path / "spec" / "config.yaml", "package: from_spec_folder\n")
    monkeypatch.chdir(tmp_path)
    config, path = find_config(None, spec_given=False)
    assert (config.package, path) == ("from_spec_folder", Path("spec/config.yaml"))
    # With --spec, spec/config.yaml is not used either: no config at all.
    assert find_config(None, spec_given=True) == (Config(), None)


def test_cli_passes_over_a_pyproject_without_our_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "pyproject.toml", "[tool.black]\nline-length = 120\n")
    write(tmp_path / "spec" / "config.yaml", "package: [not, a, name]\n")
    monkeypatch.chdir(tmp_path)
    code, err = run_main("generate", capsys=capsys)
    # The error comes from spec/config.yaml: the pyproject.toml was read and passed over.
    assert code == 1 and err.startswith(str(Path("spec/config.yaml")) + ":1:1: error:"), err


def test_explicit_toml_file_is_read_as_a_pyproject_table(tmp_path: Path) -> None:
    config = load_config(write(tmp_path / "generator.toml", toml_table('package = "from_toml"\n')))
    assert config.package == "from_toml"


@pytest.mark.parametrize("name", ["pyproject.toml", "settings.toml"])
def test_explicit_toml_without_our_table_is_an_error_that_says_so(tmp_path: Path, name: str) -> None:
    path = write(tmp_path / name, "[tool.ruff]\nline-length = 120\n")
    assert error_of(path) == f"{path}: error: #: no [tool.openapi-client-generator] table in this file"


# --- unreadable files: exit 2, with the place -----------------------------------------------------


def test_invalid_pyproject_in_the_current_folder_exits_2_with_line_and_column(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "pyproject.toml", '[project]\nname = "x"\nversion = = 1\n')
    monkeypatch.chdir(tmp_path)
    code, err = run_main("generate", "--spec", "api.yaml", "--output", "out", capsys=capsys)
    assert code == 2
    assert err.splitlines() == ["pyproject.toml:3:11: error: #: invalid TOML: Invalid value"]


def test_unterminated_toml_string_points_at_the_end_of_the_file(tmp_path: Path) -> None:
    path = write(tmp_path / "pyproject.toml", toml_table('package = """tiny\n'))
    assert error_of(path, UnreadableInput) == f"{path}:3:1: error: #: invalid TOML: Unterminated string"


def test_a_config_that_is_not_utf8_exits_2(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_bytes(b"package: caf\xe9\n")
    assert "config is not UTF-8 text" in error_of(path, UnreadableInput)


# --- unknown keys: named, with the file and the key's place ---------------------------------------

KNOWN = "(known keys: client, models, output, package, project_files, resources, spec, version)"
KNOWN_IN_CLIENT = "(known keys: api_key_env, base_url_env, default_base_url)"


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        (
            "config.yaml",
            "package: tiny\npackge: tiny\n",
            f":2:1: error: #: config: unknown key 'packge' {KNOWN}; did you mean 'package'?",
        ),
        (
            "config.yaml",
            "client:\n  api_key_env: K\n  api_key: K\n  colour: blue\n",
            f":3:3: error: #: config: client: unknown keys 'api_key', 'colour' {KNOWN_IN_CLIENT};"
            " did you mean 'api_key_env'?",
        ),
        (
            "pyproject.toml",
            '[project]\nname = "x"\n\n' + toml_table('package = "tiny"\n\npackge = "tiny"\n'),
            f":7:1: error: #: [tool.openapi-client-generator]: unknown key 'packge' {KNOWN};"
            " did you mean 'package'?",
        ),
        (
            "pyproject.toml",
            toml_table('package = "tiny"\n') + '\n[tool.openapi-client-generator.client]\n  colour = "blue"\n',
            f":5:3: error: #: [tool.openapi-client-generator]: client: unknown key 'colour' {KNOWN_IN_CLIENT}",
        ),
        (
            # A table opened by a dotted key, under [tool]: still found.
            "pyproject.toml",
            '[tool]\nopenapi-client-generator.client.colour = "blue"\n',
            f":2:1: error: #: [tool.openapi-client-generator]: client: unknown key 'colour' {KNOWN_IN_CLIENT}",
        ),
        (
            # Inside an inline table the key cannot be placed: the line of the table it is in.
            "pyproject.toml",
            toml_table('package = "tiny"\nclient = { api_key_env = "K", colour = "blue" }\n'),
            f":3:1: error: #: [tool.openapi-client-generator]: client: unknown key 'colour' {KNOWN_IN_CLIENT}",
        ),
    ],
)
def test_unknown_key_is_named_with_file_and_place(tmp_path: Path, name: str, text: str, expected: str) -> None:
    path = write(tmp_path / name, text)
    assert error_of(path) == f"{path}{expected}"


def test_unknown_key_through_the_cli_is_one_line_exit_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "pyproject.toml", toml_table('package = "tiny"\nspecs = "api.yaml"\n'))
    monkeypatch.chdir(tmp_path)
    code, err = run_main("generate", capsys=capsys)
    assert code == 1
    assert err.splitlines() == [
        f"pyproject.toml:3:1: error: #: [tool.openapi-client-generator]: unknown key 'specs' {KNOWN};"
        " did you mean 'spec'?"
    ]


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        (
            "config.yaml",
            "spec: api.yaml\noutput: out\nclient:\n  client_class: TinyClient\n",
            f"config.yaml:4:3: error: #: config: client: unknown key 'client_class' {KNOWN_IN_CLIENT}",
        ),
        (
            "pyproject.toml",
            toml_table(
                'spec = "api.yaml"\noutput = "out"\n[tool.openapi-client-generator.client]\nclient_class = "C"\n'
            ),
            "pyproject.toml:5:1: error: #: [tool.openapi-client-generator]: client:"
            f" unknown key 'client_class' {KNOWN_IN_CLIENT}",
        ),
    ],
)
def test_client_class_is_refused_and_nothing_is_written(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    name: str,
    text: str,
    expected: str,
) -> None:
    """`client.client_class` was once accepted and ignored: now it is an unknown key like any other."""
    write(tmp_path / "api.yaml", TINY_SPEC)
    write(tmp_path / name, text)
    monkeypatch.chdir(tmp_path)
    code, err = run_main("generate", "--config", name, capsys=capsys)
    assert (code, err.splitlines()) == (1, [expected])
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted(["api.yaml", name])


def test_other_errors_point_at_their_key_too(tmp_path: Path) -> None:
    yaml_path = write(tmp_path / "config.yaml", "package: tiny\nresources:\n  things:\n    listThings: class\n")
    assert error_of(yaml_path).startswith(f"{yaml_path}:4:5: error: #: config: resources.things.listThings:")
    toml_path = write(tmp_path / "pyproject.toml", toml_table('package = "tiny"\nspec = 3\n'))
    assert error_of(toml_path) == (
        f"{toml_path}:3:1: error: #: [tool.openapi-client-generator]:"
        " spec must be a string (a path relative to the config file), got 3"
    )


# --- the new keys ---------------------------------------------------------------------------------


@pytest.mark.parametrize("version", ["1.2.0", "2.0b1", "1!3.0.post2.dev1+local.7", "0"])
def test_canonical_version_is_kept(tmp_path: Path, version: str) -> None:
    assert load_config(write(tmp_path / "config.yaml", f'version: "{version}"\n')).version == version


def test_version_defaults_to_none(tmp_path: Path) -> None:
    assert load_config(write(tmp_path / "config.yaml", "package: tiny\n")).version is None


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ('"V1.0-Beta2"', "version 'V1.0-Beta2' is not in canonical PEP 440 form; write '1.0b2'"),
        ('"1.0.0-rc.1"', "version '1.0.0-rc.1' is not in canonical PEP 440 form; write '1.0.0rc1'"),
        ('"2023-10-16"', "version '2023-10-16' is not a PEP 440 version"),
        ('"latest"', "version 'latest' is not a PEP 440 version"),
        ("1.0", "version must be a string; quote it (got 1.0)"),
        ("3", "version must be a string; quote it (got 3)"),
    ],
)
@pytest.mark.parametrize("form", ["yaml", "toml"])
def test_bad_version_is_refused(tmp_path: Path, form: str, written: str, message: str) -> None:
    if form == "yaml":
        path, table = write(tmp_path / "config.yaml", f"package: tiny\nversion: {written}\n"), "config"
    else:
        path = write(tmp_path / "pyproject.toml", toml_table(f'package = "tiny"\nversion = {written}\n'))
        table = "[tool.openapi-client-generator]"
    line = 2 if form == "yaml" else 3
    assert error_of(path) == f"{path}:{line}:1: error: #: {table}: {message}"


@pytest.mark.parametrize(("written", "value"), [("true", True), ("false", False)])
def test_project_files_takes_a_boolean(tmp_path: Path, written: str, value: bool) -> None:
    assert (
        load_config(write(tmp_path / "pyproject.toml", toml_table(f"project_files = {written}\n"))).project_files
        is value
    )


def test_project_files_defaults_to_true(tmp_path: Path) -> None:
    assert load_config(write(tmp_path / "config.yaml", "package: tiny\n")).project_files is True


@pytest.mark.parametrize("written", ['"no"', "0", '"false"'])
def test_project_files_must_be_a_boolean(tmp_path: Path, written: str) -> None:
    path = write(tmp_path / "pyproject.toml", toml_table(f"project_files = {written}\n"))
    error = error_of(path)
    assert re.fullmatch(
        rf"{re.escape(str(path))}:2:1: error: #: .*: project_files must be true or false, got .+", error
    )


# --- one definition of the keys, two formats ------------------------------------------------------


def test_both_formats_give_the_same_config(tmp_path: Path) -> None:
    from_yaml = load_config(write(tmp_path / "spec" / "config.yaml", FULL_YAML))
    from_toml = load_config(write(tmp_path / "spec" / "pyproject.toml", FULL_TOML))
    assert from_yaml.version == "2.0b1" and from_yaml.project_files is False
    assert from_yaml.resources == (("things", "listThings", "list"),)
    assert from_yaml == from_toml


def test_every_key_is_tested_in_both_formats() -> None:
    """A key added to config.py must be added to FULL_YAML and FULL_TOML (and so be tested)."""
    for key in _KNOWN_KEYS:
        assert re.search(rf"^{key}:", FULL_YAML, re.M) and re.search(
            rf"^({key} =|\[.*\.{key}[.\]])", FULL_TOML, re.M
        ), key
    for key in _CLIENT_KEYS:
        assert f"  {key}: " in FULL_YAML and f"\n{key} = " in FULL_TOML, key
