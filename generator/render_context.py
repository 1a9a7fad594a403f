"""What each per-module template is given: the names a module imports (and under which local
names), which typing names its annotations need, and which modules import each other.

Computed in Python from the IR, once per module, so that a template only lays the module out;
and a module's whole input is this context, which `render` digests to know when a module's
output cannot have changed.
"""

from __future__ import annotations

import keyword
import re

from .ir import (
    AliasRef,
    ListOf,
    LiteralOf,
    MapOf,
    ModelRef,
    Nullable,
    Operation,
    Primitive,
    Resource,
    TupleOf,
    TypedDictModel,
    TypeModule,
    TypeRef,
    UnionOf,
    walk_types,
)
from .naming import MODULE_RESERVED


def literal_is_typable(literal: LiteralOf) -> bool:
    """`Literal[...]` takes str, int, bool and None only; floats fall back to their type."""
    return literal.typable


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


def relative_module(from_module: str, to_module: str) -> str:
    """`from <this> import ...` for package-relative dotted modules (vendoring-safe)."""
    from_parts = from_module.split(".")[:-1]
    to_parts = to_module.split(".")
    common = 0
    while common < len(from_parts) and common < len(to_parts) - 1 and from_parts[common] == to_parts[common]:
        common += 1
    dots = "." * (len(from_parts) - common + 1)
    return dots + ".".join(to_parts[common:])


class ImportPlan:
    """Which generated classes a module imports, and the local name each goes by."""

    def __init__(self, module: str, local_names: set[str]):
        self.module = module
        self._taken = set(local_names)
        self.local: dict[str, str] = {}
        self.lines: dict[str, list[tuple[str, str]]] = {}

    def add(self, ref: ModelRef | AliasRef) -> None:
        key = f"{ref.module}:{ref.name}"
        if ref.module == self.module or key in self.local:
            return
        local = ref.name
        if local in self._taken:
            prefix = "".join(part.title().replace("_", "") for part in ref.module.split(".")[-1:])
            local = f"{prefix}{ref.name}"
            counter = 2
            while local in self._taken:
                local = f"{prefix}{ref.name}{counter}"
                counter += 1
        self._taken.add(local)
        self.local[key] = local
        self.lines.setdefault(relative_module(self.module, ref.module), []).append((ref.name, local))

    def name_of(self, ref: ModelRef | AliasRef) -> str:
        return self.local.get(f"{ref.module}:{ref.name}", ref.name)

    def import_lines(self) -> list[tuple[str, list[tuple[str, str]]]]:
        return sorted((module, sorted(names)) for module, names in self.lines.items())


def typing_needs(types: list[TypeRef | None], *, request: bool = False) -> dict[str, bool]:
    """Which typing names and modules a set of annotations uses."""
    needs = {
        k: False
        for k in (
            "Dict",
            "List",
            "Tuple",
            "Union",
            "Optional",
            "Literal",
            "Annotated",
            "Tagged",
            "datetime",
            "date",
            "FileTypes",
        )
    }
    for root in types:
        for t in walk_types(root):
            if isinstance(t, MapOf):
                needs["Dict"] = True
            elif isinstance(t, ListOf):
                needs["List"] = True
            elif isinstance(t, TupleOf):
                # `prefixItems` followed by more `items` is spelled List[object].
                needs["Tuple" if t.rest is None else "List"] = True
            elif isinstance(t, UnionOf):
                needs["Union"] = True
                needs["Annotated"] = needs["Annotated"] or (bool(t.discriminator or t.tags) and not request)
                needs["Tagged"] = needs["Tagged"] or (bool(t.tags) and not t.discriminator and not request)
            elif isinstance(t, Nullable):
                needs["Optional"] = True
            elif isinstance(t, LiteralOf):
                needs["Literal" if literal_is_typable(t) else "Union"] = True
            elif isinstance(t, Primitive):
                if t.name == "date-time":
                    needs["datetime"] = True
                    needs["Union"] = needs["Union"] or request
                elif t.name == "date":
                    needs["date"] = True
                    needs["Union"] = needs["Union"] or request
                elif t.name == "binary" and request:
                    needs["FileTypes"] = True
    return needs


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


