# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).
"""The API's types. Each is imported on first use, so that importing the package stays fast."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .problem_details import ProblemDetails as ProblemDetails
    from .query_runs_request import QueryRunsRequest as QueryRunsRequest
    from .query_runs_response import QueryRunsResponse as QueryRunsResponse
    from .query_thread_traces_response import QueryThreadTracesResponse as QueryThreadTracesResponse
    from .query_threads_request import QueryThreadsRequest as QueryThreadsRequest
    from .query_threads_response import QueryThreadsResponse as QueryThreadsResponse
    from .query_trace_response import QueryTraceResponse as QueryTraceResponse
    from .run import Run as Run
    from .run_select_field import RunSelectField as RunSelectField
    from .run_status import RunStatus as RunStatus
    from .run_type import RunType as RunType
    from .single_thread_stats_select_field import SingleThreadStatsSelectField as SingleThreadStatsSelectField
    from .sort_order import SortOrder as SortOrder
    from .thread_list_item import ThreadListItem as ThreadListItem
    from .thread_stats import ThreadStats as ThreadStats
    from .thread_trace_list_item import ThreadTraceListItem as ThreadTraceListItem
    from .thread_trace_select_field import ThreadTraceSelectField as ThreadTraceSelectField

_EXPORTS: dict[str, str] = {
    "ProblemDetails": "problem_details",
    "QueryRunsRequest": "query_runs_request",
    "QueryRunsResponse": "query_runs_response",
    "QueryThreadTracesResponse": "query_thread_traces_response",
    "QueryThreadsRequest": "query_threads_request",
    "QueryThreadsResponse": "query_threads_response",
    "QueryTraceResponse": "query_trace_response",
    "Run": "run",
    "RunSelectField": "run_select_field",
    "RunStatus": "run_status",
    "RunType": "run_type",
    "SingleThreadStatsSelectField": "single_thread_stats_select_field",
    "SortOrder": "sort_order",
    "ThreadListItem": "thread_list_item",
    "ThreadStats": "thread_stats",
    "ThreadTraceListItem": "thread_trace_list_item",
    "ThreadTraceSelectField": "thread_trace_select_field",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> object:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
