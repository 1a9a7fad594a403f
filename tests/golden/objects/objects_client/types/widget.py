# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from datetime import date, datetime
from typing import Optional

from .._models import BaseModel

__all__ = ["Widget"]


class Widget(BaseModel):
    """One object with a required and an optional property of each scalar type and format.

    Since v1.0
    """

    id: str

    name: str
    """A plain string."""

    count: int

    ratio: float

    active: bool

    created_at: datetime

    day: date

    big: int

    precise: float

    nickname: Optional[str] = None

    size: Optional[int] = None

    weight: Optional[float] = None

    visible: Optional[bool] = None

    updated_at: Optional[datetime] = None

    birthday: Optional[date] = None

    owner_id: Optional[str] = None

    total: Optional[int] = None

    score: Optional[float] = None
