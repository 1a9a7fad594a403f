"""openapi-spec-validator, made fast without changing one finding.

Profiled on the public LangSmith description (1 MB, 17 s of CPU before this module), the time
went to three places, each addressed here:

1. `referencing` crawled the meta-schemas again for every schema checked (3,604 crawls): each
   jsonschema validator was built with an uncrawled root. `_precrawled` builds each validator
   once, over a crawled registry (a crawl only precomputes lookups; results are unchanged).
2. Pure-Python JSON Schema validation of the document against the OpenAPI schema, and of each of
   its ~2,000 schemas against the dialect's meta-schema. A well-tested Rust implementation of
   the same JSON Schema drafts (jsonschema-rs) answers "valid?" in microseconds; only what it
   finds invalid is validated again in Python, so every message, path and order comes from the
   same Python code as before. (When jsonschema-rs is not installed everything runs in Python.)
3. The keyword walk (paths, operations, parameters, schemas) resolved every access from the
   document's root through `jsonschema_path`; `SpecPath` resolves each node once.

`fast=False` gives the plain library path; tests prove both give identical findings.

Offline: openapi-spec-validator resolves `$ref`s itself: by default it reads `file:` URLs and
fetches `http(s)://` ones, and for any scheme it has no handler for it falls back to
`urllib.urlopen` (an empty handler table therefore does NOT keep it offline). We give it a table
that claims every scheme: `file:` URLs are answered from the documents our loader already read
(inside the root document's folder, within its limits), everything else is refused. So the
validator can neither use the network nor read a file itself.
"""

from __future__ import annotations

import functools
import os
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

from jsonschema.exceptions import SchemaError
from jsonschema.validators import validator_for
from openapi_schema_validator import validators as schema_validators
from openapi_schema_validator._specifications import REGISTRY as OPENAPI_META_SCHEMAS
from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator, OpenAPIV32SpecValidator
from openapi_spec_validator.schemas import schema_v30, schema_v31, schema_v32
from openapi_spec_validator.validation import keywords
from jsonschema_path import SchemaPath
from jsonschema_path.retrievers import SchemaRetriever
from openapi_spec_validator.validation.registries import KeywordValidatorRegistry
from referencing.jsonschema import DRAFT202012

from .errors import GeneratorError
from .documents import DocumentSet
from .spec_path import SpecPath

try:  # an accelerator, never a requirement: without it everything is validated in Python
    import jsonschema_rs
except ImportError:  # pragma: no cover - jsonschema-rs is a declared dependency
    jsonschema_rs = None


def _precrawled(validator: Any) -> Any:
    """`validator` with its root resource crawled once, instead of at every anchor lookup."""
    resolver = validator._resolver
    validator._resolver = resolver._registry.crawl().resolver(base_uri=resolver._base_uri)
    return validator


# --- the Rust pre-check --------------------------------------------------------------------------


@functools.lru_cache(maxsize=None)
def _rust_registry() -> Any:
    return jsonschema_rs.Registry([(uri, OPENAPI_META_SCHEMAS.contents(uri)) for uri in OPENAPI_META_SCHEMAS])


def _rust_validator(schema: dict[str, Any], format_checker: Any = None) -> Any:
    """A jsonschema-rs validator that asserts formats exactly when and as Python would: through
    the same format checker's functions (formats only Rust knows can only make it say "invalid",
    which sends the instance to Python)."""
    if jsonschema_rs is None:
        return None
    options: dict[str, Any] = {"registry": _rust_registry(), "offline": True}
    if format_checker is not None:
        options["formats"] = {name: functools.partial(format_checker.conforms, format=name) for name in format_checker.checkers}
        options["validate_formats"] = True
    else:
        options["validate_formats"] = False
    return jsonschema_rs.validator_for(schema, **options)


