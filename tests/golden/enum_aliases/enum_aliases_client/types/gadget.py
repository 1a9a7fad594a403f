# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["Gadget"]


class Gadget(BaseModel):
    """Since v1.0"""

    id: str

    color: Literal["red", "green", "blue"]

    phase: Optional[Literal["draft", "live"]] = None

    priority: Optional[Literal[1, 2, 3]] = None
