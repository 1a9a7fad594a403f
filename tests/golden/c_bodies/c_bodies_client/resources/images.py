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
from .._types import NOT_GIVEN, Body, FileTypes, Headers, NotGiven, Query

__all__ = ["ImagesResource", "AsyncImagesResource"]


class ImagesResource(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> ImagesResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return ImagesResourceWithRawResponse(self)

    def upload(
        self,
        *,
        image: FileTypes,
        caption: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> None:
        """OpenAPI 3.1 describes file parts with contentMediaType rather than format binary."""

        _spec = RequestSpec(
            method="post",
            path="/images",
            body={
                "image": image,
                "caption": caption,
            },
            body_kind="multipart",
            content_type="multipart/form-data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._request(_spec, cast_to=type(None))


class ImagesResourceWithRawResponse:
    def __init__(self, resource: ImagesResource) -> None:
        self.upload = to_raw_response_wrapper(resource.upload)


class AsyncImagesResource(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncImagesResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncImagesResourceWithRawResponse(self)

    async def upload(
        self,
        *,
        image: FileTypes,
        caption: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> None:
        """OpenAPI 3.1 describes file parts with contentMediaType rather than format binary."""

        _spec = RequestSpec(
            method="post",
            path="/images",
            body={
                "image": image,
                "caption": caption,
            },
            body_kind="multipart",
            content_type="multipart/form-data",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._request(_spec, cast_to=type(None))


class AsyncImagesResourceWithRawResponse:
    def __init__(self, resource: AsyncImagesResource) -> None:
        self.upload = async_to_raw_response_wrapper(resource.upload)
