# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

import builtins
from typing import Optional, Tuple, Union

from typing_extensions import Literal

from .._models import BaseModel
from .address import Address

__all__ = ["Place", "MailingAddress"]


class Place(BaseModel):
    """Since v1.0"""

    id: Union[str, int]
    """Either a slug or a numeric id."""

    object: Literal["place"]
    """Always \"place\"."""

    schema_version: Optional[Literal[2]] = None

    name: str

    alias: Optional[str] = None

    population: Optional[int]
    """Required but may be null."""

    elevation: Optional[Union[float, str]] = None

    location: Tuple[float, float]
    """[longitude, latitude]"""

    bounding_box: Optional[Tuple[Tuple[float, float], Tuple[float, float]]] = None
    """Two corner points, each [longitude, latitude]."""

    range: Optional[Tuple[int, str]] = None

    address: Optional[Address] = None
    """A $ref with an annotation sibling."""

    mailing_address: Optional[MailingAddress] = None
    """A $ref whose sibling adds a constraint (3.1 applies both)."""

    previous_name: Optional[str] = None


class MailingAddress(BaseModel):
    """Since v1.0"""

    street: Optional[str] = None

    city: Optional[str] = None

    postal_code: str
