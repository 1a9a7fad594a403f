"""Where a JSON pointer is in the source text: line and column, for every finding.

JSON documents are located by scanning only the containers on the pointer's way, skipping
every other value with the C JSON parser: a finding in a 1 MB document costs milliseconds.
(Composing a YAML node tree of the same document, which YAML documents still need, took 1.4 s:
see `parse_yaml.YamlPositions`.)
"""

from __future__ import annotations

import bisect
import json
import re
from typing import Any

from .errors import pointer_escape, pointer_unescape

_WHITESPACE = re.compile(r"[ \t\n\r]*")
_decoder = json.JSONDecoder()


def line_and_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset: the one conversion every message that
    names an offset uses (lines end at "\\n"; the positions of pointers count every YAML line
    break instead, see `JsonPositions`)."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


# Where YAML (and so the positions of YAML documents, JSON ones before this scanner) starts a new
# line: U+2028 inside a JSON string counts, as it always did in our findings.
_YAML_LINE_BREAK = re.compile("\r\n|[\n\r\x85\u2028\u2029]")


class JsonPositions:
    """Line:column of pointers in JSON text; each container on the way is scanned once."""

    def __init__(self, text: str):
        self._text = text
        self._line_starts: list[int] | None = None
        # container offset -> {member token: offset of its value}
        self._members: dict[int, dict[str, int]] = {}

    def find(self, pointer: str) -> tuple[int, int] | None:
        """Line and column where the value at `pointer` starts, or None when the text has no
        such place."""
        offset = self._skip_space(0)
        if offset >= len(self._text):
            return None
        if pointer:
            for token in pointer.lstrip("/").split("/"):
                member = self._members_of(offset).get(pointer_unescape(token))
                if member is None:
                    return None
                offset = member
        return self._line_and_column(offset)

    def _line_and_column(self, offset: int) -> tuple[int, int]:
        if self._line_starts is None:
            self._line_starts = [0] + [match.end() for match in _YAML_LINE_BREAK.finditer(self._text)]
        line = bisect.bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1

    def _skip_space(self, offset: int) -> int:
        match = _WHITESPACE.match(self._text, offset)
        return match.end() if match else offset

    def _members_of(self, offset: int) -> dict[str, int]:
        if offset not in self._members:
            try:
                self._members[offset] = self._scan(offset)
            except (ValueError, IndexError):  # not the JSON it parsed as: no positions inside
                self._members[offset] = {}
        return self._members[offset]

    def _scan(self, offset: int) -> dict[str, int]:
        text = self._text
        opening = text[offset]
        if opening not in "{[":
            return {}
        closing = "}" if opening == "{" else "]"
        members: dict[str, int] = {}
        index = 0
        offset = self._skip_space(offset + 1)
        while text[offset] != closing:
            if opening == "{":
                key, offset = json.decoder.scanstring(text, offset + 1)  # type: ignore[attr-defined]
                offset = self._skip_space(offset)
                offset = self._skip_space(offset + 1)  # the colon
            else:
                key, index = str(index), index + 1
            members[key] = offset
            _, offset = _decoder.raw_decode(text, offset)
            offset = self._skip_space(offset)
            if text[offset] == ",":
                offset = self._skip_space(offset + 1)
        return members


def json_too_deep(text: str, max_depth: int) -> tuple[str, int, int] | None:
    """Pointer, line and column of the first value nested deeper than `max_depth`.

    A token scan rather than a parse: it is only needed when the parser gave up or the parsed
    data was too deep, and it stops at the first offending bracket."""
    # Each frame: [is_object, current key or index, expecting a key]
    frames: list[list[Any]] = []
    for match in _JSON_TOKEN.finditer(text):
        token = match.group()
        top = frames[-1] if frames else None
        if token in "[{":
            if len(frames) + 1 > max_depth:
                pointer = "".join("/" + pointer_escape(str(frame[1])) for frame in frames)
                return (pointer, *line_and_column(text, match.start()))
            frames.append([token == "{", 0 if token == "[" else "", token == "{"])
        elif token in "]}":
            if frames:
                frames.pop()
        elif token == ",":
            if top is not None:
                if top[0]:
                    top[2] = True
                else:
                    top[1] += 1
        elif token == ":":
            if top is not None:
                top[2] = False
        elif top is not None and top[0] and top[2]:
            try:
                top[1] = json.loads(token)
            except ValueError:
                top[1] = token[1:-1]
    return None


_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}:,]', re.DOTALL)
