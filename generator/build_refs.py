"""How far the build stage follows `$ref`s: one follower and one limit for every place that does.

A document may chain references (`A: {$ref: B}`, `B: {$ref: C}` ...), wrap them in `allOf`, or
nest them through properties; the builders follow them while they decide what a schema becomes.
Every such step goes through `follow_ref`, told how many references led there, and is refused
past `MAX_REF_DEPTH`: a chain that comes back to itself would otherwise never end, and a hostile
one thousands long would exhaust Python's stack.
"""

from __future__ import annotations

from typing import Any

from . import schema as sch
from .build_modules import schema_key
from .documents import DocumentSet
from .errors import InvalidInput
from .parse import SourceDocument

# How many `$ref`s one schema may lead through, in a row or nested (README: Limits). Real documents
# stay far below (a few levels); 100 leaves room for any sane one, and 100 nested steps of the type
# builder still fit in Python's default recursion limit of 1000 frames.
MAX_REF_DEPTH = 100


def too_deep(ref: str, doc: SourceDocument, pointer: str) -> InvalidInput:
    """The refusal for `ref`, written at `pointer` of `doc`, when it is one reference too many."""
    shown = ref if len(ref) <= 200 else ref[:200] + "..."
    return InvalidInput(
        f"$ref {shown!r} leads more than {MAX_REF_DEPTH} references deep: a chain that long, "
        "or one that comes back to itself (README: Limits)",
        pointer=pointer,
        location=doc.locate(pointer),
    )


def is_ref(node: Any) -> bool:
    return isinstance(node, dict) and isinstance(node.get("$ref"), str)


def is_plain_ref(node: Any) -> bool:
    """A `$ref` with nothing beside it but annotations: only another name for its target (3.1
    lets a `$ref` carry constraints, which make it a schema of its own)."""
    return is_ref(node) and not sch.ref_siblings(node)


def follow_ref(
    docs: DocumentSet, node: dict[str, Any], doc: SourceDocument, pointer: str, depth: int
) -> tuple[SourceDocument, str, Any]:
    """The target of the `$ref` in `node` (at `pointer` of `doc`), reached after `depth` other
    references; refused when that is one too many."""
    ref = node["$ref"]
    if depth >= MAX_REF_DEPTH:
        raise too_deep(str(ref), doc, pointer)
    return docs.resolve(ref, doc, pointer)


def follow_refs(
    docs: DocumentSet, node: Any, doc: SourceDocument, pointer: str, plain_only: bool = False
) -> tuple[SourceDocument, str, Any]:
    """The value behind a chain of `$ref`s (parameters, bodies, responses, path items and schemas
    may all be references, to references), and where it is. With `plain_only`, the chain stops at
    a `$ref` that has constraints beside it. A chain that comes back to itself is an error at its
    start, not a loop."""
    start_doc, start, first_ref = doc, pointer, node.get("$ref") if isinstance(node, dict) else None
    visited = {schema_key(doc, pointer)}
    depth = 0
    while is_plain_ref(node) if plain_only else is_ref(node):
        doc, pointer, node = follow_ref(docs, node, doc, pointer, depth)
        if schema_key(doc, pointer) in visited:
            raise InvalidInput(
                f"$ref {first_ref!r} never reaches a value (it refers to itself, directly or not)",
                pointer=start,
                location=start_doc.locate(start),
            )
        visited.add(schema_key(doc, pointer))
        depth += 1
    return doc, pointer, node
