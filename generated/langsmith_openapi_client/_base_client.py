"""The HTTP machinery behind every generated method.

`BaseClient` holds everything that does not do I/O: building requests from a `RequestSpec`,
retry decisions, error mapping, response parsing. `SyncAPIClient` and `AsyncAPIClient` only
add the send loop (and sleeping between attempts), so the two cannot drift apart.
"""

from __future__ import annotations

import copy as copy_module
import functools
import inspect
import logging
import time
import uuid
from dataclasses import dataclass, replace
from urllib.parse import parse_qsl
from typing import Any, Callable, Dict, Generic, Iterable, List, Mapping, Sequence
from typing import ClassVar, FrozenSet, Optional, Tuple, TypeVar, get_args, get_origin, overload

import anyio
import httpx
from typing_extensions import Self

from ._auth import Auth, Credentials, Requirement, SecurityScheme, authenticate
from ._body import aread_files, encode_body, read_files
from ._exceptions import APIConnectionError, APITimeoutError, make_status_error
from ._http import DEFAULT_CONNECTION_LIMITS, DEFAULT_TIMEOUT, HTTPX_DEFAULT_TIMEOUT, MAX_REDIRECTS
from ._http import DefaultAsyncHttpxClient, DefaultHttpxClient, redirect_request
from ._logs import redact_headers, redact_url
from ._pagination import AsyncCursorPage, AsyncPaginator, PageRequest, SyncCursorPage
from ._qs import Param, cookie_header, encode_query, header_values, render_path
from ._response import RAW_RESPONSE_HEADER, STREAMING_MODE, APIResponse, AsyncAPIResponse
from ._response import error_body, parse_response
from ._retries import retry_delay, should_retry
from ._streaming import AsyncStream, Stream
from ._types import NOT_GIVEN, Headers, NotGiven, Omit, RequestOptions

__all__ = [
    "RequestSpec",
    "BaseClient",
    "SyncAPIClient",
    "AsyncAPIClient",
    "DEFAULT_TIMEOUT",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_CONNECTION_LIMITS",
    "DefaultHttpxClient",
    "DefaultAsyncHttpxClient",
]

log = logging.getLogger(__name__)

DEFAULT_MAX_RETRIES = 2
RETRY_COUNT_HEADER = "X-Retry-Count"
# Where the final response of a call records how many retries it took (raw responses show it).
RETRIES_TAKEN = "retries_taken"
IDEMPOTENCY_HEADER = "Idempotency-Key"
_SAFE_METHODS = frozenset({"get", "head", "options"})

_HttpxClientT = TypeVar("_HttpxClientT", httpx.Client, httpx.AsyncClient)
_SyncPageT = TypeVar("_SyncPageT", bound=SyncCursorPage[Any])
_AsyncPageT = TypeVar("_AsyncPageT", bound=AsyncCursorPage[Any])
_T = TypeVar("_T")
_StreamT = TypeVar("_StreamT", bound=Stream[Any])
_AsyncStreamT = TypeVar("_AsyncStreamT", bound=AsyncStream[Any])


@dataclass(frozen=True)
class RequestSpec:
    """Everything a generated method knows about one call; the client does the rest."""

    method: str  # lower-case 'get', 'post', ...
    path: str  # template, e.g. "/v2/runs/{run_id}"
    path_params: Sequence[Param] = ()
    query_params: Sequence[Param] = ()
    header_params: Sequence[Param] = ()
    cookie_params: Sequence[Param] = ()
    # A python value (dict, list, str, bytes, file...); NOT_GIVEN in dicts is dropped.
    body: object = NOT_GIVEN
    # "none" | "json" | "multipart" | "form" | "binary" | "text"
    body_kind: str = "none"
    # The spec's media type for json/binary/text bodies (application/merge-patch+json).
    content_type: str | None = None
    # The `Accept` header: what the operation's responses declare (None: JSON).
    accept: str | None = None
    extra_headers: Headers | None = None
    extra_query: Mapping[str, object] | None = None
    # Merged into a json/multipart/form dict body; any other value replaces the body.
    extra_body: object = None
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN
    # True: safe to repeat as is; False: send an Idempotency-Key; None: by method (all but
    # GET/HEAD/OPTIONS get a key).
    idempotent: bool | None = None
    # The operation's security requirement (see _auth.py) when it is not the client's; None:
    # the API description declares none, so every credential the client holds is sent.
    security: Requirement | None | NotGiven = NOT_GIVEN


