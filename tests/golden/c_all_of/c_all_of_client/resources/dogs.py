# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from functools import cached_property

from typing_extensions import Unpack

from .._base_client import RequestSpec
from .._qs import path_param
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..types.dog import Dog

__all__ = ["DogsResource", "AsyncDogsResource"]


class DogsResource(SyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> DogsResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return DogsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> DogsResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return DogsResourceWithStreamingResponse(self)

    def retrieve(
        self,
        dog_id: str,
        **options: Unpack[RequestOptions],
    ) -> Dog:
        _spec = RequestSpec("get", "/dogs/{dog_id}", path_params=(path_param("dog_id", dog_id),), **options)
        return self._request(_spec, cast_to=Dog)

    def create(
        self,
        *,
        name: str,
        breed: str,
        status: str | NotGiven = NOT_GIVEN,
        owner: str | NotGiven = NOT_GIVEN,
        good_boy: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Dog:
        """Args:
        status: Free text in the base schema; Dog narrows it to an enum.
        """

        _spec = RequestSpec(
            "post",
            "/dogs",
            body={"name": name, "status": status, "owner": owner, "breed": breed, "good_boy": good_boy},
            body_kind="json",
            **options,
        )
        return self._request(_spec, cast_to=Dog)


class DogsResourceWithRawResponse:
    def __init__(self, resource: DogsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.create = to_raw_response_wrapper(resource.create)


class DogsResourceWithStreamingResponse:
    def __init__(self, resource: DogsResource) -> None:
        self._resource = resource
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.create = to_streamed_response_wrapper(resource.create)


class AsyncDogsResource(AsyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> AsyncDogsResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncDogsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncDogsResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return AsyncDogsResourceWithStreamingResponse(self)

    async def retrieve(
        self,
        dog_id: str,
        **options: Unpack[RequestOptions],
    ) -> Dog:
        _spec = RequestSpec("get", "/dogs/{dog_id}", path_params=(path_param("dog_id", dog_id),), **options)
        return await self._request(_spec, cast_to=Dog)

    async def create(
        self,
        *,
        name: str,
        breed: str,
        status: str | NotGiven = NOT_GIVEN,
        owner: str | NotGiven = NOT_GIVEN,
        good_boy: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Dog:
        """Args:
        status: Free text in the base schema; Dog narrows it to an enum.
        """

        _spec = RequestSpec(
            "post",
            "/dogs",
            body={"name": name, "status": status, "owner": owner, "breed": breed, "good_boy": good_boy},
            body_kind="json",
            **options,
        )
        return await self._request(_spec, cast_to=Dog)


class AsyncDogsResourceWithRawResponse:
    def __init__(self, resource: AsyncDogsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.create = async_to_raw_response_wrapper(resource.create)


class AsyncDogsResourceWithStreamingResponse:
    def __init__(self, resource: AsyncDogsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.create = async_to_streamed_response_wrapper(resource.create)