def _surely_valid(rust: Any, instance: Any) -> bool:
    """True only when jsonschema-rs says the instance is valid; anything it cannot take
    (NaN, integers beyond 64 bits, ...) goes to Python."""
    if rust is None:
        return False
    try:
        return bool(rust.is_valid(instance))
    except Exception:  # noqa: BLE001 - any doubt means: ask Python
        return False


class DocumentCheck:
    """The whole document against the OpenAPI schema (openapi-spec-validator's first step).

    A valid document costs one Rust check. An invalid one is not validated whole in Python
    (2.3 s for LangSmith's): its path items, webhooks and components ("units") in which Rust
    finds no error are replaced by a placeholder reference first, so Python validates the
    skeleton and the faulty units only. This yields the same errors in the same order, provided
    the placeholder is valid wherever it stands, which Rust checks on a document made of
    placeholders only; when it is not, the whole document is validated in Python.
    """

    def __init__(self, oas_schema: Any):
        self._python = _precrawled(validator_for(oas_schema)(oas_schema))
        self._rust = _rust_validator(dict(oas_schema))

    def iter_errors(self, instance: Any) -> Iterator[Any]:
        if _surely_valid(self._rust, instance):
            return iter(())
        reduced = self._reduced(instance)
        return self._python.iter_errors(instance if reduced is None else reduced)

    def _reduced(self, instance: Any) -> Any:
        units = _units(instance)
        if self._rust is None or not units:
            return None
        try:
            errors = self._rust_errors(instance)
            only_placeholders = self._rust_errors(_with_placeholders(instance, units, keep=set()))
        except Exception:  # noqa: BLE001 - any doubt means: validate everything in Python
            return None
        unit_set = set(units)
        faulty = {unit for path, _, _ in errors for unit in _enclosing_units(path, unit_set)}
        outside = [error for error in errors if not _enclosing_units(error[0], unit_set)]
        if only_placeholders != outside:  # a placeholder is not valid where it stands
            return None
        return _with_placeholders(instance, units, keep=faulty)

    def _rust_errors(self, instance: Any) -> list[tuple[tuple[Any, ...], tuple[Any, ...], str]]:
        return [(tuple(e.instance_path), tuple(e.schema_path), e.message) for e in self._rust.iter_errors(instance)]


# A Reference Object: valid in place of any path item, webhook or component (3.0, 3.1, 3.2).
_PLACEHOLDER = {"$ref": "#/x-placeholder"}
_UNIT_CONTAINERS = (("paths",), ("webhooks",))


def _units(document: Any) -> list[tuple[str, ...]]:
    """The places of every path item, webhook and component of `document`."""
    if not isinstance(document, dict):
        return []
    containers = list(_UNIT_CONTAINERS)
    components = document.get("components")
    if isinstance(components, dict):
        containers += [("components", kind) for kind, value in components.items() if isinstance(value, dict)]
    units = []
    for container in containers:
        value = _at(document, container)
        if isinstance(value, dict):
            units += [(*container, key) for key in value]
    return units


def _enclosing_units(path: tuple[Any, ...], units: set[tuple[str, ...]]) -> list[tuple[Any, ...]]:
    """The unit at or above `path` (an error's place), if any: units are 2 or 3 keys deep."""
    return [path[:depth] for depth in (2, 3) if path[:depth] in units]


def _at(document: Any, place: tuple[str, ...]) -> Any:
    for key in place:
        document = document.get(key) if isinstance(document, dict) else None
    return document


def _with_placeholders(document: dict[str, Any], units: list[tuple[str, ...]], keep: set[tuple[Any, ...]]) -> Any:
    """A copy of `document` with every unit not in `keep` replaced by the placeholder (only
    the containers on the way are copied)."""
    copy = dict(document)
    for unit in units:
        if unit in keep:
            continue
        parent = copy
        for key in unit[:-1]:
            child = parent[key]
            if not isinstance(child, _Copied):
                child = parent[key] = _Copied(child)
            parent = child
        parent[unit[-1]] = _PLACEHOLDER
    return copy


