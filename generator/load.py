"""Stage 1: read an OpenAPI document (YAML or JSON) safely, keeping a way back to source positions.

Safety rules, enforced here so that no later stage has to think about them:
- input size and nesting depth are bounded (see `Limits`), so hostile input costs little;
- YAML anchors and aliases are refused (an alias bomb is a few hundred bytes);
- `$ref`s may only name files inside the root document's folder; no network, no `file:` URLs.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import yaml

from .errors import InvalidInput, Location, RefusedInput, UnreadableInput, pointer_unescape

_YAML_LOADER_BASE: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Limits:
    """Documented bounds on the work one document can cause (README: "Limits")."""

    max_bytes: int = 32 * 1024 * 1024
    max_depth: int = 128
    max_files: int = 256


class _SpecYamlLoader(_YAML_LOADER_BASE):  # type: ignore[misc,valid-type]
    """Safe loader that keeps timestamps as strings: an `example: 2024-01-01` must stay JSON."""


_SpecYamlLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _YAML_LOADER_BASE.yaml_implicit_resolvers.items()
}


@dataclass
class SourceDocument:
    """One file of the description: its parsed data and a lazy pointer -> line:col map."""

    path: Path
    display_name: str
    text: str
    data: Any
    _positions: dict[str, tuple[int, int]] | None = field(default=None, repr=False)

    def locate(self, pointer: str) -> Location:
        """Line and column of `pointer`, or of its nearest ancestor that exists in the source."""
        positions = self._source_positions()
        candidate = pointer
        while True:
            if candidate in positions:
                line, column = positions[candidate]
                return Location(self.display_name, line, column)
            if not candidate:
                return Location(self.display_name, 1, 1)
            candidate = candidate.rsplit("/", 1)[0]

    def _source_positions(self) -> dict[str, tuple[int, int]]:
        # Built only when a finding needs a position: composing node trees is slower than
        # parsing, and most runs report nothing.
        if self._positions is None:
            try:
                root = yaml.compose(self.text, Loader=_SpecYamlLoader)
            except yaml.YAMLError:
                root = None
            self._positions = _node_positions(root) if root is not None else {}
        return self._positions


def _node_positions(root: yaml.Node) -> dict[str, tuple[int, int]]:
    positions: dict[str, tuple[int, int]] = {}
    stack: list[tuple[str, yaml.Node]] = [("", root)]
    while stack:
        pointer, node = stack.pop()
        positions[pointer] = (node.start_mark.line + 1, node.start_mark.column + 1)
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                key = str(key_node.value).replace("~", "~0").replace("/", "~1")
                child = f"{pointer}/{key}"
                positions[child] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
                stack.append((child, value_node))
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                stack.append((f"{pointer}/{index}", item))
    # A key's own position is more useful than its value's, so keys win above.
    return positions


def read_document(path: Path, display_name: str, limits: Limits) -> SourceDocument:
    """Read and parse one file; every failure is an `UnreadableInput` naming the file."""
    try:
        size = path.stat().st_size
        if size > limits.max_bytes:
            raise UnreadableInput(
                f"document is {size} bytes, over the limit of {limits.max_bytes} bytes",
                location=Location(display_name, 1, 1),
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise UnreadableInput(
            f"cannot read document: {exc.strerror or exc}", location=Location(display_name, 0, 0)
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnreadableInput(
            f"document is not UTF-8 ({exc.reason} at byte {exc.start})",
            location=Location(display_name, 1, 1),
        ) from None
    data = _parse_text(text, display_name, limits)
    data = _normalise(data, display_name, limits)
    return SourceDocument(path=path, display_name=display_name, text=text, data=data)


def _parse_text(text: str, display_name: str, limits: Limits) -> Any:
    stripped = text.lstrip()
    if stripped.startswith(("{", "[")):
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise UnreadableInput(
                f"invalid JSON: {exc.msg}", location=Location(display_name, exc.lineno, exc.colno)
            ) from None
        except RecursionError:
            raise UnreadableInput(
                f"nesting deeper than the limit of {limits.max_depth}",
                location=Location(display_name, 1, 1),
            ) from None
    _check_yaml_events(text, display_name, limits)
    try:
        return yaml.load(text, Loader=_SpecYamlLoader)  # noqa: S506 - a safe loader subclass
    except yaml.YAMLError as exc:
        raise UnreadableInput(_yaml_message(exc), location=_yaml_location(exc, display_name)) from None


def _check_yaml_events(text: str, display_name: str, limits: Limits) -> None:
    """Refuse anchors/aliases and over-deep nesting before anything is built in memory."""
    depth = 0
    try:
        for event in yaml.parse(text, Loader=_SpecYamlLoader):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                mark = event.start_mark
                raise RefusedInput(
                    "YAML anchors and aliases are not supported (they allow documents that "
                    "expand exponentially); write the value out or use a $ref",
                    location=Location(display_name, mark.line + 1, mark.column + 1),
                )
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                if depth > limits.max_depth:
                    mark = event.start_mark
                    raise UnreadableInput(
                        f"nesting deeper than the limit of {limits.max_depth}",
                        location=Location(display_name, mark.line + 1, mark.column + 1),
                    )
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
    except yaml.YAMLError as exc:
        raise UnreadableInput(_yaml_message(exc), location=_yaml_location(exc, display_name)) from None


def _yaml_message(exc: yaml.YAMLError) -> str:
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    return f"invalid YAML: {problem}"


def _yaml_location(exc: yaml.YAMLError, display_name: str) -> Location:
    mark = getattr(exc, "problem_mark", None)
    if mark is None:
        return Location(display_name, 1, 1)
    return Location(display_name, mark.line + 1, mark.column + 1)


def _normalise(data: Any, display_name: str, limits: Limits) -> Any:
    """Check depth iteratively and make every mapping key a string (YAML allows `200:`)."""
    if not isinstance(data, (dict, list)):
        return data
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > limits.max_depth:
            raise UnreadableInput(
                f"nesting deeper than the limit of {limits.max_depth}",
                location=Location(display_name, 1, 1),
            )
        if isinstance(node, dict):
            if any(not isinstance(key, str) for key in node):
                items = [(_key_text(key), value) for key, value in node.items()]
                node.clear()
                node.update(items)
            children = node.values()
        else:
            children = node
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    return data


def _key_text(key: Any) -> str:
    if isinstance(key, bool):
        return "true" if key else "false"
    return "null" if key is None else str(key)


class DocumentSet:
    """The root document and the files its `$ref`s name, loaded on demand, all inside one folder."""

    def __init__(self, root_path: Path, limits: Limits | None = None, display_name: str | None = None):
        self.limits = limits or Limits()
        self.root_path = root_path
        resolved = Path(os.path.realpath(root_path))
        self.folder = resolved.parent
        self.root = read_document(resolved, display_name or str(root_path), self.limits)
        self.documents: dict[Path, SourceDocument] = {resolved: self.root}

    def document_for(self, path: Path) -> SourceDocument:
        if path not in self.documents:
            if len(self.documents) >= self.limits.max_files:
                raise RefusedInput(f"more than {self.limits.max_files} files referenced")
            display = os.path.relpath(path, self.root_path.parent.resolve())
            display = str(self.root_path.parent / display) if display else str(path)
            self.documents[path] = read_document(path, display, self.limits)
        return self.documents[path]

    def resolve(self, ref: str, base: SourceDocument, pointer: str) -> tuple[SourceDocument, str, Any]:
        """Follow one `$ref` from `base`; returns the target document, its pointer and value."""
        target_doc, target_pointer = self.locate_ref(ref, base, pointer)
        value = lookup_pointer(target_doc.data, target_pointer)
        if value is _MISSING:
            raise InvalidInput(f"$ref {ref!r} points at nothing", pointer=pointer, location=base.locate(pointer))
        return target_doc, target_pointer, value

    def locate_ref(self, ref: str, base: SourceDocument, pointer: str) -> tuple[SourceDocument, str]:
        parts = urlsplit(ref)
        where = base.locate(pointer)
        if parts.scheme in ("http", "https"):
            raise RefusedInput(
                f"remote $ref {ref!r} refused: the generator never uses the network",
                pointer=pointer,
                location=where,
            )
        if parts.scheme or parts.netloc:
            raise RefusedInput(
                f"$ref {ref!r} refused: only references inside the document's folder are allowed",
                pointer=pointer,
                location=where,
            )
        file_part, _, fragment = ref.partition("#")
        fragment = unquote(fragment)
        if fragment and not fragment.startswith("/"):
            raise RefusedInput(
                f"$ref {ref!r}: only JSON-pointer fragments are supported", pointer=pointer, location=where
            )
        if not file_part:
            return base, fragment
        target = Path(os.path.realpath(base.path.parent / unquote(file_part)))
        if not target.is_relative_to(self.folder):
            raise RefusedInput(
                f"$ref {ref!r} refused: it leaves the folder of the root document",
                pointer=pointer,
                location=where,
            )
        if not target.is_file():
            raise RefusedInput(f"$ref {ref!r}: no such file", pointer=pointer, location=where)
        return self.document_for(target), fragment


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
