# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from typing import Optional

from .._models import BaseModel
from .address import Address
from .company import Company

__all__ = ["Person"]


class Person(BaseModel):
    """Since v1.0"""

    name: Optional[str] = None

    home: Address

    employer: Optional[Company] = None
