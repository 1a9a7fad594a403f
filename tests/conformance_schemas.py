"""Schemas at their place in the documents, for tests/conformance.py: reading, merging, validating.

`Node` is a schema plus the document its `$ref`s are relative to and its JSON pointer, so that a
sub-schema taken from another file keeps resolving; `merge_into` folds allOf members into one schema
(tests/conformance_values.py writes values from it); `SchemaCheck` validates JSON values against a
schema where it stands (jsonschema with the OpenAPI dialect, every document of the set in one
`referencing` registry); `to_wire` is the JSON a server sees for a value we pass.
"""

from __future__ import annotations

import base64
import datetime
import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from generator.errors import join_pointer
from generator.documents import DocumentSet
from generator.parse import SourceDocument

_LOWER_BOUNDS = ("minimum", "minLength", "minItems", "minProperties")
_UPPER_BOUNDS = ("maximum", "maxLength", "maxItems", "maxProperties")
_SUBSCHEMAS = ("items", "additionalProperties", "propertyNames", "contains", "not")
# Marks the allOf member `_tag` adds: the union set the discriminator tag already.
PINNED = "x-conformance-tag-pinned"


class Unsatisfiable(Exception):
    """No value for this schema: a construct the synthesiser does not handle, or a contradiction."""


class Contradiction(Unsatisfiable):
    """Provably no value satisfies this schema (`false`, or an enum none of whose values meets the
    schema's other keywords): the document's fault. An optional property with such a schema is left out."""


class ByteString(bytes):
    """`format: byte` content passed as bytes; on the wire it is base64 text."""


@dataclass(frozen=True)
class Node:
    """A schema and where it is: the document its `$ref`s are relative to, and its JSON pointer.
    `ref` is "file#pointer" of the last `$ref` followed to reach it ("" for an inline schema);
    `located` is False for a schema this module assembled (a merged allOf)."""

    schema: Any
    doc: SourceDocument
    pointer: str
    ref: str = ""
    located: bool = True

    def child(self, *keys: object) -> Node:
        """The sub-schema at `keys` (a merged schema holds its sub-schemas as Nodes already)."""
        node = self
        for key in keys:
            value = node.schema[key]
            if not isinstance(value, Node):
                value = Node(value, node.doc, join_pointer(node.pointer, key), located=node.located)
            node = value
        return node

    @property
    def location(self) -> tuple[str, str]:
        return str(self.doc.path), self.pointer

    @property
    def name(self) -> str:
        """The schema's name when it was reached through a `$ref` (its last pointer token)."""
        return self.ref.rsplit("/", 1)[-1] if self.ref else ""


def to_wire(value: Any) -> Any:
    """The JSON a server sees for a value we pass (for validating it against its schema)."""
    if isinstance(value, ByteString):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, bytes):
        return value.decode("latin-1")
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): to_wire(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_wire(v) for v in value]
    return value


def wire_key(value: Any) -> str:
    return json.dumps(to_wire(value), sort_keys=True, default=str)


def own_ref(node: Node) -> str:
    """A named schema's own location, as if reached through a `$ref` (not for inline schemas)."""
    if not node.located or "/paths/" in node.pointer or "/webhooks/" in node.pointer:
        return ""
    return "#".join(node.location)


def _both(first: Node, second: Node) -> Node:
    return Node({"allOf": [first, second]}, first.doc, first.pointer, located=False)


def merge_into(result: dict[str, Any], member: Node) -> None:
    """Adds one allOf member to a merged schema: properties and `required` united (a property both
    define becomes an allOf of the two), sub-schemas combined, bounds narrowed, types intersected,
    the first union kept; any other keyword: the first member that has it wins."""
    schema = member.schema
    if not isinstance(schema, dict):
        return
    for key, value in schema.items():
        if key in ("properties", "patternProperties") and isinstance(value, dict):
            table = result.setdefault(key, {})
            for name in value:
                sub = member.child(key, name)
                table[name] = _both(table[name], sub) if name in table else sub
        elif key == "required" and isinstance(value, list):
            required = result.setdefault("required", [])
            required.extend(r for r in value if r not in required)
        elif key in _SUBSCHEMAS and isinstance(value, (dict, bool, Node)):
            sub = member.child(key)
            result[key] = _both(result[key], sub) if key in result else sub
        elif key in ("oneOf", "anyOf", "prefixItems") and isinstance(value, list):
            if key == "prefixItems" or not ("oneOf" in result or "anyOf" in result):
                result.setdefault(key, [member.child(key, i) for i in range(len(value))])
        else:
            _merge_keyword(result, key, value)


