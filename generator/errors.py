"""Findings and errors are data: every stage reports them, only the CLI renders them.

A finding carries a severity, the JSON pointer of the offending node and, once the loader has
mapped the pointer back to the source, its file:line:col.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import Enum


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True)
class Location:
    file: str
    line: int = 0
    column: int = 0

    def __str__(self) -> str:
        # Line 0 means "the file as a whole" (e.g. it cannot be opened).
        return f"{self.file}:{self.line}:{self.column}" if self.line else self.file


@dataclass(frozen=True)
class Finding:
    severity: Severity
    pointer: str
    message: str
    location: Location | None = None
    # Which check produced it: "openapi-spec-validator", "generator", ...
    source: str = "generator"

    def at(self, location: Location) -> Finding:
        return replace(self, location=location)

    def render(self) -> str:
        where = one_line(str(self.location)) if self.location else "-"
        pointer = one_line(self.pointer) or "#"
        return f"{where}: {self.severity.value}: {pointer}: {one_line(self.message)}"

    def to_json(self) -> dict[str, object]:
        return {
            "severity": self.severity.value,
            "pointer": self.pointer or "#",
            "message": self.message,
            "file": self.location.file if self.location else None,
            "line": self.location.line if self.location else None,
            "column": self.location.column if self.location else None,
            "source": self.source,
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Finding:
        """The inverse of `to_json` (findings are kept in the local cache that way)."""
        pointer = str(data["pointer"])
        file, line, column = data["file"], data["line"], data["column"]
        location = Location(str(file), int(line), int(column)) if file is not None else None  # type: ignore[call-overload]
        return cls(Severity(data["severity"]), "" if pointer == "#" else pointer, str(data["message"]), location, str(data["source"]))


class GeneratorError(Exception):
    """A failure that stops the run. `exit_code` 2: input unreadable; 1: invalid or refused."""

    exit_code = 1

    def __init__(self, message: str, *, pointer: str = "", location: Location | None = None):
        super().__init__(message)
        self.message = message
        self.pointer = pointer
        self.location = location

    def __reduce__(self) -> tuple[object, ...]:
        # Errors cross process boundaries (background validation): keep pointer and location.
        return (_rebuild_error, (type(self), self.message, self.pointer, self.location))

    def render(self) -> str:
        """`FILE:LINE:COL: error: POINTER: message`, on one line whatever the spec's text holds.

        The pointer is `#` for the document as a whole; an error about no document in particular
        (a missing option) has neither place nor pointer."""
        if self.location is None and not self.pointer:
            return f"error: {one_line(self.message)}"
        where = f"{one_line(str(self.location))}: " if self.location else ""
        return f"{where}error: {one_line(self.pointer) or '#'}: {one_line(self.message)}"


def _rebuild_error(kind: type[GeneratorError], message: str, pointer: str, location: Location | None) -> GeneratorError:
    return kind(message, pointer=pointer, location=location)


class UnreadableInput(GeneratorError):
    """The document or config cannot be read or parsed at all."""

    exit_code = 2


class RefusedInput(GeneratorError):
    """The document asks for something we will not do (network, files outside its folder, ...)."""

    exit_code = 1


class InvalidInput(GeneratorError):
    """The document was read but cannot be turned into a client."""

    exit_code = 1


# Everything `str.splitlines` breaks at, so that one message is always one line of output.
_LINE_BREAKS = {
    ord(c): f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}"
    for c in "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
}


_SURROGATES = re.compile("[\ud800-\udfff]")


def one_line(text: str) -> str:
    """`text` with every line break (`\\n`, `\\u2028`, ...) and lone surrogate escaped."""
    return _SURROGATES.sub(lambda m: f"\\u{ord(m.group()):04x}", text.translate(_LINE_BREAKS))


def pointer_escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def pointer_unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def join_pointer(base: str, *tokens: object) -> str:
    return base + "".join("/" + pointer_escape(str(t)) for t in tokens)
