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
from .._types import NOT_GIVEN, NotGiven, FileTypes, RequestOptions

__all__ = ["ImagesResource", "AsyncImagesResource"]


class ImagesResource(SyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> ImagesResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return ImagesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ImagesResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return ImagesResourceWithStreamingResponse(self)

    def upload(
        self,
        *,
        image: FileTypes,
        caption: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> None:
        """OpenAPI 3.1 describes file parts with contentMediaType rather than format binary."""

        _spec = RequestSpec(
            "post",
            "/images",
            body={"image": image, "caption": caption},
            body_kind="multipart",
            content_type="multipart/form-data",
            **options,
        )
        return self._request(_spec, cast_to=type(None))


class ImagesResourceWithRawResponse:
    def __init__(self, resource: ImagesResource) -> None:
        self._resource = resource
        self.upload = to_raw_response_wrapper(resource.upload)


class ImagesResourceWithStreamingResponse:
    def __init__(self, resource: ImagesResource) -> None:
        self._resource = resource
        self.upload = to_streamed_response_wrapper(resource.upload)


class AsyncImagesResource(AsyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> AsyncImagesResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncImagesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncImagesResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return AsyncImagesResourceWithStreamingResponse(self)

    async def upload(
        self,
        *,
        image: FileTypes,
        caption: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> None:
        """OpenAPI 3.1 describes file parts with contentMediaType rather than format binary."""

        _spec = RequestSpec(
            "post",
            "/images",
            body={"image": image, "caption": caption},
            body_kind="multipart",
            content_type="multipart/form-data",
            **options,
        )
        return await self._request(_spec, cast_to=type(None))


class AsyncImagesResourceWithRawResponse:
    def __init__(self, resource: AsyncImagesResource) -> None:
        self._resource = resource
        self.upload = async_to_raw_response_wrapper(resource.upload)


class AsyncImagesResourceWithStreamingResponse:
    def __init__(self, resource: AsyncImagesResource) -> None:
        self._resource = resource
        self.upload = async_to_streamed_response_wrapper(resource.upload)
