# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from typing import Optional

from .._models import BaseModel

__all__ = ["Invoice"]


class Invoice(BaseModel):
    """Since v1.0"""

    id: str

    amount_due: int

    currency: Optional[str] = "usd"
