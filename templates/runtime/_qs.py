"""Parameter serialization per OpenAPI 3 `style` / `explode`.

Query strings are encoded here rather than by httpx so that `allowReserved`, the literal
delimiters of `form` / `pipeDelimited` and repeated keys come out exactly as the spec says.
Every element is percent-encoded *before* the delimiters are joined in, so a comma inside a
value can never be mistaken for a separator.
"""

from __future__ import annotations

import datetime
import enum
import re
from dataclasses import dataclass
from typing import Any, Callable, Iterable, List, Mapping, Sequence, Tuple
from urllib.parse import quote

import pydantic

from ._types import NotGiven, Omit
from ._utils import iso_format, json_text

__all__ = [
    "Param",
    "path_param",
    "query_param",
    "header_param",
    "cookie_param",
    "encode_query",
    "render_path",
    "header_values",
    "cookie_header",
]

# RFC 3986 reserved characters that `allowReserved` lets through. `#` stays encoded: a
# literal one would end the query and silently drop everything after it.
_RESERVED = ":/?[]@!$&'()*+,;="
# Cookie values may not contain ; , space, quotes or backslashes (RFC 6265).
_COOKIE_SAFE = "!#$&'()*+-./:<=>?@[]^_`{|}~"

# Between the elements of a non-exploded query array, by style (form: ",").
_DELIMITERS = {"spaceDelimited": "%20", "pipeDelimited": "|"}

_Encode = Callable[[object], str]
# (prefix, separator between exploded parts, whether parts are `name=value`)
_PATH_STYLES = {
    "simple": ("", ",", False),
    "label": (".", ".", False),
    "matrix": (";", ";", True),
}


# Not an OpenAPI style: a parameter the spec describes with `content: {application/json: ...}`
# instead of a schema, whose value is sent as one JSON text.
JSON_STYLE = "json"


@dataclass(frozen=True)
class Param:
    """One operation parameter: its name in the API, value and serialization."""

    name: str
    value: object
    style: str
    explode: bool
    allow_reserved: bool = False


# What generated methods build their parameters with: each location's default `style` and
# `explode` (OpenAPI 3) unless the spec says otherwise.


def path_param(name: str, value: object, style: str = "simple", explode: bool = False) -> Param:
    return Param(name, value, style, explode)


def query_param(
    name: str, value: object, style: str = "form", explode: bool = True, allow_reserved: bool = False
) -> Param:
    return Param(name, value, style, explode, allow_reserved)


def header_param(name: str, value: object, style: str = "simple", explode: bool = False) -> Param:
    return Param(name, value, style, explode)


def cookie_param(name: str, value: object, style: str = "form", explode: bool = True) -> Param:
    return Param(name, value, style, explode)


def _is_absent(value: object) -> bool:
    return value is None or isinstance(value, (NotGiven, Omit))


def _scalar(value: object) -> str:
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, bool):  # before int: bool is an int
        return "true" if value else "false"
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return iso_format(value)
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def _plain(value: object) -> object:
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    return value


def _items(value: Mapping[Any, object]) -> List[Tuple[str, object]]:
    return [(str(k), v) for k, v in value.items() if not _is_absent(v)]


def _elements(value: object) -> List[object] | None:
    if isinstance(value, (list, tuple, set, frozenset)):
        return [v for v in value if not _is_absent(v)]
    return None


def _quoter(safe: str) -> _Encode:
    return lambda value: quote(_scalar(value), safe=safe)


def _expand(param: Param, encode: _Encode, style: str) -> str:
    """A path or header value in RFC 6570 fashion (`simple`, `label`, `matrix`)."""
    value = _plain(param.value)
    if param.style == JSON_STYLE:
        return encode(json_text(value))
    prefix, separator, named = _PATH_STYLES.get(style, _PATH_STYLES["simple"])
    label = f"{param.name}=" if named else ""
    elements = _elements(value)
    if isinstance(value, Mapping):
        items = [(encode(k), encode(v)) for k, v in _items(value)]
        if param.explode:
            return prefix + separator.join(f"{k}={v}" for k, v in items)
        return prefix + label + ",".join(f"{k},{v}" for k, v in items)
    if elements is not None:
        if param.explode:
            return prefix + separator.join(label + encode(v) for v in elements)
        return prefix + label + ",".join(encode(v) for v in elements)
    return prefix + label + encode(value)


