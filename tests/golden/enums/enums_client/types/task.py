# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["Task"]


class Task(BaseModel):
    """Since v1.0"""

    kind: Literal["bug", "feature"]
    """An inline string enum."""

    priority: Optional[Literal[1, 2, 3]] = None

    level: Optional[Literal[10, 20, 30]] = None

    color: Optional[Literal["red", "green"]] = None

    status: Optional[Literal["PENDING", "RUNNING", "DONE"]] = None

    previous_status: Optional[Literal["PENDING", "RUNNING", "DONE"]] = None
    """An enum reached through allOf with a single $ref."""