@dataclass(frozen=True)
class _Prepared:
    """The parts of a request computed once per call and reused by every retry."""

    method: str
    url: httpx.URL
    headers: httpx.Headers
    body: Dict[str, Any]  # keyword arguments for httpx's build_request
    timeout: httpx.Timeout
    # Lower-case names of the headers that carry credentials: never sent to another origin,
    # never logged; and the names of the query parameters that do.
    credential_headers: FrozenSet[str] = frozenset()
    credential_query: FrozenSet[str] = frozenset()


def _checked_max_retries(max_retries: object) -> int:
    # `None` is not "retry for ever" nor "the default": say so rather than guess.
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise TypeError(f"max_retries must be an int >= 0, got {max_retries!r}")
    return max_retries


def _as_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    return timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)


def _params(values: Mapping[str, object]) -> List[Param]:
    return [Param(name, value, "form", True) for name, value in values.items()]


def _merge_params(*groups: Iterable[Param]) -> List[Param]:
    """Later groups replace earlier parameters of the same name; absent values replace nothing."""
    merged: Dict[str, Param] = {}
    for group in groups:
        for param in group:
            if param.value is not None and not isinstance(param.value, (NotGiven, Omit)):
                merged[param.name] = param
    return list(merged.values())


# What a call answers: the parsed value, or (marked by a response wrapper, see _response.py) its
# APIResponse, the body read (RAW_MODE) or left to the caller (STREAMING_MODE).
PARSED_MODE = ""
EVENT_STREAM = "text/event-stream"


def _strip_raw_marker(spec: RequestSpec) -> Tuple[RequestSpec, str]:
    """The spec without the response wrappers' marker header, and the mode the marker asks for."""
    headers = spec.extra_headers or {}
    kept = {k: v for k, v in headers.items() if k.lower() != RAW_RESPONSE_HEADER.lower()}
    if len(kept) == len(headers):
        return spec, PARSED_MODE
    mode = next(str(v) for k, v in headers.items() if k.lower() == RAW_RESPONSE_HEADER.lower())
    return replace(spec, extra_headers=kept), mode


def _event_stream_parser(stream_cls: Any) -> Callable[[httpx.Response], Any]:
    """`Stream[Event]` -> a function making a `Stream` of `Event`s from an unread response."""
    stream_class: Any = get_origin(stream_cls) or stream_cls
    event_type = next(iter(get_args(stream_cls)), object)
    return lambda response: stream_class(response, event_type)


