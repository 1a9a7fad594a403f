# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from functools import cached_property
from typing import List

from typing_extensions import Unpack

from .._base_client import RequestSpec
from .._qs import cookie_param, header_param, path_param, query_param
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..types.filter_param import FilterParam
from ..types.items_retrieve_response import ItemsRetrieveResponse

__all__ = ["ItemsResource", "AsyncItemsResource"]


class ItemsResource(SyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> ItemsResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return ItemsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ItemsResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return ItemsResourceWithStreamingResponse(self)

    def retrieve(
        self,
        project_id: str,
        item_id: int,
        *,
        x_request_id: str,
        limit: int | NotGiven = NOT_GIVEN,
        ids: List[str] | NotGiven = NOT_GIVEN,
        fields: List[str] | NotGiven = NOT_GIVEN,
        tags: List[str] | NotGiven = NOT_GIVEN,
        filter: FilterParam | NotGiven = NOT_GIVEN,
        x_trace: bool | NotGiven = NOT_GIVEN,
        session: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ItemsRetrieveResponse:
        """Args:
        limit: A scalar query parameter.

        ids: Repeated array query parameter (?ids=a&ids=b).

        fields: Comma-separated (?fields=a,b).
        """

        _spec = RequestSpec(
            "get",
            "/projects/{project_id}/items/{item_id}",
            path_params=(path_param("project_id", project_id), path_param("item_id", item_id)),
            query_params=(
                query_param("limit", limit),
                query_param("ids", ids),
                query_param("fields", fields, explode=False),
                query_param("tags", tags, style="pipeDelimited", explode=False),
                query_param("filter", filter, style="deepObject"),
            ),
            header_params=(header_param("X-Request-Id", x_request_id), header_param("X-Trace", x_trace)),
            cookie_params=(cookie_param("session", session),),
            **options,
        )
        return self._request(_spec, cast_to=ItemsRetrieveResponse)


class ItemsResourceWithRawResponse:
    def __init__(self, resource: ItemsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class ItemsResourceWithStreamingResponse:
    def __init__(self, resource: ItemsResource) -> None:
        self._resource = resource
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)


class AsyncItemsResource(AsyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> AsyncItemsResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncItemsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncItemsResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return AsyncItemsResourceWithStreamingResponse(self)

    async def retrieve(
        self,
        project_id: str,
        item_id: int,
        *,
        x_request_id: str,
        limit: int | NotGiven = NOT_GIVEN,
        ids: List[str] | NotGiven = NOT_GIVEN,
        fields: List[str] | NotGiven = NOT_GIVEN,
        tags: List[str] | NotGiven = NOT_GIVEN,
        filter: FilterParam | NotGiven = NOT_GIVEN,
        x_trace: bool | NotGiven = NOT_GIVEN,
        session: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ItemsRetrieveResponse:
        """Args:
        limit: A scalar query parameter.

        ids: Repeated array query parameter (?ids=a&ids=b).

        fields: Comma-separated (?fields=a,b).
        """

        _spec = RequestSpec(
            "get",
            "/projects/{project_id}/items/{item_id}",
            path_params=(path_param("project_id", project_id), path_param("item_id", item_id)),
            query_params=(
                query_param("limit", limit),
                query_param("ids", ids),
                query_param("fields", fields, explode=False),
                query_param("tags", tags, style="pipeDelimited", explode=False),
                query_param("filter", filter, style="deepObject"),
            ),
            header_params=(header_param("X-Request-Id", x_request_id), header_param("X-Trace", x_trace)),
            cookie_params=(cookie_param("session", session),),
            **options,
        )
        return await self._request(_spec, cast_to=ItemsRetrieveResponse)


class AsyncItemsResourceWithRawResponse:
    def __init__(self, resource: AsyncItemsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class AsyncItemsResourceWithStreamingResponse:
    def __init__(self, resource: AsyncItemsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
