# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from datetime import datetime
from typing import Dict, List, Optional

from typing_extensions import Literal

from .._models import BaseModel
from .parent import Parent

__all__ = ["Record"]


class Record(BaseModel):
    """Since v1.0"""

    label: Optional[str]
    """Required but may be null."""

    count: int

    note: Optional[str] = None

    when: Optional[datetime] = None

    values: Optional[List[float]] = None

    attributes: Optional[Dict[str, str]] = None

    mood: Optional[Literal["happy", "sad"]] = None

    parent: Optional[Parent] = None
