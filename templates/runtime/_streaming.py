"""Server-sent events: a `text/event-stream` response iterated as typed events.

`for event in stream:` reads the body as it arrives, decodes it into events (the WHATWG HTML
standard's "event stream interpretation": comments, `event:`/`data:`/`id:`/`retry:` fields, CRLF,
LF or CR line ends, multi-line `data:` joined with LF) and validates each event's JSON `data` as
the event type the API description declares, leniently like every response: unknown event types
and fields are kept. `data: [DONE]` ends the iteration; an `error` event raises `APIStreamError`.
The connection is closed when the iteration ends, breaks or fails, and on `stream.close()` or
leaving `with stream:`.
"""

from __future__ import annotations

import codecs
import json
import re
from dataclasses import dataclass
from typing import Any, AsyncIterator, Generic, Iterator, List, Mapping, Optional, TypeVar, cast

import httpx
from typing_extensions import Self

from ._exceptions import APIError, APIResponseValidationError
from ._models import validate_type

__all__ = [
    "Stream",
    "AsyncStream",
    "ServerSentEvent",
    "SSEDecoder",
    "APIStreamError",
]

_T = TypeVar("_T")

# What OpenAI-style APIs send as the last event's data; not JSON, so it cannot be an event.
DONE_DATA = "[DONE]"
_LINE_END = re.compile(r"\r\n|\r|\n")
_LINE_END_CHAR = re.compile(r"[\r\n]")
_BOM = "\ufeff"


@dataclass(frozen=True)
class ServerSentEvent:
    """One dispatched event, as the stream spelled it."""

    event: str = "message"
    data: str = ""
    id: Optional[str] = None
    """The last event ID the stream has set (it carries over to later events)."""
    retry: Optional[int] = None
    """The reconnection time in milliseconds the stream last asked for, if any."""

    def json(self) -> Any:
        return json.loads(self.data)


class SSEDecoder:
    """Bytes, in pieces split anywhere (even inside a UTF-8 character), to events.

    Feed each piece as it arrives; events come out once their terminating blank line has.
    An event the stream never terminates is not dispatched, as the standard says.
    """

    def __init__(self) -> None:
        self._text = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._started = False
        self._pending: List[str] = []  # the current line, received so far
        self._after_cr = False  # the text so far ended in CR: a LF next belongs to it
        self._event_type = ""
        self._data: List[str] = []
        self._last_id: Optional[str] = None
        self._retry: Optional[int] = None

    def feed(self, chunk: bytes) -> List[ServerSentEvent]:
        text = self._text.decode(chunk)
        if text and not self._started:
            self._started = True
            text = text[1:] if text.startswith(_BOM) else text
        if text and self._after_cr:
            self._after_cr = False
            text = text[1:] if text.startswith("\n") else text
        if not text:
            return []
        if not _LINE_END_CHAR.search(text):
            self._pending.append(text)  # a long line in many pieces is joined once, at its end
            return []
        *lines, rest = _LINE_END.split("".join(self._pending) + text)
        self._pending = [rest] if rest else []
        self._after_cr = text.endswith("\r")
        events = []
        for line in lines:
            event = self._line(line)
            if event is not None:
                events.append(event)
        return events

    def _line(self, line: str) -> Optional[ServerSentEvent]:
        if not line:
            return self._dispatch()
        if line.startswith(":"):
            return None  # a comment (servers send them to keep idle connections open)
        name, colon, value = line.partition(":")
        if colon and value.startswith(" "):
            value = value[1:]
        if name == "event":
            self._event_type = value
        elif name == "data":
            self._data.append(value)
        elif name == "id" and "\0" not in value:
            self._last_id = value
        elif name == "retry" and value.isascii() and value.isdigit():
            self._retry = int(value)
        return None  # other fields are ignored

    def _dispatch(self) -> Optional[ServerSentEvent]:
        data, self._data = self._data, []
        event_type, self._event_type = self._event_type, ""
        if not data:
            return None
        return ServerSentEvent(event_type or "message", "\n".join(data), self._last_id, self._retry)


