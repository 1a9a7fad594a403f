# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).
"""The API's types. Each is imported on first use, so that importing the package stays fast."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .chat_completion import ChatCompletion as ChatCompletion
    from .chat_completion_chunk import ChatCompletionChunk as ChatCompletionChunk
    from .message import Message as Message
    from .response import Response as Response
    from .response_completed_event import ResponseCompletedEvent as ResponseCompletedEvent
    from .response_created_event import ResponseCreatedEvent as ResponseCreatedEvent
    from .response_text_delta_event import ResponseTextDeltaEvent as ResponseTextDeltaEvent

_EXPORTS: dict[str, str] = {
    "ChatCompletion": "chat_completion",
    "ChatCompletionChunk": "chat_completion_chunk",
    "Message": "message",
    "Response": "response",
    "ResponseCompletedEvent": "response_completed_event",
    "ResponseCreatedEvent": "response_created_event",
    "ResponseTextDeltaEvent": "response_text_delta_event",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> object:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
