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
from .._types import FileContent, RequestOptions

__all__ = ["ThumbnailsResource", "AsyncThumbnailsResource"]


class ThumbnailsResource(SyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> ThumbnailsResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return ThumbnailsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ThumbnailsResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return ThumbnailsResourceWithStreamingResponse(self)

    def put(
        self,
        image_id: str,
        *,
        content: FileContent,
        **options: Unpack[RequestOptions],
    ) -> None:
        """A binary body with no schema, in a resource that has no file fields."""

        _spec = RequestSpec(
            "put",
            "/images/{image_id}/thumbnail",
            path_params=(path_param("image_id", image_id),),
            body=content,
            body_kind="binary",
            content_type="image/png",
            **options,
        )
        return self._request(_spec, cast_to=type(None))


class ThumbnailsResourceWithRawResponse:
    def __init__(self, resource: ThumbnailsResource) -> None:
        self._resource = resource
        self.put = to_raw_response_wrapper(resource.put)


class ThumbnailsResourceWithStreamingResponse:
    def __init__(self, resource: ThumbnailsResource) -> None:
        self._resource = resource
        self.put = to_streamed_response_wrapper(resource.put)


class AsyncThumbnailsResource(AsyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> AsyncThumbnailsResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncThumbnailsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncThumbnailsResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return AsyncThumbnailsResourceWithStreamingResponse(self)

    async def put(
        self,
        image_id: str,
        *,
        content: FileContent,
        **options: Unpack[RequestOptions],
    ) -> None:
        """A binary body with no schema, in a resource that has no file fields."""

        _spec = RequestSpec(
            "put",
            "/images/{image_id}/thumbnail",
            path_params=(path_param("image_id", image_id),),
            body=content,
            body_kind="binary",
            content_type="image/png",
            **options,
        )
        return await self._request(_spec, cast_to=type(None))


class AsyncThumbnailsResourceWithRawResponse:
    def __init__(self, resource: AsyncThumbnailsResource) -> None:
        self._resource = resource
        self.put = async_to_raw_response_wrapper(resource.put)


class AsyncThumbnailsResourceWithStreamingResponse:
    def __init__(self, resource: AsyncThumbnailsResource) -> None:
        self._resource = resource
        self.put = async_to_streamed_response_wrapper(resource.put)
