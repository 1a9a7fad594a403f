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
from typing import Any, Callable, Dict, Generic, Iterable, List, Mapping, Sequence
from typing import ClassVar, Optional, Tuple, TypeVar, get_origin, overload

import anyio
import httpx
from typing_extensions import Self

from ._auth import Auth, Credentials, Requirement, SecurityScheme, authenticate
from ._body import encode_body
from ._exceptions import APIConnectionError, APITimeoutError, make_status_error
from ._pagination import AsyncCursorPage, AsyncPaginator, PageRequest, SyncCursorPage
from ._qs import Param, cookie_header, encode_query, header_values, render_path
from ._response import RAW_RESPONSE_HEADER, APIResponse, AsyncAPIResponse
from ._response import error_body, parse_response
from ._retries import retry_delay, should_retry
from ._types import NOT_GIVEN, Headers, NotGiven, Omit

__all__ = [
    "RequestSpec",
    "BaseClient",
    "SyncAPIClient",
    "AsyncAPIClient",
    "DEFAULT_TIMEOUT",
    "DEFAULT_MAX_RETRIES",
]

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
RETRY_COUNT_HEADER = "X-Retry-Count"
IDEMPOTENCY_HEADER = "Idempotency-Key"
_SAFE_METHODS = frozenset({"get", "head", "options"})

_HttpxClientT = TypeVar("_HttpxClientT", httpx.Client, httpx.AsyncClient)
_SyncPageT = TypeVar("_SyncPageT", bound=SyncCursorPage[Any])
_AsyncPageT = TypeVar("_AsyncPageT", bound=AsyncCursorPage[Any])
_T = TypeVar("_T")


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


