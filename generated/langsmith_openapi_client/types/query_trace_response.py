# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from typing import List, Optional

from .._models import BaseModel
from .run import Run

__all__ = ["QueryTraceResponse"]


class QueryTraceResponse(BaseModel):
    """The runs that make up one trace.

    Since v0.9
    """

    items: Optional[List[Run]] = None
    """The runs of the trace."""