def _query_parts(param: Param, encode: _Encode) -> List[str]:
    value = _plain(param.value)
    if _is_absent(value):
        return []
    name = quote(param.name, safe="[]")
    if param.style == JSON_STYLE:
        return [f"{name}={encode(json_text(value))}"]
    if param.style == "deepObject":
        return _deep_object(name, value, encode)
    elements = _elements(value)
    if isinstance(value, Mapping):
        items = [(encode(k), encode(v)) for k, v in _items(value)]
        if param.explode:
            return [f"{k}={v}" for k, v in items]
        return [f"{name}=" + ",".join(f"{k},{v}" for k, v in items)]
    if elements is not None:
        if param.explode:
            return [f"{name}={encode(v)}" for v in elements]
        if not elements:
            return []
        separator = _DELIMITERS.get(param.style, ",")
        return [f"{name}=" + separator.join(encode(v) for v in elements)]
    return [f"{name}={encode(value)}"]


def _deep_object(prefix: str, value: object, encode: _Encode) -> List[str]:
    value = _plain(value)
    if isinstance(value, Mapping):
        return [
            part
            for key, item in _items(value)
            for part in _deep_object(f"{prefix}[{quote(key, safe='')}]", item, encode)
        ]
    elements = _elements(value)
    if elements is not None:  # OpenAPI leaves this open: repeat the key
        return [part for item in elements for part in _deep_object(prefix, item, encode)]
    return [f"{prefix}={encode(value)}"]


def encode_query(params: Iterable[Param]) -> str:
    """The encoded query string (without `?`) for `params`, in order, keys repeated as needed.

    Also the body of `application/x-www-form-urlencoded` requests.
    """
    parts: List[str] = []
    for param in params:
        parts.extend(_query_parts(param, _quoter(_RESERVED if param.allow_reserved else "")))
    return "&".join(parts)


def _path_segment(value: object) -> str:
    text = quote(_scalar(value), safe="")
    # "." and ".." would be resolved away by URL normalization and change the route.
    return text.replace(".", "%2E") if text in (".", "..") else text


def render_path(template: str, params: Sequence[Param]) -> str:
    """`template` with each `{name}` replaced by its percent-encoded value.

    Encoding `/`, `?`, `#` and lone dots means a value can never reach another route; an
    empty value is refused because `/runs/{id}` with id "" would hit `/runs/`.
    """
    values: dict[str, str] = {}
    for param in params:
        if _is_absent(param.value) or param.value == "":
            raise ValueError(f"Expected a non-empty value for path parameter {param.name!r}")
        values[param.name] = _expand(param, _path_segment, param.style)
    # The template's own characters are encoded too: a `#` or `%` in the spec's path is part
    # of the path, not a fragment or an escape. (A literal query in the spec's path arrives
    # here already split off, as query parameters.)
    pieces = []
    for index, piece in enumerate(_TEMPLATE_PARTS.split(template)):
        if index % 2:
            pieces.append(values.get(piece, _quote_literal("{" + piece + "}")))
        else:
            pieces.append(_quote_literal(piece))
    return "".join(pieces)


_TEMPLATE_PARTS = re.compile(r"{([^{}]*)}")


def _quote_literal(text: str) -> str:
    return quote(text, safe="/!$&'()*+,;=:@-._~")


def header_values(params: Iterable[Param]) -> dict[str, str]:
    """Header parameters (style `simple`): arrays comma-joined, objects as k,v or k=v."""
    return {p.name: _expand(p, _scalar, "simple") for p in params if not _is_absent(p.value)}


def cookie_header(params: Iterable[Param], extra: Mapping[str, str] | None = None) -> str:
    """The `Cookie` header value for cookie parameters (style `form`) plus `extra` cookies."""
    encode = _quoter(_COOKIE_SAFE)
    cookies: List[str] = []
    for param in params:
        value = _plain(param.value)
        if _is_absent(value):
            continue
        if isinstance(value, Mapping) and param.explode and param.style != JSON_STYLE:
            cookies.extend(f"{k}={encode(v)}" for k, v in _items(value))
        else:  # arrays are comma-joined even when exploded: one cookie per name
            cookies.append(f"{param.name}={_expand(param, encode, 'simple')}")
    cookies.extend(f"{name}={encode(value)}" for name, value in (extra or {}).items())
    return "; ".join(cookies)
