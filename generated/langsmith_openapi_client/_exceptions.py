"""The error hierarchy raised by the client.

PackageError (named after the API, e.g. `LangSmithError`; raised itself for missing credentials)
└── APIError
    ├── APIConnectionError
    │   └── APITimeoutError
    ├── APIResponseValidationError
    └── APIStatusError
        ├── BadRequestError (400)       ├── ConflictError (409)
        ├── AuthenticationError (401)   ├── UnprocessableEntityError (422)
        ├── PermissionDeniedError (403) ├── RateLimitError (429)
        ├── NotFoundError (404)         └── InternalServerError (>= 500)
"""

from __future__ import annotations

import json
from typing import Mapping

import httpx

from ._package_error import PackageError

__all__ = [
    "PackageError",
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
    "make_status_error",
]

# Long bodies (HTML error pages from proxies) would drown the status line in tracebacks.
_SNIPPET_CHARS = 300


class APIError(PackageError):
    message: str
    request: httpx.Request
    body: object | None
    """The decoded JSON body (or the text when it is not JSON), if there was a response."""

    def __init__(self, message: str, request: httpx.Request, *, body: object | None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.body = body

    def __str__(self) -> str:
        return self.message


class APIConnectionError(APIError):
    """The request never got a response: DNS failure, refused connection, reset, TLS error."""

    def __init__(self, *, request: httpx.Request, message: str = "Connection error.") -> None:
        super().__init__(message, request, body=None)


class APITimeoutError(APIConnectionError):
    def __init__(self, request: httpx.Request) -> None:
        super().__init__(request=request, message="Request timed out.")


class APIResponseValidationError(APIError):
    """The response could not be decoded at all (e.g. HTML where JSON was promised).

    API-ahead data (unknown enum values, new fields) never raises this: models keep it as is.
    """

    response: httpx.Response
    status_code: int

    def __init__(
        self,
        response: httpx.Response,
        body: object | None,
        *,
        message: str = "The response body could not be decoded.",
    ) -> None:
        super().__init__(message, response.request, body=body)
        self.response = response
        self.status_code = response.status_code


class APIStatusError(APIError):
    """The server answered with a 4xx or 5xx status (after any retries)."""

    response: httpx.Response
    status_code: int

    def __init__(self, message: str, *, response: httpx.Response, body: object | None) -> None:
        super().__init__(message, response.request, body=body)
        self.response = response
        self.status_code = response.status_code

    @property
    def request_id(self) -> str | None:
        request_id: str | None = self.response.headers.get("x-request-id")
        return request_id


class BadRequestError(APIStatusError):
    pass


class AuthenticationError(APIStatusError):
    pass


class PermissionDeniedError(APIStatusError):
    pass


class NotFoundError(APIStatusError):
    pass


class ConflictError(APIStatusError):
    pass


class UnprocessableEntityError(APIStatusError):
    pass


class RateLimitError(APIStatusError):
    pass


class InternalServerError(APIStatusError):
    pass


_ERRORS_BY_STATUS: Mapping[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def make_status_error(response: httpx.Response, body: object | None) -> APIStatusError:
    """The exception for an error response; `body` is its decoded JSON (or text)."""
    status = response.status_code
    error_class = _ERRORS_BY_STATUS.get(status)
    if error_class is None:
        error_class = InternalServerError if status >= 500 else APIStatusError
    message = f"Error code: {status} - {_describe(body, response.reason_phrase)}"
    return error_class(message, response=response, body=body)


def _describe(body: object | None, reason: str) -> str:
    if isinstance(body, Mapping):
        # RFC 7807 / 9457 problem details, then the shapes common APIs use.
        title, detail = body.get("title"), body.get("detail")
        if isinstance(title, str) and isinstance(detail, str):
            return _shorten(f"{title}: {detail}")
        for key in ("detail", "title", "message", "error_description"):
            value = body.get(key)
            if isinstance(value, str):
                return _shorten(value)
        error = body.get("error")
        if isinstance(error, Mapping) and isinstance(error.get("message"), str):
            return _shorten(str(error["message"]))
        if isinstance(error, str):
            return _shorten(error)
    if body is None or body == "":
        return reason or "no body"
    return _shorten(body if isinstance(body, str) else json.dumps(body, default=str))


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _SNIPPET_CHARS else text[: _SNIPPET_CHARS - 3] + "..."
