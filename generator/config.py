"""The generator's configuration, defined once: keys, defaults and validation.

A config is optional. Without one every name is derived from the spec. Keys (README "Config"):

    package: langsmith_openapi_client        # Python package name
    spec: langsmith.yaml                     # default --spec, relative to the config file
    output: ../generated                     # default --output, relative to the config file
    models: {Run: "#/components/schemas/Run"}
    client: {api_key_env: ..., base_url_env: ..., default_base_url: ...}
    resources: {runs: {queryRuns: query}}    # resource -> operationId -> method name
"""

from __future__ import annotations

import keyword
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import InvalidInput, Location, UnreadableInput
from .naming import CLIENT_RESERVED

DEFAULT_CONFIG_PATH = Path("spec") / "config.yaml"

_KNOWN_KEYS = {"package", "spec", "output", "models", "client", "resources"}
_CLIENT_KEYS = {"api_key_env", "base_url_env", "default_base_url", "client_class"}


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
    source: str = ""
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def method_for(self, operation_id: str) -> tuple[str, str] | None:
        for resource, op_id, method in self.resources:
            if op_id == operation_id:
                return resource, method
        return None


def load_config(path: Path) -> Config:
    display = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise UnreadableInput(f"cannot read config: {exc.strerror or exc}", location=Location(display, 1, 1)) from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = Location(display, mark.line + 1, mark.column + 1) if mark else Location(display, 1, 1)
        raise UnreadableInput(f"invalid YAML in config: {getattr(exc, 'problem', exc)}", location=where) from None
    if data is None:
        data = {}
    return parse_config(data, path.parent, display)


def parse_config(data: Any, base: Path, display: str) -> Config:
    where = Location(display, 1, 1)

    def fail(message: str) -> InvalidInput:
        return InvalidInput(f"config: {message}", location=where)

    if not isinstance(data, dict):
        raise fail("expected a mapping at the top level")
    unknown = set(data) - _KNOWN_KEYS
    if unknown:
        raise fail(f"unknown key(s) {sorted(unknown)}; known keys are {sorted(_KNOWN_KEYS)}")
    package = data.get("package")
    if package is not None and (not isinstance(package, str) or not package.isidentifier() or not package.isascii()):
        raise fail(f"package must be a Python identifier, got {package!r}")
    models = data.get("models") or {}
    if not isinstance(models, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in models.items()):
        raise fail("models must map class names to '#/components/schemas/...' references")
    for name, ref in models.items():
        if not name.isidentifier() or not name[:1].isupper() or not name.isascii():
            raise fail(f"model name {name!r} must be a PascalCase Python identifier")
        if not ref.startswith("#/"):
            raise fail(f"model {name}: reference {ref!r} must be a local JSON pointer starting with '#/'")
    client = data.get("client") or {}
    if not isinstance(client, dict) or set(client) - _CLIENT_KEYS:
        raise fail(f"client must be a mapping with keys among {sorted(_CLIENT_KEYS)}")
    resources = data.get("resources") or {}
    triples: list[tuple[str, str, str]] = []
    if not isinstance(resources, dict):
        raise fail("resources must map resource names to {operationId: method}")
    for resource, methods in resources.items():
        if not isinstance(methods, dict):
            raise fail(f"resources.{resource} must map operationIds to method names")
        for op_id, method in methods.items():
            if isinstance(method, str) and method in CLIENT_RESERVED:
                raise fail(f"resources.{resource}.{op_id}: method name {method!r} is taken by the client itself")
            if not isinstance(method, str) or not method.isidentifier() or keyword.iskeyword(method):
                raise fail(f"resources.{resource}.{op_id}: method name {method!r} is not an identifier")
            triples.append((str(resource), str(op_id), method))
    return Config(
        package=package,
        spec=Path(os.path.normpath(base / data["spec"])) if isinstance(data.get("spec"), str) else None,
        output=Path(os.path.normpath(base / data["output"])) if isinstance(data.get("output"), str) else None,
        models=tuple(models.items()),
        api_key_env=_optional_str(client, "api_key_env", fail),
        base_url_env=_optional_str(client, "base_url_env", fail),
        default_base_url=_optional_str(client, "default_base_url", fail),
        resources=tuple(triples),
        source=display,
    )


def _optional_str(mapping: dict[str, Any], key: str, fail: Any) -> str | None:
    value = mapping.get(key)
    if value is not None and not isinstance(value, str):
        raise fail(f"client.{key} must be a string")
    return value
