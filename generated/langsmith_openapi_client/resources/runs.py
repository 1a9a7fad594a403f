# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from datetime import datetime
from functools import cached_property
from typing import List, Union

from typing_extensions import Unpack

from .._base_client import RequestSpec
from .._qs import path_param, query_param
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._pagination import AsyncCursorPage, AsyncPaginator, SyncCursorPage
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..types.query_trace_response import QueryTraceResponse
from ..types.run import Run
from ..types.run_select_field import RunSelectField
from ..types.run_type import RunType
from ..types.sort_order import SortOrder

__all__ = ["RunsResource", "AsyncRunsResource"]


class RunsResource(SyncAPIResource):
    """Individual runs (LLM calls, tool calls, chain steps) and the traces they form.

    Since v0.9
    """

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
        ai_query: str | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        filter: str | NotGiven = NOT_GIVEN,
        has_error: bool | NotGiven = NOT_GIVEN,
        ids: List[str] | NotGiven = NOT_GIVEN,
        is_root: bool | NotGiven = NOT_GIVEN,
        max_start_time: Union[str, datetime] | NotGiven = NOT_GIVEN,
        min_start_time: Union[str, datetime] | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        project_ids: List[str] | NotGiven = NOT_GIVEN,
        reference_dataset_id: str | NotGiven = NOT_GIVEN,
        reference_examples: List[str] | NotGiven = NOT_GIVEN,
        run_type: RunType | NotGiven = NOT_GIVEN,
        selects: List[RunSelectField] | NotGiven = NOT_GIVEN,
        sort_order: SortOrder | NotGiven = NOT_GIVEN,
        trace_filter: str | NotGiven = NOT_GIVEN,
        trace_id: str | NotGiven = NOT_GIVEN,
        tree_filter: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncCursorPage[Run]:
        """Search runs

        Returns one page of runs from the given tracing projects, optionally narrowed by a start-time window, a filter expression and other criteria. Use `selects` to choose which run fields come back and `cursor` to continue from a previous page. This endpoint is in alpha and its contract may still change.

        Args:
          ai_query: A plain-language description of the runs wanted, turned into a filter by the server.

          cursor: The `next_cursor` of the previous page; leave out for the first page.

          filter: A LangSmith filter expression each run must satisfy.

          has_error: When set, keep only failed runs (true) or only runs without an error (false).

          ids: Restrict the search to these run UUIDs.

          is_root: When set, keep only root runs (true) or only child runs (false).

          max_start_time: Latest run start time to include (RFC3339).

          min_start_time: Earliest run start time to include (RFC3339).

          page_size: Largest number of runs to return in one page.

          project_ids: UUIDs of the tracing projects to search.

          reference_dataset_id: Keep only runs tied to examples of this dataset.

          reference_examples: Keep only runs tied to these dataset example UUIDs.

          run_type: Keep only runs of this kind.

          selects: Run fields to include on each returned run; only `id` when left out.

          sort_order: Whether results come oldest first (ASC) or newest first (DESC).

          trace_filter: A filter expression the root run of each run's trace must satisfy.

          trace_id: Keep only runs belonging to this trace.

          tree_filter: A filter expression that at least one run in each run's trace must satisfy.
        """

        _spec = RequestSpec(
            "post",
            "/v2/runs/query",
            body={
                "ai_query": ai_query,
                "cursor": cursor,
                "filter": filter,
                "has_error": has_error,
                "ids": ids,
                "is_root": is_root,
                "max_start_time": max_start_time,
                "min_start_time": min_start_time,
                "page_size": page_size,
                "project_ids": project_ids,
                "reference_dataset_id": reference_dataset_id,
                "reference_examples": reference_examples,
                "run_type": run_type,
                "selects": selects,
                "sort_order": sort_order,
                "trace_filter": trace_filter,
                "trace_id": trace_id,
                "tree_filter": tree_filter,
            },
            body_kind="json",
            **options,
        )
        return self._request_page(
            _spec,
            page=SyncCursorPage[Run],
            cast_to=Run,
            cursor_param=("body", "cursor"),
        )

    def retrieve(
        self,
        run_id: str,
        *,
        project_id: str,
        start_time: Union[str, datetime],
        selects: List[RunSelectField] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Run:
        """Fetch one run

        Looks up a single run by its ID. The project and the run's start time are needed to find it. Without `selects` only the run's `id` is returned. This endpoint is in alpha and its contract may still change.

        Args:
          run_id: UUID of the run to fetch.

          project_id: UUID of the tracing project the run was logged to.

          start_time: The run's own start time (RFC3339), used together with `project_id` to find it.

          selects: Run fields to include in the response; repeat the parameter once per field. When left out, only `id` is returned.
        """

        _spec = RequestSpec(
            "get",
            "/v2/runs/{run_id}",
            path_params=(path_param("run_id", run_id),),
            query_params=(
                query_param("project_id", project_id),
                query_param("start_time", start_time),
                query_param("selects", selects),
            ),
            **options,
        )
        return self._request(_spec, cast_to=Run)

    def list_by_trace(
        self,
        trace_id: str,
        *,
        project_id: str,
        min_start_time: Union[str, datetime],
        max_start_time: Union[str, datetime],
        filter: str | NotGiven = NOT_GIVEN,
        selects: List[RunSelectField] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> QueryTraceResponse:
        """List the runs of a trace

        Returns every run that belongs to one trace and started inside the given time window, optionally narrowed by a filter expression. This endpoint is in alpha and its contract may still change.

        Args:
          trace_id: UUID of the trace (the ID of its root run).

          project_id: UUID of the tracing project that holds the trace.

          min_start_time: Earliest run start time to include (RFC3339, inclusive).

          max_start_time: Latest run start time to include (RFC3339, inclusive).

          filter: A LangSmith filter expression applied to each run of the trace, such as `eq(run_type, \"llm\")` or `eq(status, \"error\")`.

          selects: Run fields to include on each returned run; repeat the parameter once per field. When left out, only `id` is returned.
        """

        _spec = RequestSpec(
            "get",
            "/v2/traces/{trace_id}/runs",
            path_params=(path_param("trace_id", trace_id),),
            query_params=(
                query_param("project_id", project_id),
                query_param("min_start_time", min_start_time),
                query_param("max_start_time", max_start_time),
                query_param("filter", filter),
                query_param("selects", selects),
            ),
            **options,
        )
        return self._request(_spec, cast_to=QueryTraceResponse)


class RunsResourceWithRawResponse:
    def __init__(self, resource: RunsResource) -> None:
        self._resource = resource
        self.query = to_raw_response_wrapper(resource.query)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.list_by_trace = to_raw_response_wrapper(resource.list_by_trace)


class RunsResourceWithStreamingResponse:
    def __init__(self, resource: RunsResource) -> None:
        self._resource = resource
        self.query = to_streamed_response_wrapper(resource.query)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.list_by_trace = to_streamed_response_wrapper(resource.list_by_trace)


class AsyncRunsResource(AsyncAPIResource):
    """Individual runs (LLM calls, tool calls, chain steps) and the traces they form.

    Since v0.9
    """

    @cached_property
    def with_raw_response(self) -> AsyncRunsResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncRunsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncRunsResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return AsyncRunsResourceWithStreamingResponse(self)

    def query(
        self,
        *,
        ai_query: str | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        filter: str | NotGiven = NOT_GIVEN,
        has_error: bool | NotGiven = NOT_GIVEN,
        ids: List[str] | NotGiven = NOT_GIVEN,
        is_root: bool | NotGiven = NOT_GIVEN,
        max_start_time: Union[str, datetime] | NotGiven = NOT_GIVEN,
        min_start_time: Union[str, datetime] | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        project_ids: List[str] | NotGiven = NOT_GIVEN,
        reference_dataset_id: str | NotGiven = NOT_GIVEN,
        reference_examples: List[str] | NotGiven = NOT_GIVEN,
        run_type: RunType | NotGiven = NOT_GIVEN,
        selects: List[RunSelectField] | NotGiven = NOT_GIVEN,
        sort_order: SortOrder | NotGiven = NOT_GIVEN,
        trace_filter: str | NotGiven = NOT_GIVEN,
        trace_id: str | NotGiven = NOT_GIVEN,
        tree_filter: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[Run, AsyncCursorPage[Run]]:
        """Search runs

        Returns one page of runs from the given tracing projects, optionally narrowed by a start-time window, a filter expression and other criteria. Use `selects` to choose which run fields come back and `cursor` to continue from a previous page. This endpoint is in alpha and its contract may still change.

        Args:
          ai_query: A plain-language description of the runs wanted, turned into a filter by the server.

          cursor: The `next_cursor` of the previous page; leave out for the first page.

          filter: A LangSmith filter expression each run must satisfy.

          has_error: When set, keep only failed runs (true) or only runs without an error (false).

          ids: Restrict the search to these run UUIDs.

          is_root: When set, keep only root runs (true) or only child runs (false).

          max_start_time: Latest run start time to include (RFC3339).

          min_start_time: Earliest run start time to include (RFC3339).

          page_size: Largest number of runs to return in one page.

          project_ids: UUIDs of the tracing projects to search.

          reference_dataset_id: Keep only runs tied to examples of this dataset.

          reference_examples: Keep only runs tied to these dataset example UUIDs.

          run_type: Keep only runs of this kind.

          selects: Run fields to include on each returned run; only `id` when left out.

          sort_order: Whether results come oldest first (ASC) or newest first (DESC).

          trace_filter: A filter expression the root run of each run's trace must satisfy.

          trace_id: Keep only runs belonging to this trace.

          tree_filter: A filter expression that at least one run in each run's trace must satisfy.
        """

        _spec = RequestSpec(
            "post",
            "/v2/runs/query",
            body={
                "ai_query": ai_query,
                "cursor": cursor,
                "filter": filter,
                "has_error": has_error,
                "ids": ids,
                "is_root": is_root,
                "max_start_time": max_start_time,
                "min_start_time": min_start_time,
                "page_size": page_size,
                "project_ids": project_ids,
                "reference_dataset_id": reference_dataset_id,
                "reference_examples": reference_examples,
                "run_type": run_type,
                "selects": selects,
                "sort_order": sort_order,
                "trace_filter": trace_filter,
                "trace_id": trace_id,
                "tree_filter": tree_filter,
            },
            body_kind="json",
            **options,
        )
        return self._request_page(
            _spec,
            page=AsyncCursorPage[Run],
            cast_to=Run,
            cursor_param=("body", "cursor"),
        )

    async def retrieve(
        self,
        run_id: str,
        *,
        project_id: str,
        start_time: Union[str, datetime],
        selects: List[RunSelectField] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Run:
        """Fetch one run

        Looks up a single run by its ID. The project and the run's start time are needed to find it. Without `selects` only the run's `id` is returned. This endpoint is in alpha and its contract may still change.

        Args:
          run_id: UUID of the run to fetch.

          project_id: UUID of the tracing project the run was logged to.

          start_time: The run's own start time (RFC3339), used together with `project_id` to find it.

          selects: Run fields to include in the response; repeat the parameter once per field. When left out, only `id` is returned.
        """

        _spec = RequestSpec(
            "get",
            "/v2/runs/{run_id}",
            path_params=(path_param("run_id", run_id),),
            query_params=(
                query_param("project_id", project_id),
                query_param("start_time", start_time),
                query_param("selects", selects),
            ),
            **options,
        )
        return await self._request(_spec, cast_to=Run)

    async def list_by_trace(
        self,
        trace_id: str,
        *,
        project_id: str,
        min_start_time: Union[str, datetime],
        max_start_time: Union[str, datetime],
        filter: str | NotGiven = NOT_GIVEN,
        selects: List[RunSelectField] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> QueryTraceResponse:
        """List the runs of a trace

        Returns every run that belongs to one trace and started inside the given time window, optionally narrowed by a filter expression. This endpoint is in alpha and its contract may still change.

        Args:
          trace_id: UUID of the trace (the ID of its root run).

          project_id: UUID of the tracing project that holds the trace.

          min_start_time: Earliest run start time to include (RFC3339, inclusive).

          max_start_time: Latest run start time to include (RFC3339, inclusive).

          filter: A LangSmith filter expression applied to each run of the trace, such as `eq(run_type, \"llm\")` or `eq(status, \"error\")`.

          selects: Run fields to include on each returned run; repeat the parameter once per field. When left out, only `id` is returned.
        """

        _spec = RequestSpec(
            "get",
            "/v2/traces/{trace_id}/runs",
            path_params=(path_param("trace_id", trace_id),),
            query_params=(
                query_param("project_id", project_id),
                query_param("min_start_time", min_start_time),
                query_param("max_start_time", max_start_time),
                query_param("filter", filter),
                query_param("selects", selects),
            ),
            **options,
        )
        return await self._request(_spec, cast_to=QueryTraceResponse)


class AsyncRunsResourceWithRawResponse:
    def __init__(self, resource: AsyncRunsResource) -> None:
        self._resource = resource
        self.query = async_to_raw_response_wrapper(resource.query)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.list_by_trace = async_to_raw_response_wrapper(resource.list_by_trace)


class AsyncRunsResourceWithStreamingResponse:
    def __init__(self, resource: AsyncRunsResource) -> None:
        self._resource = resource
        self.query = async_to_streamed_response_wrapper(resource.query)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.list_by_trace = async_to_streamed_response_wrapper(resource.list_by_trace)
