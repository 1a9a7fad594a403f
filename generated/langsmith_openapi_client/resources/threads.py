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
from ..types.single_thread_stats_select_field import SingleThreadStatsSelectField
from ..types.thread_list_item import ThreadListItem
from ..types.thread_stats import ThreadStats
from ..types.thread_trace_list_item import ThreadTraceListItem
from ..types.thread_trace_select_field import ThreadTraceSelectField

__all__ = ["ThreadsResource", "AsyncThreadsResource"]


class ThreadsResource(SyncAPIResource):
    """Conversation threads, each a sequence of traces sharing one thread ID.

    Since v0.9
    """

    @cached_property
    def with_raw_response(self) -> ThreadsResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return ThreadsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ThreadsResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return ThreadsResourceWithStreamingResponse(self)

    def query(
        self,
        *,
        cursor: str | NotGiven = NOT_GIVEN,
        filter: str | NotGiven = NOT_GIVEN,
        max_start_time: Union[str, datetime] | NotGiven = NOT_GIVEN,
        min_start_time: Union[str, datetime] | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncCursorPage[ThreadListItem]:
        """Search threads

        Returns one page of the conversation threads in a project, optionally limited to a start-time window and a filter expression. Pass the previous page's `next_cursor` as `cursor` to continue. This endpoint is in alpha and its contract may still change.

        Args:
          cursor: The `next_cursor` of the previous page; leave out for the first page.

          filter: A LangSmith filter expression each thread must satisfy.

          max_start_time: Latest start time to include (RFC3339).

          min_start_time: Earliest start time to include (RFC3339).

          page_size: Largest number of threads to return in one page.

          project_id: UUID of the tracing project to search.
        """

        _spec = RequestSpec(
            "post",
            "/v2/threads/query",
            body={
                "cursor": cursor,
                "filter": filter,
                "max_start_time": max_start_time,
                "min_start_time": min_start_time,
                "page_size": page_size,
                "project_id": project_id,
            },
            body_kind="json",
            **options,
        )
        return self._request_page(
            _spec,
            page=SyncCursorPage[ThreadListItem],
            cast_to=ThreadListItem,
            cursor_param=("body", "cursor"),
        )

    def list_traces(
        self,
        thread_id: str,
        *,
        project_id: str,
        cursor: str | NotGiven = NOT_GIVEN,
        filter: str | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        selects: List[ThreadTraceSelectField] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncCursorPage[ThreadTraceListItem]:
        """List the traces of a thread

        Returns one page of the traces that make up a conversation thread. This endpoint is in alpha and its contract may still change.

        Args:
          thread_id: ID of the thread.

          project_id: UUID of the tracing project that holds the thread.

          cursor: Opaque position marker taken from `next_cursor` of the previous page. Leave it out to get the first page.

          filter: A LangSmith filter expression applied to the root run of each trace, such as `eq(status, \"success\")` or `has(tags, \"production\")`.

          page_size: Largest number of traces to return in one page (1 to 100, 20 when omitted).

          selects: Trace fields to include on each returned trace; repeat the parameter once per field. `trace_id` is always included.
        """

        _spec = RequestSpec(
            "get",
            "/v2/threads/{thread_id}/traces",
            path_params=(path_param("thread_id", thread_id),),
            query_params=(
                query_param("project_id", project_id),
                query_param("cursor", cursor),
                query_param("filter", filter),
                query_param("page_size", page_size),
                query_param("selects", selects),
            ),
            **options,
        )
        return self._request_page(
            _spec,
            page=SyncCursorPage[ThreadTraceListItem],
            cast_to=ThreadTraceListItem,
            cursor_param=("query", "cursor"),
        )

    def retrieve_stats(
        self,
        thread_id: str,
        *,
        session_id: str,
        selects: List[SingleThreadStatsSelectField] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ThreadStats:
        """Compute statistics for a thread

        Aggregates one thread's traces into summary numbers such as the turn count, latency percentiles, token and cost totals and their per-category breakdowns. This endpoint is in alpha and its contract may still change.

        Args:
          thread_id: ID of the thread.

          session_id: UUID of the tracing project (session) that holds the thread.

          selects: Statistics to compute; repeat the parameter once per statistic. The server expects at least one.
        """

        _spec = RequestSpec(
            "get",
            "/v2/threads/{thread_id}/stats",
            path_params=(path_param("thread_id", thread_id),),
            query_params=(query_param("session_id", session_id), query_param("selects", selects)),
            **options,
        )
        return self._request(_spec, cast_to=ThreadStats)


class ThreadsResourceWithRawResponse:
    def __init__(self, resource: ThreadsResource) -> None:
        self._resource = resource
        self.query = to_raw_response_wrapper(resource.query)
        self.list_traces = to_raw_response_wrapper(resource.list_traces)
        self.retrieve_stats = to_raw_response_wrapper(resource.retrieve_stats)


class ThreadsResourceWithStreamingResponse:
    def __init__(self, resource: ThreadsResource) -> None:
        self._resource = resource
        self.query = to_streamed_response_wrapper(resource.query)
        self.list_traces = to_streamed_response_wrapper(resource.list_traces)
        self.retrieve_stats = to_streamed_response_wrapper(resource.retrieve_stats)


class AsyncThreadsResource(AsyncAPIResource):
    """Conversation threads, each a sequence of traces sharing one thread ID.

    Since v0.9
    """

    @cached_property
    def with_raw_response(self) -> AsyncThreadsResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncThreadsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncThreadsResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return AsyncThreadsResourceWithStreamingResponse(self)

    def query(
        self,
        *,
        cursor: str | NotGiven = NOT_GIVEN,
        filter: str | NotGiven = NOT_GIVEN,
        max_start_time: Union[str, datetime] | NotGiven = NOT_GIVEN,
        min_start_time: Union[str, datetime] | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[ThreadListItem, AsyncCursorPage[ThreadListItem]]:
        """Search threads

        Returns one page of the conversation threads in a project, optionally limited to a start-time window and a filter expression. Pass the previous page's `next_cursor` as `cursor` to continue. This endpoint is in alpha and its contract may still change.

        Args:
          cursor: The `next_cursor` of the previous page; leave out for the first page.

          filter: A LangSmith filter expression each thread must satisfy.

          max_start_time: Latest start time to include (RFC3339).

          min_start_time: Earliest start time to include (RFC3339).

          page_size: Largest number of threads to return in one page.

          project_id: UUID of the tracing project to search.
        """

        _spec = RequestSpec(
            "post",
            "/v2/threads/query",
            body={
                "cursor": cursor,
                "filter": filter,
                "max_start_time": max_start_time,
                "min_start_time": min_start_time,
                "page_size": page_size,
                "project_id": project_id,
            },
            body_kind="json",
            **options,
        )
        return self._request_page(
            _spec,
            page=AsyncCursorPage[ThreadListItem],
            cast_to=ThreadListItem,
            cursor_param=("body", "cursor"),
        )

    def list_traces(
        self,
        thread_id: str,
        *,
        project_id: str,
        cursor: str | NotGiven = NOT_GIVEN,
        filter: str | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        selects: List[ThreadTraceSelectField] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[ThreadTraceListItem, AsyncCursorPage[ThreadTraceListItem]]:
        """List the traces of a thread

        Returns one page of the traces that make up a conversation thread. This endpoint is in alpha and its contract may still change.

        Args:
          thread_id: ID of the thread.

          project_id: UUID of the tracing project that holds the thread.

          cursor: Opaque position marker taken from `next_cursor` of the previous page. Leave it out to get the first page.

          filter: A LangSmith filter expression applied to the root run of each trace, such as `eq(status, \"success\")` or `has(tags, \"production\")`.

          page_size: Largest number of traces to return in one page (1 to 100, 20 when omitted).

          selects: Trace fields to include on each returned trace; repeat the parameter once per field. `trace_id` is always included.
        """

        _spec = RequestSpec(
            "get",
            "/v2/threads/{thread_id}/traces",
            path_params=(path_param("thread_id", thread_id),),
            query_params=(
                query_param("project_id", project_id),
                query_param("cursor", cursor),
                query_param("filter", filter),
                query_param("page_size", page_size),
                query_param("selects", selects),
            ),
            **options,
        )
        return self._request_page(
            _spec,
            page=AsyncCursorPage[ThreadTraceListItem],
            cast_to=ThreadTraceListItem,
            cursor_param=("query", "cursor"),
        )

    async def retrieve_stats(
        self,
        thread_id: str,
        *,
        session_id: str,
        selects: List[SingleThreadStatsSelectField] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ThreadStats:
        """Compute statistics for a thread

        Aggregates one thread's traces into summary numbers such as the turn count, latency percentiles, token and cost totals and their per-category breakdowns. This endpoint is in alpha and its contract may still change.

        Args:
          thread_id: ID of the thread.

          session_id: UUID of the tracing project (session) that holds the thread.

          selects: Statistics to compute; repeat the parameter once per statistic. The server expects at least one.
        """

        _spec = RequestSpec(
            "get",
            "/v2/threads/{thread_id}/stats",
            path_params=(path_param("thread_id", thread_id),),
            query_params=(query_param("session_id", session_id), query_param("selects", selects)),
            **options,
        )
        return await self._request(_spec, cast_to=ThreadStats)


class AsyncThreadsResourceWithRawResponse:
    def __init__(self, resource: AsyncThreadsResource) -> None:
        self._resource = resource
        self.query = async_to_raw_response_wrapper(resource.query)
        self.list_traces = async_to_raw_response_wrapper(resource.list_traces)
        self.retrieve_stats = async_to_raw_response_wrapper(resource.retrieve_stats)


class AsyncThreadsResourceWithStreamingResponse:
    def __init__(self, resource: AsyncThreadsResource) -> None:
        self._resource = resource
        self.query = async_to_streamed_response_wrapper(resource.query)
        self.list_traces = async_to_streamed_response_wrapper(resource.list_traces)
        self.retrieve_stats = async_to_streamed_response_wrapper(resource.retrieve_stats)
