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
from .._types import NOT_GIVEN, Body, FileContent, Headers, NotGiven, Query

__all__ = ["ThumbnailsResource", "AsyncThumbnailsResource"]


class ThumbnailsResource(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> ThumbnailsResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return ThumbnailsResourceWithRawResponse(self)

    def put(
        self,
        image_id: str,
        *,
        content: FileContent,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> None:
        """A binary body with no schema, in a resource that has no file fields."""

        _spec = RequestSpec(
            method="put",
            path="/images/{image_id}/thumbnail",
            path_params=(Param("image_id", image_id, "simple", False),),
            body=content,
            body_kind="binary",
            content_type="image/png",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._request(_spec, cast_to=type(None))


class ThumbnailsResourceWithRawResponse:
    def __init__(self, resource: ThumbnailsResource) -> None:
        self.put = to_raw_response_wrapper(resource.put)


class AsyncThumbnailsResource(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncThumbnailsResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncThumbnailsResourceWithRawResponse(self)

    async def put(
        self,
        image_id: str,
        *,
        content: FileContent,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> None:
        """A binary body with no schema, in a resource that has no file fields."""

        _spec = RequestSpec(
            method="put",
            path="/images/{image_id}/thumbnail",
            path_params=(Param("image_id", image_id, "simple", False),),
            body=content,
            body_kind="binary",
            content_type="image/png",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._request(_spec, cast_to=type(None))


class AsyncThumbnailsResourceWithRawResponse:
    def __init__(self, resource: AsyncThumbnailsResource) -> None:
        self.put = async_to_raw_response_wrapper(resource.put)
