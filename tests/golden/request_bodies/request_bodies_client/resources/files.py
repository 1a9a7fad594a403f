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
from .._types import NOT_GIVEN, NotGiven, FileContent, FileTypes, RequestOptions

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

    def upload(
        self,
        *,
        file: FileTypes,
        description: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> None:
        _spec = RequestSpec(
            "post",
            "/files",
            body={"file": file, "description": description},
            body_kind="multipart",
            content_type="multipart/form-data",
            **options,
        )
        return self._request(_spec, cast_to=type(None))

    def put_blob(
        self,
        name: str,
        *,
        content: FileContent,
        **options: Unpack[RequestOptions],
    ) -> None:
        _spec = RequestSpec(
            "put",
            "/blobs/{name}",
            path_params=(path_param("name", name),),
            body=content,
            body_kind="binary",
            content_type="application/octet-stream",
            **options,
        )
        return self._request(_spec, cast_to=type(None))


class FilesResourceWithRawResponse:
    def __init__(self, resource: FilesResource) -> None:
        self._resource = resource
        self.upload = to_raw_response_wrapper(resource.upload)
        self.put_blob = to_raw_response_wrapper(resource.put_blob)


class FilesResourceWithStreamingResponse:
    def __init__(self, resource: FilesResource) -> None:
        self._resource = resource
        self.upload = to_streamed_response_wrapper(resource.upload)
        self.put_blob = to_streamed_response_wrapper(resource.put_blob)


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

    async def upload(
        self,
        *,
        file: FileTypes,
        description: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> None:
        _spec = RequestSpec(
            "post",
            "/files",
            body={"file": file, "description": description},
            body_kind="multipart",
            content_type="multipart/form-data",
            **options,
        )
        return await self._request(_spec, cast_to=type(None))

    async def put_blob(
        self,
        name: str,
        *,
        content: FileContent,
        **options: Unpack[RequestOptions],
    ) -> None:
        _spec = RequestSpec(
            "put",
            "/blobs/{name}",
            path_params=(path_param("name", name),),
            body=content,
            body_kind="binary",
            content_type="application/octet-stream",
            **options,
        )
        return await self._request(_spec, cast_to=type(None))


class AsyncFilesResourceWithRawResponse:
    def __init__(self, resource: AsyncFilesResource) -> None:
        self._resource = resource
        self.upload = async_to_raw_response_wrapper(resource.upload)
        self.put_blob = async_to_raw_response_wrapper(resource.put_blob)


class AsyncFilesResourceWithStreamingResponse:
    def __init__(self, resource: AsyncFilesResource) -> None:
        self._resource = resource
        self.upload = async_to_streamed_response_wrapper(resource.upload)
        self.put_blob = async_to_streamed_response_wrapper(resource.put_blob)
