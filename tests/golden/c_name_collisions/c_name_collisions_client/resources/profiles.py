# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from functools import cached_property

from typing_extensions import Unpack

from .._base_client import RequestSpec
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import RequestOptions
from ..types.profiles_list_response import ProfilesListResponse

__all__ = ["ProfilesResource", "AsyncProfilesResource"]


class ProfilesResource(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> ProfilesResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return ProfilesResourceWithRawResponse(self)

    def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> ProfilesListResponse:
        _spec = RequestSpec("get", "/profiles", **options)
        return self._request(_spec, cast_to=ProfilesListResponse)


class ProfilesResourceWithRawResponse:
    def __init__(self, resource: ProfilesResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncProfilesResource(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncProfilesResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncProfilesResourceWithRawResponse(self)

    async def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> ProfilesListResponse:
        _spec = RequestSpec("get", "/profiles", **options)
        return await self._request(_spec, cast_to=ProfilesListResponse)


class AsyncProfilesResourceWithRawResponse:
    def __init__(self, resource: AsyncProfilesResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
