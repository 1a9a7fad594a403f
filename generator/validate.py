"""Stage 2: is this an OpenAPI document we can use? openapi-spec-validator plus our own checks.

openapi-spec-validator resolves `$ref`s itself and by default fetches `http(s)://` and `file:`
URLs; we give it no URL handlers at all, so it can neither use the network nor read files. The
loader has already refused any reference that leaves the document's folder.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from jsonschema_path.handlers import default_handlers  # noqa: F401 - documents what we replace
from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

from .errors import Finding, InvalidInput, Severity, join_pointer
from .load import DocumentSet

VALIDATOR_SOURCE = "openapi-spec-validator"


class _OfflineV30(OpenAPIV30SpecValidator):
    resolver_handlers: dict[str, Any] = {}


class _OfflineV31(OpenAPIV31SpecValidator):
    resolver_handlers: dict[str, Any] = {}


_UNRESOLVED_PARAM = re.compile(r"Path parameter '(?P<name>[^']*)' for '(?P<method>\w+)' operation in '(?P<path>[^']*)'")
_DOES_NOT_MATCH = re.compile(r"^'(?P<key>[^']*)' does not match")
_REQUIRED = re.compile(r"^'(?P<key>[^']*)' is a required property")


def openapi_version(data: Any, display_name: str) -> str:
    """'3.0' or '3.1'; anything else is a clear error (exit code 1)."""
    if not isinstance(data, dict):
        raise InvalidInput(f"{display_name} is not an OpenAPI document: the top level is not a mapping")
    if "swagger" in data:
        raise InvalidInput(
            f"{display_name} is Swagger {data.get('swagger')}, not OpenAPI 3; convert it first "
            "(for example with swagger2openapi) and generate from the result",
            pointer="/swagger",
        )
    version = data.get("openapi")
    if not isinstance(version, str):
        raise InvalidInput(f"{display_name} is not an OpenAPI document: no 'openapi' version field")
    for supported in ("3.0", "3.1"):
        if version == supported or version.startswith(supported + "."):
            return supported
    raise InvalidInput(f"OpenAPI version {version!r} is not supported (3.0.x and 3.1.x are)", pointer="/openapi")


def validate_document(docs: DocumentSet) -> list[Finding]:
    """Every problem found, each with its severity, pointer and source position."""
    root = docs.root
    version = openapi_version(root.data, root.display_name)
    validator_class = _OfflineV31 if version == "3.1" else _OfflineV30
    findings: list[Finding] = []
    try:
        errors = list(validator_class(root.data).iter_errors())
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
    findings.extend(_own_checks(root.data))
    return [f.at(root.locate(f.pointer)) if f.location is None else f for f in findings]


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
    return text.splitlines()[0][:500] if text else type(error).__name__


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
