"""Stage 1, the YAML side of reading one document: everything that knows PyYAML is here.

- plain scalars are read as YAML 1.2, the version OpenAPI documents use;
- anchors, aliases and over-deep nesting are refused from the event stream, before anything is
  built in memory (an alias bomb is a few hundred bytes);
- the positions of a YAML document's pointers come from its composed node tree.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from .errors import Location, RefusedInput, UnreadableInput, pointer_escape

_YAML_LOADER_BASE: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class SpecYamlLoader(_YAML_LOADER_BASE):  # type: ignore[misc]
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
SpecYamlLoader.yaml_implicit_resolvers = {}
for _first, _resolvers in _YAML_LOADER_BASE.yaml_implicit_resolvers.items():
    SpecYamlLoader.yaml_implicit_resolvers[_first] = [
        (tag, _REPLACED_TAGS.get(tag, regexp)) for tag, regexp in _resolvers if tag != "tag:yaml.org,2002:timestamp"
    ]
for _tag, _regexp in _REPLACED_TAGS.items():
    # The 1.1 table does not list every first character a 1.2 number can start with.
    for _char in "-+0123456789.":
        _entries = SpecYamlLoader.yaml_implicit_resolvers.setdefault(_char, [])
        if not any(tag == _tag for tag, _ in _entries):
            _entries.append((_tag, _regexp))
for _entries in SpecYamlLoader.yaml_implicit_resolvers.values():
    # The first matching resolver wins: integers before floats, so `-2` stays an int.
    _entries.sort(key=lambda entry: entry[0] != "tag:yaml.org,2002:int")


def load_yaml(text: str, display_name: str) -> Any:
    """The document's data; a YAML syntax error is an `UnreadableInput` at its place. (A value
    Python cannot convert, such as a too long integer, raises ValueError, TypeError or
    OverflowError: the caller locates it, as it does for JSON.)"""
    try:
        return yaml.load(text, Loader=SpecYamlLoader)  # noqa: S506 - a safe loader subclass
    except yaml.YAMLError as exc:
        raise UnreadableInput(_yaml_message(exc), location=_yaml_location(exc, display_name)) from None


def _mark_position(mark: Any) -> tuple[int, int]:
    """1-based line and column of a PyYAML mark (which counts from 0)."""
    return mark.line + 1, mark.column + 1


def _yaml_message(exc: yaml.YAMLError) -> str:
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    return f"invalid YAML: {problem}"


def _yaml_location(exc: yaml.YAMLError, display_name: str) -> Location:
    mark = getattr(exc, "problem_mark", None)
    if mark is None:
        return Location(display_name, 1, 1)
    return Location(display_name, *_mark_position(mark))


# --- refuse aliases and deep nesting before anything is built ---------------------------------


def check_yaml_events(text: str, display_name: str, max_depth: int) -> None:
    """Refuse anchors/aliases and over-deep nesting before anything is built in memory."""
    depth = 0
    try:
        for index, event in enumerate(yaml.parse(text, Loader=SpecYamlLoader)):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                raise RefusedInput(
                    "YAML anchors and aliases are not supported (they allow documents that "
                    "expand exponentially); write the value out or use a $ref",
                    pointer=_yaml_pointer_at(text, index),
                    location=Location(display_name, *_mark_position(event.start_mark)),
                )
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                if depth > max_depth:
                    raise UnreadableInput(
                        f"nesting deeper than the limit of {max_depth}",
                        pointer=_yaml_pointer_at(text, index),
                        location=Location(display_name, *_mark_position(event.start_mark)),
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
        for index, event in enumerate(yaml.parse(text, Loader=SpecYamlLoader)):
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


# --- positions ----------------------------------------------------------------------------------


class YamlPositions:
    """Every position of a YAML document, from its composed node tree (built once)."""

    def __init__(self, text: str):
        try:
            root = yaml.compose(text, Loader=SpecYamlLoader)
        except (yaml.YAMLError, RecursionError, ValueError):
            root = None
        self._positions = _yaml_positions(root) if root is not None else {}

    def find(self, pointer: str) -> tuple[int, int] | None:
        return self._positions.get(pointer)


def _yaml_positions(root: yaml.Node) -> dict[str, tuple[int, int]]:
    """Line and column where the value at every pointer of a composed YAML node tree starts
    (a key's position is recorded first, then replaced by its value's)."""
    positions: dict[str, tuple[int, int]] = {}
    stack: list[tuple[str, yaml.Node]] = [("", root)]
    while stack:
        pointer, node = stack.pop()
        positions[pointer] = _mark_position(node.start_mark)
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                child = f"{pointer}/{pointer_escape(str(key_node.value))}"
                positions[child] = _mark_position(key_node.start_mark)
                stack.append((child, value_node))
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                stack.append((f"{pointer}/{index}", item))
    return positions
