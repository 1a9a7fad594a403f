# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from typing import List, Optional

from .._models import BaseModel
from .thread_list_item import ThreadListItem

__all__ = ["QueryThreadsResponse"]


class QueryThreadsResponse(BaseModel):
    """One page of threads.

    Since v0.9
    """

    items: Optional[List[ThreadListItem]] = None
    """The threads on this page."""

    next_cursor: Optional[str] = None
    """Pass as `cursor` to fetch the following page."""

    has_more: Optional[bool] = None
    """Whether another page follows this one."""
