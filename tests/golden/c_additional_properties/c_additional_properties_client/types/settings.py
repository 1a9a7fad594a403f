# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from typing import Dict, Optional

from .._models import BaseModel
from .stat import Stat

__all__ = ["Settings"]


class Settings(BaseModel):
    """Known properties plus extra keys of a model type.

    Since v1.0
    """

    theme: Optional[str] = None

    __pydantic_extra__: Dict[str, Stat]
