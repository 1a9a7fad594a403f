# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from functools import cached_property

from typing_extensions import Literal, Unpack

from .._base_client import RequestSpec
from .._qs import path_param, query_param
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..types.report import Report

__all__ = ["ReportsResource", "AsyncReportsResource"]


class ReportsResource(SyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> ReportsResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return ReportsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ReportsResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return ReportsResourceWithStreamingResponse(self)

    def retrieve(
        self,
        report_id: str,
        **options: Unpack[RequestOptions],
    ) -> Report:
        _spec = RequestSpec(
            "get",
            "/reports/{report_id}",
            path_params=(path_param("report_id", report_id),),
            accept="application/json, text/csv;q=0.9",
            **options,
        )
        return self._request(_spec, cast_to=Report)

    def get_beta(
        self,
        report_id: str,
        *,
        view: Literal["full", "short"] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Report:
        _spec = RequestSpec(
            "get",
            "/reports/{report_id}",
            path_params=(path_param("report_id", report_id),),
            query_params=(query_param("beta", "true"), query_param("view", view)),
            **options,
        )
        return self._request(_spec, cast_to=Report)


class ReportsResourceWithRawResponse:
    def __init__(self, resource: ReportsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.get_beta = to_raw_response_wrapper(resource.get_beta)


class ReportsResourceWithStreamingResponse:
    def __init__(self, resource: ReportsResource) -> None:
        self._resource = resource
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.get_beta = to_streamed_response_wrapper(resource.get_beta)


class AsyncReportsResource(AsyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> AsyncReportsResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncReportsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncReportsResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return AsyncReportsResourceWithStreamingResponse(self)

    async def retrieve(
        self,
        report_id: str,
        **options: Unpack[RequestOptions],
    ) -> Report:
        _spec = RequestSpec(
            "get",
            "/reports/{report_id}",
            path_params=(path_param("report_id", report_id),),
            accept="application/json, text/csv;q=0.9",
            **options,
        )
        return await self._request(_spec, cast_to=Report)

    async def get_beta(
        self,
        report_id: str,
        *,
        view: Literal["full", "short"] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Report:
        _spec = RequestSpec(
            "get",
            "/reports/{report_id}",
            path_params=(path_param("report_id", report_id),),
            query_params=(query_param("beta", "true"), query_param("view", view)),
            **options,
        )
        return await self._request(_spec, cast_to=Report)


class AsyncReportsResourceWithRawResponse:
    def __init__(self, resource: AsyncReportsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.get_beta = async_to_raw_response_wrapper(resource.get_beta)


class AsyncReportsResourceWithStreamingResponse:
    def __init__(self, resource: AsyncReportsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.get_beta = async_to_streamed_response_wrapper(resource.get_beta)
