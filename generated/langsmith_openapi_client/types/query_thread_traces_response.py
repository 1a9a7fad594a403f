# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from typing import List, Optional

from .._models import BaseModel
from .thread_trace_list_item import ThreadTraceListItem

__all__ = ["QueryThreadTracesResponse"]


class QueryThreadTracesResponse(BaseModel):
    """One page of a thread's traces.

    Since v0.9
    """

    items: Optional[List[ThreadTraceListItem]] = None
    """The traces on this page."""

    next_cursor: Optional[str] = None
    """Pass as `cursor` to fetch the following page."""

    has_more: Optional[bool] = None
    """Whether another page follows this one."""
