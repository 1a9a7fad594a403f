# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from typing import Dict, List, Optional

from typing_extensions import Literal

from .._models import BaseModel
from .query_run_event import QueryRunEvent
from .query_run_feedback_stat import QueryRunFeedbackStat
from .query_v1_cost import QueryV1Cost

__all__ = ["QueryRunResponse"]


class QueryRunResponse(BaseModel):
    """Since v1.0"""

    id: str

    name: Optional[str] = None

    status: Optional[Literal["SUCCESS", "ERROR", "PENDING"]] = None

    events: Optional[List[QueryRunEvent]] = None

    feedback_stats: Optional[Dict[str, QueryRunFeedbackStat]] = None

    cost: Optional[QueryV1Cost] = None
