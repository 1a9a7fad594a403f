"""The generator's configuration, defined once: keys, defaults and validation.

A config is optional. Without one every name is derived from the spec. Where it is read from, first
found wins (README "Config"): `--config FILE` (YAML, or a `.toml` file / `pyproject.toml` holding a
`[tool.openapi-client-generator]` table); the `[tool.openapi-client-generator]` table of
`./pyproject.toml`; `./spec/config.yaml` when `--spec` is not given. Keys (the same in both formats):

    package: langsmith_openapi_client        # Python package name
    spec: langsmith.yaml                     # default --spec, relative to the config file
    output: ../generated                     # default --output, relative to the config file
    version: "1.2.0"                         # the generated package's version (canonical PEP 440)
    project_files: true                      # write pyproject.toml, README.md, api.md beside the package
    models: {Run: "#/components/schemas/Run"}
    client: {api_key_env: ..., base_url_env: ..., default_base_url: ...}
    resources: {runs: {queryRuns: query}}    # resource -> operationId -> method name

The readers (`_read_yaml`, `_read_toml`) only turn a file into a mapping and note where each key is
written; `parse_config` alone knows the keys and checks them, so both formats accept the same.
"""

from __future__ import annotations

import difflib
import keyword
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

import yaml

from .errors import InvalidInput, Location, UnreadableInput
from .naming import CLIENT_RESERVED
from .versions import canonical_version

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10 only (the `tomli` dependency in pyproject.toml)
    import tomli as tomllib

DEFAULT_CONFIG_PATH = Path("spec") / "config.yaml"
PYPROJECT_PATH = Path("pyproject.toml")
# Where our table sits in a pyproject.toml, as black's and ruff's do: [tool.<name>].
TOOL_TABLE = ("tool", "openapi-client-generator")
_TOML_TABLE_NAME = "[" + ".".join(TOOL_TABLE) + "]"

_KNOWN_KEYS = ("client", "models", "output", "package", "project_files", "resources", "spec", "version")
_CLIENT_KEYS = ("api_key_env", "base_url_env", "default_base_url")

# A key's path from the top of the config ("client", "api_key_env"), and where it is written.
KeyPath = tuple[str, ...]
Places = Mapping[KeyPath, tuple[int, int]]


@dataclass(frozen=True)
class Config:
    package: str | None = None
    spec: Path | None = None
    output: Path | None = None
    # public class name -> "#/components/schemas/..." (insertion order kept)
    models: tuple[tuple[str, str], ...] = ()
    api_key_env: str | None = None
    base_url_env: str | None = None
    default_base_url: str | None = None
    # (resource attribute, operationId, method name)
    resources: tuple[tuple[str, str, str], ...] = ()
    # The generated package's version, canonical PEP 440; None: derived from the spec's info.version.
    version: str | None = None
    # False for users who vendor only the package: no pyproject.toml, README.md, api.md beside it.
    project_files: bool = True

    def method_for(self, operation_id: str) -> tuple[str, str] | None:
        for resource, op_id, method in self.resources:
            if op_id == operation_id:
                return resource, method
        return None


# --- where the config comes from -----------------------------------------------------------------


def find_config(explicit: Path | None, spec_given: bool) -> tuple[Config, Path | None]:
    """The config to use and the file it was read from (None: there is none), first found wins:
    `explicit` (--config); the table in ./pyproject.toml; ./spec/config.yaml unless a spec was given.

    A ./pyproject.toml without our table is not a config (the generator's own repository has one),
    so the search goes on; an explicit one without it is an error."""
    if explicit is not None:
        return load_config(explicit), explicit
    if PYPROJECT_PATH.is_file():
        config = load_pyproject_config(PYPROJECT_PATH)
        if config is not None:
            return config, PYPROJECT_PATH
    if not spec_given and DEFAULT_CONFIG_PATH.is_file():
        return load_config(DEFAULT_CONFIG_PATH), DEFAULT_CONFIG_PATH
    return Config(), None


def load_config(path: Path) -> Config:
    """A config file given by name: the table of a `.toml` file (pyproject.toml), else YAML."""
    if path.name == PYPROJECT_PATH.name or path.suffix.lower() == ".toml":
        config = load_pyproject_config(path)
        if config is None:
            raise InvalidInput(f"no {_TOML_TABLE_NAME} table in this file", location=Location(str(path)))
        return config
    data, places = _read_yaml(_read_text(path), str(path))
    return parse_config({} if data is None else data, path.parent, str(path), places=places)


def load_pyproject_config(path: Path) -> Config | None:
    """The config in the [tool.openapi-client-generator] table of a TOML file; None without one."""
    text = _read_text(path)
    tool = _read_toml(text, str(path)).get(TOOL_TABLE[0])
    if not isinstance(tool, dict) or TOOL_TABLE[1] not in tool:
        return None
    table = tool[TOOL_TABLE[1]]
    return parse_config(table, path.parent, str(path), places=_toml_places(text), table=_TOML_TABLE_NAME)


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise UnreadableInput(
            f"cannot read config: {exc.strerror or exc}", location=Location(str(path), 1, 1)
        ) from None
    except UnicodeDecodeError as exc:
        raise UnreadableInput(f"config is not UTF-8 text: {exc.reason}", location=Location(str(path), 1, 1)) from None


