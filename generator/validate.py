"""Stage 2: is this an OpenAPI document we can use? openapi-spec-validator plus our own checks.

openapi-spec-validator resolves `$ref`s itself: by default it reads `file:` URLs and fetches
`http(s)://` ones, and for any scheme it has no handler for it falls back to `urllib.urlopen`
(an empty handler table therefore does NOT keep it offline). We give it a table that claims every
scheme: `file:` URLs are answered from the documents our loader already read (inside the root
document's folder, within its limits), everything else is refused. So the validator can neither
use the network nor read a file itself.
"""

from __future__ import annotations

import os
import re
from collections import Counter, deque
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

from jsonschema_path import SchemaPath
from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator, OpenAPIV32SpecValidator
from openapi_spec_validator.validation import keywords

from .errors import Finding, GeneratorError, InvalidInput, Severity, join_pointer
from .load import DocumentSet, SourceDocument

VALIDATOR_SOURCE = "openapi-spec-validator"
# Our own check that every `$ref` can be followed; like the validator's findings, these do not stop
# generation unless the generator needs the reference.
REFERENCE_SOURCE = "references"


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


class _OfflineV30(OpenAPIV30SpecValidator):
    resolver_handlers: dict[str, Any] = {}
    keyword_validators = {
        **OpenAPIV30SpecValidator.keyword_validators,
        "schema": _anchored(keywords.OpenAPIV30SchemaValidator),
        "default": _anchored_value(keywords.OpenAPIV30ValueValidator),
    }


class _OfflineV32(OpenAPIV32SpecValidator):
    resolver_handlers: dict[str, Any] = {}
    keyword_validators = {
        **OpenAPIV32SpecValidator.keyword_validators,
        "schema": _anchored(keywords.OpenAPIV32SchemaValidator),
        "default": _anchored_value(keywords.OpenAPIV32ValueValidator),
    }


class _OfflineV31(OpenAPIV31SpecValidator):
    resolver_handlers: dict[str, Any] = {}
    keyword_validators = {
        **OpenAPIV31SpecValidator.keyword_validators,
        "schema": _anchored(keywords.OpenAPIV31SchemaValidator),
        "default": _anchored_value(keywords.OpenAPIV31ValueValidator),
    }


_UNRESOLVED_PARAM = re.compile(r"Path parameter '(?P<name>[^']*)' for '(?P<method>\w+)' operation in '(?P<path>[^']*)'")
_DOES_NOT_MATCH = re.compile(r"^'(?P<key>[^']*)' does not match")
_REQUIRED = re.compile(r"^'(?P<key>[^']*)' is a required property")


def openapi_version(doc: SourceDocument) -> str:
    """'3.0', '3.1' or '3.2'; anything else is a clear error (exit code 1)."""
    data = doc.data
    if not isinstance(data, dict):
        raise InvalidInput("not an OpenAPI document: the top level is not a mapping", location=doc.locate(""))
    if "swagger" in data:
        raise InvalidInput(
            f"Swagger {data.get('swagger')} is not supported, only OpenAPI 3.0 and 3.1; convert the "
            "document first (for example with swagger2openapi) and generate from the result",
            pointer="/swagger",
            location=doc.locate("/swagger"),
        )
    version = data.get("openapi")
    if not isinstance(version, str):
        raise InvalidInput("not an OpenAPI document: no 'openapi' version field", location=doc.locate(""))
    for supported in ("3.0", "3.1", "3.2"):
        if version == supported or version.startswith(supported + "."):
            return supported
    raise InvalidInput(
        f"OpenAPI version {version!r} is not supported (3.0.x, 3.1.x and 3.2.x are)",
        pointer="/openapi",
        location=doc.locate("/openapi"),
    )


def validate_document(docs: DocumentSet) -> list[Finding]:
    """Every problem found, each with its severity, pointer and source position."""
    root = docs.root
    version = openapi_version(root)
    validator_class = {"3.0": _OfflineV30, "3.1": _OfflineV31, "3.2": _OfflineV32}[version]
    findings: list[Finding] = []
    try:
        errors = list(validator_class(_offline_schema(docs)).iter_errors())
    except RecursionError:
        errors = []
        findings.append(
            Finding(
                Severity.WARNING,
                "",
                "schema too deeply nested for openapi-spec-validator; its checks were skipped",
                source=VALIDATOR_SOURCE,
            )
        )
    except Exception as exc:  # the validator can fail on refs it may not follow
        errors = []
        findings.append(
            Finding(
                Severity.WARNING,
                "",
                f"openapi-spec-validator stopped early: {_first_line(exc)}",
                source=VALIDATOR_SOURCE,
            )
        )
    for error in errors:
        findings.append(Finding(Severity.ERROR, _pointer_of(error), _first_line(error), source=VALIDATOR_SOURCE))
    broken = _reference_findings(docs)
    if broken:  # the validator gives up at the first of them; ours say where each one is
        findings = [f for f in findings if "stopped early" not in f.message]
    findings.extend(broken)
    findings.extend(_own_checks(root.data))
    return [f.at(root.locate(f.pointer)) if f.location is None else f for f in findings]


def _reference_findings(docs: DocumentSet) -> list[Finding]:
    """Every `$ref` of every file that cannot be followed (dangling, no such file, not a pointer)."""
    return [
        Finding(Severity.ERROR, error.pointer, error.message, error.location, REFERENCE_SOURCE)
        for error in docs.unusable_references()
    ]


def _pointer_of(error: Any) -> str:
    message = str(getattr(error, "message", error))
    path = list(getattr(error, "absolute_path", []) or [])
    match = _UNRESOLVED_PARAM.search(message)
    if match:
        return join_pointer("", "paths", match["path"], match["method"])
    match = _DOES_NOT_MATCH.match(message) or _REQUIRED.match(message)
    pointer = join_pointer("", *path)
    if match and _DOES_NOT_MATCH.match(message):
        return join_pointer(pointer, match["key"])
    return pointer


def _first_line(error: Any) -> str:
    text = str(getattr(error, "message", None) or error)
    # "'/x' does not exist within {<the whole document>}": the document is no help in a message.
    text = re.sub(r" within \{.*", "", text, flags=re.S)
    return text.splitlines()[0][:300] if text else type(error).__name__


def _own_checks(data: dict[str, Any]) -> list[Finding]:
    findings: list[Finding] = []
    paths = data.get("paths")
    if not paths and not data.get("webhooks") and not (data.get("components") or {}).get("schemas"):
        findings.append(
            Finding(Severity.WARNING, "", "the document has no paths, webhooks or schemas: the client will be empty")
        )
    operation_ids: Counter[str] = Counter()
    where: dict[str, str] = {}
    if isinstance(paths, dict):
        for path, item in paths.items():
            if not isinstance(item, dict):
                continue
            for method, operation in item.items():
                if isinstance(operation, dict) and isinstance(operation.get("operationId"), str):
                    operation_ids[operation["operationId"]] += 1
                    where.setdefault(operation["operationId"], join_pointer("/paths", path, method, "operationId"))
    for op_id, count in sorted(operation_ids.items()):
        if count > 1:
            findings.append(
                Finding(
                    Severity.WARNING,
                    where[op_id],
                    f"operationId {op_id!r} is used by {count} operations; method names get suffixes",
                )
            )
    return findings
