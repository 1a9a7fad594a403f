# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from typing import List

from typing_extensions import Required, TypedDict

__all__ = ["OwnerParam"]


class OwnerParam(TypedDict, total=False):
    """Refers back to pet.yaml (recursion across files).

    Since v1.0
    """

    name: Required[str]

    pets: List[PetParam]


# Imported last: these modules refer to each other, and each needs the other's classes defined.
from .pet_param import PetParam  # noqa: E402
