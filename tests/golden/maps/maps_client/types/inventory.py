# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from typing import Dict, Optional

from .._models import BaseModel
from .stat import Stat

__all__ = ["Inventory", "FeedbackStats"]


class Inventory(BaseModel):
    """Since v1.0"""

    counts: Dict[str, int]
    """A map of integers."""

    labels: Optional[Dict[str, str]] = None

    stats: Optional[Dict[str, Stat]] = None
    """A map of objects via $ref."""

    feedback_stats: Optional[Dict[str, FeedbackStats]] = None
    """A map of inline objects."""

    metadata: Optional[object] = None
    """A free-form object."""

    extra: Optional[Dict[str, object]] = None


class FeedbackStats(BaseModel):
    """Since v1.0"""

    count: Optional[int] = None

    mean: Optional[float] = None
