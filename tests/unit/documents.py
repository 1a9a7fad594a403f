"""Small OpenAPI documents as Python dicts, for the unit layer: a whole document (`spec`), an
operation, a JSON request body or response, a `$ref` to a component, an object schema; and, for the
type tests, the type of one property (`type_of`) of a component `Thing`."""

from __future__ import annotations

from typing import Any, Callable, Optional

from generator.ir import Primitive

STRING = Primitive("string")
INTEGER = Primitive("integer")
ANY = Primitive("any")


def spec(
    schemas: Optional[dict[str, Any]] = None,
    paths: Optional[dict[str, Any]] = None,
    openapi: str = "3.1.0",
    **top: Any,
) -> dict[str, Any]:
    """A whole document: `info` filled in, the given component schemas and paths."""
    document: dict[str, Any] = {"openapi": openapi, "info": {"title": "Unit", "version": "1.0.0"}}
    document["paths"] = paths or {}
    if schemas is not None:
        document["components"] = {"schemas": schemas}
    document.update(top)
    return document


def ok_json(schema: Any, code: str = "200", media_type: str = "application/json") -> dict[str, Any]:
    """A `responses` map with one success response of `schema`."""
    return {code: {"description": "ok", "content": {media_type: {"schema": schema}}}}


def json_body(schema: Any, required: bool = True, media_type: str = "application/json", **more: Any) -> dict[str, Any]:
    """A `requestBody` of one media type (JSON unless told), with `more` (`description`, ...)."""
    return {"required": required, "content": {media_type: {"schema": schema}}, **more}


def operation(
    operation_id: Optional[str] = None, responses: Optional[dict[str, Any]] = None, **fields: Any
) -> dict[str, Any]:
    """An operation object: a 204 answer unless `responses` says otherwise."""
    node: dict[str, Any] = {"responses": responses or {"204": {"description": "done"}}}
    if operation_id is not None:
        node["operationId"] = operation_id
    node.update(fields)
    return node


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def obj(properties: dict[str, Any], *required: str, **more: Any) -> dict[str, Any]:
    """An object schema with `properties`, the `required` ones named, and `more` keywords."""
    schema: dict[str, Any] = {"type": "object", "properties": properties, **more}
    if required:
        schema["required"] = list(required)
    return schema


def thing(build_ir: Callable[..., Any], properties: dict[str, Any], openapi: str = "3.1.0", **schemas: Any) -> Any:
    """The built IR (`harness.Built`) of a document whose component `Thing` has `properties`,
    beside the components `schemas`."""
    return build_ir(spec({"Thing": obj(properties), **schemas}, openapi=openapi))


def type_of(build_ir: Callable[..., Any], schema: Any, openapi: str = "3.1.0", **schemas: Any) -> Any:
    """The type of property `p` of `Thing` when `p` is described by `schema`."""
    return thing(build_ir, {"p": schema}, openapi, **schemas).field("Thing", "p").type


THING = {"type": "object", "properties": {"id": {"type": "string"}, "name": {"type": "string"}}}


def one(build_ir: Callable[..., Any], path: str = "/things", method: str = "post", **fields: Any) -> Any:
    """The only operation of a document: `method path`, operationId `act`, with `fields`."""
    return build_ir(spec({"Thing": THING}, {path: {method: operation("act", **fields)}})).only_operation()


def query(name: str, **more: Any) -> dict[str, Any]:
    return {"name": name, "in": "query", "schema": {"type": "string"}, **more}
