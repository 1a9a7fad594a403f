# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from datetime import datetime
from typing import List, Optional

from .._models import BaseModel
from .tag import Tag

__all__ = ["Post", "Event", "Category"]


class Post(BaseModel):
    """Since v1.0"""

    keywords: Optional[List[str]] = None
    """An array of scalars."""

    scores: Optional[List[float]] = None

    tags: Optional[List[Tag]] = None
    """An array of objects via $ref."""

    events: Optional[List[Event]] = None
    """An array of inline objects; the item class is singular (Event)."""

    categories: Optional[List[Category]] = None

    matrix: Optional[List[List[int]]] = None


class Event(BaseModel):
    """Since v1.0"""

    name: str

    time: Optional[datetime] = None


class Category(BaseModel):
    """Since v1.0"""

    label: Optional[str] = None
