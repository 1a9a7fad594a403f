# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from typing import List, Optional

from .._models import BaseModel
from .run import Run

__all__ = ["QueryRunsResponse"]


class QueryRunsResponse(BaseModel):
    """One page of runs.

    Since v0.9
    """

    items: Optional[List[Run]] = None
    """The runs on this page."""

    next_cursor: Optional[str] = None
    """Pass as `cursor` to fetch the following page."""

    has_more: Optional[bool] = None
    """Whether another page follows this one."""
