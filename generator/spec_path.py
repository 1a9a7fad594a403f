"""A fast stand-in for `jsonschema_path.SchemaPath`, for openapi-spec-validator's keyword walk.

openapi-spec-validator walks the document (paths, operations, parameters, schemas) through
`SchemaPath` objects, which follow `$ref`s as they go. On the public LangSmith description that
walk spent most of its 4.5 s resolving every access again from the document's root and in
`typing` protocol checks. `SpecPath` offers the part of `SchemaPath`'s interface the keyword
validators use, with the same meaning (a child that is a `{"$ref": ...}` object is replaced by
its target, chains followed, through the same `referencing` resolver and URL handlers), but each
node is resolved from its parent, never again from the document's root. tests/test_validation_speed.py proves that the findings
are the same as with `SchemaPath` on every shared document.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from referencing import Registry
from referencing._core import Resolved, Resolver
from referencing.jsonschema import DRAFT202012

_NOT_SET = object()


def _is_ref(node: Any) -> bool:
    return isinstance(node, dict) and isinstance(node.get("$ref"), str)


class SpecPath:
    """One place in the document, reached by `parts` from the root, `$ref`s followed."""

    # A path keeps only its key, its parent and its resolved value: the walk creates and drops
    # one per visit (150,000 for the LangSmith description), so none is kept longer than needed
    # (`parts` are rebuilt only when an error needs them).
    __slots__ = ("_parent", "_key", "_contents", "_resolver")

    def __init__(self, parent: SpecPath | None, key: Any, resolved: tuple[Any, Resolver[Any]] | None = None):
        self._parent = parent
        self._key = key
        self._contents, self._resolver = resolved if resolved is not None else (_NOT_SET, None)

    @classmethod
    def from_document(cls, data: Any, base_uri: str, retrieve: Any) -> SpecPath:
        """The root of `data`, whose external `$ref`s are read through `retrieve(uri)`."""
        registry: Registry[Any] = Registry(retrieve=retrieve)  # type: ignore[call-arg]
        registry = registry.with_resource(base_uri, DRAFT202012.create_resource(data))
        return cls(None, None, _follow(data, registry.resolver(base_uri=base_uri)))

    @property
    def parts(self) -> tuple[Any, ...]:
        keys = []
        node: SpecPath | None = self
        while node is not None and node._parent is not None:
            keys.append(node._key)
            node = node._parent
        return tuple(reversed(keys))

    # --- resolution ----------------------------------------------------------------------------

    def _value(self) -> Any:
        if self._contents is _NOT_SET:
            assert self._parent is not None
            contents = self._parent._value()
            self._contents, self._resolver = _follow(_child_of(contents, self._key), self._parent._resolver)
        return self._contents

    def _child(self, key: Any) -> SpecPath:
        return SpecPath(self, key)

    # --- the interface the keyword validators use -----------------------------------------------

    def __truediv__(self, key: Any) -> SpecPath:
        return self._child(key)

    def __contains__(self, key: Any) -> bool:
        try:
            node = self._value()
        except (KeyError, IndexError, TypeError):
            return False
        if isinstance(node, dict):
            return key in node
        if isinstance(node, list):
            return isinstance(key, int) and 0 <= key < len(node)
        return False

    def keys(self) -> Any:
        node = self._value()
        if isinstance(node, dict):
            return node.keys()
        if isinstance(node, list):
            return range(len(node))
        raise KeyError(self._key)

    def __iter__(self) -> Iterator[SpecPath]:
        for key in self.keys():
            yield self._child(key)

    def items(self) -> Iterator[tuple[Any, SpecPath]]:
        for key in self.keys():
            yield key, self._child(key)

    def __len__(self) -> int:
        return len(self.keys())

    def __getitem__(self, key: Any) -> Any:
        """A child's value, or the child itself when it is a mapping or list (as SchemaPath)."""
        child = _child_of(self._value(), key)
        if isinstance(child, (dict, list)):
            return self._child(key)
        return child

    def read_value(self) -> Any:
        return self._value()

    def read_str(self, default: Any = _NOT_SET) -> Any:
        try:
            value = self.read_value()
        except KeyError:
            if default is not _NOT_SET:
                return default
            raise
        if not isinstance(value, str):
            raise TypeError(f"Expected a string value, got {type(value)}")
        return value

    @contextmanager
    def resolve(self) -> Iterator[Resolved[Any]]:
        contents = self._value()
        yield Resolved(contents=contents, resolver=self._resolver)  # type: ignore[call-arg]

    def _clone_with_parts(self, parts: tuple[Any, ...]) -> SpecPath:
        node = self
        while node._parent is not None:
            node = node._parent
        for key in parts:
            node = node._child(key)
        return node


def _child_of(node: Any, key: Any) -> Any:
    if isinstance(node, dict):
        return node[key]
    if isinstance(node, list):
        if not isinstance(key, int):
            raise TypeError(f"list index must be an integer, got {key!r}")
        return node[key]
    raise KeyError(key)


def _follow(node: Any, resolver: Resolver[Any]) -> tuple[Any, Resolver[Any]]:
    """`node` with every `$ref` replaced by its target, as `SchemaPath` sees it, and the
    resolver for the `$ref`s inside it. A chain that comes back to itself never ends: like
    `SchemaPath`'s recursion, it ends in RecursionError (which the validation reports)."""
    seen: set[int] = set()
    while _is_ref(node):
        if id(node) in seen:
            raise RecursionError(f"$ref {node['$ref']!r} leads back to itself")
        seen.add(id(node))
        resolved = resolver.lookup(node["$ref"])
        node, resolver = resolved.contents, resolved.resolver
    return node, resolver
