# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

import builtins
from typing import List, Optional

from typing_extensions import Literal

from .._models import BaseModel
from .message import Message

__all__ = ["ChatCompletion", "Choice"]


class ChatCompletion(BaseModel):
    """Since v1.0"""

    id: str

    object: Optional[Literal["chat.completion"]] = None

    choices: List[Choice]


class Choice(BaseModel):
    """Since v1.0"""

    index: Optional[int] = None

    message: Optional[Message] = None
