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

__all__ = ["FilesResource", "AsyncFilesResource"]


class FilesResource(SyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> FilesResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return FilesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> FilesResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return FilesResourceWithStreamingResponse(self)

    def download(
        self,
        file_id: str,
        **options: Unpack[RequestOptions],
    ) -> bytes:
        _spec = RequestSpec(
            "get",
            "/files/{file_id}/content",
            path_params=(path_param("file_id", file_id),),
            accept="application/octet-stream",
            **options,
        )
        return self._request(_spec, cast_to=bytes)


class FilesResourceWithRawResponse:
    def __init__(self, resource: FilesResource) -> None:
        self._resource = resource
        self.download = to_raw_response_wrapper(resource.download)


class FilesResourceWithStreamingResponse:
    def __init__(self, resource: FilesResource) -> None:
        self._resource = resource
        self.download = to_streamed_response_wrapper(resource.download)


class AsyncFilesResource(AsyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> AsyncFilesResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncFilesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncFilesResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return AsyncFilesResourceWithStreamingResponse(self)

    async def download(
        self,
        file_id: str,
        **options: Unpack[RequestOptions],
    ) -> bytes:
        _spec = RequestSpec(
            "get",
            "/files/{file_id}/content",
            path_params=(path_param("file_id", file_id),),
            accept="application/octet-stream",
            **options,
        )
        return await self._request(_spec, cast_to=bytes)


class AsyncFilesResourceWithRawResponse:
    def __init__(self, resource: AsyncFilesResource) -> None:
        self._resource = resource
        self.download = async_to_raw_response_wrapper(resource.download)


class AsyncFilesResourceWithStreamingResponse:
    def __init__(self, resource: AsyncFilesResource) -> None:
        self._resource = resource
        self.download = async_to_streamed_response_wrapper(resource.download)
