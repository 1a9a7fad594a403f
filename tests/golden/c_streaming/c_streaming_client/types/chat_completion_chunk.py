# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

import builtins
from typing import List, Optional

from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["ChatCompletionChunk", "Choice", "Delta"]


class ChatCompletionChunk(BaseModel):
    """Since v1.0"""

    id: str

    object: Optional[Literal["chat.completion.chunk"]] = None

    choices: List[Choice]


class Choice(BaseModel):
    """Since v1.0"""

    index: Optional[int] = None

    delta: Optional[Delta] = None

    finish_reason: Optional[str] = None


class Delta(BaseModel):
    """Since v1.0"""

    role: Optional[str] = None

    content: Optional[str] = None
