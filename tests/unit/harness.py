"""How the unit layer reaches the generator: the one module that knows where loading, building and
config reading live. When a refactor moves one of them, the imports just below are the only lines
to change; the tests use `build` (through the `build_ir` fixture of conftest.py), `load_config_text`
and `Built` from here, and write their documents with tests/unit/documents.py.

`build` writes an OpenAPI document given as a Python dict to a folder as JSON, loads and builds it
in this process (no subprocess, no validator, no rendering, no black) and returns the IR `Package`
with the findings the build reported, plus lookups that keep the tests short.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Optional

# --- the generator's entry points: the only imports of the stages that are being refactored -------
from generator.config import Config, load_config
from generator.documents import DocumentSet
from generator.pipeline import build_checked

# --- stable data: the IR and the findings ---------------------------------------------------------
from generator.errors import Finding
from generator.ir import Field, Model, Operation, Package, Resource, TypeAlias, TypedDictModel, TypeModule

__all__ = ["Built", "BuildIR", "Config", "build", "load_config_text"]


def load_config_text(folder: Path, text: str, name: str = "config.yaml") -> Config:
    """The config that the file `name` holding `text` (YAML, or TOML for a `.toml` name) gives."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return load_config(path)


def build(folder: Path, document: dict[str, Any], config: Optional[Config] = None, name: str = "openapi.json") -> Built:
    """The IR of `document` (written to `folder/name` as JSON) and what the build reported."""
    path = folder / name
    path.write_text(json.dumps(document), encoding="utf-8")
    findings: list[Finding] = []
    package = build_checked(DocumentSet(path), config or Config(), findings)
    return Built(package, findings)


# `build` bound to a test's folder: the type of conftest.py's `build_ir` fixture.
BuildIR = Callable[..., "Built"]


# --- the built package ----------------------------------------------------------------------------


@dataclass
class Built:
    package: Package
    findings: list[Finding]

    # types

    def type_module(self, dotted: str) -> TypeModule:
        """The module "types.<name>" (KeyError naming the modules there are)."""
        modules = {m.module: m for m in self.package.type_modules}
        if dotted not in modules:
            raise KeyError(f"no module {dotted!r}; there are {sorted(modules)}")
        return modules[dotted]

    @property
    def modules(self) -> list[str]:
        return [m.module for m in self.package.type_modules]

    def classes(self) -> dict[str, str]:
        """Every model, TypedDict and alias name -> the module that defines it."""
        found: dict[str, str] = {}
        for module in self.package.type_modules:
            for name in module.exports:
                found[name] = module.module
        return found

    def _named(self, name: str, kind: type) -> Any:
        for module in self.package.type_modules:
            for item in (*module.models, *module.aliases, *module.typed_dicts):
                if item.name == name and isinstance(item, kind):
                    return item
        raise KeyError(f"no {kind.__name__} {name!r}; there are {sorted(self.classes())}")

    def model(self, name: str) -> Model:
        return self._named(name, Model)  # type: ignore[no-any-return]

    def typed_dict(self, name: str) -> TypedDictModel:
        return self._named(name, TypedDictModel)  # type: ignore[no-any-return]

    def alias(self, name: str) -> TypeAlias:
        return self._named(name, TypeAlias)  # type: ignore[no-any-return]

    def field(self, class_name: str, api_name: str) -> Field:
        """The field sent/received as `api_name` of the model or TypedDict `class_name`."""
        owner = self.model(class_name) if class_name in self._model_names() else self.typed_dict(class_name)
        for item in owner.fields:
            if item.api_name == api_name:
                return item
        raise KeyError(f"{class_name} has no field {api_name!r}; it has {[f.api_name for f in owner.fields]}")

    def _model_names(self) -> set[str]:
        return {m.name for module in self.package.type_modules for m in module.models}

    # operations and resources

    def methods(self) -> dict[str, tuple[str, str]]:
        """Each method's dotted path from the client ("projects.runs.list") -> (HTTP method, path)."""
        return {dotted: (op.http_method, op.path) for dotted, op in self.package.all_operations()}

    def operation(self, dotted: str) -> Operation:
        """The operation of the method `dotted` ("projects.runs.list")."""
        found = dict(self.package.all_operations())
        if dotted not in found:
            raise KeyError(f"no method {dotted!r}; there are {sorted(found)}")
        return found[dotted]

    def only_operation(self) -> Operation:
        ((_, op),) = self.package.all_operations()
        return op

    def resource(self, dotted: str) -> Resource:
        found = dict(self.package.resources_by_path())
        if dotted not in found:
            raise KeyError(f"no resource {dotted!r}; there are {sorted(found)}")
        return found[dotted]

    # findings

    def messages(self) -> list[tuple[str, str]]:
        """(pointer, message) of every finding, in the order reported."""
        return [(f.pointer, f.message) for f in self.findings]