class _Copied(dict):  # type: ignore[type-arg]
    """A container already copied by `_with_placeholders` (the original is never changed)."""


_OPENAPI_SCHEMAS = {"3.0": schema_v30, "3.1": schema_v31, "3.2": schema_v32}


@functools.lru_cache(maxsize=None)
def document_check(version: str) -> DocumentCheck:
    return DocumentCheck(_OPENAPI_SCHEMAS[version])


@functools.lru_cache(maxsize=None)
def reference_document_check(version: str) -> Any:
    """The library's own document check, always in Python (its "auto" backend would pick
    jsonschema-rs when installed, whose messages differ)."""
    schema = _OPENAPI_SCHEMAS[version]
    return validator_for(schema)(schema)


@functools.lru_cache(maxsize=None)
def _meta_check(validator_class: Any, format_checker: Any) -> Any:
    """`check_openapi_schema(validator_class, schema, format_checker)`, built once."""
    meta_schema = validator_class.META_SCHEMA
    python = _precrawled(
        validator_for(meta_schema, default=validator_class)(
            meta_schema, format_checker=format_checker, registry=OPENAPI_META_SCHEMAS
        )
    )
    rust = _rust_validator(meta_schema, format_checker)

    def check(schema: Any) -> None:
        if _surely_valid(rust, schema):
            return
        for error in python.iter_errors(schema):
            raise SchemaError.create_from(error)

    return check


def fast_schema_checker(checker: Any) -> Any:
    """The fast equivalent of a checker openapi-spec-validator chose, when we know it."""
    bound_to = getattr(checker, "func", checker)
    validator_class = getattr(bound_to, "__self__", None)
    if getattr(bound_to, "__func__", None) is not schema_validators.check_openapi_schema:
        return checker
    format_checker = getattr(checker, "keywords", {}).get("format_checker", validator_class.FORMAT_CHECKER)
    return _meta_check(validator_class, format_checker)


class IdSet(list):  # type: ignore[type-arg]
    """The "already visited" lists of openapi-spec-validator's schema walk, with set lookups
    (a list's `in` made the walk quadratic in the number of schemas)."""

    def __init__(self) -> None:
        super().__init__()
        self._ids: set[int] = set()

    def __contains__(self, item: object) -> bool:
        return item in self._ids

    def append(self, item: int) -> None:
        self._ids.add(item)
        super().append(item)


# --- building the validator ----------------------------------------------------------------------

_LIBRARY_VALIDATORS = {"3.0": OpenAPIV30SpecValidator, "3.1": OpenAPIV31SpecValidator, "3.2": OpenAPIV32SpecValidator}


def make_spec_validator(version: str, data: Any, spec_path: Any, overrides: dict[str, type], fast: bool) -> Any:
    """An openapi-spec-validator for `version` over `spec_path` (a `SchemaPath` or `SpecPath`),
    with `overrides` replacing some of its keyword validators."""
    library_class = _LIBRARY_VALIDATORS[version]
    schema_check = document_check(version) if fast else reference_document_check(version)

    class Validator(library_class):  # type: ignore[misc,valid-type]
        schema_validator = schema_check
        keyword_validators = {**library_class.keyword_validators, **overrides}

        def __init__(self) -> None:  # the library's __init__ would build a SchemaPath again
            self.base_uri = ""
            self.schema = data
            self.schema_path = spec_path
            self.keyword_validators_registry = KeywordValidatorRegistry(self.keyword_validators)

    return Validator()


def fast_schema_keyword(base: type) -> type:
    """`base` (a schema keyword validator) with the fast meta-schema check and set lookups."""

    class FastSchemaKeyword(base):  # type: ignore[misc,valid-type]
        def __init__(self, registry: Any):
            super().__init__(registry)
            self.visited_schema_ids = IdSet()
            self.meta_checked_schema_ids = IdSet()

        def _get_schema_checker(self, schema: Any, schema_value: Any) -> Any:
            return fast_schema_checker(super()._get_schema_checker(schema, schema_value))

    return FastSchemaKeyword


