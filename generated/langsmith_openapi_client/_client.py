# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

import os
import sys
from functools import cached_property
from typing import TYPE_CHECKING, Dict, Mapping, Optional, Union

import httpx

from ._auth import Credentials, Requirement, SecurityScheme
from ._base_client import DEFAULT_MAX_RETRIES, AsyncAPIClient, SyncAPIClient
from ._logs import setup_logging
from ._package_error import PackageError
from ._types import NOT_GIVEN, NotGiven
from ._version import __version__

if TYPE_CHECKING:
    from .resources.runs import (
        AsyncRunsResource,
        AsyncRunsResourceWithRawResponse,
        AsyncRunsResourceWithStreamingResponse,
        RunsResource,
        RunsResourceWithRawResponse,
        RunsResourceWithStreamingResponse,
    )
    from .resources.threads import (
        AsyncThreadsResource,
        AsyncThreadsResourceWithRawResponse,
        AsyncThreadsResourceWithStreamingResponse,
        ThreadsResource,
        ThreadsResourceWithRawResponse,
        ThreadsResourceWithStreamingResponse,
    )

__all__ = ["Client", "AsyncClient"]

BASE_URL_ENV = "LANGSMITH_ENDPOINT"
DEFAULT_BASE_URL = "https://api.smith.langchain.com"
# `<package>/<version> Python/<x.y> httpx/<version>`: what servers log to tell clients apart.
_PACKAGE = "langsmith_openapi_client"
USER_AGENT = f"{_PACKAGE}/{__version__} Python/{sys.version_info[0]}.{sys.version_info[1]} httpx/{httpx.__version__}"
# `info`: one line per HTTP exchange on stderr; `debug`: headers too (credentials redacted).
LOG_ENV = "LANGSMITH_LOG"
setup_logging(__package__ or _PACKAGE, LOG_ENV)
# How each security scheme of the API description is sent, by its name there.
SECURITY_SCHEMES: Dict[str, SecurityScheme] = {
    "ApiKey": SecurityScheme("api_key", "header", "X-API-Key"),
}
# What an operation needs unless its RequestSpec says otherwise: any one alternative, all of its
# schemes (None: the API description declares nothing, so every credential held is sent).
SECURITY: Optional[Requirement] = (("ApiKey",),)


class Client(SyncAPIClient):
    """The synchronous client for the LangSmith API."""

    _security_schemes = SECURITY_SCHEMES
    _security = SECURITY

    api_key: Optional[str]

    def __init__(
        self,
        *,
        api_key: Optional[str] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        http_client: Optional[httpx.Client] = None,
    ) -> None:
        """Create a client.

        Args:
          api_key: sent in the `X-API-Key` header. Default: the `LANGSMITH_API_KEY` environment variable.

        Raises `LangSmithError` when it is given none of these credentials: every operation needs one.

        The base URL defaults to the `LANGSMITH_ENDPOINT` environment variable, then to https://api.smith.langchain.com.
        """
        self.api_key = api_key if api_key is not None else os.environ.get("LANGSMITH_API_KEY")
        # Every operation needs credentials: without any, each call would end in a 401.
        if not self.api_key:
            raise PackageError(
                "Every operation of the LangSmith API needs credentials: pass api_key=... (or set LANGSMITH_API_KEY)."
            )
        if base_url is None:
            base_url = os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL
        super().__init__(
            base_url=str(base_url),
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            default_headers=default_headers,
            default_query=default_query,
            user_agent=USER_AGENT,
        )

    def _credentials(self) -> Credentials:
        return {"ApiKey": (self.api_key,)}

    @cached_property
    def runs(self) -> RunsResource:
        """Individual runs (LLM calls, tool calls, chain steps) and the traces they form."""
        from .resources.runs import RunsResource

        return RunsResource(self)

    @cached_property
    def threads(self) -> ThreadsResource:
        """Conversation threads, each a sequence of traces sharing one thread ID."""
        from .resources.threads import ThreadsResource

        return ThreadsResource(self)

    @cached_property
    def with_raw_response(self) -> ClientWithRawResponse:
        """The resources, their methods returning the raw HTTP response (`.parse()` gives the usual result)."""
        return ClientWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ClientWithStreamingResponse:
        """The resources, their methods returning a context manager of the HTTP response, its body
        read only when asked for."""
        return ClientWithStreamingResponse(self)


