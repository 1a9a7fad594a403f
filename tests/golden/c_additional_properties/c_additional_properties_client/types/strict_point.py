# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from typing import Optional

from .._models import BaseModel

__all__ = ["StrictPoint"]


class StrictPoint(BaseModel):
    """Closed in the spec; a response with a new key must still parse.

    Since v1.0
    """

    x: Optional[float] = None

    y: Optional[float] = None
