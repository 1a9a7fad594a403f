# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from datetime import datetime
from typing import Dict, List, Optional

from .._models import BaseModel

__all__ = ["Run", "Event", "FeedbackStats", "CostDetails"]


class Run(BaseModel):
    """Listed in the config as the public model `Run`.

    Since v1.0
    """

    id: Optional[str] = None

    name: Optional[str] = None

    events: Optional[List[Event]] = None

    feedback_stats: Optional[Dict[str, FeedbackStats]] = None

    cost_details: Optional[CostDetails] = None


class Event(BaseModel):
    """Since v1.0"""

    name: Optional[str] = None

    time: Optional[datetime] = None


class FeedbackStats(BaseModel):
    """Since v1.0"""

    n: Optional[int] = None

    avg: Optional[float] = None


class CostDetails(BaseModel):
    """Since v1.0"""

    total: Optional[float] = None
