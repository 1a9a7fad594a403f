# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from functools import cached_property
from typing import List, Optional, Union

import httpx
from typing_extensions import Literal

from .._base_client import RequestSpec
from .._qs import Param
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, FileContent, FileTypes, Headers, NotGiven, Query
from ..types.document import Document
from ..types.documents_upload_params import MetadataParam

__all__ = ["DocumentsResource", "AsyncDocumentsResource"]


class DocumentsResource(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> DocumentsResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return DocumentsResourceWithRawResponse(self)

    def upload(
        self,
        *,
        file: FileTypes,
        purpose: Literal["search", "archive"],
        attachments: Union[List[FileTypes], NotGiven] = NOT_GIVEN,
        metadata: Union[MetadataParam, NotGiven] = NOT_GIVEN,
        tags: Union[List[str], NotGiven] = NOT_GIVEN,
        priority: Union[int, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> Document:
        """Args:
        file: The document itself.
        """

        _spec = RequestSpec(
            method="post",
            path="/documents",
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
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._request(_spec, cast_to=Document)

    def get_content(
        self,
        document_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> bytes:
        _spec = RequestSpec(
            method="get",
            path="/documents/{document_id}/content",
            path_params=(Param("document_id", document_id, "simple", False),),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._request(_spec, cast_to=bytes)

    def put_content(
        self,
        document_id: str,
        *,
        content: FileContent,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> None:
        _spec = RequestSpec(
            method="put",
            path="/documents/{document_id}/content",
            path_params=(Param("document_id", document_id, "simple", False),),
            body=content,
            body_kind="binary",
            content_type="application/octet-stream",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._request(_spec, cast_to=type(None))


class DocumentsResourceWithRawResponse:
    def __init__(self, resource: DocumentsResource) -> None:
        self.upload = to_raw_response_wrapper(resource.upload)
        self.get_content = to_raw_response_wrapper(resource.get_content)
        self.put_content = to_raw_response_wrapper(resource.put_content)


class AsyncDocumentsResource(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncDocumentsResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncDocumentsResourceWithRawResponse(self)

    async def upload(
        self,
        *,
        file: FileTypes,
        purpose: Literal["search", "archive"],
        attachments: Union[List[FileTypes], NotGiven] = NOT_GIVEN,
        metadata: Union[MetadataParam, NotGiven] = NOT_GIVEN,
        tags: Union[List[str], NotGiven] = NOT_GIVEN,
        priority: Union[int, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> Document:
        """Args:
        file: The document itself.
        """

        _spec = RequestSpec(
            method="post",
            path="/documents",
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
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._request(_spec, cast_to=Document)

    async def get_content(
        self,
        document_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> bytes:
        _spec = RequestSpec(
            method="get",
            path="/documents/{document_id}/content",
            path_params=(Param("document_id", document_id, "simple", False),),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._request(_spec, cast_to=bytes)

    async def put_content(
        self,
        document_id: str,
        *,
        content: FileContent,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> None:
        _spec = RequestSpec(
            method="put",
            path="/documents/{document_id}/content",
            path_params=(Param("document_id", document_id, "simple", False),),
            body=content,
            body_kind="binary",
            content_type="application/octet-stream",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._request(_spec, cast_to=type(None))


class AsyncDocumentsResourceWithRawResponse:
    def __init__(self, resource: AsyncDocumentsResource) -> None:
        self.upload = async_to_raw_response_wrapper(resource.upload)
        self.get_content = async_to_raw_response_wrapper(resource.get_content)
        self.put_content = async_to_raw_response_wrapper(resource.put_content)
