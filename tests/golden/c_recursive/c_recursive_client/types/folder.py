# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from typing import List, Optional

from .._models import BaseModel

__all__ = ["Folder"]


class Folder(BaseModel):
    """Mutually recursive with File.

    Since v1.0
    """

    name: str

    files: Optional[List[File]] = None

    subfolders: Optional[List[Folder]] = None


# Imported last: these modules refer to each other, and each needs the other's classes defined.
from .file import File  # noqa: E402
