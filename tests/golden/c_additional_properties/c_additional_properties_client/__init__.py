# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).
"""Python client for the Metrics API."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from httpx import Timeout

from ._types import NOT_GIVEN, NotGiven, Omit, RequestOptions
from ._version import __version__
from ._package_error import MetricsError
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)

if TYPE_CHECKING:
    from ._client import AsyncClient as AsyncClient, Client as Client
    from ._http import DefaultAsyncHttpxClient as DefaultAsyncHttpxClient, DefaultHttpxClient as DefaultHttpxClient
    from ._models import BaseModel as BaseModel
    from ._streaming import APIStreamError as APIStreamError, AsyncStream as AsyncStream, Stream as Stream
    from . import types as types

# The client pulls in pydantic and the resources; load it (and the rest) on first use only.
_LAZY = {
    "Client": "._client",
    "AsyncClient": "._client",
    "DefaultHttpxClient": "._http",
    "DefaultAsyncHttpxClient": "._http",
    "BaseModel": "._models",
    "Stream": "._streaming",
    "AsyncStream": "._streaming",
    "APIStreamError": "._streaming",
    "types": ".types",
}

__all__ = [
    "__version__",
    "Client",
    "AsyncClient",
    "DefaultHttpxClient",
    "DefaultAsyncHttpxClient",
    "NOT_GIVEN",
    "NotGiven",
    "Omit",
    "Timeout",
    "RequestOptions",
    "BaseModel",
    "Stream",
    "AsyncStream",
    "MetricsError",
    "APIError",
    "APIConnectionError",
    "APITimeoutError",
    "APIResponseValidationError",
    "APIStatusError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "APIStreamError",
    "types",
]


def __getattr__(name: str) -> object:
    target = _LAZY.get(name)
    if target is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = import_module(target, __name__)
    value = module if name == "types" else getattr(module, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
