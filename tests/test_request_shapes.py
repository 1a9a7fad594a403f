"""Requests a server enforcing the spec refused until the builder read these documents right
(found by the conformance check, tests/conformance.py): each test builds the IR of a small
document in-process, so the rule answers in well under a second.

- A header parameter named `Content-Length` (or `Transfer-Encoding`) would put the caller's value
  beside the one the HTTP layer computes from the body: a protocol error, not a request.
- A parameter described by `content: {application/json: ...}` travels as one JSON text.
- An allOf that merges a union (`allOf: [{$ref: Item}, {...}]`, `Item: {anyOf: [...]}`) has the
  properties of every union member, or the client has no way to send (or type) them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from generator.build import build_package
from generator.config import Config
from generator.ir import LiteralOf, Operation, UnionOf
from generator.documents import DocumentSet


def only_operation(tmp_path: Path, operation: dict[str, Any], schemas: dict[str, Any] | None = None) -> Operation:
    spec = tmp_path / "openapi.json"
    document = {
        "openapi": "3.0.3",
        "info": {"title": "Shapes", "version": "1"},
        "paths": {
            "/things": {"put": {"operationId": "put", "responses": {"204": {"description": "done"}}, **operation}}
        },
        "components": {"schemas": schemas or {}},
    }
    spec.write_text(json.dumps(document), encoding="utf-8")
    ((_, op),) = build_package(DocumentSet(spec), Config(), []).all_operations()
    return op


def header(name: str, **extra: Any) -> dict[str, Any]:
    return {"name": name, "in": "header", "required": True, "schema": {"type": "integer"}, **extra}


def test_framing_headers_declared_as_parameters_are_left_to_the_http_layer(tmp_path: Path) -> None:
    op = only_operation(
        tmp_path,
        {
            "parameters": [header("Content-Length"), header("transfer-encoding"), header("x-size")],
            "requestBody": {"content": {"application/octet-stream": {"schema": {"type": "string"}}}},
        },
    )
    assert [p.api_name for p in op.parameters] == ["x-size"]


def test_a_parameter_with_json_content_is_sent_as_json_text(tmp_path: Path) -> None:
    json_content = {"application/json": {"schema": {"type": "object", "properties": {"name": {"type": "string"}}}}}
    op = only_operation(
        tmp_path,
        {
            "parameters": [
                {"name": "filter", "in": "query", "required": True, "content": json_content},
                {"name": "X-Filter", "in": "header", "content": json_content},
                {"name": "note", "in": "query", "content": {"text/plain": {"schema": {"type": "string"}}}},
            ]
        },
    )
    styles = {p.api_name: (p.style, p.explode) for p in op.parameters}
    # explode stays the location's default, so the generated call spells out only the style
    assert styles == {"filter": ("json", True), "X-Filter": ("json", False), "note": ("form", True)}


def test_an_all_of_over_a_union_has_every_members_properties(tmp_path: Path) -> None:
    def item(tag: str, **properties: Any) -> dict[str, Any]:
        return {
            "type": "object",
            "required": ["itemType", *properties],
            "properties": {"itemType": {"type": "string", "enum": [tag]}, **properties},
        }

    schemas = {
        "TextItem": item("text", text={"type": "string"}),
        "NumberItem": item("number", value={"type": "integer"}),
        "Item": {"anyOf": [{"$ref": "#/components/schemas/TextItem"}, {"$ref": "#/components/schemas/NumberItem"}]},
        "ItemPost": {
            "allOf": [
                {"$ref": "#/components/schemas/Item"},
                {"type": "object", "required": ["itemId"], "properties": {"itemId": {"type": "string"}}},
            ]
        },
    }
    body = {"required": True, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ItemPost"}}}}
    op = only_operation(tmp_path, {"requestBody": body}, schemas)
    assert op.body is not None
    fields = {f.api_name: f for f in op.body.fields}
    # required where every member requires it; the shared tag takes either member's values
    assert {name: f.required for name, f in fields.items()} == {
        "itemType": True,
        "text": False,
        "value": False,
        "itemId": True,
    }
    assert fields["itemType"].type == UnionOf((LiteralOf(("text",)), LiteralOf(("number",))))
