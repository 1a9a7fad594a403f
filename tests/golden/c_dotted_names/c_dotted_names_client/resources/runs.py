# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from functools import cached_property
from typing import List

from typing_extensions import Unpack

from .._base_client import RequestSpec
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..types.query_run_status import QueryRunStatus
from ..types.query_runs_query_response import QueryRunsQueryResponse

__all__ = ["RunsResource", "AsyncRunsResource"]


class RunsResource(SyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> RunsResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return RunsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> RunsResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return RunsResourceWithStreamingResponse(self)

    def query(
        self,
        *,
        project_ids: List[str] | NotGiven = NOT_GIVEN,
        status: QueryRunStatus | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> QueryRunsQueryResponse:
        _spec = RequestSpec(
            "post",
            "/v2/runs/query",
            body={"project_ids": project_ids, "status": status},
            body_kind="json",
            **options,
        )
        return self._request(_spec, cast_to=QueryRunsQueryResponse)


class RunsResourceWithRawResponse:
    def __init__(self, resource: RunsResource) -> None:
        self._resource = resource
        self.query = to_raw_response_wrapper(resource.query)


class RunsResourceWithStreamingResponse:
    def __init__(self, resource: RunsResource) -> None:
        self._resource = resource
        self.query = to_streamed_response_wrapper(resource.query)


class AsyncRunsResource(AsyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> AsyncRunsResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncRunsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncRunsResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return AsyncRunsResourceWithStreamingResponse(self)

    async def query(
        self,
        *,
        project_ids: List[str] | NotGiven = NOT_GIVEN,
        status: QueryRunStatus | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> QueryRunsQueryResponse:
        _spec = RequestSpec(
            "post",
            "/v2/runs/query",
            body={"project_ids": project_ids, "status": status},
            body_kind="json",
            **options,
        )
        return await self._request(_spec, cast_to=QueryRunsQueryResponse)


class AsyncRunsResourceWithRawResponse:
    def __init__(self, resource: AsyncRunsResource) -> None:
        self._resource = resource
        self.query = async_to_raw_response_wrapper(resource.query)


class AsyncRunsResourceWithStreamingResponse:
    def __init__(self, resource: AsyncRunsResource) -> None:
        self._resource = resource
        self.query = async_to_streamed_response_wrapper(resource.query)
