"""Responses: parsing a body into the declared type, raw-response access
(`client.runs.with_raw_response.retrieve(...)`) and streaming-response access
(`with client.runs.with_streaming_response.retrieve(...) as response:`).

A wrapper adds a private marker header to the call's `extra_headers`; the base client strips
it before sending and returns an `APIResponse` instead of the parsed value (for the streaming
variant, one whose body is not read until asked for). This keeps the generated methods free of
more variants of every signature.
"""

from __future__ import annotations

import functools
import json
import os
from typing import Any, AsyncIterator, Awaitable, Callable, Generic, Iterator, Mapping, Optional, TypeVar, Union, cast

import anyio
import httpx
from typing_extensions import ParamSpec

from ._exceptions import APIResponseValidationError
from ._models import attach_request_id, body_fits, collection_paused, decode_json, json_kind, validate_type
from ._types import NoneType

__all__ = [
    "APIResponse",
    "AsyncAPIResponse",
    "RAW_RESPONSE_HEADER",
    "RAW_MODE",
    "STREAMING_MODE",
    "to_raw_response_wrapper",
    "async_to_raw_response_wrapper",
    "ResponseContextManager",
    "AsyncResponseContextManager",
    "to_streamed_response_wrapper",
    "async_to_streamed_response_wrapper",
    "parse_response",
    "json_body",
    "error_body",
]

RAW_RESPONSE_HEADER = "X-Client-Raw-Response"
# The marker's values: the response with its body read, or with its body left to the caller.
RAW_MODE = "raw"
STREAMING_MODE = "stream"

_T = TypeVar("_T")
_R = TypeVar("_R")
_P = ParamSpec("_P")
_ResponseT = TypeVar("_ResponseT", bound="APIResponse[Any]")
_AsyncResponseT = TypeVar("_AsyncResponseT", bound="AsyncAPIResponse[Any]")

_NOT_PARSED = object()


def parse_response(response: httpx.Response, cast_to: Any) -> Any:
    """The body of a successful response as `cast_to` (any annotation), leniently inside.

    `str` and `bytes` take the body as is (unless a JSON string is declared), `None` ignores
    it, anything else is decoded from JSON and validated with `validate_type`. A body that is
    empty, not JSON, or of a JSON kind the type cannot be at all (an array for `Run`) raises
    `APIResponseValidationError`; values inside that do not fit the spec are kept as received.
    A returned model carries the response's `x-request-id` as `_request_id`.
    """
    if cast_to is None or cast_to is NoneType:
        return None
    if cast_to is httpx.Response:
        return response
    if cast_to is bytes:
        return response.content
    is_json = _is_json(_media_type(response))
    if cast_to is str and not is_json:
        return response.text
    if not response.content:
        # Nothing is a value only where null is (Optional[...], object, Any).
        if body_fits(cast_to, None):
            return None
        raise _unfit_error(response, None, cast_to)
    if cast_to is object and not is_json:  # anything: JSON when it decodes, else the text
        try:
            return decode_json(response.content)
        except ValueError:
            return response.text
    with collection_paused(len(response.content)):
        data = json_body(response)
        if not body_fits(cast_to, data):
            raise _unfit_error(response, data, cast_to)
        value = validate_type(cast_to, data)
    attach_request_id(value, response.headers.get("x-request-id"))
    return value


def json_body(response: httpx.Response) -> object:
    """The decoded JSON body of a response; `APIResponseValidationError` when it is empty or not JSON."""
    if not response.content:
        message = f"Expected a JSON body, got an empty one (HTTP {response.status_code})."
        raise APIResponseValidationError(response, None, message=message)
    try:
        return decode_json(response.content)
    except ValueError as error:
        media_type = _media_type(response) or "no content type"
        message = f"invalid JSON in the response body ({media_type}, HTTP {response.status_code}): {error}"
        raise APIResponseValidationError(response, response.text, message=message) from error


def _unfit_error(response: httpx.Response, body: object, cast_to: Any) -> APIResponseValidationError:
    got = f"a JSON {json_kind(body)}" if response.content else "an empty body"
    name = getattr(cast_to, "__name__", None) or repr(cast_to)
    message = f"Expected {name} in the response body, got {got} (HTTP {response.status_code})."
    return APIResponseValidationError(response, body, message=message)


