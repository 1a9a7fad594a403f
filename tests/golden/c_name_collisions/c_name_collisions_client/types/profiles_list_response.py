# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from typing import Optional

from .._models import BaseModel
from .user_profile import UserProfile
from .user_profile_2 import UserProfile2
from .user_profile_3 import UserProfile3

__all__ = ["ProfilesListResponse"]


class ProfilesListResponse(BaseModel):
    """Since v1.0"""

    a: Optional[UserProfile] = None

    b: Optional[UserProfile2] = None

    c: Optional[UserProfile3] = None
