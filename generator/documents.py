"""Stage 1, across files: the root document, every file its `$ref`s name, and how a `$ref` is followed.

- `$ref`s may only name files inside the root document's folder; no network, no `file:` URLs.
  Every `$ref` of a file is checked when the file is loaded, used or not, so that a refusal never
  depends on which parts of the document a later stage happens to read;
- the number of files is bounded (`Limits.max_files`), each file by the limits of parse.py.
"""

from __future__ import annotations

import os
from collections import deque
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import unquote, urlsplit

from .errors import GeneratorError, InvalidInput, Location, RefusedInput, UnreadableInput, pointer_unescape
from .parse import DataNode, Limits, SourceDocument, read_document

# --- which `$ref`s a document holds -----------------------------------------------------------

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


def _reference_nodes(data: Any) -> Iterator[tuple[DataNode, str]]:
    """(the object holding it, `$ref` value) for every reference in a document; the node builds
    its pointer only when asked (most callers never need it)."""
    stack = [DataNode(data, 0, None, "")]
    while stack:
        node = stack.pop()
        value = node.value
        children: list[DataNode] = []
        if isinstance(value, dict):
            ref = value.get("$ref")
            if isinstance(ref, str):
                yield node, ref
            in_name_map = node.token in _NAME_MAPS and node.parent is not None
            for key, child in value.items():
                if isinstance(child, (dict, list)) and not _holds_data(node, key, child, in_name_map):
                    children.append(DataNode(child, 0, node, key))
        elif isinstance(value, list):
            children = [
                DataNode(child, 0, node, str(i)) for i, child in enumerate(value) if isinstance(child, (dict, list))
            ]
        stack.extend(reversed(children))


def _holds_data(node: DataNode, key: str, child: Any, in_name_map: bool) -> bool:
    if in_name_map:
        return False
    if key in _LITERAL_KEYWORDS or key.startswith("x-"):
        return True
    if key == "examples" and isinstance(child, list):
        return True
    # An Example Object's `value` (under `examples: {name: {value: ...}}`).
    grandparent = node.parent
    return key == "value" and grandparent is not None and grandparent.token == "examples"


# --- the set of documents -----------------------------------------------------------------------


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

def _shown(ref: str) -> str:
    """A reference as messages show it: quoted, escaped, and never more than a line's worth."""
    return repr(ref if len(ref) <= 200 else ref[:200] + "...")


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except (OSError, ValueError):
        return False


# --- where a JSON pointer leads ---------------------------------------------------------------

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
