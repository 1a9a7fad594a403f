# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from functools import cached_property
from typing import List, Optional, Union

import httpx

from .._base_client import RequestSpec
from .._qs import Param
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ..types.filter_param import FilterParam
from ..types.items_retrieve_response import ItemsRetrieveResponse

__all__ = ["ItemsResource", "AsyncItemsResource"]


class ItemsResource(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> ItemsResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return ItemsResourceWithRawResponse(self)

    def retrieve(
        self,
        project_id: str,
        item_id: int,
        *,
        x_request_id: str,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        ids: Union[List[str], NotGiven] = NOT_GIVEN,
        fields: Union[List[str], NotGiven] = NOT_GIVEN,
        tags: Union[List[str], NotGiven] = NOT_GIVEN,
        filter: Union[FilterParam, NotGiven] = NOT_GIVEN,
        x_trace: Union[bool, NotGiven] = NOT_GIVEN,
        session: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> ItemsRetrieveResponse:
        """Args:
        limit: A scalar query parameter.

        ids: Repeated array query parameter (?ids=a&ids=b).

        fields: Comma-separated (?fields=a,b).
        """

        _spec = RequestSpec(
            method="get",
            path="/projects/{project_id}/items/{item_id}",
            path_params=(
                Param("project_id", project_id, "simple", False),
                Param("item_id", item_id, "simple", False),
            ),
            query_params=(
                Param("limit", limit, "form", True),
                Param("ids", ids, "form", True),
                Param("fields", fields, "form", False),
                Param("tags", tags, "pipeDelimited", False),
                Param("filter", filter, "deepObject", True),
            ),
            header_params=(
                Param("X-Request-Id", x_request_id, "simple", False),
                Param("X-Trace", x_trace, "simple", False),
            ),
            cookie_params=(Param("session", session, "form", True),),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._request(_spec, cast_to=ItemsRetrieveResponse)


class ItemsResourceWithRawResponse:
    def __init__(self, resource: ItemsResource) -> None:
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class AsyncItemsResource(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncItemsResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncItemsResourceWithRawResponse(self)

    async def retrieve(
        self,
        project_id: str,
        item_id: int,
        *,
        x_request_id: str,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        ids: Union[List[str], NotGiven] = NOT_GIVEN,
        fields: Union[List[str], NotGiven] = NOT_GIVEN,
        tags: Union[List[str], NotGiven] = NOT_GIVEN,
        filter: Union[FilterParam, NotGiven] = NOT_GIVEN,
        x_trace: Union[bool, NotGiven] = NOT_GIVEN,
        session: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> ItemsRetrieveResponse:
        """Args:
        limit: A scalar query parameter.

        ids: Repeated array query parameter (?ids=a&ids=b).

        fields: Comma-separated (?fields=a,b).
        """

        _spec = RequestSpec(
            method="get",
            path="/projects/{project_id}/items/{item_id}",
            path_params=(
                Param("project_id", project_id, "simple", False),
                Param("item_id", item_id, "simple", False),
            ),
            query_params=(
                Param("limit", limit, "form", True),
                Param("ids", ids, "form", True),
                Param("fields", fields, "form", False),
                Param("tags", tags, "pipeDelimited", False),
                Param("filter", filter, "deepObject", True),
            ),
            header_params=(
                Param("X-Request-Id", x_request_id, "simple", False),
                Param("X-Trace", x_trace, "simple", False),
            ),
            cookie_params=(Param("session", session, "form", True),),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._request(_spec, cast_to=ItemsRetrieveResponse)


class AsyncItemsResourceWithRawResponse:
    def __init__(self, resource: AsyncItemsResource) -> None:
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
