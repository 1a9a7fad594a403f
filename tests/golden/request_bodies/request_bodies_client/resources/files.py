# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from functools import cached_property
from typing import Optional, Union

import httpx

from .._base_client import RequestSpec
from .._qs import Param
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, FileContent, FileTypes, Headers, NotGiven, Query

__all__ = ["FilesResource", "AsyncFilesResource"]


class FilesResource(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> FilesResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return FilesResourceWithRawResponse(self)

    def upload(
        self,
        *,
        file: FileTypes,
        description: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> None:
        _spec = RequestSpec(
            method="post",
            path="/files",
            body={
                "file": file,
                "description": description,
            },
            body_kind="multipart",
            content_type="multipart/form-data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._request(_spec, cast_to=type(None))

    def put_blob(
        self,
        name: str,
        *,
        content: FileContent,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> None:
        _spec = RequestSpec(
            method="put",
            path="/blobs/{name}",
            path_params=(Param("name", name, "simple", False),),
            body=content,
            body_kind="binary",
            content_type="application/octet-stream",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._request(_spec, cast_to=type(None))


class FilesResourceWithRawResponse:
    def __init__(self, resource: FilesResource) -> None:
        self.upload = to_raw_response_wrapper(resource.upload)
        self.put_blob = to_raw_response_wrapper(resource.put_blob)


class AsyncFilesResource(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncFilesResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncFilesResourceWithRawResponse(self)

    async def upload(
        self,
        *,
        file: FileTypes,
        description: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> None:
        _spec = RequestSpec(
            method="post",
            path="/files",
            body={
                "file": file,
                "description": description,
            },
            body_kind="multipart",
            content_type="multipart/form-data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._request(_spec, cast_to=type(None))

    async def put_blob(
        self,
        name: str,
        *,
        content: FileContent,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> None:
        _spec = RequestSpec(
            method="put",
            path="/blobs/{name}",
            path_params=(Param("name", name, "simple", False),),
            body=content,
            body_kind="binary",
            content_type="application/octet-stream",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._request(_spec, cast_to=type(None))


class AsyncFilesResourceWithRawResponse:
    def __init__(self, resource: AsyncFilesResource) -> None:
        self.upload = async_to_raw_response_wrapper(resource.upload)
        self.put_blob = async_to_raw_response_wrapper(resource.put_blob)