def _read_yaml(text: str, display: str) -> tuple[Any, Places]:
    """The document (as `yaml.safe_load` gives it) and where each mapping key is written: one
    parse, keeping the node tree that safe_load would throw away."""
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = Location(display, mark.line + 1, mark.column + 1) if mark else Location(display, 1, 1)
        raise UnreadableInput(f"invalid YAML in config: {getattr(exc, 'problem', exc)}", location=where) from None
    finally:
        loader.dispose()
    return data, (_yaml_places(node, ()) if node is not None else {})


def _yaml_places(node: yaml.Node, path: KeyPath) -> dict[KeyPath, tuple[int, int]]:
    places: dict[KeyPath, tuple[int, int]] = {}
    if not isinstance(node, yaml.MappingNode):
        return places
    for key_node, value_node in node.value:
        key_path = path + (str(key_node.value),)
        places.setdefault(key_path, (key_node.start_mark.line + 1, key_node.start_mark.column + 1))
        for inner, place in _yaml_places(value_node, key_path).items():
            places.setdefault(inner, place)
    return places


# tomllib ends its messages with the place: "Invalid value (at line 3, column 9)".
_TOML_ERROR_PLACE = re.compile(r"\s*\(at (?:line (?P<line>\d+), column (?P<column>\d+)|end of document)\)$")


