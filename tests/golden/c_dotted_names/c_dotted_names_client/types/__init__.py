# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).
"""The API's types. Each is imported on first use, so that importing the package stays fast."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .query_run_event import QueryRunEvent as QueryRunEvent
    from .query_run_feedback_stat import QueryRunFeedbackStat as QueryRunFeedbackStat
    from .query_run_response import QueryRunResponse as QueryRunResponse
    from .query_run_status import QueryRunStatus as QueryRunStatus
    from .query_runs_query_request import QueryRunsQueryRequest as QueryRunsQueryRequest
    from .query_runs_query_response import QueryRunsQueryResponse as QueryRunsQueryResponse
    from .query_v1_cost import QueryV1Cost as QueryV1Cost

_EXPORTS: dict[str, str] = {
    "QueryRunEvent": "query_run_event",
    "QueryRunFeedbackStat": "query_run_feedback_stat",
    "QueryRunResponse": "query_run_response",
    "QueryRunStatus": "query_run_status",
    "QueryRunsQueryRequest": "query_runs_query_request",
    "QueryRunsQueryResponse": "query_runs_query_response",
    "QueryV1Cost": "query_v1_cost",
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
