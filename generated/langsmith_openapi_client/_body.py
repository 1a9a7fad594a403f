"""Encoding request bodies: JSON, multipart, urlencoded form, raw bytes and text."""

from __future__ import annotations

import json
import uuid
from typing import Any, Dict, List, Mapping, Tuple

import pydantic

from ._qs import Param, encode_query
from ._types import NotGiven
from ._utils import json_default, strip_not_given

__all__ = ["encode_body", "json_default"]


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
    if not isinstance(body, Mapping):
        # A form the spec describes as one file rather than an object: send it as that file.
        if not _is_file(body):
            raise TypeError(f"Expected a file or a mapping of form fields, got {type(body).__name__}")
        return [("file", body)]
    parts: List[Tuple[str, Any]] = []
    for name, value in body.items():
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


def _empty_multipart() -> Tuple[Dict[str, Any], str]:
    """A form with no parts (httpx would send no body at all, which a server reads as a
    missing body rather than an empty form)."""
    boundary = uuid.uuid4().hex
    return {"content": f"--{boundary}--\r\n".encode()}, f"multipart/form-data; boundary={boundary}"


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
        parts = _multipart_parts(body)
        return ({"files": parts}, None) if parts else _empty_multipart()
    if kind == "text":
        content = body.encode() if isinstance(body, str) else body
        return {"content": content}, content_type or "text/plain; charset=utf-8"
    if isinstance(body, tuple):  # a file tuple (filename, content[, type])
        body = body[1]
    read = getattr(body, "read", None)
    if callable(read):  # read once: every retry must send the same bytes
        body = read()
    return {"content": body}, content_type or "application/octet-stream"
