"""Stage 2: is this an OpenAPI document we can use? openapi-spec-validator plus our own checks.

openapi-spec-validator runs offline and fast through `validator_engine` (imported only when a
document is actually validated: the libraries take half a second to import). Its findings, our
reference checks and our own checks each carry a severity, a JSON pointer and file:line:col.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from .errors import Finding, InvalidInput, Severity, join_pointer
from .documents import DocumentSet
from .parse import SourceDocument

VALIDATOR_SOURCE = "openapi-spec-validator"
# Our own check that every `$ref` can be followed; like the validator's findings, these do not stop
# generation unless the generator needs the reference.
REFERENCE_SOURCE = "references"


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


def validate_document(docs: DocumentSet, fast: bool = True) -> list[Finding]:
    """Every problem found, each with its severity, pointer and source position. `fast=False`
    runs openapi-spec-validator the plain (slow) way; the findings are the same."""
    from .validator_engine import spec_validator

    root = docs.root
    version = openapi_version(root)
    findings: list[Finding] = []
    try:
        errors = list(spec_validator(docs, version, fast).iter_errors())
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
