# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from datetime import datetime
from typing import Optional

from .._models import BaseModel

__all__ = ["QueryThreadsRequest"]


class QueryThreadsRequest(BaseModel):
    """Criteria for searching the threads of a project, plus paging.

    Since v0.9
    """

    cursor: Optional[str] = None
    """The `next_cursor` of the previous page; leave out for the first page."""

    filter: Optional[str] = None
    """A LangSmith filter expression each thread must satisfy."""

    max_start_time: Optional[datetime] = None
    """Latest start time to include (RFC3339)."""

    min_start_time: Optional[datetime] = None
    """Earliest start time to include (RFC3339)."""

    page_size: Optional[int] = 20
    """Largest number of threads to return in one page."""

    project_id: Optional[str] = None
    """UUID of the tracing project to search."""
