# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from typing import List, Optional

from .._models import BaseModel
from .dog import Dog

__all__ = ["Kennel", "Address"]


class Kennel(BaseModel):
    """Since v1.0"""

    dogs: Optional[List[Dog]] = None

    address: Optional[Address] = None
    """Inline allOf of inline objects."""


class Address(BaseModel):
    """Inline allOf of inline objects.

    Since v1.0
    """

    street: Optional[str] = None

    city: Optional[str] = None
