"""Responses: parsing a body into the declared type, and raw-response access
(`client.runs.with_raw_response.retrieve(...)`-style wrappers).

A wrapper adds a private marker header to the call's `extra_headers`; the base client strips
it before sending and returns an `APIResponse` instead of the parsed value. This keeps the
generated methods free of a second, raw variant of every signature.
"""

from __future__ import annotations

import functools
import json
from typing import Any, Awaitable, Callable, Generic, Mapping, TypeVar, cast

import httpx
from typing_extensions import ParamSpec

from ._exceptions import APIResponseValidationError
from ._models import validate_type
from ._types import NoneType

__all__ = [
    "APIResponse",
    "AsyncAPIResponse",
    "RAW_RESPONSE_HEADER",
    "to_raw_response_wrapper",
    "async_to_raw_response_wrapper",
    "parse_response",
    "error_body",
]

RAW_RESPONSE_HEADER = "X-Client-Raw-Response"

_T = TypeVar("_T")
_R = TypeVar("_R")
_P = ParamSpec("_P")

_NOT_PARSED = object()


def parse_response(response: httpx.Response, cast_to: Any) -> Any:
    """The body of a successful response as `cast_to` (any annotation), leniently.

    `str` and `bytes` take the body as is (unless a JSON string is declared), `None` ignores
    it, anything else is decoded from JSON and validated with `validate_type`.
    """
    if cast_to is None or cast_to is NoneType:
        return None
    if cast_to is httpx.Response:
        return response
    if cast_to is bytes:
        return response.content
    content_type = str(response.headers.get("content-type", ""))
    media_type = content_type.split(";")[0].strip().lower()
    is_json = media_type == "application/json" or media_type.endswith("+json")
    if cast_to is str and not is_json:
        return response.text
    if not response.content:
        return None
    try:
        data = json.loads(response.content)
    except ValueError as exc:
        if cast_to is object and not is_json:
            return response.text
        message = f"Expected a JSON body, got {media_type or 'no content type'}."
        raise APIResponseValidationError(response, response.text, message=message) from exc
    return validate_type(cast_to, data)


def error_body(response: httpx.Response) -> object | None:
    """The decoded JSON of an error response, else its text (None when empty)."""
    if not response.content:
        return None
    try:
        body: object = json.loads(response.content)
    except ValueError:
        return response.text
    return body


class _BaseAPIResponse(Generic[_T]):
    """The HTTP response (its body already read) and how to parse it into `_T`."""

    http_response: httpx.Response

    def __init__(self, http_response: httpx.Response, parse: Callable[[httpx.Response], _T]):
        self.http_response = http_response
        self._parse = parse
        self._parsed: object = _NOT_PARSED

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def url(self) -> httpx.URL:
        return self.http_response.url

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    @property
    def elapsed(self) -> float:
        """Seconds between sending the request and reading the whole response."""
        return self.http_response.elapsed.total_seconds()

    def json(self) -> Any:
        return json.loads(self.http_response.content)

    def _parse_once(self) -> _T:
        if self._parsed is _NOT_PARSED:
            self._parsed = self._parse(self.http_response)
        return cast(_T, self._parsed)

    def __repr__(self) -> str:
        response = self.http_response
        return f"<{type(self).__name__} [{response.status_code} {response.reason_phrase}]>"


class APIResponse(_BaseAPIResponse[_T]):
    def parse(self) -> _T:
        """The value the method returns without the raw wrapper (parsed once, then cached)."""
        return self._parse_once()


class AsyncAPIResponse(_BaseAPIResponse[_T]):
    async def parse(self) -> _T:
        """The value the method returns without the raw wrapper (parsed once, then cached).

        A coroutine, like the rest of the async client, although the body is already read.
        """
        return self._parse_once()


def _with_marker(kwargs: Mapping[str, Any]) -> dict[str, Any]:
    headers = dict(kwargs.get("extra_headers") or {})
    headers[RAW_RESPONSE_HEADER] = "true"
    return {**kwargs, "extra_headers": headers}


def to_raw_response_wrapper(func: Callable[_P, _R]) -> Callable[_P, APIResponse[_R]]:
    """`func` returning the `APIResponse` (headers, status, `.parse()`) instead of its value.

    For a paginated method this is the response of the first page; `.parse()` gives the page.
    """

    @functools.wraps(func)
    def wrapped(*args: _P.args, **kwargs: _P.kwargs) -> APIResponse[_R]:
        return cast(APIResponse[_R], func(*args, **_with_marker(kwargs)))

    return wrapped


def async_to_raw_response_wrapper(
    func: Callable[_P, Awaitable[_R]],
) -> Callable[_P, Awaitable[AsyncAPIResponse[_R]]]:
    """The async form of `to_raw_response_wrapper` (also for methods returning a paginator)."""

    @functools.wraps(func)
    async def wrapped(*args: _P.args, **kwargs: _P.kwargs) -> AsyncAPIResponse[_R]:
        return cast(AsyncAPIResponse[_R], await func(*args, **_with_marker(kwargs)))

    return wrapped
