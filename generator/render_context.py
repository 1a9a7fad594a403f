"""What each per-module template is given: its annotations, spelled once with the imports they
need (spelling.py), its import lines (imports.py), and which modules import each other.

Computed in Python from the IR, once per module, so that a template only lays the module out;
and a module's whole input is this context, which `render` digests to know when a module's
output cannot have changed.
"""

from __future__ import annotations

import keyword
import re

from .ir import AliasRef, ModelRef, Operation, Resource, TypedDictModel, TypeModule, TypeRef, walk_types
from .imports import RESOURCE_BLOCKS, RUNTIME_NAMES, TYPE_MODULE_BLOCKS, Imports
from .naming import MODULE_RESERVED
from .spelling import BUILTIN_TYPES, DATETIME_TYPES, Spelling, returns_cast


def plain_keys(typed_dict: TypedDictModel) -> bool:
    """Whether a TypedDict can use class syntax: every key a plain identifier that hides nothing
    its annotations use (otherwise the functional `TypedDict("Name", {...})` form is used)."""
    return all(
        f.api_name.isidentifier()
        and f.api_name.isascii()
        and not keyword.iskeyword(f.api_name)
        and f.api_name not in MODULE_RESERVED
        for f in typed_dict.fields
    )


def type_exports(modules: tuple[TypeModule, ...]) -> list[tuple[str, str]]:
    """(name, module basename) for each module's public class or enum alias, first come first
    served."""
    seen: set[str] = set()
    exports = []
    for module in modules:
        public = module.models[0].name if module.models else module.aliases[0].name if module.aliases else None
        if public is not None and public not in seen:
            seen.add(public)
            exports.append((public, module.module.split(".")[-1]))
    return sorted(exports)


def _module_types(module: TypeModule) -> list[TypeRef | None]:
    types: list[TypeRef | None] = []
    for model in module.models:
        types.extend(field.type for field in model.fields)
        types.append(model.extra_type)
    types.extend(_typed_dict_types(module))
    return types


def _typed_dict_types(module: TypeModule) -> list[TypeRef | None]:
    return [field.type for typed_dict in module.typed_dicts for field in typed_dict.fields]


def _referenced_modules(module: TypeModule) -> set[str]:
    return {t.module for root in _module_types(module) for t in walk_types(root) if isinstance(t, (ModelRef, AliasRef))}


def import_cycles(modules: tuple[TypeModule, ...]) -> dict[str, int]:
    """Module -> id of its import cycle, for modules that import each other (Tarjan's SCC).

    Such modules import each other at the bottom, after their classes exist; pydantic resolves the
    (postponed) annotations when a model is first used.
    """
    graph = {m.module: sorted(_referenced_modules(m) - {m.module}) for m in modules}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    components: list[list[str]] = []
    for start in sorted(graph):
        if start in index:
            continue
        work: list[tuple[str, int]] = [(start, 0)]
        while work:
            node, child_index = work.pop()
            if child_index == 0:
                index[node] = low[node] = len(index)
                stack.append(node)
                on_stack.add(node)
            children = [c for c in graph.get(node, []) if c in graph]
            if child_index < len(children):
                work.append((node, child_index + 1))
                child = children[child_index]
                if child not in index:
                    work.append((child, 0))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            for child in children:
                if child in on_stack:
                    low[node] = min(low[node], low[child])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                components.append(component)
    cycles: dict[str, int] = {}
    for number, component in enumerate(c for c in components if len(c) > 1):
        for member in component:
            cycles[member] = number
    return cycles


def type_module_spelling(module: TypeModule) -> Spelling:
    """Every annotation of a type module spelled once, with the imports they need."""
    field_names = {f.name for model in module.models for f in model.fields}
    hidden = frozenset(field_names & {*BUILTIN_TYPES, *DATETIME_TYPES})
    spelling = Spelling(module.module, set(module.exports), hidden)
    for alias in module.aliases:
        spelling.type(alias.type)
    for model in module.models:
        for f in model.fields:
            spelling.field(f)
        if model.extra_type is not None:
            spelling.extra(model.extra_type)
    for typed_dict in module.typed_dicts:
        for f in typed_dict.fields:
            spelling.key(f)
    imports = spelling.imports
    if module.models:
        imports.add("_models", "BaseModel")
    if module.aliases:
        imports.add("typing_extensions", "TypeAlias")
    if module.typed_dicts:
        imports.add("typing_extensions", "TypedDict")
    if any(f.name != f.api_name for model in module.models for f in model.fields):
        imports.add("pydantic", "Field", "FieldInfo")  # `= FieldInfo(alias=...)`
    return spelling.seal()


