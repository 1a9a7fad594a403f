# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

import os
import sys
from functools import cached_property
from typing import TYPE_CHECKING, Mapping, Optional, Union

import httpx

from ._base_client import DEFAULT_MAX_RETRIES, AsyncAPIClient, SyncAPIClient
from ._types import NOT_GIVEN, NotGiven
from ._version import __version__

if TYPE_CHECKING:
    from .resources.copy import AsyncCopyResource, CopyResource
    from .resources.profiles import AsyncProfilesResource, ProfilesResource
    from .resources.users import AsyncUsersResource, UsersResource

__all__ = ["Client", "AsyncClient"]

BASE_URL_ENV = "COLLISIONS_BASE_URL"
DEFAULT_BASE_URL = "http://localhost"
# `<package>/<version> Python/<x.y> httpx/<version>`: what servers log to tell clients apart.
_PACKAGE = "c_name_collisions_client"
USER_AGENT = f"{_PACKAGE}/{__version__} Python/{sys.version_info[0]}.{sys.version_info[1]} httpx/{httpx.__version__}"


class Client(SyncAPIClient):
    """The synchronous client for the Collisions API."""

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

        The base URL defaults to the `COLLISIONS_BASE_URL` environment variable, then to http://localhost.
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
    def copy_(self) -> CopyResource:
        """A tag named like a client method."""
        from .resources.copy import CopyResource

        return CopyResource(self)

    @cached_property
    def profiles(self) -> ProfilesResource:
        from .resources.profiles import ProfilesResource

        return ProfilesResource(self)

    @cached_property
    def users(self) -> UsersResource:
        from .resources.users import UsersResource

        return UsersResource(self)


class AsyncClient(AsyncAPIClient):
    """The asynchronous client for the Collisions API."""

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

        The base URL defaults to the `COLLISIONS_BASE_URL` environment variable, then to http://localhost.
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
    def copy_(self) -> AsyncCopyResource:
        """A tag named like a client method."""
        from .resources.copy import AsyncCopyResource

        return AsyncCopyResource(self)

    @cached_property
    def profiles(self) -> AsyncProfilesResource:
        from .resources.profiles import AsyncProfilesResource

        return AsyncProfilesResource(self)

    @cached_property
    def users(self) -> AsyncUsersResource:
        from .resources.users import AsyncUsersResource

        return AsyncUsersResource(self)
