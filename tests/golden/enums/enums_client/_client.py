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
    from .resources.tasks import (
        AsyncTasksResource,
        AsyncTasksResourceWithRawResponse,
        AsyncTasksResourceWithStreamingResponse,
        TasksResource,
        TasksResourceWithRawResponse,
        TasksResourceWithStreamingResponse,
    )

__all__ = ["Client", "AsyncClient"]

BASE_URL_ENV = "ENUMS_BASE_URL"
DEFAULT_BASE_URL = "http://localhost"
# `<package>/<version> Python/<x.y> httpx/<version>`: what servers log to tell clients apart.
_PACKAGE = "enums_client"
USER_AGENT = f"{_PACKAGE}/{__version__} Python/{sys.version_info[0]}.{sys.version_info[1]} httpx/{httpx.__version__}"
# `info`: one line per HTTP exchange on stderr; `debug`: headers too (credentials redacted).
LOG_ENV = "ENUMS_LOG"
setup_logging(__package__ or _PACKAGE, LOG_ENV)


class Client(SyncAPIClient):
    """The synchronous client for the Enums API."""

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

        The base URL defaults to the `ENUMS_BASE_URL` environment variable, then to http://localhost.
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
    def tasks(self) -> TasksResource:
        from .resources.tasks import TasksResource

        return TasksResource(self)

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
    def tasks(self) -> TasksResourceWithRawResponse:
        from .resources.tasks import TasksResourceWithRawResponse

        return TasksResourceWithRawResponse(self._client.tasks)


class ClientWithStreamingResponse:
    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def tasks(self) -> TasksResourceWithStreamingResponse:
        from .resources.tasks import TasksResourceWithStreamingResponse

        return TasksResourceWithStreamingResponse(self._client.tasks)


class AsyncClient(AsyncAPIClient):
    """The asynchronous client for the Enums API."""

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

        The base URL defaults to the `ENUMS_BASE_URL` environment variable, then to http://localhost.
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
    def tasks(self) -> AsyncTasksResource:
        from .resources.tasks import AsyncTasksResource

        return AsyncTasksResource(self)

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
    def tasks(self) -> AsyncTasksResourceWithRawResponse:
        from .resources.tasks import AsyncTasksResourceWithRawResponse

        return AsyncTasksResourceWithRawResponse(self._client.tasks)


class AsyncClientWithStreamingResponse:
    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def tasks(self) -> AsyncTasksResourceWithStreamingResponse:
        from .resources.tasks import AsyncTasksResourceWithStreamingResponse

        return AsyncTasksResourceWithStreamingResponse(self._client.tasks)