class ClientWithRawResponse:
    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def runs(self) -> RunsResourceWithRawResponse:
        from .resources.runs import RunsResourceWithRawResponse

        return RunsResourceWithRawResponse(self._client.runs)

    @cached_property
    def threads(self) -> ThreadsResourceWithRawResponse:
        from .resources.threads import ThreadsResourceWithRawResponse

        return ThreadsResourceWithRawResponse(self._client.threads)


class ClientWithStreamingResponse:
    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def runs(self) -> RunsResourceWithStreamingResponse:
        from .resources.runs import RunsResourceWithStreamingResponse

        return RunsResourceWithStreamingResponse(self._client.runs)

    @cached_property
    def threads(self) -> ThreadsResourceWithStreamingResponse:
        from .resources.threads import ThreadsResourceWithStreamingResponse

        return ThreadsResourceWithStreamingResponse(self._client.threads)


class AsyncClient(AsyncAPIClient):
    """The asynchronous client for the LangSmith API."""

    _security_schemes = SECURITY_SCHEMES
    _security = SECURITY

    api_key: Optional[str]

    def __init__(
        self,
        *,
        api_key: Optional[str] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        http_client: Optional[httpx.AsyncClient] = None,
    ) -> None:
        """Create a client.

        Args:
          api_key: sent in the `X-API-Key` header. Default: the `LANGSMITH_API_KEY` environment variable.

        Raises `LangSmithError` when it is given none of these credentials: every operation needs one.

        The base URL defaults to the `LANGSMITH_ENDPOINT` environment variable, then to https://api.smith.langchain.com.
        """
        self.api_key = api_key if api_key is not None else os.environ.get("LANGSMITH_API_KEY")
        # Every operation needs credentials: without any, each call would end in a 401.
        if not self.api_key:
            raise PackageError(
                "Every operation of the LangSmith API needs credentials: pass api_key=... (or set LANGSMITH_API_KEY)."
            )
        if base_url is None:
            base_url = os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL
        super().__init__(
            base_url=str(base_url),
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            default_headers=default_headers,
            default_query=default_query,
            user_agent=USER_AGENT,
        )

    def _credentials(self) -> Credentials:
        return {"ApiKey": (self.api_key,)}

    @cached_property
    def runs(self) -> AsyncRunsResource:
        """Individual runs (LLM calls, tool calls, chain steps) and the traces they form."""
        from .resources.runs import AsyncRunsResource

        return AsyncRunsResource(self)

    @cached_property
    def threads(self) -> AsyncThreadsResource:
        """Conversation threads, each a sequence of traces sharing one thread ID."""
        from .resources.threads import AsyncThreadsResource

        return AsyncThreadsResource(self)

    @cached_property
    def with_raw_response(self) -> AsyncClientWithRawResponse:
        """The resources, their methods returning the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncClientWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncClientWithStreamingResponse:
        """The resources, their methods returning a context manager of the HTTP response, its body
        read only when asked for."""
        return AsyncClientWithStreamingResponse(self)


class AsyncClientWithRawResponse:
    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def runs(self) -> AsyncRunsResourceWithRawResponse:
        from .resources.runs import AsyncRunsResourceWithRawResponse

        return AsyncRunsResourceWithRawResponse(self._client.runs)

    @cached_property
    def threads(self) -> AsyncThreadsResourceWithRawResponse:
        from .resources.threads import AsyncThreadsResourceWithRawResponse

        return AsyncThreadsResourceWithRawResponse(self._client.threads)


class AsyncClientWithStreamingResponse:
    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def runs(self) -> AsyncRunsResourceWithStreamingResponse:
        from .resources.runs import AsyncRunsResourceWithStreamingResponse

        return AsyncRunsResourceWithStreamingResponse(self._client.runs)

    @cached_property
    def threads(self) -> AsyncThreadsResourceWithStreamingResponse:
        from .resources.threads import AsyncThreadsResourceWithStreamingResponse

        return AsyncThreadsResourceWithStreamingResponse(self._client.threads)
