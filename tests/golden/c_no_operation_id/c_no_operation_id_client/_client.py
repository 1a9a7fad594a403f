# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

import os
import sys
from functools import cached_property
from typing import TYPE_CHECKING, Mapping, Optional, Union

import httpx

from ._base_client import DEFAULT_MAX_RETRIES, AsyncAPIClient, SyncAPIClient
from ._logs import setup_logging
from ._types import NOT_GIVEN, NotGiven
from ._version import __version__

if TYPE_CHECKING:
    from .resources.projects import (
        AsyncProjectsResource,
        AsyncProjectsResourceWithRawResponse,
        AsyncProjectsResourceWithStreamingResponse,
        ProjectsResource,
        ProjectsResourceWithRawResponse,
        ProjectsResourceWithStreamingResponse,
    )

__all__ = ["Client", "AsyncClient"]

BASE_URL_ENV = "PROJECTS_BASE_URL"
DEFAULT_BASE_URL = "http://localhost"
# `<package>/<version> Python/<x.y> httpx/<version>`: what servers log to tell clients apart.
_PACKAGE = "c_no_operation_id_client"
USER_AGENT = f"{_PACKAGE}/{__version__} Python/{sys.version_info[0]}.{sys.version_info[1]} httpx/{httpx.__version__}"
# `info`: one line per HTTP exchange on stderr; `debug`: headers too (credentials redacted).
LOG_ENV = "PROJECTS_LOG"
setup_logging(__package__ or _PACKAGE, LOG_ENV)


class Client(SyncAPIClient):
    """The synchronous client for the Projects API."""

    def __init__(
        self,
        *,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        http_client: Optional[httpx.Client] = None,
    ) -> None:
        """Create a client.

        The base URL defaults to the `PROJECTS_BASE_URL` environment variable, then to http://localhost.
        """
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

    @cached_property
    def projects(self) -> ProjectsResource:
        from .resources.projects import ProjectsResource

        return ProjectsResource(self)

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
    def projects(self) -> ProjectsResourceWithRawResponse:
        from .resources.projects import ProjectsResourceWithRawResponse

        return ProjectsResourceWithRawResponse(self._client.projects)


class ClientWithStreamingResponse:
    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def projects(self) -> ProjectsResourceWithStreamingResponse:
        from .resources.projects import ProjectsResourceWithStreamingResponse

        return ProjectsResourceWithStreamingResponse(self._client.projects)


class AsyncClient(AsyncAPIClient):
    """The asynchronous client for the Projects API."""

    def __init__(
        self,
        *,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        http_client: Optional[httpx.AsyncClient] = None,
    ) -> None:
        """Create a client.

        The base URL defaults to the `PROJECTS_BASE_URL` environment variable, then to http://localhost.
        """
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

    @cached_property
    def projects(self) -> AsyncProjectsResource:
        from .resources.projects import AsyncProjectsResource

        return AsyncProjectsResource(self)

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
    def projects(self) -> AsyncProjectsResourceWithRawResponse:
        from .resources.projects import AsyncProjectsResourceWithRawResponse

        return AsyncProjectsResourceWithRawResponse(self._client.projects)


class AsyncClientWithStreamingResponse:
    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def projects(self) -> AsyncProjectsResourceWithStreamingResponse:
        from .resources.projects import AsyncProjectsResourceWithStreamingResponse

        return AsyncProjectsResourceWithStreamingResponse(self._client.projects)
