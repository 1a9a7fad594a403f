# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from datetime import date, datetime
from typing import Dict, List, Optional

from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["Event", "Window"]


class Event(BaseModel):
    """Since v1.0"""

    id: str

    name: str

    occurred_at: datetime

    day: Optional[date] = None

    sequence: Optional[int] = None

    weight: Optional[float] = None

    ratio: Optional[float] = None

    checksum: Optional[str] = None
    """Base64 text."""

    attachment: Optional[bytes] = None

    homepage: Optional[str] = None

    contact: Optional[str] = None

    duration: Optional[str] = None

    severity: Optional[Literal["low", "high"]] = "low"

    retries: Optional[int] = 3

    score: Optional[float] = 0.5

    public: Optional[bool] = False

    title: Optional[str] = "Untitled"

    tags: Optional[List[str]] = []

    meta: Optional[Dict[str, str]] = {}

    note: Optional[str] = None

    window: Optional[Window] = None


class Window(BaseModel):
    """Since v1.0"""

    start: Optional[str] = None

    days: Optional[int] = 7