def _strip_raw_marker(spec: RequestSpec) -> Tuple[RequestSpec, bool]:
    headers = spec.extra_headers or {}
    kept = {k: v for k, v in headers.items() if k.lower() != RAW_RESPONSE_HEADER.lower()}
    if len(kept) == len(headers):
        return spec, False
    return replace(spec, extra_headers=kept), True


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
        if isinstance(timeout, NotGiven):
            # An injected http client's own timeout is the caller's choice; keep it.
            timeout = http_client.timeout if http_client is not None else DEFAULT_TIMEOUT
        self.timeout = _as_timeout(timeout)
        self.max_retries = max_retries
        self.user_agent = user_agent
        self._default_headers: Dict[str, str] = dict(default_headers or {})
        self._default_query: Dict[str, object] = dict(default_query or {})
        # An injected client belongs to the caller, who may share it: never close it here.
        self._owns_http_client = http_client is None
        self._client: _HttpxClientT = http_client or self._make_http_client()

    def _make_http_client(self) -> _HttpxClientT:
        raise NotImplementedError

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
        **attributes: Any,
    ) -> Self:
        """A client with some options changed, sharing this one's HTTP connection pool.

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
            new.max_retries = max_retries
        new._default_headers = {**self._default_headers, **(default_headers or {})}
        new._default_query = {**self._default_query, **(default_query or {})}
        for name, value in attributes.items():
            if name.startswith("_") or not hasattr(new, name):
                raise TypeError(f"{type(self).__name__}.copy() got an unexpected option {name!r}")
            setattr(new, name, value)
        return new

    with_options = copy

    def _prepare(self, spec: RequestSpec) -> _Prepared:
        auth = self._auth(spec)
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
        return _Prepared(spec.method.upper(), url, headers, body, timeout)

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

    def _delay_after_error(self, request: httpx.Request, error: Exception, retries: int) -> float:
        """The pause before retrying a failed attempt; raises when out of retries."""
        if retries >= self.max_retries:
            if isinstance(error, httpx.TimeoutException):
                raise APITimeoutError(request) from error
            raise APIConnectionError(request=request, message=f"Connection error: {error!r}") from error
        log.info("Retrying %s %s after %r", request.method, request.url, error)
        return retry_delay(retries, None)

    def _delay_after_response(self, response: httpx.Response, retries: int) -> float | None:
        """The pause before retrying, or None when `response` is final; raises for an error."""
        if response.status_code < 400:
            return None
        if retries < self.max_retries and should_retry(response):
            log.info(
                "Retrying %s %s after %d",
                response.request.method,
                response.url,
                response.status_code,
            )
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
            body = parse_response(response, object)
            return page_class._from_body(body, request)  # type: ignore[no-any-return]

        return parse


class SyncAPIClient(BaseClient[httpx.Client]):
    def _make_http_client(self) -> httpx.Client:
        return httpx.Client(timeout=self.timeout, follow_redirects=True)

    # The overloads give generated methods a precise return type for `cast_to=Run`,
    # `List[Run]`, `str`, `type(None)`; other annotations (unions) come back as Any.
    @overload
    def request(self, spec: RequestSpec, *, cast_to: type[_T]) -> _T: ...
    @overload
    def request(self, spec: RequestSpec, *, cast_to: object) -> Any: ...
    def request(self, spec: RequestSpec, *, cast_to: Any) -> Any:
        spec, raw = _strip_raw_marker(spec)
        return self._respond(spec, self._parser(cast_to), raw)

    def request_page(
        self,
        spec: RequestSpec,
        *,
        page: type[_SyncPageT],
        cast_to: Any,
        cursor_param: Tuple[str, str],
    ) -> _SyncPageT:
        spec, raw = _strip_raw_marker(spec)
        parse = self._page_parser(spec, page, cast_to, cursor_param)
        first_page: _SyncPageT = self._respond(spec, parse, raw)  # or its APIResponse
        return first_page

    def _respond(self, spec: RequestSpec, parse: Callable[[httpx.Response], Any], raw: bool) -> Any:
        response = self._send(spec)
        return APIResponse(response, parse) if raw else parse(response)

    def _send(self, spec: RequestSpec) -> httpx.Response:
        prepared = self._prepare(spec)
        retries = 0
        while True:
            request = self._build_request(prepared, retries)
            try:
                response = self._client.send(request)
            except httpx.RequestError as exc:  # no usable response
                delay = self._delay_after_error(request, exc, retries)
            else:
                maybe_delay = self._delay_after_response(response, retries)
                if maybe_delay is None:
                    return response
                delay = maybe_delay
                response.close()
            self._sleep(delay)
            retries += 1

    def _sleep(self, seconds: float) -> None:
        """Waits between attempts (tests replace it to record the delays instead)."""
        time.sleep(seconds)

    def close(self) -> None:
        if self._owns_http_client:
            self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncAPIClient(BaseClient[httpx.AsyncClient]):
    def _make_http_client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(timeout=self.timeout, follow_redirects=True)

    @overload
    async def request(self, spec: RequestSpec, *, cast_to: type[_T]) -> _T: ...
    @overload
    async def request(self, spec: RequestSpec, *, cast_to: object) -> Any: ...
    async def request(self, spec: RequestSpec, *, cast_to: Any) -> Any:
        spec, raw = _strip_raw_marker(spec)
        return await self._respond(spec, self._parser(cast_to), raw)

    def request_page(
        self,
        spec: RequestSpec,
        *,
        page: type[_AsyncPageT],
        cast_to: Any,
        cursor_param: Tuple[str, str],
    ) -> AsyncPaginator[Any, _AsyncPageT]:
        spec, raw = _strip_raw_marker(spec)
        parse = self._page_parser(spec, page, cast_to, cursor_param)
        return AsyncPaginator(lambda: self._respond(spec, parse, raw))

    async def _respond(self, spec: RequestSpec, parse: Callable[[httpx.Response], Any], raw: bool) -> Any:
        response = await self._send(spec)
        return AsyncAPIResponse(response, parse) if raw else parse(response)

    async def _send(self, spec: RequestSpec) -> httpx.Response:
        prepared = self._prepare(spec)
        retries = 0
        while True:
            request = self._build_request(prepared, retries)
            try:
                response = await self._client.send(request)
            except httpx.RequestError as exc:  # no usable response
                delay = self._delay_after_error(request, exc, retries)
            else:
                maybe_delay = self._delay_after_response(response, retries)
                if maybe_delay is None:
                    return response
                delay = maybe_delay
                await response.aclose()
            await self._sleep(delay)
            retries += 1

    async def _sleep(self, seconds: float) -> None:
        """Waits between attempts (tests replace it to record the delays instead)."""
        await anyio.sleep(seconds)

    async def close(self) -> None:
        if self._owns_http_client:
            await self._client.aclose()

    aclose = close

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
