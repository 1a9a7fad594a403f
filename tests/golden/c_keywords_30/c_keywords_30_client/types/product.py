# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from .._models import BaseModel
from .money import Money

__all__ = ["Product", "Dimensions"]


class Product(BaseModel):
    """Since v1.0"""

    id: str

    name: str

    subtitle: Optional[str] = None
    """Optional and nullable."""

    price: Money
    """In 3.0 the siblings of a $ref are ignored; this is still a Money."""

    discount: Optional[Money]
    """Required, but null when the product is not discounted."""

    category: Optional[Literal["food", "toys", "garden"]] = None

    main_category: Optional[Literal["food", "toys", "garden"]] = None

    tags: Optional[List[str]] = None

    rating: Optional[float] = None

    dimensions: Optional[Dimensions] = None


class Dimensions(BaseModel):
    """Since v1.0"""

    width: Optional[float] = None

    height: Optional[float] = None
