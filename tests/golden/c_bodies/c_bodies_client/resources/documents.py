# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from functools import cached_property
from typing import List

from typing_extensions import Literal, Unpack

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
from ..types.document import Document
from ..types.documents_upload_params import MetadataParam

__all__ = ["DocumentsResource", "AsyncDocumentsResource"]


class DocumentsResource(SyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> DocumentsResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return DocumentsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> DocumentsResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return DocumentsResourceWithStreamingResponse(self)

    def upload(
        self,
        *,
        file: FileTypes,
        purpose: Literal["search", "archive"],
        attachments: List[FileTypes] | NotGiven = NOT_GIVEN,
        metadata: MetadataParam | NotGiven = NOT_GIVEN,
        tags: List[str] | NotGiven = NOT_GIVEN,
        priority: int | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Document:
        """Args:
        file: The document itself.
        """

        _spec = RequestSpec(
            "post",
            "/documents",
            body={
                "file": file,
                "purpose": purpose,
                "attachments": attachments,
                "metadata": metadata,
                "tags": tags,
                "priority": priority,
            },
            body_kind="multipart",
            content_type="multipart/form-data",
            **options,
        )
        return self._request(_spec, cast_to=Document)

    def get_content(
        self,
        document_id: str,
        **options: Unpack[RequestOptions],
    ) -> bytes:
        _spec = RequestSpec(
            "get",
            "/documents/{document_id}/content",
            path_params=(path_param("document_id", document_id),),
            accept="application/octet-stream",
            **options,
        )
        return self._request(_spec, cast_to=bytes)

    def put_content(
        self,
        document_id: str,
        *,
        content: FileContent,
        **options: Unpack[RequestOptions],
    ) -> None:
        _spec = RequestSpec(
            "put",
            "/documents/{document_id}/content",
            path_params=(path_param("document_id", document_id),),
            body=content,
            body_kind="binary",
            content_type="application/octet-stream",
            **options,
        )
        return self._request(_spec, cast_to=type(None))


class DocumentsResourceWithRawResponse:
    def __init__(self, resource: DocumentsResource) -> None:
        self._resource = resource
        self.upload = to_raw_response_wrapper(resource.upload)
        self.get_content = to_raw_response_wrapper(resource.get_content)
        self.put_content = to_raw_response_wrapper(resource.put_content)


class DocumentsResourceWithStreamingResponse:
    def __init__(self, resource: DocumentsResource) -> None:
        self._resource = resource
        self.upload = to_streamed_response_wrapper(resource.upload)
        self.get_content = to_streamed_response_wrapper(resource.get_content)
        self.put_content = to_streamed_response_wrapper(resource.put_content)


class AsyncDocumentsResource(AsyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> AsyncDocumentsResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncDocumentsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncDocumentsResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return AsyncDocumentsResourceWithStreamingResponse(self)

    async def upload(
        self,
        *,
        file: FileTypes,
        purpose: Literal["search", "archive"],
        attachments: List[FileTypes] | NotGiven = NOT_GIVEN,
        metadata: MetadataParam | NotGiven = NOT_GIVEN,
        tags: List[str] | NotGiven = NOT_GIVEN,
        priority: int | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Document:
        """Args:
        file: The document itself.
        """

        _spec = RequestSpec(
            "post",
            "/documents",
            body={
                "file": file,
                "purpose": purpose,
                "attachments": attachments,
                "metadata": metadata,
                "tags": tags,
                "priority": priority,
            },
            body_kind="multipart",
            content_type="multipart/form-data",
            **options,
        )
        return await self._request(_spec, cast_to=Document)

    async def get_content(
        self,
        document_id: str,
        **options: Unpack[RequestOptions],
    ) -> bytes:
        _spec = RequestSpec(
            "get",
            "/documents/{document_id}/content",
            path_params=(path_param("document_id", document_id),),
            accept="application/octet-stream",
            **options,
        )
        return await self._request(_spec, cast_to=bytes)

    async def put_content(
        self,
        document_id: str,
        *,
        content: FileContent,
        **options: Unpack[RequestOptions],
    ) -> None:
        _spec = RequestSpec(
            "put",
            "/documents/{document_id}/content",
            path_params=(path_param("document_id", document_id),),
            body=content,
            body_kind="binary",
            content_type="application/octet-stream",
            **options,
        )
        return await self._request(_spec, cast_to=type(None))


class AsyncDocumentsResourceWithRawResponse:
    def __init__(self, resource: AsyncDocumentsResource) -> None:
        self._resource = resource
        self.upload = async_to_raw_response_wrapper(resource.upload)
        self.get_content = async_to_raw_response_wrapper(resource.get_content)
        self.put_content = async_to_raw_response_wrapper(resource.put_content)


class AsyncDocumentsResourceWithStreamingResponse:
    def __init__(self, resource: AsyncDocumentsResource) -> None:
        self._resource = resource
        self.upload = async_to_streamed_response_wrapper(resource.upload)
        self.get_content = async_to_streamed_response_wrapper(resource.get_content)
        self.put_content = async_to_streamed_response_wrapper(resource.put_content)
