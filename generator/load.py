"""Stage 1: read an OpenAPI document (YAML or JSON) safely, keeping a way back to source positions.

Safety rules, enforced here so that no later stage has to think about them:
- input size and nesting depth are bounded (see `Limits`), so hostile input costs little;
- YAML anchors and aliases are refused (an alias bomb is a few hundred bytes);
- only JSON values come out (YAML `!!binary`, `!!set`, timestamps ... are refused);
- `$ref`s may only name files inside the root document's folder; no network, no `file:` URLs.
  Every `$ref` of a file is checked when the file is loaded, used or not, so that a refusal never
  depends on which parts of the document a later stage happens to read.
"""

from __future__ import annotations

import json
import os
import re
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import unquote, urlsplit

import yaml

from .cache import digest
from .positions import JsonPositions, json_too_deep, line_and_column, yaml_positions
from .errors import (
    GeneratorError,
    InvalidInput,
    Location,
    RefusedInput,
    UnreadableInput,
    pointer_escape,
    pointer_unescape,
)

_YAML_LOADER_BASE: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Python refuses to convert integers longer than this from text (sys.get_int_max_str_digits).
_MAX_INT_DIGITS = 4300
_HUGE_INTEGER = re.compile(r"(?<![\w.])[-+]?\d{%d,}" % (_MAX_INT_DIGITS + 1))


@dataclass(frozen=True)
class Limits:
    """Documented bounds on the work one document can cause (README: "Limits")."""

    max_bytes: int = 32 * 1024 * 1024
    max_depth: int = 128
    max_files: int = 256


class _SpecYamlLoader(_YAML_LOADER_BASE):  # type: ignore[misc,valid-type]
    """Safe loader that keeps timestamps as strings: an `example: 2024-01-01` must stay JSON."""


# Plain scalars are read as YAML 1.2 (the version OpenAPI documents use): only true/false are
# booleans, and `on`, `off`, `yes`, `no`, `12:30` stay strings (YAML 1.1 would turn an unquoted
# `enum: [on, off]` into booleans and `12:30` into 750). Timestamps stay strings too.
_YAML12_BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
_YAML12_INT = re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$")
_YAML12_FLOAT = re.compile(
    r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
)
_REPLACED_TAGS = {
    "tag:yaml.org,2002:bool": _YAML12_BOOL,
    "tag:yaml.org,2002:int": _YAML12_INT,
    "tag:yaml.org,2002:float": _YAML12_FLOAT,
}
_SpecYamlLoader.yaml_implicit_resolvers = {}
for _first, _resolvers in _YAML_LOADER_BASE.yaml_implicit_resolvers.items():
    _SpecYamlLoader.yaml_implicit_resolvers[_first] = [
        (tag, _REPLACED_TAGS.get(tag, regexp)) for tag, regexp in _resolvers if tag != "tag:yaml.org,2002:timestamp"
    ]
for _tag, _regexp in _REPLACED_TAGS.items():
    # The 1.1 table does not list every first character a 1.2 number can start with.
    for _char in "-+0123456789.":
        _entries = _SpecYamlLoader.yaml_implicit_resolvers.setdefault(_char, [])
        if not any(tag == _tag for tag, _ in _entries):
            _entries.append((_tag, _regexp))
for _entries in _SpecYamlLoader.yaml_implicit_resolvers.values():
    # The first matching resolver wins: integers before floats, so `-2` stays an int.
    _entries.sort(key=lambda entry: entry[0] != "tag:yaml.org,2002:int")


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
                self._positions = _YamlPositions(self.text)
        return self._positions


class _YamlPositions:
    """Every position of a YAML document, from its composed node tree (built once)."""

    def __init__(self, text: str):
        try:
            root = yaml.compose(text, Loader=_SpecYamlLoader)
        except (yaml.YAMLError, RecursionError, ValueError):
            root = None
        self._positions = yaml_positions(root) if root is not None else {}

    def find(self, pointer: str) -> tuple[int, int] | None:
        return self._positions.get(pointer)


# --- reading and parsing -----------------------------------------------------------------------


