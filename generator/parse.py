"""Stage 1: read one OpenAPI document (YAML or JSON) safely, keeping a way back to source positions.

Safety rules, enforced here so that no later stage has to think about them:
- input size and nesting depth are bounded (see `Limits`), so hostile input costs little;
- YAML anchors and aliases are refused (an alias bomb is a few hundred bytes; see parse_yaml);
- only JSON values come out (YAML `!!binary`, `!!set`, timestamps ... are refused).
The `$ref`s between documents, and which files they may name, are documents.py's.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from .cache import digest
from .errors import GeneratorError, InvalidInput, Location, UnreadableInput, pointer_escape
from .parse_yaml import YamlPositions, check_yaml_events, load_yaml
from .positions import JsonPositions, json_too_deep, line_and_column

# Python refuses to convert integers longer than this from text (sys.get_int_max_str_digits).
_MAX_INT_DIGITS = 4300
_HUGE_INTEGER = re.compile(r"(?<![\w.])[-+]?\d{%d,}" % (_MAX_INT_DIGITS + 1))


@dataclass(frozen=True)
class Limits:
    """Documented bounds on the work one document can cause (README: "Limits")."""

    max_bytes: int = 32 * 1024 * 1024
    max_depth: int = 128
    max_files: int = 256


@dataclass
class SourceDocument:
    """One file of the description: its parsed data and a lazy pointer -> line:col map."""

    path: Path
    display_name: str
    text: str
    data: Any
    digest: str = ""  # SHA-256 of the file's bytes
    _positions: Any = field(default=None, repr=False)

    def locate(self, pointer: str) -> Location:
        """Line and column of `pointer`, or of its nearest ancestor that exists in the source."""
        positions = self._source_positions()
        candidate = pointer
        while True:
            found = positions.find(candidate)
            if found is not None:
                return Location(self.display_name, *found)
            if not candidate:
                return Location(self.display_name, 1, 1)
            candidate = candidate.rsplit("/", 1)[0]

    def _source_positions(self) -> Any:
        # Built only when a finding needs a position: most runs report nothing.
        if self._positions is None:
            if _looks_like_json(self.text):
                self._positions = JsonPositions(self.text)
            else:
                self._positions = YamlPositions(self.text)
        return self._positions


# --- reading and parsing -----------------------------------------------------------------------


def read_document(path: Path, display_name: str, limits: Limits) -> SourceDocument:
    """Read and parse one file; every failure is a `GeneratorError` naming the file."""
    raw = _read_bounded(path, display_name, limits)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        # Latin-1 gives one character per byte: the column is counted in bytes, as the message is.
        place = line_and_column(raw[: exc.start].decode("latin-1"), exc.start)
        raise UnreadableInput(
            f"document is not UTF-8 ({exc.reason} at byte {exc.start})", location=Location(display_name, *place)
        ) from None
    if _looks_like_json(text):
        data = _parse_json(text, display_name, limits)
    else:
        data = _parse_yaml(text, display_name, limits)
    document = SourceDocument(path=path, display_name=display_name, text=text, data=data, digest=digest(raw))
    problem = _check_values(data, limits, surrogates=_MAY_HOLD_SURROGATES.search(text) is not None)
    if problem is not None:
        pointer, message, error_type = problem
        location = None
        if error_type is UnreadableInput and _looks_like_json(text):
            # Too deep: a token scan finds the spot without composing the whole document again.
            found = json_too_deep(text, limits.max_depth)
            if found is not None:
                pointer, line, column = found
                location = Location(display_name, line, column)
        if message == _LONE_SURROGATE:  # YAML cannot compose such text: point at the escape
            escape = _MAY_HOLD_SURROGATES.search(text)
            location = Location(display_name, *line_and_column(text, escape.start() if escape else 0))
        raise error_type(message, pointer=pointer, location=location or document.locate(pointer))
    return document


def _read_bounded(path: Path, display_name: str, limits: Limits) -> bytes:
    """At most `max_bytes` (+1 to notice more): a FIFO or a device never makes us read forever."""
    too_big = f"document is over the limit of {limits.max_bytes} bytes"
    try:
        size = path.stat().st_size
        if size > limits.max_bytes:
            raise UnreadableInput(
                f"document is {size} bytes, over the limit of {limits.max_bytes} bytes",
                location=Location(display_name, 1, 1),
            )
        with open(path, "rb") as handle:
            raw = handle.read(limits.max_bytes + 1)
    except (OSError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise UnreadableInput(f"cannot read document: {reason}", location=Location(display_name, 0, 0)) from None
    if len(raw) > limits.max_bytes:
        raise UnreadableInput(too_big, location=Location(display_name, 1, 1))
    return raw


def _looks_like_json(text: str) -> bool:
    return text.lstrip().startswith(("{", "["))


def _parse_json(text: str, display_name: str, limits: Limits) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise UnreadableInput(
            f"invalid JSON: {exc.msg}", location=Location(display_name, exc.lineno, exc.colno)
        ) from None
    except RecursionError:
        pointer, line, column = json_too_deep(text, limits.max_depth) or ("", 1, 1)
        raise UnreadableInput(
            f"nesting deeper than the limit of {limits.max_depth}",
            pointer=pointer,
            location=Location(display_name, line, column),
        ) from None
    except ValueError as exc:  # integers too long to convert
        raise UnreadableInput(
            f"invalid JSON: {_first_line(exc)}", location=_huge_integer_location(text, display_name)
        ) from None


def _parse_yaml(text: str, display_name: str, limits: Limits) -> Any:
    check_yaml_events(text, display_name, limits.max_depth)
    try:
        return load_yaml(text, display_name)
    except (ValueError, TypeError, OverflowError) as exc:  # e.g. integers too long to convert
        raise UnreadableInput(
            f"invalid YAML value: {_first_line(exc)}", location=_huge_integer_location(text, display_name)
        ) from None


def _first_line(exc: BaseException) -> str:
    text = str(exc)
    return text.splitlines()[0][:300] if text else type(exc).__name__


def _huge_integer_location(text: str, display_name: str) -> Location:
    match = _HUGE_INTEGER.search(text)
    return Location(display_name, *line_and_column(text, match.start() if match else 0))


# --- the parsed data: JSON values only, bounded depth --------------------------------------------

_SCALARS = (str, int, float, bool, type(None))


class DataNode:
    """A container met in a walk over parsed data, with the way back to the root (its pointer is
    built only when asked: on error, mostly)."""

    __slots__ = ("value", "depth", "parent", "token")

    def __init__(self, value: Any, depth: int, parent: DataNode | None, token: str):
        self.value = value
        self.depth = depth
        self.parent = parent
        self.token = token

    def pointer(self, *more: str) -> str:
        tokens = list(more)
        node: DataNode | None = self
        while node is not None and node.parent is not None:
            tokens.append(node.token)
            node = node.parent
        return "".join("/" + pointer_escape(t) for t in reversed(tokens))


def _check_values(data: Any, limits: Limits, surrogates: bool = False) -> tuple[str, str, type[GeneratorError]] | None:
    """Depth, JSON-only values, string keys (YAML allows `200:`), and, when the text has `\\u`
    escapes that could make them, no lone surrogates (they are not text: no file, URL or header
    can hold one): (pointer, message, error) or None."""
    if not isinstance(data, (dict, list)):
        if isinstance(data, str) and surrogates and _SURROGATE.search(data):
            return "", _LONE_SURROGATE, InvalidInput
        return None if isinstance(data, _SCALARS) else ("", _not_json(data), InvalidInput)
    stack = [DataNode(data, 1, None, "")]
    while stack:
        node = stack.pop()
        if node.depth > limits.max_depth:
            return node.pointer(), f"nesting deeper than the limit of {limits.max_depth}", UnreadableInput
        value = node.value
        if isinstance(value, dict):
            if any(not isinstance(key, str) for key in value):
                items = []
                for key, item in value.items():
                    if not isinstance(key, (bool, int, float, type(None))) and not isinstance(key, str):
                        return node.pointer(), f"a mapping key is {_not_json(key)}", InvalidInput
                    items.append((_key_text(key), item))
                value.clear()
                value.update(items)
            children: Iterator[tuple[str, Any]] = iter(value.items())
        else:
            children = ((str(index), item) for index, item in enumerate(value))
        for token, child in children:
            if surrogates and (_SURROGATE.search(token) or (isinstance(child, str) and _SURROGATE.search(child))):
                return node.pointer(token), _LONE_SURROGATE, InvalidInput
            if isinstance(child, (dict, list)):
                stack.append(DataNode(child, node.depth + 1, node, token))
            elif not isinstance(child, _SCALARS):
                return node.pointer(token), _not_json(child), InvalidInput
    return None


_MAY_HOLD_SURROGATES = re.compile(r"\\(u[dD][89a-fA-F]|U0000[dD][89a-fA-F])")
_SURROGATE = re.compile("[\ud800-\udfff]")
_LONE_SURROGATE = "a string holds a lone UTF-16 surrogate (an escape such as \\ud800), which is not Unicode text"


def _not_json(value: Any) -> str:
    return f"a YAML {type(value).__name__} value, which JSON (and so OpenAPI) cannot hold"


def _key_text(key: Any) -> str:
    if isinstance(key, bool):
        return "true" if key else "false"
    return "null" if key is None else str(key)
