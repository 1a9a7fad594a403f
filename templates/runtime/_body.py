"""Encoding request bodies: JSON, multipart, urlencoded form, raw bytes and text."""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Callable, Dict, List, Mapping, Optional, Tuple

import anyio
import pydantic

from ._qs import Param, encode_query
from ._types import NotGiven
from ._utils import json_default, strip_not_given

if TYPE_CHECKING:
    from ._base_client import RequestSpec

__all__ = ["encode_body", "json_default", "read_files", "aread_files"]

# What a file may be: its content, an open binary file, a path (read when the request is sent),
# or a tuple (filename, content[, content_type[, headers]]) whose content is one of those.
_FILE_TUPLE_SIZES = (2, 3, 4)


def _is_file_content(value: object) -> bool:
    return isinstance(value, (bytes, bytearray, os.PathLike)) or callable(getattr(value, "read", None))


def _is_file(value: object) -> bool:
    return _is_file_content(value) or isinstance(value, tuple)


def _check_file_tuple(value: Tuple[Any, ...], where: str) -> None:
    if len(value) not in _FILE_TUPLE_SIZES or not _is_file_content(value[1]):
        raise TypeError(
            f"{where}: expected a file as (filename, content[, content_type[, headers]]) with bytes, a"
            f" binary file or a path as content, got a tuple of {', '.join(type(v).__name__ for v in value)}"
        )
    if value[0] is not None and not isinstance(value[0], str):
        raise TypeError(f"{where}: the filename must be a str or None, got {type(value[0]).__name__}")


def _read_path(value: object, read: Callable[[os.PathLike[str]], bytes]) -> object:
    """A path as (its file name, its bytes); any other file as it is."""
    if isinstance(value, os.PathLike):
        return (os.path.basename(os.fspath(value)), read(value))
    if isinstance(value, tuple) and len(value) in _FILE_TUPLE_SIZES and isinstance(value[1], os.PathLike):
        return (value[0], read(value[1]), *value[2:])
    return value


# Where a file is in a body: None for the body itself, else (field, index in its list or None).
_FileKey = Optional[Tuple[str, Optional[int]]]


def _paths_in(spec: RequestSpec) -> List[Tuple[_FileKey, object]]:
    """(key, file) for every path among the files of the body: the body itself, or a field or
    list item of a multipart form (key: (field, index) with index None for a single value)."""
    body = spec.body
    if spec.body_kind not in ("multipart", "binary"):
        return []
    if not isinstance(body, Mapping):
        return [(None, body)] if _has_path(body) else []
    found: List[Tuple[_FileKey, object]] = []
    for name, value in body.items():
        items = value if isinstance(value, list) else [value]
        for index, item in enumerate(items):
            if _has_path(item):
                found.append(((str(name), index if isinstance(value, list) else None), item))
    return found


def _has_path(value: object) -> bool:
    return isinstance(value, os.PathLike) or (
        isinstance(value, tuple) and len(value) > 1 and isinstance(value[1], os.PathLike)
    )


def _with_files(spec: RequestSpec, loaded: Mapping[_FileKey, object]) -> RequestSpec:
    if not loaded:
        return spec
    if None in loaded:
        return replace(spec, body=loaded[None])
    body = dict(spec.body) if isinstance(spec.body, Mapping) else {}
    for key, file in loaded.items():
        if key is None:
            continue
        name, index = key
        if index is None:
            body[name] = file
        else:
            body[name] = [file if i == index else item for i, item in enumerate(body[name])]
    return replace(spec, body=body)


def _read_bytes(path: os.PathLike[str]) -> bytes:
    with open(path, "rb") as file:
        return file.read()


def read_files(spec: RequestSpec) -> RequestSpec:
    """`spec` with every path among its files read, once, so that retries send the same bytes."""
    return _with_files(spec, {key: _read_path(file, _read_bytes) for key, file in _paths_in(spec)})


async def aread_files(spec: RequestSpec) -> RequestSpec:
    """`read_files` for the async client: the files are read in a worker thread, so a large
    upload does not hold up the event loop."""
    loaded: Dict[_FileKey, object] = {}
    for key, file in _paths_in(spec):
        loaded[key] = await anyio.to_thread.run_sync(_read_path, file, _read_bytes)
    return _with_files(spec, loaded)


def _form_text(value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, (Mapping, list)):
        return json.dumps(value, default=json_default)
    # Anything else JSON can say (datetimes, enums, UUIDs, models); other objects raise
    # TypeError rather than being sent as their repr.
    return _form_text(json_default(value))


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
            if isinstance(item, tuple):
                _check_file_tuple(item, f"multipart field {name!r}")
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
        _check_file_tuple(body, "the request body")
        body = body[1]
    read = getattr(body, "read", None)
    if callable(read):  # read once: every retry must send the same bytes
        body = read()
    if not isinstance(body, (bytes, bytearray)):
        hint = " (for a file path, pass a pathlib.Path)" if isinstance(body, str) else ""
        raise TypeError(f"Expected the request body as bytes, a binary file or a path, got {type(body).__name__}{hint}")
    return {"content": bytes(body)}, content_type or "application/octet-stream"