class BaseClient(Generic[_HttpxClientT]):
    def __init__(
        self,
        *,
        base_url: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: _HttpxClientT | None = None,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        user_agent: str,
    ) -> None:
        self.base_url = httpx.URL(base_url.rstrip("/"))
        if http_client is not None:
            self._check_http_client(http_client)
        if isinstance(timeout, NotGiven):
            timeout = DEFAULT_TIMEOUT
            # An injected http client's timeout is the caller's choice, unless it is only
            # httpx's default, which nobody chose.
            if http_client is not None and http_client.timeout != HTTPX_DEFAULT_TIMEOUT:
                timeout = http_client.timeout
        self.timeout = _as_timeout(timeout)
        self.max_retries = _checked_max_retries(max_retries)
        self.user_agent = user_agent
        self._default_headers: Dict[str, str] = dict(default_headers or {})
        self._default_query: Dict[str, object] = dict(default_query or {})
        # An injected client belongs to the caller, who may share it: never close it here.
        self._owns_http_client = http_client is None
        self._client: _HttpxClientT = http_client or self._make_http_client()

    # httpx.Client for the sync client, httpx.AsyncClient for the async one.
    _http_client_class: ClassVar[type]

    def _make_http_client(self) -> _HttpxClientT:
        raise NotImplementedError

    def _check_http_client(self, http_client: object) -> None:
        # An AsyncClient given to the sync client (or the reverse) would fail at the first call.
        if not isinstance(http_client, self._http_client_class):
            expected = self._http_client_class.__qualname__
            raise TypeError(f"http_client must be an httpx.{expected}, got {type(http_client).__name__}")

    # Authentication: the generated client names the API's security schemes, the requirement
    # an operation has unless its RequestSpec gives one (None: the API description declares
    # nothing) and, in `_credentials`, what it holds for each scheme.
    _security_schemes: ClassVar[Mapping[str, SecurityScheme]] = {}
    _security: ClassVar[Optional[Requirement]] = None

    def _credentials(self) -> Credentials:
        return {}

    def _auth(self, spec: RequestSpec) -> Auth:
        requirement = self._security if isinstance(spec.security, NotGiven) else spec.security
        return authenticate(requirement, self._security_schemes, self._credentials())

    # Whatever else a hand-written subclass sends with every request to authenticate.
    def auth_headers(self) -> dict[str, str]:
        return {}

    def auth_query(self) -> dict[str, str]:
        return {}

    def auth_cookies(self) -> dict[str, str]:
        return {}

    @property
    def default_headers(self) -> dict[str, str]:
        return {
            "Accept": "application/json",
            "User-Agent": self.user_agent,
            **self._default_headers,
        }

    def copy(
        self,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: _HttpxClientT | None = None,
        **attributes: Any,
    ) -> Self:
        """A client with some options changed, sharing this one's HTTP connection pool (or
        using `http_client`, which stays the caller's to close).

        Other keyword arguments set attributes of the generated client (e.g. `api_key`).
        """
        new = copy_module.copy(self)
        # Resources cached on `self` (cached_property) would still point at `self`.
        for name in list(vars(new)):
            if isinstance(inspect.getattr_static(type(new), name, None), functools.cached_property):
                del new.__dict__[name]
        new._owns_http_client = False
        if base_url is not None:
            new.base_url = httpx.URL(base_url.rstrip("/"))
        if not isinstance(timeout, NotGiven):
            new.timeout = _as_timeout(timeout)
        if max_retries is not None:
            new.max_retries = _checked_max_retries(max_retries)
        if http_client is not None:
            self._check_http_client(http_client)
            new._client = http_client
        new._default_headers = {**self._default_headers, **(default_headers or {})}
        new._default_query = {**self._default_query, **(default_query or {})}
        for name, value in attributes.items():
            if name.startswith("_") or not hasattr(new, name):
                raise TypeError(f"{type(self).__name__}.copy() got an unexpected option {name!r}")
            setattr(new, name, value)
        return new

    with_options = copy

    def _prepare(self, spec: RequestSpec) -> _Prepared:
        auth: Auth = self._auth(spec)
        query_params = _merge_params(
            _params(self._default_query),
            _params(auth.query),
            _params(self.auth_query()),
            spec.query_params,
            _params(spec.extra_query or {}),
        )
        query = encode_query(query_params)
        path = render_path(spec.path, spec.path_params)
        url = httpx.URL(str(self.base_url) + path + (f"?{query}" if query else ""))
        body, content_type = encode_body(spec.body_kind, spec.body, spec.extra_body, spec.content_type)

        # Later entries win: defaults, auth, the client's default_headers, parameters, ...
        headers = httpx.Headers(self.default_headers)
        if spec.accept:
            headers["Accept"] = spec.accept
        headers.update(auth.headers)
        headers.update(self.auth_headers())
        headers.update(self._default_headers)
        headers.update(header_values(spec.header_params))
        cookies = cookie_header(spec.cookie_params, {**auth.cookies, **self.auth_cookies()})
        if cookies:
            headers["Cookie"] = cookies
        if content_type:
            headers["Content-Type"] = content_type
        if self._needs_idempotency_key(spec):
            # One key per call, sent again with every retry of it.
            headers[IDEMPOTENCY_HEADER] = str(uuid.uuid4())
        for name, value in (spec.extra_headers or {}).items():  # the call's own win
            if isinstance(value, Omit):
                headers.pop(name, None)
            else:
                headers[name] = value
        timeout = self.timeout if isinstance(spec.timeout, NotGiven) else _as_timeout(spec.timeout)
        secret_headers = [*auth.headers.keys(), *self.auth_headers().keys()]
        credential_headers = frozenset(name.lower() for name in secret_headers)
        credential_query = frozenset([*auth.query.keys(), *self.auth_query().keys()])
        return _Prepared(spec.method.upper(), url, headers, body, timeout, credential_headers, credential_query)

    def _custom_spec(self, method: str, path: str, body: object, options: RequestOptions | None) -> RequestSpec:
        """The request of `client.get(path, ...)` and its siblings, for an endpoint the API
        description lacks: the path as given (relative to the base URL, with any query), a JSON
        body (bytes: sent as they are), and the usual per-call options."""
        path, _, query = path.partition("?")
        options = options or {}
        return RequestSpec(
            method,
            path if path.startswith("/") else "/" + path,
            query_params=[Param(name, value, "form", True) for name, value in parse_qsl(query, True)],
            body=body,
            body_kind="none" if isinstance(body, NotGiven) else "binary" if isinstance(body, bytes) else "json",
            extra_headers=options.get("extra_headers"),
            extra_query=options.get("extra_query"),
            extra_body=options.get("extra_body"),
            timeout=options.get("timeout", NOT_GIVEN),
        )

    def _needs_idempotency_key(self, spec: RequestSpec) -> bool:
        if spec.idempotent is None:
            return spec.method.lower() not in _SAFE_METHODS
        return not spec.idempotent

    def _build_request(self, prepared: _Prepared, retries_taken: int) -> httpx.Request:
        headers = prepared.headers.copy()
        headers[RETRY_COUNT_HEADER] = str(retries_taken)
        return self._client.build_request(
            prepared.method,
            prepared.url,
            headers=headers,
            timeout=prepared.timeout,
            **prepared.body,
        )

    def _redirect(self, prepared: _Prepared, response: httpx.Response) -> Optional[httpx.Request]:
        """The request that follows `response`'s redirect, or None when it is not to be followed
        (see _http.py: no credential goes to another origin)."""
        if not self._client.follow_redirects:
            return None
        return redirect_request(self._client, response, prepared.credential_headers, prepared.body, prepared.timeout)

    def _log_request(self, prepared: _Prepared, request: httpx.Request) -> None:
        if log.isEnabledFor(logging.DEBUG):
            url = redact_url(request.url, prepared.credential_query)
            headers = redact_headers(request.headers, prepared.credential_headers)
            log.debug("Request: %s %s headers=%s", request.method, url, headers)

    def _log_response(self, prepared: _Prepared, response: httpx.Response) -> None:
        if log.isEnabledFor(logging.INFO):
            url = redact_url(response.request.url, prepared.credential_query)
            status = f"{response.http_version} {response.status_code} {response.reason_phrase}"
            log.info('HTTP Request: %s %s "%s"', response.request.method, url, status)
        if log.isEnabledFor(logging.DEBUG):
            headers = redact_headers(response.headers, prepared.credential_headers)
            log.debug("Response: %s headers=%s", response.status_code, headers)

    def _delay_after_error(self, request: httpx.Request, error: Exception, retries: int) -> float:
        """The pause before retrying a failed attempt; raises when out of retries."""
        if retries >= self.max_retries:
            if isinstance(error, httpx.TimeoutException):
                raise APITimeoutError(request) from error
            raise APIConnectionError(request=request, message=f"Connection error: {error!r}") from error
        # Without the query, which may hold a credential.
        log.info("Retrying %s %s after %r", request.method, request.url.copy_with(query=None), error)
        return retry_delay(retries, None)

    def _delay_after_response(self, response: httpx.Response, retries: int) -> float | None:
        """The pause before retrying, or None when `response` is final; raises for an error."""
        if response.status_code < 400:
            return None
        if retries < self.max_retries and should_retry(response):
            url = response.url.copy_with(query=None)
            log.info("Retrying %s %s after %d", response.request.method, url, response.status_code)
            return retry_delay(retries, response)
        raise make_status_error(response, error_body(response))

    def _parser(self, cast_to: Any) -> Callable[[httpx.Response], Any]:
        return lambda response: parse_response(response, cast_to)

    def _page_parser(
        self,
        spec: RequestSpec,
        page: type[_T],
        cast_to: Any,
        cursor_param: Tuple[str, str],
    ) -> Callable[[httpx.Response], _T]:
        # SyncCursorPage[Run] -> SyncCursorPage; the items' type comes from cast_to.
        page_class: Any = get_origin(page) or page
        request = PageRequest(self, spec, cast_to, cursor_param)

        def parse(response: httpx.Response) -> _T:
            # Not parse_response(response, object): that takes any body (HTML as text, empty as
            # None), and a page read from one would be empty, ending the iteration silently.
            return page_class._from_response(response, request)  # type: ignore[no-any-return]

        return parse