def type_module_context(module: TypeModule, cycles: dict[str, int]) -> dict[str, object]:
    plan = ImportPlan(module.module, set(module.exports))
    types = _module_types(module)
    for root in types:
        for t in walk_types(root):
            if isinstance(t, (ModelRef, AliasRef)):
                plan.add(t)
    needs = typing_needs([t for m in module.models for t in [*(f.type for f in m.fields), m.extra_type]])
    needs["TypeAlias"] = bool(module.aliases)
    for name, needed in typing_needs([a.type for a in module.aliases]).items():
        needs[name] = needs[name] or needed
    # What the client sends: datetimes may be strings, binaries files.
    for name, needed in typing_needs(_typed_dict_types(module), request=True).items():
        needs[name] = needs[name] or needed
    needs["TypedDict"] = bool(module.typed_dicts)
    needs["Required"] = any(f.required for t in module.typed_dicts for f in t.fields)
    needs["Optional"] = needs["Optional"] or any(not f.required for m in module.models for f in m.fields)
    needs["Dict"] = needs["Dict"] or any(m.extra_type is not None for m in module.models)
    names = dict(plan.local)
    names.update(_shadowed_builtins(module))
    needs["builtins"] = any(v.startswith("builtins.") for v in names.values())
    needs["datetime_module"] = any(v.startswith("_datetime.") for v in names.values())
    cycle = cycles.get(module.module)
    lines = plan.import_lines()
    late = [line for line in lines if cycle is not None and cycles.get(_absolute(module.module, line[0])) == cycle]
    early = [line for line in lines if line not in late]
    return {"imports": early, "late_imports": late, "names": names, "needs": needs}


_BUILTIN_TYPES = ("object", "str", "int", "float", "bool", "bytes")


def _shadowed_builtins(module: TypeModule) -> dict[str, str]:
    """Names a field hides inside its class body get spelled so they cannot be hidden.

    `object: str` followed by `data: Dict[str, object]` would make pydantic read the second
    annotation's `object` as the first field, so that module writes `builtins.object` instead.
    """
    field_names = {f.name for model in module.models for f in model.fields}
    spelled = {f"builtin:{name}": f"builtins.{name}" for name in _BUILTIN_TYPES if name in field_names}
    spelled.update({f"builtin:{name}": f"_datetime.{name}" for name in ("datetime", "date") if name in field_names})
    return spelled


def _absolute(from_module: str, relative: str) -> str:
    """Inverse of `relative_module`, for generated modules (dotted, package-relative)."""
    dots = len(relative) - len(relative.lstrip("."))
    base = from_module.split(".")[:-dots] if dots else []
    return ".".join([*base, relative.lstrip(".")])


def resource_context(resource: Resource) -> dict[str, object]:
    # The module defines these classes; an imported schema class may not take their names.
    own = {
        f"{prefix}{resource.class_name}{suffix}"
        for prefix in ("", "Async")
        for suffix in ("Resource", "ResourceWithRawResponse", "ResourceWithStreamingResponse")
    } | {"Stream", "AsyncStream"}
    plan = ImportPlan(resource.module, own)
    types: list[TypeRef | None] = []
    for op in resource.operations:
        types.extend(p.type for p in op.parameters)
        if op.body is not None:
            types.append(op.body.type)
            types.extend(f.type for f in op.body.fields)
        # A paginated method returns pages of items, never the response envelope itself.
        types.append(op.pagination.item if op.pagination is not None else op.response.type)
        types.append(op.response.events)
    for root in types:
        for t in walk_types(root):
            if isinstance(t, (ModelRef, AliasRef)):
                plan.add(t)
    needs = typing_needs(types, request=True)
    # Return types are response types: a discriminated union there needs Annotated/FieldInfo.
    responses = [op.pagination.item if op.pagination else op.response.type for op in resource.operations]
    responses.extend(op.response.events for op in resource.operations)
    response_needs = typing_needs(responses)
    needs["Annotated"], needs["Tagged"] = response_needs["Annotated"], response_needs["Tagged"]
    needs["cast"] = any(
        op.pagination is None
        and op.response.kind == "json"
        and isinstance(op.response.type, (UnionOf, Nullable, LiteralOf, TupleOf))
        for op in resource.operations
    )
    needs["FileContent"] = any(op.body is not None and op.body.kind == "binary" for op in resource.operations)
    needs["deprecated"] = any(op.deprecated for op in resource.operations)
    # Optional arguments default to NOT_GIVEN and are spelled `X | NotGiven`.
    needs["NotGiven"] = any(_has_optional_argument(op) for op in resource.operations)
    needs["Union"] = needs["Union"] or any(op.body and op.body.kind == "text" for op in resource.operations)
    # `stream: Literal[True]` overloads; the implementation returns Union[value, stream].
    needs["overload"] = any(op.response.stream_field for op in resource.operations)
    needs["Literal"] = needs["Literal"] or needs["overload"]
    needs["Union"] = needs["Union"] or needs["overload"]
    needs["Stream"] = any(op.response.events is not None for op in resource.operations)
    return {"imports": plan.import_lines(), "names": plan.local, "needs": needs}


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


def _has_optional_argument(op: Operation) -> bool:
    if any(not p.required for p in op.parameters):
        return True
    if op.body is None:
        return False
    return any(not f.required for f in op.body.fields) if op.body.fields else not op.body.required
