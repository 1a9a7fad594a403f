# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from typing import List

from typing_extensions import Required, TypedDict

from .tag_param import TagParam

__all__ = ["PetParam"]


class PetParam(TypedDict, total=False):
    """A pet; its owner is described in a sibling file, its tags in the common file.

    Since v1.0
    """

    id: Required[int]

    name: Required[str]

    owner: OwnerParam

    tags: List[TagParam]


# Imported last: these modules refer to each other, and each needs the other's classes defined.
from .owner_param import OwnerParam  # noqa: E402