def _media_type(response: httpx.Response) -> str:
    return str(response.headers.get("content-type", "")).split(";")[0].strip().lower()


def _is_json(media_type: str) -> bool:
    return media_type == "application/json" or media_type.endswith("+json")


def error_body(response: httpx.Response) -> object | None:
    """The decoded JSON of an error response, else its text (None when empty)."""
    if not response.content:
        return None
    try:
        return decode_json(response.content)
    except ValueError:
        return response.text


class _BaseAPIResponse(Generic[_T]):
    """The HTTP response and how to parse it into `_T`.

    From `with_raw_response` its body is already read; from `with_streaming_response` it is
    read only when asked for (`read()`, `parse()`, iterating it, `stream_to_file()`).
    """

    http_response: httpx.Response

    def __init__(
        self,
        http_response: httpx.Response,
        parse: Callable[[httpx.Response], _T],
        *,
        parse_streams: bool = False,
    ):
        self.http_response = http_response
        self._parse = parse
        # True: `parse` hands the unread body on (an event stream), so it must not be read first.
        self._parse_streams = parse_streams
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
        """The body (of a streaming response: after `read()`)."""
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    @property
    def elapsed(self) -> float:
        """Seconds between sending the request and reading the whole response."""
        return self.http_response.elapsed.total_seconds()

    @property
    def request_id(self) -> str | None:
        """The server's id for this request (`x-request-id`), to quote when reporting a problem."""
        request_id: str | None = self.http_response.headers.get("x-request-id")
        return request_id

    @property
    def retries_taken(self) -> int:
        """How many times the request was retried before this response (0: the first try)."""
        retries: object = self.http_response.extensions.get("retries_taken", 0)
        return retries if isinstance(retries, int) else 0

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
        """The value the method returns without the wrapper (parsed once, then cached)."""
        if not self._parse_streams:
            self.http_response.read()
        return self._parse_once()

    def read(self) -> bytes:
        """The whole body (read once, then kept)."""
        return self.http_response.read()

    def iter_bytes(self, chunk_size: Optional[int] = None) -> Iterator[bytes]:
        """The body as it arrives, decompressed; `chunk_size` bytes per piece if given."""
        return self.http_response.iter_bytes(chunk_size)

    def iter_text(self, chunk_size: Optional[int] = None) -> Iterator[str]:
        return self.http_response.iter_text(chunk_size)

    def iter_lines(self) -> Iterator[str]:
        return self.http_response.iter_lines()

    def stream_to_file(self, file: Union[str, os.PathLike[str]], *, chunk_size: Optional[int] = None) -> None:
        """Writes the body to `file` as it arrives, never holding all of it in memory."""
        with open(file, "wb") as out:
            for chunk in self.iter_bytes(chunk_size):
                out.write(chunk)

    def close(self) -> None:
        """Closes the connection (leaving a `with_streaming_response` block does it)."""
        self.http_response.close()


class AsyncAPIResponse(_BaseAPIResponse[_T]):
    async def parse(self) -> _T:
        """The value the method returns without the wrapper (parsed once, then cached)."""
        if not self._parse_streams:
            await self.http_response.aread()
        return self._parse_once()

    async def read(self) -> bytes:
        """The whole body (read once, then kept)."""
        return await self.http_response.aread()

    def iter_bytes(self, chunk_size: Optional[int] = None) -> AsyncIterator[bytes]:
        """The body as it arrives (`async for`), decompressed; `chunk_size` bytes per piece if given."""
        return self.http_response.aiter_bytes(chunk_size)

    def iter_text(self, chunk_size: Optional[int] = None) -> AsyncIterator[str]:
        return self.http_response.aiter_text(chunk_size)

    def iter_lines(self) -> AsyncIterator[str]:
        return self.http_response.aiter_lines()

    async def stream_to_file(self, file: Union[str, os.PathLike[str]], *, chunk_size: Optional[int] = None) -> None:
        """Writes the body to `file` as it arrives, without blocking the event loop."""
        async with await anyio.open_file(file, "wb") as out:
            async for chunk in self.iter_bytes(chunk_size):
                await out.write(chunk)

    async def close(self) -> None:
        """Closes the connection (leaving a `with_streaming_response` block does it)."""
        await self.http_response.aclose()


