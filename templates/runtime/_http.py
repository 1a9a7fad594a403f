"""The httpx side of the client: its default http clients, and how redirects are followed.

httpx itself drops only `Authorization` on a redirect to another origin; an API key in a header,
the query or a cookie would go along. So the client follows redirects itself (`redirect_request`):
to another origin (or from HTTPS to plain HTTP) it sends no credential of any kind.
"""

from __future__ import annotations

from typing import AbstractSet, Any, Dict, Optional, Tuple

import httpx

__all__ = [
    "DEFAULT_TIMEOUT",
    "DEFAULT_CONNECTION_LIMITS",
    "HTTPX_DEFAULT_TIMEOUT",
    "MAX_REDIRECTS",
    "DefaultHttpxClient",
    "DefaultAsyncHttpxClient",
    "redirect_request",
]

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
# httpx keeps only 20 idle connections of its 100: under concurrency every other connection is
# closed after one request and a new one opened. Keeping every connection the pool may open
# lets a burst reuse them instead.
DEFAULT_CONNECTION_LIMITS = httpx.Limits(max_connections=500, max_keepalive_connections=500)
# What an httpx client gets when nobody chose a timeout (httpx's default, 5 s for everything).
HTTPX_DEFAULT_TIMEOUT = httpx.Timeout(5.0)

# Followed redirects per attempt, as in browsers and httpx.
MAX_REDIRECTS = 20
# Headers that always carry credentials, whatever the API description calls its own.
_ALWAYS_SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie"})
# Headers that describe one request on one connection; httpx writes them anew.
_PER_HOP_HEADERS = ("host", "content-length", "transfer-encoding")
_DEFAULT_PORTS = {"http": 80, "https": 443}


class DefaultHttpxClient(httpx.Client):
    """An `httpx.Client` with this package's defaults (timeout, connection limits, redirects),
    for passing as `http_client=` with some options of your own (proxies, transports, ...)."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**_with_defaults(options))


class DefaultAsyncHttpxClient(httpx.AsyncClient):
    """An `httpx.AsyncClient` with this package's defaults (see `DefaultHttpxClient`)."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**_with_defaults(options))


def _with_defaults(options: Dict[str, Any]) -> Dict[str, Any]:
    return {"timeout": DEFAULT_TIMEOUT, "limits": DEFAULT_CONNECTION_LIMITS, "follow_redirects": True, **options}


def redirect_request(
    http_client: httpx.Client | httpx.AsyncClient,
    response: httpx.Response,
    credential_headers: AbstractSet[str],
    body: Dict[str, Any],
    timeout: httpx.Timeout,
) -> Optional[httpx.Request]:
    """The request that follows `response`'s redirect (None: it is not a redirect).

    `credential_headers` (lower-case) are the call's credentials, dropped on the way to another
    origin; `body` is the call's httpx body arguments, sent again by 307 and 308. The redirect
    target's own URL is used as given: its query is the server's choice.
    """
    if not response.has_redirect_location:
        return None
    request = response.request
    url = request.url.join(response.headers["Location"])
    method = _redirect_method(request.method, response.status_code)
    headers = request.headers.copy()
    for name in _PER_HOP_HEADERS:
        headers.pop(name, None)
    if _origin(url) != _origin(request.url):
        for name in _ALWAYS_SECRET_HEADERS | credential_headers:
            headers.pop(name, None)
    # 307 and 308 repeat the request as it was; the others turn it into a GET without a body.
    keeps_body = method == request.method and response.status_code in (307, 308)
    if not keeps_body:
        headers.pop("content-type", None)
    return http_client.build_request(method, url, headers=headers, timeout=timeout, **(body if keeps_body else {}))


def _origin(url: httpx.URL) -> Tuple[str, str, Optional[int]]:
    """Scheme, host and port: HTTPS to HTTP on the same host is another origin too."""
    return url.scheme, url.host, url.port or _DEFAULT_PORTS.get(url.scheme)


def _redirect_method(method: str, status: int) -> str:
    """RFC 9110 15.4: 303 makes any method but HEAD a GET; 301 and 302 do so for POST (as
    every browser does); 307 and 308 keep the method."""
    if status == 303 and method != "HEAD":
        return "GET"
    if status in (301, 302) and method == "POST":
        return "GET"
    return method
