# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from typing import Dict, List, Optional

from .._models import BaseModel
from .panel import Panel
from .settings import Settings
from .stat import Stat
from .strict_point import StrictPoint

__all__ = ["Dashboard"]


class Dashboard(BaseModel):
    """No additionalProperties stated; unknown keys must survive.

    Since v1.0
    """

    id: str

    name: str

    labels: Optional[Dict[str, str]] = None

    stats: Optional[Dict[str, Stat]] = None
    """A map of models."""

    series: Optional[Dict[str, List[float]]] = None
    """A map of arrays."""

    matrix: Optional[Dict[str, Dict[str, int]]] = None
    """A map of maps."""

    sparse: Optional[Dict[str, Optional[float]]] = None
    """A map with nullable values."""

    settings: Optional[Settings] = None

    panel: Optional[Panel] = None

    strict: Optional[StrictPoint] = None
