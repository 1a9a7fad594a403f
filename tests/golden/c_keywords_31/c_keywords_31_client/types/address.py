# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from typing import Optional

from .._models import BaseModel

__all__ = ["Address"]


class Address(BaseModel):
    """Since v1.0"""

    street: Optional[str] = None

    city: Optional[str] = None

    postal_code: Optional[str] = None
