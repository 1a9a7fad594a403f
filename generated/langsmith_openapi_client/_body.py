"""Encoding request bodies: JSON, multipart, urlencoded form, raw bytes and text."""

from __future__ import annotations

import datetime
import decimal
import enum
import json
import uuid
from typing import Any, Dict, List, Mapping, Tuple

import pydantic

from ._qs import Param, encode_query
from ._types import NotGiven
from ._utils import iso_format, strip_not_given

__all__ = ["encode_body", "json_default"]


def json_default(value: object) -> object:
    """`json.dumps(default=...)` for the values a request body may hold besides JSON's own."""
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return iso_format(value)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, decimal.Decimal):  # a JSON number, as `number` expects
        return float(value)
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _is_file(value: object) -> bool:
    if isinstance(value, (bytes, bytearray)) or hasattr(value, "read"):
        return True
    return isinstance(value, tuple) and len(value) in (2, 3, 4)


def _form_text(value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, (Mapping, list)):
        return json.dumps(value, default=json_default)
    try:
        return _form_text(json_default(value))
    except TypeError:
        return str(value)


def _multipart_parts(body: object) -> List[Tuple[str, Any]]:
    """httpx `files=` entries; plain values become parts without a filename (form fields)
    and objects are sent as JSON, the OpenAPI default for object properties."""
    parts: List[Tuple[str, Any]] = []
    for name, value in (body.items() if isinstance(body, Mapping) else ()):
        for item in value if isinstance(value, list) else [value]:
            if item is None:
                continue
            if _is_file(item):
                parts.append((name, item))
            elif isinstance(item, (Mapping, list, pydantic.BaseModel)):
                parts.append((name, (None, _form_text(item), "application/json")))
            else:
                parts.append((name, (None, _form_text(item))))
    return parts


def encode_body(
    kind: str,
    body: object,
    extra_body: object,
    content_type: str | None,
) -> Tuple[Dict[str, Any], str | None]:
    """httpx keyword arguments for the body, and the Content-Type to send (None: httpx's).

    `extra_body` is merged into a dict body; any other non-None value replaces the body.
    """
    body = strip_not_given(body)
    extra = None if isinstance(extra_body, NotGiven) else strip_not_given(extra_body)
    if isinstance(body, NotGiven) and extra is None:
        return {}, None
    if kind == "none":  # only extra_body to send
        kind = "json"
    if isinstance(extra, Mapping) and isinstance(body, (Mapping, NotGiven)):
        body = {**(body if isinstance(body, Mapping) else {}), **extra}
    elif extra is not None:
        body = extra
    if kind == "json":
        text = json.dumps(body, default=json_default, ensure_ascii=False, separators=(",", ":"))
        return {"content": text.encode()}, content_type or "application/json"
    if kind == "form":
        pairs = body.items() if isinstance(body, Mapping) else ()
        query = encode_query(Param(str(k), v, "form", True) for k, v in pairs)
        return {"content": query.encode()}, "application/x-www-form-urlencoded"
    if kind == "multipart":  # httpx writes the Content-Type, with its boundary
        return {"files": _multipart_parts(body)}, None
    if kind == "text":
        content = body.encode() if isinstance(body, str) else body
        return {"content": content}, content_type or "text/plain; charset=utf-8"
    if isinstance(body, tuple):  # a file tuple (filename, content[, type])
        body = body[1]
    read = getattr(body, "read", None)
    if callable(read):  # read once: every retry must send the same bytes
        body = read()
    return {"content": body}, content_type or "application/octet-stream"
