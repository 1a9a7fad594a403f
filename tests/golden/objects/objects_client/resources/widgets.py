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
from .._types import RequestOptions
from ..types.widget import Widget

__all__ = ["WidgetsResource", "AsyncWidgetsResource"]


class WidgetsResource(SyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> WidgetsResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return WidgetsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> WidgetsResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return WidgetsResourceWithStreamingResponse(self)

    def retrieve(
        self,
        widget_id: str,
        **options: Unpack[RequestOptions],
    ) -> Widget:
        _spec = RequestSpec("get", "/widgets/{widget_id}", path_params=(path_param("widget_id", widget_id),), **options)
        return self._request(_spec, cast_to=Widget)


class WidgetsResourceWithRawResponse:
    def __init__(self, resource: WidgetsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class WidgetsResourceWithStreamingResponse:
    def __init__(self, resource: WidgetsResource) -> None:
        self._resource = resource
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)


class AsyncWidgetsResource(AsyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> AsyncWidgetsResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncWidgetsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncWidgetsResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return AsyncWidgetsResourceWithStreamingResponse(self)

    async def retrieve(
        self,
        widget_id: str,
        **options: Unpack[RequestOptions],
    ) -> Widget:
        _spec = RequestSpec("get", "/widgets/{widget_id}", path_params=(path_param("widget_id", widget_id),), **options)
        return await self._request(_spec, cast_to=Widget)


class AsyncWidgetsResourceWithRawResponse:
    def __init__(self, resource: AsyncWidgetsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class AsyncWidgetsResourceWithStreamingResponse:
    def __init__(self, resource: AsyncWidgetsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
