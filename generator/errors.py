"""Findings and errors are data: every stage reports them, only the CLI renders them.

A finding carries a severity, the JSON pointer of the offending node and, once the loader has
mapped the pointer back to the source, its file:line:col.
"""

from __future__ import annotations

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
        where = str(self.location) if self.location else "-"
        pointer = self.pointer or "#"
        return f"{where}: {self.severity.value}: {pointer}: {self.message}"

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


class GeneratorError(Exception):
    """A failure that stops the run. `exit_code` 2: input unreadable; 1: invalid or refused."""

    exit_code = 1

    def __init__(self, message: str, *, pointer: str = "", location: Location | None = None):
        super().__init__(message)
        self.message = message
        self.pointer = pointer
        self.location = location

    def render(self) -> str:
        where = f"{self.location}: " if self.location else ""
        pointer = f"{self.pointer}: " if self.pointer else ""
        return f"{where}error: {pointer}{self.message}"


class UnreadableInput(GeneratorError):
    """The document or config cannot be read or parsed at all."""

    exit_code = 2


class RefusedInput(GeneratorError):
    """The document asks for something we will not do (network, files outside its folder, ...)."""

    exit_code = 1


class InvalidInput(GeneratorError):
    """The document was read but cannot be turned into a client."""

    exit_code = 1


def pointer_escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def pointer_unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def join_pointer(base: str, *tokens: object) -> str:
    return base + "".join("/" + pointer_escape(str(t)) for t in tokens)