class APIStreamError(APIError):
    """The server reported an error inside an event stream (its HTTP status was a success):
    an event named `error`, or one whose data has an `error` member. `body` is the event's
    decoded data (its text when it is not JSON)."""

    event: ServerSentEvent
    response: httpx.Response

    def __init__(self, event: ServerSentEvent, data: object, response: httpx.Response) -> None:
        super().__init__(_error_message(data), response.request, body=data)
        self.event = event
        self.response = response


def _error_message(data: object) -> str:
    error = data.get("error") if isinstance(data, Mapping) else None
    for holder in (error, data):
        if isinstance(holder, Mapping) and isinstance(holder.get("message"), str):
            return f"The event stream reported an error: {holder['message']}"
    return f"The event stream reported an error: {str(data)[:300]}"


def _is_error(event: ServerSentEvent, data: object) -> bool:
    return event.event == "error" or (isinstance(data, Mapping) and data.get("error") is not None)


def _decode_data(event: ServerSentEvent, event_type: Any) -> object:
    if event_type is str:
        return event.data
    try:
        value: object = json.loads(event.data)
    except ValueError:
        return event.data  # kept as sent; validation keeps what does not fit the type
    return value


class _BaseStream(Generic[_T]):
    response: httpx.Response
    """The HTTP response, its body read as the iteration goes."""

    def __init__(self, response: httpx.Response, event_type: Any) -> None:
        self.response = response
        self._event_type = event_type

    def _not_an_event_stream(self) -> bool:
        """Whether the server answered with something else (a JSON error, a proxy's HTML page),
        which decoded as events would silently give none; no content type: read as events."""
        content_type = self.response.headers.get("content-type", "")
        media_type = content_type.split(";")[0].strip().lower()
        return bool(media_type) and media_type != "text/event-stream"

    def _wrong_media_type(self) -> APIResponseValidationError:
        content_type = self.response.headers.get("content-type")
        message = f"Expected an event stream (text/event-stream), got {content_type}."
        return APIResponseValidationError(self.response, self.response.text, message=message)

    def _value(self, event: ServerSentEvent) -> _T:
        """The typed value of one event; raises for an error event."""
        data = _decode_data(event, self._event_type)
        if _is_error(event, data):
            raise APIStreamError(event, data, self.response)
        return cast(_T, validate_type(self._event_type, data))

    def __repr__(self) -> str:
        return f"<{type(self).__name__} [{self.response.status_code}] {self.response.url}>"


class Stream(_BaseStream[_T]):
    """`for event in stream:` yields each event as `_T`, reading the body as it arrives."""

    def __iter__(self) -> Iterator[_T]:
        try:
            if self._not_an_event_stream():
                self.response.read()
                raise self._wrong_media_type()
            for event in self.iter_events():
                if event.data == DONE_DATA:
                    return
                yield self._value(event)
        finally:
            self.close()

    def iter_events(self) -> Iterator[ServerSentEvent]:
        """The events as sent, untyped (no `[DONE]` or error handling)."""
        decoder = SSEDecoder()
        for chunk in self.response.iter_bytes():
            yield from decoder.feed(chunk)

    def close(self) -> None:
        self.response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncStream(_BaseStream[_T]):
    """`async for event in stream:` yields each event as `_T`, reading the body as it arrives.

    Leave an unfinished iteration through `async with stream:` (or `await stream.close()`) to
    close the connection at once; an abandoned `async for` is closed when it is collected.
    """

    async def __aiter__(self) -> AsyncIterator[_T]:
        try:
            if self._not_an_event_stream():
                await self.response.aread()
                raise self._wrong_media_type()
            async for event in self.iter_events():
                if event.data == DONE_DATA:
                    return
                yield self._value(event)
        finally:
            await self.close()

    async def iter_events(self) -> AsyncIterator[ServerSentEvent]:
        """The events as sent, untyped (no `[DONE]` or error handling)."""
        decoder = SSEDecoder()
        async for chunk in self.response.aiter_bytes():
            for event in decoder.feed(chunk):
                yield event

    async def close(self) -> None:
        await self.response.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
