"""Sentinels and type aliases shared by the runtime and the generated code."""

from __future__ import annotations

import os
from typing import IO, Mapping, Optional, Tuple, Union

import httpx
from typing_extensions import Literal, TypeAlias, TypedDict, final

__all__ = [
    "NOT_GIVEN",
    "NotGiven",
    "Omit",
    "Headers",
    "Query",
    "Body",
    "Timeout",
    "RequestOptions",
    "FileContent",
    "FileTypes",
    "NoneType",
]


@final
class NotGiven:
    """Marks a parameter the caller did not pass.

    `None` cannot play this role because it is often a meaningful value (send `null`, or
    disable a timeout), so generated methods default their optional parameters to `NOT_GIVEN`
    and the runtime drops them before the request is built.
    """

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        # A singleton, so `is NOT_GIVEN` checks work even after copy/pickle round trips.
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()


@final
class Omit:
    """Removes a header the client would otherwise send, e.g.
    `extra_headers={"Idempotency-Key": Omit()}`."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "Omit()"


Headers: TypeAlias = Mapping[str, Union[str, Omit]]
Query: TypeAlias = Mapping[str, object]
Body: TypeAlias = object
Timeout: TypeAlias = Union[float, httpx.Timeout, None]


class RequestOptions(TypedDict, total=False):
    """What every method also accepts, as keyword arguments (`**options`), for one call."""

    extra_headers: Optional[Headers]
    """Headers sent with this call (an `Omit()` value removes a header the client would send)."""
    extra_query: Optional[Query]
    """Query parameters added to this call's URL."""
    extra_body: Optional[Body]
    """Merged into a JSON, form or multipart body; any other value replaces the body."""
    timeout: Union[float, httpx.Timeout, None, NotGiven]
    """This call's timeout in seconds (or an `httpx.Timeout`); `None` waits for ever."""


# A path is read when the request is sent (in a worker thread by the async client).
FileContent: TypeAlias = Union[IO[bytes], bytes, os.PathLike[str]]
# The shapes httpx accepts for one multipart file: the content alone, or
# (filename, content) / (filename, content, content_type).
FileTypes: TypeAlias = Union[
    FileContent,
    Tuple[Optional[str], FileContent],
    Tuple[Optional[str], FileContent, Optional[str]],
]

NoneType: type[None] = type(None)
