"""Read-only questions about one JSON Schema object, answered the same way for OpenAPI 3.0 and 3.1.

Kept apart from the builders so that "what does this schema say" and "what do we generate for it"
do not mix.
"""

from __future__ import annotations

from typing import Any

# Keywords that only annotate; a `$ref` with nothing but these beside it is just the reference.
ANNOTATION_KEYWORDS = frozenset(
    {"description", "title", "example", "examples", "default", "deprecated", "readOnly",
     "writeOnly", "externalDocs", "xml", "$comment", "summary"}
)  # fmt: skip


def declared_types(schema: dict[str, Any]) -> list[str]:
    """The `type` keyword as a list, in spec order ([] when absent)."""
    value = schema.get("type")
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [t for t in value if isinstance(t, str)]
    return []


def is_nullable(schema: dict[str, Any]) -> bool:
    """3.0 `nullable: true`, 3.1 `type: [..., "null"]`, or `null` among the enum values."""
    if schema.get("nullable") is True or "null" in declared_types(schema):
        return True
    enum = schema.get("enum")
    return isinstance(enum, list) and None in enum and len(enum) > 1


def non_null_types(schema: dict[str, Any]) -> list[str]:
    return [t for t in declared_types(schema) if t != "null"]


def is_null_schema(schema: Any) -> bool:
    return (
        isinstance(schema, dict)
        and declared_types(schema) == ["null"]
        and len(schema.keys() - ANNOTATION_KEYWORDS) == 1
    )


def looks_like_object(schema: dict[str, Any]) -> bool:
    types = non_null_types(schema)
    if types:
        return "object" in types and len(types) == 1
    return any(k in schema for k in ("properties", "additionalProperties", "patternProperties"))


def has_properties(schema: dict[str, Any]) -> bool:
    props = schema.get("properties")
    return isinstance(props, dict) and bool(props)


def map_value_schema(schema: dict[str, Any]) -> Any:
    """The schema of extra keys: a dict, True (anything), or None (none stated)."""
    extra = schema.get("additionalProperties")
    if isinstance(extra, dict):
        return extra if extra else True
    if extra is True:
        return True
    patterns = schema.get("patternProperties")
    if isinstance(patterns, dict) and patterns:
        values = [v for v in patterns.values() if isinstance(v, dict)]
        return values[0] if len(values) == 1 else True
    return None


def ref_siblings(schema: dict[str, Any]) -> dict[str, Any]:
    """What a `$ref` schema says besides the reference and annotations (3.1 allows siblings)."""
    return {k: v for k, v in schema.items() if k != "$ref" and k not in ANNOTATION_KEYWORDS}


def union_members(schema: dict[str, Any]) -> tuple[str, list[Any]] | None:
    for keyword in ("oneOf", "anyOf"):
        members = schema.get(keyword)
        if isinstance(members, list) and members:
            return keyword, members
    return None


def description_of(schema: Any) -> str:
    if not isinstance(schema, dict):
        return ""
    text = schema.get("description")
    if not isinstance(text, str) or not text.strip():
        text = schema.get("title")
    return text.strip() if isinstance(text, str) else ""
