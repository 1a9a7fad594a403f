"""Small helpers shared by the runtime and the generated code."""

from __future__ import annotations

import datetime
import decimal
import enum
import importlib
import json
import sys
import uuid
from typing import Mapping

import pydantic

from ._types import NotGiven

__all__ = ["strip_not_given", "lazy_getattr", "iso_format", "json_default", "json_text"]


def strip_not_given(value: object) -> object:
    """`value` with NOT_GIVEN entries of every (nested) dict removed.

    Request bodies are plain dicts built from keyword arguments, where "not given" must mean
    "leave the key out" rather than "send null".
    """
    if isinstance(value, Mapping):
        return {k: strip_not_given(v) for k, v in value.items() if not isinstance(v, NotGiven)}
    # Not tuples: a tuple is a file, (filename, content, type).
    if isinstance(value, list):
        return [strip_not_given(v) for v in value if not isinstance(v, NotGiven)]
    return value


def lazy_getattr(package: str, exports: Mapping[str, str], name: str) -> object:
    """The body of a package's module-level `__getattr__` for lazy exports.

    `exports` maps each public name to the submodule defining it (".run" or "run", relative
    to `package`). The submodule is imported on first access and the name cached on the
    package, so importing the package stays fast however many models the spec has.
    """
    submodule = exports.get(name)
    if submodule is None:
        raise AttributeError(f"module {package!r} has no attribute {name!r}")
    module = importlib.import_module(submodule if submodule.startswith(".") else f".{submodule}", package)
    value = getattr(module, name)
    setattr(sys.modules[package], name, value)
    return value


def iso_format(value: datetime.date | datetime.time) -> str:
    """RFC 3339 text for a date or time; a datetime must say which time zone it is in.

    A naive datetime is refused rather than guessed at: sending local time as if it were UTC (or
    the reverse) would silently query the wrong window.
    """
    if isinstance(value, datetime.datetime) and value.utcoffset() is None:
        raise ValueError(
            f"datetime {value.isoformat()} has no time zone; pass an aware datetime, "
            "e.g. datetime.now(timezone.utc) or value.replace(tzinfo=timezone.utc)"
        )
    return value.isoformat()


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


def json_text(value: object) -> str:
    """`value` as compact JSON (for a parameter the spec describes with a JSON `content`)."""
    return json.dumps(value, default=json_default, ensure_ascii=False, separators=(",", ":"))