class SyncAPIClient(BaseClient[httpx.Client]):
    _http_client_class = httpx.Client

    def _make_http_client(self) -> httpx.Client:
        return DefaultHttpxClient(timeout=self.timeout)

    # The overloads give generated methods a precise return type for `cast_to=Run`,
    # `List[Run]`, `str`, `type(None)`; other annotations (unions) come back as Any.
    # An operation answering with server-sent events gives `stream_cls=Stream[Event]`: alone, it
    # always streams; with `stream`, it streams when `stream is True` (else parses `cast_to`).
    @overload
    def request(self, spec: RequestSpec, *, cast_to: type[_T]) -> _T: ...
    @overload
    def request(self, spec: RequestSpec, *, cast_to: object) -> Any: ...
    @overload
    def request(self, spec: RequestSpec, *, stream_cls: type[_StreamT]) -> _StreamT: ...
    @overload
    def request(
        self, spec: RequestSpec, *, cast_to: type[_T], stream: object, stream_cls: type[_StreamT]
    ) -> _T | _StreamT: ...
    @overload
    def request(self, spec: RequestSpec, *, cast_to: object, stream: object, stream_cls: type[_StreamT]) -> Any: ...
    def request(self, spec: RequestSpec, *, cast_to: Any = None, stream: object = True, stream_cls: Any = None) -> Any:
        spec, mode = _strip_raw_marker(spec)
        if stream_cls is not None and stream is True:
            spec = replace(spec, accept=EVENT_STREAM)
            return self._respond(spec, _event_stream_parser(stream_cls), mode, events=True)
        return self._respond(spec, self._parser(cast_to), mode)

    def request_page(
        self,
        spec: RequestSpec,
        *,
        page: type[_SyncPageT],
        cast_to: Any,
        cursor_param: Tuple[str, str],
    ) -> _SyncPageT:
        spec, mode = _strip_raw_marker(spec)
        parse = self._page_parser(spec, page, cast_to, cursor_param)
        first_page: _SyncPageT = self._respond(spec, parse, mode)  # or its APIResponse
        return first_page

    def _respond(
        self, spec: RequestSpec, parse: Callable[[httpx.Response], Any], mode: str, *, events: bool = False
    ) -> Any:
        """`parse(response)`, or the APIResponse `mode` asks for. An event stream's body (`events`)
        and a streaming response's are left unread: the Stream or the caller reads them."""
        response = self._send(spec, stream=events or mode == STREAMING_MODE)
        if mode == PARSED_MODE:
            return parse(response)
        return APIResponse(response, parse, parse_streams=events)

    def _send(self, spec: RequestSpec, *, stream: bool = False) -> httpx.Response:
        """The final response to `spec`, after retries. With `stream=True` a successful
        response's body is left unread (the caller must close it); an error's is always read."""
        prepared = self._prepare(read_files(spec))
        retries = 0
        while True:
            request = self._build_request(prepared, retries)
            try:
                response = self._send_following_redirects(prepared, request)
                if not stream or response.status_code >= 400:
                    response.read()
            except httpx.RequestError as exc:  # no usable response
                delay = self._delay_after_error(request, exc, retries)
            else:
                try:
                    maybe_delay = self._delay_after_response(response, retries)
                except BaseException:
                    response.close()
                    raise
                if maybe_delay is None:
                    response.extensions[RETRIES_TAKEN] = retries
                    return response
                delay = maybe_delay
                response.close()
            self._sleep(delay)
            retries += 1

    def _send_following_redirects(self, prepared: _Prepared, request: httpx.Request) -> httpx.Response:
        """One attempt: the response to `request`, or to where its redirects lead (body unread)."""
        self._log_request(prepared, request)
        response = self._client.send(request, stream=True, follow_redirects=False)
        self._log_response(prepared, response)
        for _ in range(MAX_REDIRECTS):
            next_request = self._redirect(prepared, response)
            if next_request is None:
                return response
            response.close()
            self._log_request(prepared, next_request)
            response = self._client.send(next_request, stream=True, follow_redirects=False)
            self._log_response(prepared, response)
        response.close()
        raise httpx.TooManyRedirects(f"Exceeded {MAX_REDIRECTS} redirects", request=request)

    def _sleep(self, seconds: float) -> None:
        """Waits between attempts (tests replace it to record the delays instead)."""
        time.sleep(seconds)

    # Endpoints the API description lacks, through the same auth, retries and error mapping.
    def get(self, path: str, *, cast_to: type[_T], options: RequestOptions | None = None) -> _T:
        """GET `path` (relative to the base URL) and parse the response as `cast_to`."""
        return self.request(self._custom_spec("get", path, NOT_GIVEN, options), cast_to=cast_to)

    def delete(self, path: str, *, cast_to: type[_T], options: RequestOptions | None = None) -> _T:
        """DELETE `path` and parse the response as `cast_to`."""
        return self.request(self._custom_spec("delete", path, NOT_GIVEN, options), cast_to=cast_to)

    def post(
        self, path: str, *, cast_to: type[_T], body: object = NOT_GIVEN, options: RequestOptions | None = None
    ) -> _T:
        """POST `body` (sent as JSON; bytes as they are) to `path`; parse the response as `cast_to`."""
        return self.request(self._custom_spec("post", path, body, options), cast_to=cast_to)

    def put(
        self, path: str, *, cast_to: type[_T], body: object = NOT_GIVEN, options: RequestOptions | None = None
    ) -> _T:
        """PUT `body` to `path` (see `post`)."""
        return self.request(self._custom_spec("put", path, body, options), cast_to=cast_to)

    def patch(
        self, path: str, *, cast_to: type[_T], body: object = NOT_GIVEN, options: RequestOptions | None = None
    ) -> _T:
        """PATCH `path` with `body` (see `post`)."""
        return self.request(self._custom_spec("patch", path, body, options), cast_to=cast_to)

    def close(self) -> None:
        if self._owns_http_client:
            self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncAPIClient(BaseClient[httpx.AsyncClient]):
    _http_client_class = httpx.AsyncClient

    def _make_http_client(self) -> httpx.AsyncClient:
        return DefaultAsyncHttpxClient(timeout=self.timeout)

    @overload
    async def request(self, spec: RequestSpec, *, cast_to: type[_T]) -> _T: ...
    @overload
    async def request(self, spec: RequestSpec, *, cast_to: object) -> Any: ...
    @overload
    async def request(self, spec: RequestSpec, *, stream_cls: type[_AsyncStreamT]) -> _AsyncStreamT: ...
    @overload
    async def request(
        self, spec: RequestSpec, *, cast_to: type[_T], stream: object, stream_cls: type[_AsyncStreamT]
    ) -> _T | _AsyncStreamT: ...
    @overload
    async def request(
        self, spec: RequestSpec, *, cast_to: object, stream: object, stream_cls: type[_AsyncStreamT]
    ) -> Any: ...
    async def request(
        self, spec: RequestSpec, *, cast_to: Any = None, stream: object = True, stream_cls: Any = None
    ) -> Any:
        """See `SyncAPIClient.request`."""
        spec, mode = _strip_raw_marker(spec)
        if stream_cls is not None and stream is True:
            spec = replace(spec, accept=EVENT_STREAM)
            return await self._respond(spec, _event_stream_parser(stream_cls), mode, events=True)
        return await self._respond(spec, self._parser(cast_to), mode)

    def request_page(
        self,
        spec: RequestSpec,
        *,
        page: type[_AsyncPageT],
        cast_to: Any,
        cursor_param: Tuple[str, str],
    ) -> AsyncPaginator[Any, _AsyncPageT]:
        spec, mode = _strip_raw_marker(spec)
        parse = self._page_parser(spec, page, cast_to, cursor_param)
        return AsyncPaginator(lambda: self._respond(spec, parse, mode))

    async def _respond(
        self, spec: RequestSpec, parse: Callable[[httpx.Response], Any], mode: str, *, events: bool = False
    ) -> Any:
        """See `SyncAPIClient._respond`."""
        response = await self._send(spec, stream=events or mode == STREAMING_MODE)
        if mode == PARSED_MODE:
            return parse(response)
        return AsyncAPIResponse(response, parse, parse_streams=events)

    async def _send(self, spec: RequestSpec, *, stream: bool = False) -> httpx.Response:
        """The final response to `spec`, after retries (see `SyncAPIClient._send`)."""
        prepared = self._prepare(await aread_files(spec))
        retries = 0
        while True:
            request = self._build_request(prepared, retries)
            try:
                response = await self._send_following_redirects(prepared, request)
                if not stream or response.status_code >= 400:
                    await response.aread()
            except httpx.RequestError as exc:  # no usable response
                delay = self._delay_after_error(request, exc, retries)
            else:
                try:
                    maybe_delay = self._delay_after_response(response, retries)
                except BaseException:
                    await response.aclose()
                    raise
                if maybe_delay is None:
                    response.extensions[RETRIES_TAKEN] = retries
                    return response
                delay = maybe_delay
                await response.aclose()
            await self._sleep(delay)
            retries += 1

    async def _send_following_redirects(self, prepared: _Prepared, request: httpx.Request) -> httpx.Response:
        """One attempt: the response to `request`, or to where its redirects lead (body unread)."""
        self._log_request(prepared, request)
        response = await self._client.send(request, stream=True, follow_redirects=False)
        self._log_response(prepared, response)
        for _ in range(MAX_REDIRECTS):
            next_request = self._redirect(prepared, response)
            if next_request is None:
                return response
            await response.aclose()
            self._log_request(prepared, next_request)
            response = await self._client.send(next_request, stream=True, follow_redirects=False)
            self._log_response(prepared, response)
        await response.aclose()
        raise httpx.TooManyRedirects(f"Exceeded {MAX_REDIRECTS} redirects", request=request)

    async def _sleep(self, seconds: float) -> None:
        """Waits between attempts (tests replace it to record the delays instead)."""
        await anyio.sleep(seconds)

    # Endpoints the API description lacks, through the same auth, retries and error mapping.
    async def get(self, path: str, *, cast_to: type[_T], options: RequestOptions | None = None) -> _T:
        """GET `path` (relative to the base URL) and parse the response as `cast_to`."""
        return await self.request(self._custom_spec("get", path, NOT_GIVEN, options), cast_to=cast_to)

    async def delete(self, path: str, *, cast_to: type[_T], options: RequestOptions | None = None) -> _T:
        """DELETE `path` and parse the response as `cast_to`."""
        return await self.request(self._custom_spec("delete", path, NOT_GIVEN, options), cast_to=cast_to)

    async def post(
        self, path: str, *, cast_to: type[_T], body: object = NOT_GIVEN, options: RequestOptions | None = None
    ) -> _T:
        """POST `body` (sent as JSON; bytes as they are) to `path`; parse the response as `cast_to`."""
        return await self.request(self._custom_spec("post", path, body, options), cast_to=cast_to)

    async def put(
        self, path: str, *, cast_to: type[_T], body: object = NOT_GIVEN, options: RequestOptions | None = None
    ) -> _T:
        """PUT `body` to `path` (see `post`)."""
        return await self.request(self._custom_spec("put", path, body, options), cast_to=cast_to)

    async def patch(
        self, path: str, *, cast_to: type[_T], body: object = NOT_GIVEN, options: RequestOptions | None = None
    ) -> _T:
        """PATCH `path` with `body` (see `post`)."""
        return await self.request(self._custom_spec("patch", path, body, options), cast_to=cast_to)

    async def close(self) -> None:
        if self._owns_http_client:
            await self._client.aclose()

    aclose = close

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
