# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from functools import cached_property
from typing import Union

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
from .._types import RequestOptions
from ..types.place import Place

__all__ = ["PlacesResource", "AsyncPlacesResource"]


class PlacesResource(SyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> PlacesResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return PlacesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> PlacesResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return PlacesResourceWithStreamingResponse(self)

    def retrieve(
        self,
        place_id: Union[str, int],
        **options: Unpack[RequestOptions],
    ) -> Place:
        _spec = RequestSpec("get", "/places/{place_id}", path_params=(path_param("place_id", place_id),), **options)
        return self._request(_spec, cast_to=Place)


class PlacesResourceWithRawResponse:
    def __init__(self, resource: PlacesResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class PlacesResourceWithStreamingResponse:
    def __init__(self, resource: PlacesResource) -> None:
        self._resource = resource
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)


class AsyncPlacesResource(AsyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> AsyncPlacesResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncPlacesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncPlacesResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return AsyncPlacesResourceWithStreamingResponse(self)

    async def retrieve(
        self,
        place_id: Union[str, int],
        **options: Unpack[RequestOptions],
    ) -> Place:
        _spec = RequestSpec("get", "/places/{place_id}", path_params=(path_param("place_id", place_id),), **options)
        return await self._request(_spec, cast_to=Place)


class AsyncPlacesResourceWithRawResponse:
    def __init__(self, resource: AsyncPlacesResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class AsyncPlacesResourceWithStreamingResponse:
    def __init__(self, resource: AsyncPlacesResource) -> None:
        self._resource = resource
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