SCHEMA_KEYWORDS = {
    "3.0": keywords.OpenAPIV30SchemaValidator,
    "3.1": keywords.OpenAPIV31SchemaValidator,
    "3.2": keywords.OpenAPIV32SchemaValidator,
}


# --- the validator we run: offline, anchored, fast ------------------------------------------


def _anchored_value(value_check: type) -> type:
    """A `default` validator whose errors point at the default, not at the top of the document."""

    class AnchoredValue(value_check):  # type: ignore[misc,valid-type]
        def __call__(self, schema: Any, value: Any) -> Any:
            for error in super().__call__(schema, value):
                error.path = error.relative_path = deque([*schema.parts, "default", *error.relative_path])
                yield error

    return AnchoredValue


def _anchored(schema_check: type) -> type:
    """A schema keyword validator whose errors point from the document root, not the schema."""

    class Anchored(schema_check):  # type: ignore[misc,valid-type]
        def _validate_schema_meta(self, schema: Any, schema_value: Any) -> Any:
            error = super()._validate_schema_meta(schema, schema_value)
            if error is not None:
                error.path = error.relative_path = deque([*schema.parts, *error.relative_path])
            return error

    return Anchored


class OfflineHandlers(dict):  # type: ignore[type-arg]
    """URL handlers for openapi-spec-validator that claim every scheme and never leave `docs`."""

    def __init__(self, docs: DocumentSet):
        super().__init__()
        self.docs = docs
        self.refused: list[str] = []

    def __contains__(self, scheme: object) -> bool:
        return True

    def __getitem__(self, scheme: str) -> Any:
        return self._read if scheme == "file" else self._refuse

    def get(self, scheme: str, default: Any = None) -> Any:
        return self[scheme]

    def _refuse(self, uri: str) -> Any:
        self.refused.append(uri)
        raise ValueError(f"reference {uri[:200]!r} not followed: validation is offline")

    def _read(self, uri: str) -> Any:
        parts = urlsplit(uri)
        if parts.netloc not in ("", "localhost"):
            return self._refuse(uri)
        path = Path(os.path.realpath(url2pathname(unquote(parts.path))))
        if not path.is_relative_to(self.docs.folder) or not path.is_file():
            return self._refuse(uri)
        try:
            return self.docs.document_for(path).data
        except GeneratorError:
            return self._refuse(uri)


def _offline_schema(docs: DocumentSet) -> SchemaPath:
    """The root document as openapi-spec-validator reads it, with `OfflineHandlers`."""
    return SchemaPath.from_dict(docs.root.data, base_uri=docs.root.path.as_uri(), handlers=OfflineHandlers(docs))


def _fast_spec_path(docs: DocumentSet) -> SpecPath:
    """The same document for the fast walk: same resolver, same offline handlers."""
    retrieve = SchemaRetriever(OfflineHandlers(docs), DRAFT202012)
    return SpecPath.from_document(docs.root.data, docs.root.path.as_uri(), retrieve)


_SCHEMA_VALUES = {
    "3.0": keywords.OpenAPIV30ValueValidator,
    "3.1": keywords.OpenAPIV31ValueValidator,
    "3.2": keywords.OpenAPIV32ValueValidator,
}


def spec_validator(docs: DocumentSet, version: str, fast: bool = True) -> Any:
    """openapi-spec-validator for `docs`, offline, its errors anchored at the document's root."""
    schema_keyword = _anchored(SCHEMA_KEYWORDS[version])
    if fast:
        schema_keyword = fast_schema_keyword(schema_keyword)
    overrides = {"schema": schema_keyword, "default": _anchored_value(_SCHEMA_VALUES[version])}
    spec_path = _fast_spec_path(docs) if fast else _offline_schema(docs)
    return make_spec_validator(version, docs.root.data, spec_path, overrides, fast)
