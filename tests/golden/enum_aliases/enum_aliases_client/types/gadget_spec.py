# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["GadgetSpec"]


class GadgetSpec(BaseModel):
    """Since v1.0"""

    color: Optional[Literal["red", "green", "blue"]] = None

    priority: Optional[Literal[1, 2, 3]] = None
