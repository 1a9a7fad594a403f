# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from .._models import BaseModel

__all__ = ["CategoryBase"]


class CategoryBase(BaseModel):
    """Since v1.0"""

    slug: str
