# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from functools import cached_property
from typing import Dict, Optional, Union

import httpx

from .._base_client import RequestSpec
from .._qs import Param
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ..types.dashboard import Dashboard
from ..types.stat import Stat

__all__ = ["DashboardsResource", "AsyncDashboardsResource"]


class DashboardsResource(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> DashboardsResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return DashboardsResourceWithRawResponse(self)

    def create(
        self,
        *,
        name: str,
        labels: Union[Dict[str, str], NotGiven] = NOT_GIVEN,
        thresholds: Union[Dict[str, float], NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> Dashboard:
        _spec = RequestSpec(
            method="post",
            path="/dashboards",
            body={
                "name": name,
                "labels": labels,
                "thresholds": thresholds,
            },
            body_kind="json",
            content_type="application/json",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._request(_spec, cast_to=Dashboard)

    def get_stats(
        self,
        dashboard_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> Dict[str, Stat]:
        _spec = RequestSpec(
            method="get",
            path="/dashboards/{dashboard_id}/stats",
            path_params=(Param("dashboard_id", dashboard_id, "simple", False),),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._request(_spec, cast_to=Dict[str, Stat])


class DashboardsResourceWithRawResponse:
    def __init__(self, resource: DashboardsResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.get_stats = to_raw_response_wrapper(resource.get_stats)


class AsyncDashboardsResource(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncDashboardsResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncDashboardsResourceWithRawResponse(self)

    async def create(
        self,
        *,
        name: str,
        labels: Union[Dict[str, str], NotGiven] = NOT_GIVEN,
        thresholds: Union[Dict[str, float], NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> Dashboard:
        _spec = RequestSpec(
            method="post",
            path="/dashboards",
            body={
                "name": name,
                "labels": labels,
                "thresholds": thresholds,
            },
            body_kind="json",
            content_type="application/json",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._request(_spec, cast_to=Dashboard)

    async def get_stats(
        self,
        dashboard_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> Dict[str, Stat]:
        _spec = RequestSpec(
            method="get",
            path="/dashboards/{dashboard_id}/stats",
            path_params=(Param("dashboard_id", dashboard_id, "simple", False),),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._request(_spec, cast_to=Dict[str, Stat])


class AsyncDashboardsResourceWithRawResponse:
    def __init__(self, resource: AsyncDashboardsResource) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get_stats = async_to_raw_response_wrapper(resource.get_stats)
