# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from typing import List, Optional

from .._models import BaseModel
from .tag import Tag

__all__ = ["Pet"]


class Pet(BaseModel):
    """A pet; its owner is described in a sibling file, its tags in the common file.

    Since v1.0
    """

    id: int

    name: str

    owner: Optional[Owner] = None

    tags: Optional[List[Tag]] = None


# Imported last: these modules refer to each other, and each needs the other's classes defined.
from .owner import Owner  # noqa: E402