def _read_toml(text: str, display: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        place = _TOML_ERROR_PLACE.search(message)
        if place is None:
            line, column = 1, 1
        elif place["line"]:
            line, column = int(place["line"]), int(place["column"])
        else:  # "at end of document": the place after the last character
            last = text.split("\n")
            line, column = len(last), len(last[-1]) + 1
        problem = _TOML_ERROR_PLACE.sub("", message)
        raise UnreadableInput(f"invalid TOML: {problem}", location=Location(display, line, column)) from None


_TOML_KEY = r"""(?:[A-Za-z0-9_-]+|"(?:[^"\\]|\\.)*"|'[^']*')"""
_TOML_DOTTED_KEY = rf"{_TOML_KEY}(?:\s*\.\s*{_TOML_KEY})*"
_TOML_HEADER = re.compile(rf"\s*\[\[?\s*(?P<key>{_TOML_DOTTED_KEY})\s*\]")
_TOML_ASSIGNMENT = re.compile(rf"\s*(?P<key>{_TOML_DOTTED_KEY})\s*=")


def _toml_places(text: str) -> dict[KeyPath, tuple[int, int]]:
    """Where each key under our table is written, for error locations: the line of a table header
    (`[tool.openapi-client-generator.client]`) or of a `key = value`. tomllib keeps no positions,
    so this scans lines; a multi-line string that looks like a key can mislead it, which costs no
    more than a less precise location."""
    places: dict[KeyPath, tuple[int, int]] = {}
    table: KeyPath = ()
    for number, line in enumerate(text.split("\n"), start=1):
        header = _TOML_HEADER.match(line)
        assignment = None if header else _TOML_ASSIGNMENT.match(line)
        if header:
            table = path = _toml_key_path(header["key"])
        elif assignment:
            path = table + _toml_key_path(assignment["key"])
        else:
            continue
        if path[: len(TOOL_TABLE)] != TOOL_TABLE:
            continue
        column = len(line) - len(line.lstrip()) + 1
        # A dotted key (`client.api_key_env = ...`) also places the tables it opens.
        for depth in range(len(TOOL_TABLE), len(path) + 1):
            places.setdefault(path[len(TOOL_TABLE) : depth], (number, column))
    return places


def _toml_key_path(dotted: str) -> KeyPath:
    return tuple(part[1:-1] if part[:1] in "\"'" else part for part in re.findall(_TOML_KEY, dotted))


# --- the keys: defined and checked here only ------------------------------------------------------


@dataclass(frozen=True)
class _Origin:
    """Where a config mapping came from, so that an error names the file, the key and its line."""

    display: str
    table: str  # how the file names the config's top level: "config", "[tool.openapi-client-generator]"
    places: Places

    def error(self, message: str, *path: object) -> InvalidInput:
        return InvalidInput(f"{self.table}: {message}", location=self.location(tuple(str(p) for p in path)))

    def location(self, path: KeyPath) -> Location:
        # A key we cannot place (a TOML inline table's) is shown at the nearest enclosing one.
        while path and path not in self.places:
            path = path[:-1]
        line, column = self.places.get(path, (1, 1))
        return Location(self.display, line, column)


def parse_config(data: Any, base: Path, display: str, *, places: Places | None = None, table: str = "config") -> Config:
    """Check a config mapping and turn it into a Config; `spec` and `output` are relative to `base`.

    `places` maps key paths to (line, column) for error locations; `table` is how the file names
    the mapping in messages."""
    origin = _Origin(display, table, places or {})
    if not isinstance(data, dict):
        raise origin.error("expected a mapping at the top level")
    _check_keys(data, _KNOWN_KEYS, (), origin)
    client = _mapping(data, "client")
    if not isinstance(client, dict):
        raise origin.error(f"client must be a mapping (keys: {', '.join(_CLIENT_KEYS)})", "client")
    _check_keys(client, _CLIENT_KEYS, ("client",), origin)
    return Config(
        package=_package(data.get("package"), origin),
        spec=_relative_path(data, "spec", base, origin),
        output=_relative_path(data, "output", base, origin),
        models=_models(_mapping(data, "models"), origin),
        api_key_env=_optional_str(client, "api_key_env", origin),
        base_url_env=_optional_str(client, "base_url_env", origin),
        default_base_url=_optional_str(client, "default_base_url", origin),
        resources=_resources(_mapping(data, "resources"), origin),
        version=_version(data.get("version"), origin),
        project_files=_project_files(data.get("project_files", True), origin),
    )


def _check_keys(mapping: dict[Any, Any], known: tuple[str, ...], path: KeyPath, origin: _Origin) -> None:
    """Refuse keys we do not know (a typo would otherwise be ignored without a word), naming them
    and pointing at the first one."""
    unknown = [key for key in mapping if key not in known]
    if not unknown:
        return
    where = f"{'.'.join(path)}: " if path else ""
    names = ", ".join(repr(key) for key in unknown)
    noun = "key" if len(unknown) == 1 else "keys"
    close = difflib.get_close_matches(str(unknown[0]), known, n=1)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    message = f"{where}unknown {noun} {names} (known keys: {', '.join(known)}){hint}"
    raise origin.error(message, *path, unknown[0])


def _mapping(data: dict[str, Any], key: str) -> Any:
    """`data[key]`, with an absent or empty (`key:` in YAML) value meaning an empty mapping."""
    value = data.get(key)
    return {} if value is None else value


def _package(value: Any, origin: _Origin) -> str | None:
    if value is not None and (not isinstance(value, str) or not value.isidentifier() or not value.isascii()):
        raise origin.error(f"package must be a Python identifier, got {value!r}", "package")
    return value


def _relative_path(data: dict[str, Any], key: str, base: Path, origin: _Origin) -> Path | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise origin.error(f"{key} must be a string (a path relative to the config file), got {value!r}", key)
    return Path(os.path.normpath(base / value))


def _models(models: Any, origin: _Origin) -> tuple[tuple[str, str], ...]:
    if not isinstance(models, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in models.items()):
        raise origin.error("models must map class names to '#/components/schemas/...' references", "models")
    for name, ref in models.items():
        if not name.isidentifier() or not name[:1].isupper() or not name.isascii():
            raise origin.error(f"model name {name!r} must be a PascalCase Python identifier", "models", name)
        if not ref.startswith("#/"):
            raise origin.error(
                f"model {name}: reference {ref!r} must be a local JSON pointer starting with '#/'", "models", name
            )
    return tuple(models.items())


def _resources(resources: Any, origin: _Origin) -> tuple[tuple[str, str, str], ...]:
    if not isinstance(resources, dict):
        raise origin.error("resources must map resource names to {operationId: method}", "resources")
    triples: list[tuple[str, str, str]] = []
    for resource, methods in resources.items():
        if not isinstance(methods, dict):
            raise origin.error(f"resources.{resource} must map operationIds to method names", "resources", resource)
        for op_id, method in methods.items():
            where = ("resources", resource, op_id)
            if isinstance(method, str) and method in CLIENT_RESERVED:
                raise origin.error(
                    f"resources.{resource}.{op_id}: method name {method!r} is taken by the client itself", *where
                )
            if not isinstance(method, str) or not method.isidentifier() or keyword.iskeyword(method):
                raise origin.error(f"resources.{resource}.{op_id}: method name {method!r} is not an identifier", *where)
            triples.append((str(resource), str(op_id), method))
    return tuple(triples)


def _optional_str(client: dict[str, Any], key: str, origin: _Origin) -> str | None:
    value = client.get(key)
    if value is not None and not isinstance(value, str):
        raise origin.error(f"client.{key} must be a string", "client", key)
    return value


def _version(value: Any, origin: _Origin) -> str | None:
    """The version as written, which must already be canonical: it is written into `_version.py`
    and the project's pyproject.toml, and a user should find there what they wrote."""
    if value is None:
        return None
    if not isinstance(value, str):
        # YAML and TOML read `1.0` as a number, which has lost its spelling ("1.10" -> 1.1).
        raise origin.error(f"version must be a string; quote it (got {value!r})", "version")
    canonical = canonical_version(value)
    if canonical is None:
        raise origin.error(f"version {value!r} is not a PEP 440 version", "version")
    if canonical != value:
        raise origin.error(f"version {value!r} is not in canonical PEP 440 form; write {canonical!r}", "version")
    return value


def _project_files(value: Any, origin: _Origin) -> bool:
    if not isinstance(value, bool):
        raise origin.error(f"project_files must be true or false, got {value!r}", "project_files")
    return value
