# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from functools import cached_property

from typing_extensions import Unpack

from .._base_client import RequestSpec
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._types import RequestOptions
from ..types.profiles_list_response import ProfilesListResponse

__all__ = ["ProfilesResource", "AsyncProfilesResource"]


class ProfilesResource(SyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> ProfilesResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return ProfilesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ProfilesResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return ProfilesResourceWithStreamingResponse(self)

    def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> ProfilesListResponse:
        _spec = RequestSpec("get", "/profiles", **options)
        return self._request(_spec, cast_to=ProfilesListResponse)


class ProfilesResourceWithRawResponse:
    def __init__(self, resource: ProfilesResource) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)


class ProfilesResourceWithStreamingResponse:
    def __init__(self, resource: ProfilesResource) -> None:
        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)


class AsyncProfilesResource(AsyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> AsyncProfilesResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncProfilesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncProfilesResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return AsyncProfilesResourceWithStreamingResponse(self)

    async def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> ProfilesListResponse:
        _spec = RequestSpec("get", "/profiles", **options)
        return await self._request(_spec, cast_to=ProfilesListResponse)


class AsyncProfilesResourceWithRawResponse:
    def __init__(self, resource: AsyncProfilesResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)


class AsyncProfilesResourceWithStreamingResponse:
    def __init__(self, resource: AsyncProfilesResource) -> None:
        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
