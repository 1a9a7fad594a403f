# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from datetime import datetime
from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel
from .profile import Profile

__all__ = ["User"]


class User(BaseModel):
    """Since v1.0"""

    id: str
    """Assigned by the server."""

    email: str

    display_name: Optional[str] = None

    password: Optional[str] = None
    """Sent on create; never returned."""

    created_at: datetime

    login_count: Optional[int] = None

    role: Optional[Literal["admin", "member"]] = "member"

    profile: Optional[Profile] = None
