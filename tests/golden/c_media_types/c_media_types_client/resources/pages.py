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

__all__ = ["PagesResource", "AsyncPagesResource"]


class PagesResource(SyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> PagesResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return PagesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> PagesResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return PagesResourceWithStreamingResponse(self)

    def retrieve(
        self,
        page_id: str,
        **options: Unpack[RequestOptions],
    ) -> str:
        _spec = RequestSpec(
            "get",
            "/pages/{page_id}",
            path_params=(path_param("page_id", page_id),),
            accept="text/html",
            **options,
        )
        return self._request(_spec, cast_to=str)


class PagesResourceWithRawResponse:
    def __init__(self, resource: PagesResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class PagesResourceWithStreamingResponse:
    def __init__(self, resource: PagesResource) -> None:
        self._resource = resource
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)


class AsyncPagesResource(AsyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> AsyncPagesResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncPagesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncPagesResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return AsyncPagesResourceWithStreamingResponse(self)

    async def retrieve(
        self,
        page_id: str,
        **options: Unpack[RequestOptions],
    ) -> str:
        _spec = RequestSpec(
            "get",
            "/pages/{page_id}",
            path_params=(path_param("page_id", page_id),),
            accept="text/html",
            **options,
        )
        return await self._request(_spec, cast_to=str)


class AsyncPagesResourceWithRawResponse:
    def __init__(self, resource: AsyncPagesResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class AsyncPagesResourceWithStreamingResponse:
    def __init__(self, resource: AsyncPagesResource) -> None:
        self._resource = resource
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
