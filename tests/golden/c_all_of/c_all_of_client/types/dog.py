# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from datetime import datetime
from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["Dog"]


class Dog(BaseModel):
    """A pet with identity and timestamps, merged from four schemas.

    Since v1.0
    """

    id: str

    created_at: datetime

    updated_at: Optional[datetime] = None

    name: str

    status: Optional[Literal["available", "adopted"]] = None

    owner: str

    breed: str

    good_boy: Optional[bool] = True
