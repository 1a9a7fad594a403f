# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from functools import cached_property
from typing import Dict

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
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..types.dashboard import Dashboard
from ..types.stat import Stat

__all__ = ["DashboardsResource", "AsyncDashboardsResource"]


class DashboardsResource(SyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> DashboardsResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return DashboardsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> DashboardsResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return DashboardsResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        name: str,
        labels: Dict[str, str] | NotGiven = NOT_GIVEN,
        thresholds: Dict[str, float] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Dashboard:
        _spec = RequestSpec(
            "post",
            "/dashboards",
            body={"name": name, "labels": labels, "thresholds": thresholds},
            body_kind="json",
            **options,
        )
        return self._request(_spec, cast_to=Dashboard)

    def get_stats(
        self,
        dashboard_id: str,
        **options: Unpack[RequestOptions],
    ) -> Dict[str, Stat]:
        _spec = RequestSpec(
            "get",
            "/dashboards/{dashboard_id}/stats",
            path_params=(path_param("dashboard_id", dashboard_id),),
            **options,
        )
        return self._request(_spec, cast_to=Dict[str, Stat])


class DashboardsResourceWithRawResponse:
    def __init__(self, resource: DashboardsResource) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)
        self.get_stats = to_raw_response_wrapper(resource.get_stats)


class DashboardsResourceWithStreamingResponse:
    def __init__(self, resource: DashboardsResource) -> None:
        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)
        self.get_stats = to_streamed_response_wrapper(resource.get_stats)


class AsyncDashboardsResource(AsyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> AsyncDashboardsResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncDashboardsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncDashboardsResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return AsyncDashboardsResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        name: str,
        labels: Dict[str, str] | NotGiven = NOT_GIVEN,
        thresholds: Dict[str, float] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Dashboard:
        _spec = RequestSpec(
            "post",
            "/dashboards",
            body={"name": name, "labels": labels, "thresholds": thresholds},
            body_kind="json",
            **options,
        )
        return await self._request(_spec, cast_to=Dashboard)

    async def get_stats(
        self,
        dashboard_id: str,
        **options: Unpack[RequestOptions],
    ) -> Dict[str, Stat]:
        _spec = RequestSpec(
            "get",
            "/dashboards/{dashboard_id}/stats",
            path_params=(path_param("dashboard_id", dashboard_id),),
            **options,
        )
        return await self._request(_spec, cast_to=Dict[str, Stat])


class AsyncDashboardsResourceWithRawResponse:
    def __init__(self, resource: AsyncDashboardsResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get_stats = async_to_raw_response_wrapper(resource.get_stats)


class AsyncDashboardsResourceWithStreamingResponse:
    def __init__(self, resource: AsyncDashboardsResource) -> None:
        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.get_stats = async_to_streamed_response_wrapper(resource.get_stats)
