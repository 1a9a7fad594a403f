# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from typing import List, Optional

from .._models import BaseModel
from .query_run_response import QueryRunResponse

__all__ = ["QueryRunsQueryResponse"]


class QueryRunsQueryResponse(BaseModel):
    """Since v1.0"""

    runs: List[QueryRunResponse]

    next_cursor: Optional[str] = None
