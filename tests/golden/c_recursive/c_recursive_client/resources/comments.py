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
from ..types.comment import Comment

__all__ = ["CommentsResource", "AsyncCommentsResource"]


class CommentsResource(SyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> CommentsResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return CommentsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> CommentsResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return CommentsResourceWithStreamingResponse(self)

    def retrieve(
        self,
        comment_id: str,
        **options: Unpack[RequestOptions],
    ) -> Comment:
        _spec = RequestSpec(
            "get",
            "/comments/{comment_id}",
            path_params=(path_param("comment_id", comment_id),),
            **options,
        )
        return self._request(_spec, cast_to=Comment)


class CommentsResourceWithRawResponse:
    def __init__(self, resource: CommentsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class CommentsResourceWithStreamingResponse:
    def __init__(self, resource: CommentsResource) -> None:
        self._resource = resource
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)


class AsyncCommentsResource(AsyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> AsyncCommentsResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncCommentsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncCommentsResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return AsyncCommentsResourceWithStreamingResponse(self)

    async def retrieve(
        self,
        comment_id: str,
        **options: Unpack[RequestOptions],
    ) -> Comment:
        _spec = RequestSpec(
            "get",
            "/comments/{comment_id}",
            path_params=(path_param("comment_id", comment_id),),
            **options,
        )
        return await self._request(_spec, cast_to=Comment)


class AsyncCommentsResourceWithRawResponse:
    def __init__(self, resource: AsyncCommentsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class AsyncCommentsResourceWithStreamingResponse:
    def __init__(self, resource: AsyncCommentsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
