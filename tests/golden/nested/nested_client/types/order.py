# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from typing import Optional

from .._models import BaseModel

__all__ = ["Order", "Customer", "Address", "Geo"]


class Order(BaseModel):
    """Since v1.0"""

    id: Optional[str] = None

    customer: Customer
    """Level 1."""


class Customer(BaseModel):
    """Level 1.

    Since v1.0
    """

    name: Optional[str] = None

    address: Address
    """Level 2."""


class Address(BaseModel):
    """Level 2.

    Since v1.0
    """

    city: Optional[str] = None

    geo: Optional[Geo] = None
    """Level 3."""


class Geo(BaseModel):
    """Level 3.

    Since v1.0
    """

    lat: Optional[float] = None

    lon: Optional[float] = None
