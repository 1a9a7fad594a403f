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
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ..types.place import Place

__all__ = ["PlacesResource", "AsyncPlacesResource"]


class PlacesResource(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> PlacesResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return PlacesResourceWithRawResponse(self)

    def retrieve(
        self,
        place_id: Union[str, int],
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> Place:
        _spec = RequestSpec(
            method="get",
            path="/places/{place_id}",
            path_params=(Param("place_id", place_id, "simple", False),),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._request(_spec, cast_to=Place)


class PlacesResourceWithRawResponse:
    def __init__(self, resource: PlacesResource) -> None:
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class AsyncPlacesResource(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncPlacesResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncPlacesResourceWithRawResponse(self)

    async def retrieve(
        self,
        place_id: Union[str, int],
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> Place:
        _spec = RequestSpec(
            method="get",
            path="/places/{place_id}",
            path_params=(Param("place_id", place_id, "simple", False),),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._request(_spec, cast_to=Place)


class AsyncPlacesResourceWithRawResponse:
    def __init__(self, resource: AsyncPlacesResource) -> None:
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