def read_document(path: Path, display_name: str, limits: Limits) -> SourceDocument:
    """Read and parse one file; every failure is a `GeneratorError` naming the file."""
    raw = _read_bounded(path, display_name, limits)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise UnreadableInput(
            f"document is not UTF-8 ({exc.reason} at byte {exc.start})",
            location=Location(display_name, line, column),
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
            location = _location_of_offset(text, escape.start() if escape else 0, display_name)
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
    _check_yaml_events(text, display_name, limits)
    try:
        return yaml.load(text, Loader=_SpecYamlLoader)  # noqa: S506 - a safe loader subclass
    except yaml.YAMLError as exc:
        raise UnreadableInput(_yaml_message(exc), location=_yaml_location(exc, display_name)) from None
    except (ValueError, TypeError, OverflowError) as exc:  # e.g. integers too long to convert
        raise UnreadableInput(
            f"invalid YAML value: {_first_line(exc)}", location=_huge_integer_location(text, display_name)
        ) from None


def _shown(ref: str) -> str:
    """A reference as messages show it: quoted, escaped, and never more than a line's worth."""
    return repr(ref if len(ref) <= 200 else ref[:200] + "...")


def _first_line(exc: BaseException) -> str:
    text = str(exc)
    return text.splitlines()[0][:300] if text else type(exc).__name__


def _huge_integer_location(text: str, display_name: str) -> Location:
    match = _HUGE_INTEGER.search(text)
    return _location_of_offset(text, match.start() if match else 0, display_name)


def _location_of_offset(text: str, offset: int, display_name: str) -> Location:
    return Location(display_name, *line_and_column(text, offset))


# --- YAML: refuse aliases and deep nesting before anything is built ---------------------------


def _check_yaml_events(text: str, display_name: str, limits: Limits) -> None:
    """Refuse anchors/aliases and over-deep nesting before anything is built in memory."""
    depth = 0
    try:
        for index, event in enumerate(yaml.parse(text, Loader=_SpecYamlLoader)):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                mark = event.start_mark
                raise RefusedInput(
                    "YAML anchors and aliases are not supported (they allow documents that "
                    "expand exponentially); write the value out or use a $ref",
                    pointer=_yaml_pointer_at(text, index),
                    location=Location(display_name, mark.line + 1, mark.column + 1),
                )
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                if depth > limits.max_depth:
                    mark = event.start_mark
                    raise UnreadableInput(
                        f"nesting deeper than the limit of {limits.max_depth}",
                        pointer=_yaml_pointer_at(text, index),
                        location=Location(display_name, mark.line + 1, mark.column + 1),
                    )
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
    except yaml.YAMLError as exc:
        raise UnreadableInput(_yaml_message(exc), location=_yaml_location(exc, display_name)) from None


class _Frame:
    """Where the YAML event walk is inside one mapping or sequence."""

    __slots__ = ("is_mapping", "token", "expecting_key", "is_key")

    def __init__(self, is_mapping: bool, is_key: bool):
        self.is_mapping = is_mapping
        self.token: Any = "" if is_mapping else 0
        self.expecting_key = is_mapping
        self.is_key = is_key


def _yaml_pointer_at(text: str, stop: int) -> str:
    """The JSON pointer of the node that YAML event number `stop` starts (error path only)."""
    frames: list[_Frame] = []
    try:
        for index, event in enumerate(yaml.parse(text, Loader=_SpecYamlLoader)):
            if index > stop:
                break
            starts = isinstance(event, (yaml.ScalarEvent, yaml.AliasEvent, yaml.CollectionStartEvent))
            ends = isinstance(event, yaml.CollectionEndEvent)
            if starts:
                parent = frames[-1] if frames else None
                as_key = parent is not None and parent.is_mapping and parent.expecting_key
                in_key = any(frame.is_key for frame in frames)
                if index == stop:
                    owners = frames[:-1] if as_key else frames
                    return "".join("/" + pointer_escape(str(f.token)) for f in owners if not in_key)
                if isinstance(event, yaml.CollectionStartEvent):
                    frames.append(_Frame(isinstance(event, yaml.MappingStartEvent), as_key))
                    continue
                _node_done(parent, as_key, getattr(event, "value", ""))
            elif ends and frames:
                done = frames.pop()
                _node_done(frames[-1] if frames else None, done.is_key, "?")
    except yaml.YAMLError:
        pass
    return ""


def _node_done(parent: _Frame | None, was_key: bool, key_text: Any) -> None:
    if parent is None:
        return
    if parent.is_mapping:
        if was_key:
            parent.token = key_text
            parent.expecting_key = False
        else:
            parent.expecting_key = True
    else:
        parent.token += 1


def _yaml_message(exc: yaml.YAMLError) -> str:
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    return f"invalid YAML: {problem}"


def _yaml_location(exc: yaml.YAMLError, display_name: str) -> Location:
    mark = getattr(exc, "problem_mark", None)
    if mark is None:
        return Location(display_name, 1, 1)
    return Location(display_name, mark.line + 1, mark.column + 1)


# --- the parsed data: JSON values only, bounded depth --------------------------------------------

_SCALARS = (str, int, float, bool, type(None))


class _Node:
    """A container being checked, with the way back to the root (pointers are built on error only)."""

    __slots__ = ("value", "depth", "parent", "token")

    def __init__(self, value: Any, depth: int, parent: _Node | None, token: str):
        self.value = value
        self.depth = depth
        self.parent = parent
        self.token = token

    def pointer(self, *more: str) -> str:
        tokens = list(more)
        node: _Node | None = self
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
    stack = [_Node(data, 1, None, "")]
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
                stack.append(_Node(child, node.depth + 1, node, token))
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


# --- references ------------------------------------------------------------------------------

# Keywords whose values are data, not schemas or OpenAPI objects: a `$ref` inside is a string
# like any other, never followed.
_LITERAL_KEYWORDS = frozenset({"example", "default", "const", "enum"})
# Keywords whose values map names to objects: a child named like a literal keyword is a name.
_NAME_MAPS = frozenset(
    {
        "properties", "patternProperties", "$defs", "definitions", "dependentSchemas", "schemas",
        "responses", "parameters", "requestBodies", "headers", "securitySchemes", "links",
        "callbacks", "pathItems", "paths", "webhooks", "content", "encoding", "variables",
        "examples", "mapping", "scopes",
    }
)  # fmt: skip


def references(data: Any) -> Iterator[tuple[str, str]]:
    """(pointer of the object holding it, `$ref` value) for every reference in a document, in
    document order."""
    for node, ref in _reference_nodes(data):
        yield node.pointer(), ref


def _reference_nodes(data: Any) -> Iterator[tuple[_Node, str]]:
    """Like `references`, with the pointer left to build (most callers never need it)."""
    stack = [_Node(data, 0, None, "")]
    while stack:
        node = stack.pop()
        value = node.value
        children: list[_Node] = []
        if isinstance(value, dict):
            ref = value.get("$ref")
            if isinstance(ref, str):
                yield node, ref
            in_name_map = node.token in _NAME_MAPS and node.parent is not None
            for key, child in value.items():
                if isinstance(child, (dict, list)) and not _holds_data(node, key, child, in_name_map):
                    children.append(_Node(child, 0, node, key))
        elif isinstance(value, list):
            children = [
                _Node(child, 0, node, str(i)) for i, child in enumerate(value) if isinstance(child, (dict, list))
            ]
        stack.extend(reversed(children))


def _holds_data(node: _Node, key: str, child: Any, in_name_map: bool) -> bool:
    if in_name_map:
        return False
    if key in _LITERAL_KEYWORDS or key.startswith("x-"):
        return True
    if key == "examples" and isinstance(child, list):
        return True
    # An Example Object's `value` (under `examples: {name: {value: ...}}`).
    grandparent = node.parent
    return key == "value" and grandparent is not None and grandparent.token == "examples"


class DocumentSet:
    """The root document and every file its `$ref`s name (read up front), all inside one folder."""

    def __init__(self, root_path: Path, limits: Limits | None = None, display_name: str | None = None):
        self.limits = limits or Limits()
        self.root_path = root_path
        try:
            resolved = Path(os.path.realpath(root_path))
        except (OSError, ValueError) as exc:
            raise UnreadableInput(
                f"cannot read document: {exc}", location=Location(display_name or str(root_path), 0, 0)
            ) from None
        self.folder = resolved.parent
        self.root = read_document(resolved, display_name or str(root_path), self.limits)
        self.documents: dict[Path, SourceDocument] = {resolved: self.root}
        self._load_referenced(self.root)

    def document_for(self, path: Path, pointer: str = "", base: SourceDocument | None = None) -> SourceDocument:
        if path not in self.documents:
            self._load_referenced(self._read(path, pointer, base))
        return self.documents[path]

    def _read(self, path: Path, pointer: str, base: SourceDocument | None) -> SourceDocument:
        if len(self.documents) >= self.limits.max_files:
            raise RefusedInput(
                f"more than {self.limits.max_files} files (the root document included)",
                pointer=pointer,
                location=base.locate(pointer) if base is not None else None,
            )
        display = os.path.relpath(path, self.root_path.parent.resolve())
        display = str(self.root_path.parent / display) if display else str(path)
        document = read_document(path, display, self.limits)
        self.documents[path] = document
        return document

    def _load_referenced(self, first: SourceDocument) -> None:
        """Check the references of `first` and of every file they name, reading those files now:
        a refusal, an unreadable file or one file too many shows up before any other stage runs."""
        queue = deque([first])
        while queue:
            document = queue.popleft()
            for pointer, target in self._check_references(document) or ():
                if target not in self.documents:
                    queue.append(self._read(target, pointer, document))

    def _check_references(self, document: SourceDocument) -> list[tuple[str, Path]]:
        """Refuse every reference we would refuse to follow; return the files the others name."""
        files = []
        for node, ref in _reference_nodes(document.data):
            problem = self._refused(ref, document)
            if problem is not None:
                raise RefusedInput(problem, pointer=node.pointer(), location=document.locate(node.pointer()))
            file_part = ref.partition("#")[0]
            target = self._target_file(file_part, document) if file_part else None
            if target is not None and _is_file(target):
                files.append((node.pointer(), target))
        return files

    def unusable_references(self) -> Iterator[GeneratorError]:
        """Why each `$ref` of every file that cannot be followed cannot (dangling, no such file,
        not a JSON pointer), in document order."""
        for document in list(self.documents.values()):
            for node, ref in _reference_nodes(document.data):
                try:
                    self.resolve(ref, document, "")
                except GeneratorError:
                    try:
                        self.resolve(ref, document, node.pointer())  # again, for the error's place
                    except GeneratorError as error:
                        yield error

    def resolve(self, ref: str, base: SourceDocument, pointer: str) -> tuple[SourceDocument, str, Any]:
        """Follow one `$ref` from `base`; returns the target document, its pointer and value."""
        target_doc, target_pointer = self.locate_ref(ref, base, pointer)
        value = lookup_pointer(target_doc.data, target_pointer)
        if value is _MISSING:
            raise InvalidInput(f"$ref {_shown(ref)} points at nothing", pointer=pointer, location=base.locate(pointer))
        return target_doc, target_pointer, value

    def locate_ref(self, ref: str, base: SourceDocument, pointer: str) -> tuple[SourceDocument, str]:
        problem = self._refused(ref, base)
        if problem is not None:
            raise RefusedInput(problem, pointer=pointer, location=base.locate(pointer))
        file_part, _, fragment = ref.partition("#")
        fragment = unquote(fragment)
        if fragment and not fragment.startswith("/"):
            raise RefusedInput(
                f"$ref {_shown(ref)}: only JSON-pointer fragments are supported",
                pointer=pointer,
                location=base.locate(pointer),
            )
        if not file_part:
            return base, fragment
        target = self._target_file(file_part, base)
        if target is None or not _is_file(target):
            raise RefusedInput(f"$ref {_shown(ref)}: no such file", pointer=pointer, location=base.locate(pointer))
        return self.document_for(target, pointer, base), fragment

    def _refused(self, ref: str, base: SourceDocument) -> str | None:
        """Why `ref` may not be followed from `base`, or None when it may."""
        try:
            parts = urlsplit(ref)
        except ValueError:
            return f"$ref {_shown(ref)} refused: it is not a valid reference"
        if parts.scheme in ("http", "https"):
            return f"remote $ref {_shown(ref)} refused: the generator never uses the network"
        if parts.scheme or parts.netloc:
            return f"$ref {_shown(ref)} refused: only references inside the document's folder are allowed"
        file_part = ref.partition("#")[0]
        if not file_part:
            return None
        target = self._target_file(file_part, base)
        if target is None:
            return f"$ref {_shown(ref)} refused: it is not a usable file name"
        if not target.is_relative_to(self.folder):
            return f"$ref {_shown(ref)} refused: it leaves the folder of the root document"
        return None

    def _target_file(self, file_part: str, base: SourceDocument) -> Path | None:
        try:
            return Path(os.path.realpath(base.path.parent / unquote(file_part)))
        except (OSError, ValueError):
            return None


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except (OSError, ValueError):
        return False


_MISSING = object()


def lookup_pointer(data: Any, pointer: str) -> Any:
    node = data
    if not pointer:
        return node
    for token in pointer.lstrip("/").split("/"):
        token = pointer_unescape(token)
        if isinstance(node, dict):
            if token not in node:
                return _MISSING
            node = node[token]
        elif isinstance(node, list):
            if not token.isdigit() or int(token) >= len(node):
                return _MISSING
            node = node[int(token)]
        else:
            return _MISSING
    return node


def is_missing(value: Any) -> bool:
    return value is _MISSING
