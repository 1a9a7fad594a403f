# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from functools import cached_property
from typing import List

from typing_extensions import Unpack

from .._base_client import RequestSpec
from .._qs import path_param, query_param
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..types.owner_param import OwnerParam
from ..types.pet import Pet
from ..types.tag_param import TagParam

__all__ = ["PetsResource", "AsyncPetsResource"]


class PetsResource(SyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> PetsResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return PetsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> PetsResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return PetsResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> List[Pet]:
        _spec = RequestSpec("get", "/pets", query_params=(query_param("limit", limit),), **options)
        return self._request(_spec, cast_to=List[Pet])

    def create(
        self,
        *,
        name: str,
        owner: OwnerParam | NotGiven = NOT_GIVEN,
        tags: List[TagParam] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Pet:
        _spec = RequestSpec(
            "post",
            "/pets",
            body={"name": name, "owner": owner, "tags": tags},
            body_kind="json",
            **options,
        )
        return self._request(_spec, cast_to=Pet)

    def retrieve(
        self,
        pet_id: int,
        **options: Unpack[RequestOptions],
    ) -> Pet:
        _spec = RequestSpec("get", "/pets/{pet_id}", path_params=(path_param("pet_id", pet_id),), **options)
        return self._request(_spec, cast_to=Pet)


class PetsResourceWithRawResponse:
    def __init__(self, resource: PetsResource) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class PetsResourceWithStreamingResponse:
    def __init__(self, resource: PetsResource) -> None:
        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)
        self.create = to_streamed_response_wrapper(resource.create)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)


class AsyncPetsResource(AsyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> AsyncPetsResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncPetsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncPetsResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return AsyncPetsResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> List[Pet]:
        _spec = RequestSpec("get", "/pets", query_params=(query_param("limit", limit),), **options)
        return await self._request(_spec, cast_to=List[Pet])

    async def create(
        self,
        *,
        name: str,
        owner: OwnerParam | NotGiven = NOT_GIVEN,
        tags: List[TagParam] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Pet:
        _spec = RequestSpec(
            "post",
            "/pets",
            body={"name": name, "owner": owner, "tags": tags},
            body_kind="json",
            **options,
        )
        return await self._request(_spec, cast_to=Pet)

    async def retrieve(
        self,
        pet_id: int,
        **options: Unpack[RequestOptions],
    ) -> Pet:
        _spec = RequestSpec("get", "/pets/{pet_id}", path_params=(path_param("pet_id", pet_id),), **options)
        return await self._request(_spec, cast_to=Pet)


class AsyncPetsResourceWithRawResponse:
    def __init__(self, resource: AsyncPetsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class AsyncPetsResourceWithStreamingResponse:
    def __init__(self, resource: AsyncPetsResource) -> None:
        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