class ResponseContextManager(Generic[_ResponseT]):
    """What a `with_streaming_response` method returns: entering the `with` block sends the
    request and gives the response, its body unread; leaving it closes the connection."""

    def __init__(self, send: Callable[[], _ResponseT]) -> None:
        self._send = send
        self._response: Optional[_ResponseT] = None

    def __enter__(self) -> _ResponseT:
        self._response = self._send()
        return self._response

    def __exit__(self, *exc_info: object) -> None:
        if self._response is not None:
            self._response.close()


class AsyncResponseContextManager(Generic[_AsyncResponseT]):
    """The `async with` form of `ResponseContextManager`."""

    def __init__(self, send: Callable[[], Awaitable[_AsyncResponseT]]) -> None:
        self._send = send
        self._response: Optional[_AsyncResponseT] = None

    async def __aenter__(self) -> _AsyncResponseT:
        self._response = await self._send()
        return self._response

    async def __aexit__(self, *exc_info: object) -> None:
        if self._response is not None:
            await self._response.close()


def _with_marker(kwargs: Mapping[str, Any], mode: str) -> dict[str, Any]:
    headers = dict(kwargs.get("extra_headers") or {})
    headers[RAW_RESPONSE_HEADER] = mode
    return {**kwargs, "extra_headers": headers}


def to_raw_response_wrapper(func: Callable[_P, _R]) -> Callable[_P, APIResponse[_R]]:
    """`func` returning the `APIResponse` (headers, status, `.parse()`) instead of its value.

    For a paginated method this is the response of the first page; `.parse()` gives the page.
    """

    @functools.wraps(func)
    def wrapped(*args: _P.args, **kwargs: _P.kwargs) -> APIResponse[_R]:
        return cast(APIResponse[_R], func(*args, **_with_marker(kwargs, RAW_MODE)))

    return wrapped


def async_to_raw_response_wrapper(
    func: Callable[_P, Awaitable[_R]],
) -> Callable[_P, Awaitable[AsyncAPIResponse[_R]]]:
    """The async form of `to_raw_response_wrapper` (also for methods returning a paginator)."""

    @functools.wraps(func)
    async def wrapped(*args: _P.args, **kwargs: _P.kwargs) -> AsyncAPIResponse[_R]:
        return cast(AsyncAPIResponse[_R], await func(*args, **_with_marker(kwargs, RAW_MODE)))

    return wrapped


def to_streamed_response_wrapper(
    func: Callable[_P, _R],
) -> Callable[_P, ResponseContextManager[APIResponse[_R]]]:
    """`func` returning a context manager of its `APIResponse`, the body read only when asked
    for (for a paginated method: the first page's response; `.parse()` gives the page)."""

    @functools.wraps(func)
    def wrapped(*args: _P.args, **kwargs: _P.kwargs) -> ResponseContextManager[APIResponse[_R]]:
        marked = _with_marker(kwargs, STREAMING_MODE)
        return ResponseContextManager(lambda: cast(APIResponse[_R], func(*args, **marked)))

    return wrapped


def async_to_streamed_response_wrapper(
    func: Callable[_P, Awaitable[_R]],
) -> Callable[_P, AsyncResponseContextManager[AsyncAPIResponse[_R]]]:
    """The async form of `to_streamed_response_wrapper`."""

    @functools.wraps(func)
    def wrapped(*args: _P.args, **kwargs: _P.kwargs) -> AsyncResponseContextManager[AsyncAPIResponse[_R]]:
        marked = _with_marker(kwargs, STREAMING_MODE)

        async def send() -> AsyncAPIResponse[_R]:
            return cast(AsyncAPIResponse[_R], await func(*args, **marked))

        return AsyncResponseContextManager(send)

    return wrapped
