# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from typing import List, Optional

from .._models import BaseModel

__all__ = ["Owner"]


class Owner(BaseModel):
    """Refers back to pet.yaml (recursion across files).

    Since v1.0
    """

    name: str

    pets: Optional[List[Pet]] = None


# Imported last: these modules refer to each other, and each needs the other's classes defined.
from .pet import Pet  # noqa: E402
