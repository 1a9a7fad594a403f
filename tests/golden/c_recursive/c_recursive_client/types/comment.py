# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from typing import Dict, List, Optional

from .._models import BaseModel

__all__ = ["Comment"]


class Comment(BaseModel):
    """Self-recursive through an array and a nullable reference.

    Since v1.0
    """

    id: str

    body: str

    replies: Optional[List[Comment]] = None

    parent: Optional[Comment] = None

    reactions: Optional[Dict[str, Comment]] = None
    """Recursive through a map."""
