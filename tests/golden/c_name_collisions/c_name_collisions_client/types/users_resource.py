# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from typing import Optional

from .._models import BaseModel

__all__ = ["UsersResource"]


class UsersResource(BaseModel):
    """Named like the generated resource class of the `users` tag.

    Since v1.0
    """

    user_id: Optional[str] = None