def type_module_context(module: TypeModule, cycles: dict[str, int]) -> dict[str, object]:
    spelling = type_module_spelling(module)
    cycle = cycles.get(module.module)
    # Modules of one import cycle import each other last, once their classes exist.
    late = frozenset(m for m in spelling.imports.generated() if cycle is not None and cycles.get(m) == cycle)
    return {
        "spelling": spelling,
        "imports": spelling.imports.blocks(TYPE_MODULE_BLOCKS, leave_out=late),
        "late_imports": spelling.imports.generated_lines(late),
    }


def resource_spelling(resource: Resource) -> Spelling:
    """Every annotation of a resource module spelled once, with the imports its methods need."""
    # The module defines these classes; an imported schema class may not take their names.
    own = {
        f"{prefix}{resource.class_name}{suffix}"
        for prefix in ("", "Async")
        for suffix in ("Resource", "ResourceWithRawResponse", "ResourceWithStreamingResponse")
    } | {"Stream", "AsyncStream"}
    spelling = Spelling(resource.module, own)
    for op in resource.operations:
        _spell_operation(spelling, op)
    imports = spelling.imports
    imports.add("functools", "cached_property")
    imports.add("_base_client", "RequestSpec")
    imports.add("_resource", "AsyncAPIResource")
    imports.add("_resource", "SyncAPIResource")
    for wrapper in RUNTIME_NAMES["_response"]:
        imports.add("_response", wrapper)
    if resource.children:
        imports.add("typing", "TYPE_CHECKING")
    if resource.operations:
        imports.add("typing_extensions", "Unpack")
        imports.add("_types", "RequestOptions")
    if imports.has("_types", "NotGiven"):
        imports.add("_types", "NOT_GIVEN")  # the default of every optional argument
    for op in resource.operations:
        _import_for_method(imports, op)
    return spelling.seal()


def _spell_operation(spelling: Spelling, op: Operation) -> None:
    """What the method's signature, docstring and `return` spell (resources/methods.jinja)."""
    for p in op.parameters:
        spelling.argument(p.type, p.required or p.location == "path")
    body = op.body
    overloads = ("true", "false", "either") if op.response.stream_field else ()
    if body is not None and body.kind in ("binary", "text") and not body.fields:
        spelling.content(body, body.required)
    elif body is not None and not body.fields:
        spelling.argument(body.type, body.required)
    for f in body.fields if body is not None else ():
        spelling.argument(f.type, f.required)
        for stream in overloads if f.name == op.response.stream_field else ():
            spelling.stream_flag(f, stream)
    for variant in ("sync", "async"):
        for stream in ("", *overloads):
            spelling.returns(op, variant, stream)
        if op.response.events is not None:
            spelling.stream(op, variant, plain=False)
        if op.pagination is not None:
            spelling.page(op, variant)
    if op.pagination is None:
        spelling.cast_to(op)


def _import_for_method(imports: Imports, op: Operation) -> None:
    """What a method's body uses besides annotations."""
    for p in op.parameters:
        imports.add("_qs", f"{p.location}_param")
    if op.literal_query:
        imports.add("_qs", "query_param")
    if returns_cast(op):
        imports.add("typing", "cast")
    if op.response.stream_field:
        imports.add("typing", "overload")
    if op.deprecated:
        imports.add("typing_extensions", "deprecated")


def resource_context(resource: Resource) -> dict[str, object]:
    spelling = resource_spelling(resource)
    return {"spelling": spelling, "imports": spelling.imports.blocks(RESOURCE_BLOCKS)}


# A sentence that tells what to do instead: "Use `runs.query` instead.", "Replaced by ...".
_POINTS_ELSEWHERE = re.compile(r"\b(use|instead|replaced|superseded|migrate|prefer)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_MAX_HINT = 200


def deprecation_message(op: Operation) -> str:
    """The `@deprecated` message of a deprecated operation, on one line: the call it makes, and what
    to use instead when its description (else its summary) has a sentence saying so."""
    message = f"{op.http_method.upper()} {op.path} is deprecated"
    for text in (op.description, op.summary):
        for sentence in _SENTENCE_END.split(" ".join(text.split())):
            if _POINTS_ELSEWHERE.search(sentence):
                hint = sentence if len(sentence) <= _MAX_HINT else sentence[: _MAX_HINT - 3].rstrip() + "..."
                return f"{message}: {hint}"
    return f"{message}."
