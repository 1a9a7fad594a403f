# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from typing import Optional

from .._models import BaseModel

__all__ = ["File"]


class File(BaseModel):
    """Since v1.0"""

    name: str

    folder: Optional[Folder] = None


# Imported last: these modules refer to each other, and each needs the other's classes defined.
from .folder import Folder  # noqa: E402