def _merge_keyword(result: dict[str, Any], key: str, value: Any) -> None:
    if key not in result:
        result[key] = value
    elif key == "type":
        mine = set(result["type"] if isinstance(result["type"], list) else [result["type"]])
        theirs = set(value if isinstance(value, list) else [value])
        if "number" in mine and "integer" in theirs:
            mine.add("integer")
        if "number" in theirs and "integer" in mine:
            theirs.add("integer")
        both = [t for t in (value if isinstance(value, list) else [value]) if t in mine]
        result["type"] = both if len(both) != 1 else both[0]
    elif key == "enum" and isinstance(value, list) and isinstance(result["enum"], list):
        result["enum"] = [v for v in result["enum"] if v in value]
    elif key in _LOWER_BOUNDS and is_number(value) and is_number(result[key]):
        result[key] = max(result[key], value)
    elif key in _UPPER_BOUNDS and is_number(value) and is_number(result[key]):
        result[key] = min(result[key], value)
    elif key in ("readOnly", "writeOnly", "uniqueItems", PINNED):
        result[key] = bool(result[key]) or value is True
    elif key == "nullable":
        result[key] = bool(result[key]) and value is True


def is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _short_message(error: Any) -> str:
    """jsonschema's message without the (possibly huge) repr of the value it is about."""
    shown = repr(error.instance)
    message = str(error.message)
    if len(shown) > 60:
        message = message.replace(shown, "the value")
    return message[:200]


class SchemaCheck:
    """Validates JSON values against schemas at their place in the documents (`$ref`s across files
    resolve through a `referencing` registry holding every document), with the OpenAPI dialect
    (3.0: nullable, boolean exclusive bounds, readOnly/writeOnly by direction; 3.1: JSON Schema
    2020-12) and format checking."""

    def __init__(self, docs: DocumentSet, openapi_31: bool) -> None:
        import openapi_schema_validator as oas
        from referencing import Registry, Resource
        from referencing.jsonschema import DRAFT4, DRAFT202012

        specification = DRAFT202012 if openapi_31 else DRAFT4
        resources = [
            (doc.path.as_uri(), Resource.from_contents(doc.data, default_specification=specification))
            for doc in docs.documents.values()
        ]
        self.registry: Any = Registry().with_resources(resources)
        if openapi_31:
            self.classes: dict[str, Any] = dict.fromkeys(("request", "response", "neutral"), oas.OAS31Validator)
            self.formats: Any = oas.oas31_format_checker
        else:
            self.classes = {
                "request": oas.OAS30WriteValidator,
                "response": oas.OAS30ReadValidator,
                "neutral": oas.OAS30Validator,
            }
            self.formats = oas.oas30_format_checker

    def errors(
        self,
        value: Any,
        node: Node,
        *,
        direction: str = "request",
        ignore_required: frozenset[tuple[str, ...]] = frozenset(),
        limit: int = 3,
    ) -> list[str]:
        """Why `value` does not validate against the schema at `node` (empty: it does), as a request
        body ("request": readOnly properties are not expected), a response ("response") or neither.
        A missing required property at a path in `ignore_required` is no error."""
        if not node.located or node.schema is True or node.schema == {}:
            return []
        ref = node.doc.path.as_uri() + "#" + quote(node.pointer, safe="/~!$&'()*+,;=:@-._")
        validator = self.classes[direction]({"$ref": ref}, registry=self.registry, format_checker=self.formats)
        found = []
        try:
            for error in validator.iter_errors(value):
                if _ignored(error, ignore_required):
                    continue
                where = "/".join(str(p) for p in error.absolute_path)
                found.append(f"{where or '(root)'}: {error.validator}: {_short_message(error)}")
                if len(found) >= limit:
                    break
        except Exception as exc:  # an unresolvable $ref, a regex jsonschema cannot compile, ...
            return [f"(could not validate: {type(exc).__name__}: {str(exc)[:200]})"]
        return found


def _ignored(error: Any, ignore_required: frozenset[tuple[str, ...]]) -> bool:
    if error.validator != "required" or not isinstance(error.instance, dict):
        return False
    path = tuple(str(p) for p in error.absolute_path)
    missing = [name for name in error.validator_value if name not in error.instance]
    return bool(missing) and all((*path, name) in ignore_required for name in missing)
