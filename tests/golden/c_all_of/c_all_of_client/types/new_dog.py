# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from typing import Optional

from .._models import BaseModel

__all__ = ["NewDog"]


class NewDog(BaseModel):
    """What a client sends to create a dog (base properties plus the dog's own).

    Since v1.0
    """

    name: str

    status: Optional[str] = None
    """Free text in the base schema; Dog narrows it to an enum."""

    owner: Optional[str] = None

    breed: str

    good_boy: Optional[bool] = True
