"""The client's surface: what a user of the generated package calls, imports and reads, as plain
JSON data. Two surfaces are what `spec_diff` compares, and the history keeps the surface of the
last release so that the changelog can say what changed since (history.py).

Keys name things as the client spells them: methods by their path from the client
("runs.query"), resources by attribute path ("runs"), classes and enum aliases by module and name
("types.run.Run"). Types are small JSON terms (see `type_term`), so a surface read back from the
history file compares equal to one built from the IR; `fits` says whether the values of one term
are values of another, as the client types them on the side that sends or the side that reads.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .ir import (
    NO_DEFAULT,
    AliasRef,
    Field,
    ListOf,
    LiteralOf,
    MapOf,
    ModelRef,
    Nullable,
    Operation,
    Package,
    Primitive,
    TupleOf,
    TypeRef,
    UnionOf,
)

if TYPE_CHECKING:
    from .documents import DocumentSet

Surface = dict[str, Any]
# The two sides of the client: what it sends (arguments, request classes) and what it reads.
REQUEST = "request"
RESPONSE = "response"
# A type as JSON: a primitive's name ("string", "any", ...) or a list headed by its kind:
# ["list", T], ["map", T], ["tuple", [T...], T|None], ["literal", [values]], ["model", key],
# ["alias", key], ["union", [T...]], ["nullable", T]; and for what a method returns also
# ["page", T] (a cursor-paginated list of T) and ["stream", T] (server-sent events of T).
Term = Any


def build_surface(package: Package, describe: Callable[[str], str] = str) -> Surface:
    """The surface of a generated package: {"version", "resources", "methods", "models", "enums"}.
    Every description and summary is kept as `describe` gives it (the history keeps digests)."""
    models = _models(package, describe)
    # A component can be both a model and a request class (its `...Param` twin): the model first.
    by_pointer: dict[str, str] = {}
    for key, model in sorted(models.items(), key=lambda item: item[1]["kind"] != "model"):
        if model["schema"]:
            by_pointer.setdefault(model["schema"], key)
    return {
        "version": package.project.version,
        "resources": {path: {"description": describe(r.description)} for path, r in package.resources_by_path()},
        "methods": {call: _method(op, by_pointer, describe) for call, op in package.all_operations()},
        "models": models,
        "enums": {
            f"{module.module}.{alias.name}": {
                "values": list(alias.type.values) if isinstance(alias.type, LiteralOf) else [],
                "description": describe(alias.description),
            }
            for module in package.type_modules
            for alias in module.aliases
        },
    }


def with_spec_origins(surface: Surface, package: Package, docs: DocumentSet) -> Surface:
    """The surface with what ties it to the document, for `spec_diff` (the history does without):
    each method's `operation_id`, which pairs an operation that moved; and each class that copies
    a component names it as `component`.

    A property that refers to a component and says more beside the `$ref` (an `x-` key, say) gets
    a class of its own, named after the property, in the module that uses it; one component can
    so become several classes. A change inside the component shows in each, and is reported once,
    on the component, when the classes name it."""
    operation_ids = {call: op.operation_id for call, op in package.all_operations()}
    methods = {call: {**m, "operation_id": operation_ids.get(call, "")} for call, m in surface["methods"].items()}
    models = {}
    for key, model in surface["models"].items():
        component = _component_of(model["schema"], docs) if model["schema"] else None
        models[key] = {**model, "component": component} if component else model
    return {**surface, "methods": methods, "models": models}


def _component_of(pointer: str, docs: DocumentSet) -> str | None:
    """The pointer of the component the schema at `pointer` (in the root document) refers to:
    `$ref` beside annotations, or an `allOf` of one `$ref`; None when it is no such copy."""
    from .errors import GeneratorError
    from .documents import is_missing, lookup_pointer

    node = lookup_pointer(docs.root.data, pointer)
    if is_missing(node) or not isinstance(node, dict) or "properties" in node:
        return None
    members = node.get("allOf")
    if isinstance(members, list) and len(members) == 1 and isinstance(members[0], dict) and "$ref" not in node:
        node, pointer = members[0], f"{pointer}/allOf/0"
    ref = node.get("$ref")
    if not isinstance(ref, str):
        return None
    try:
        document, target, _ = docs.resolve(ref, docs.root, pointer)
    except GeneratorError:
        return None
    return target if document is docs.root and target != pointer else None


def _method(op: Operation, class_by_pointer: dict[str, str], describe: Callable[[str], str]) -> dict[str, Any]:
    arguments = {
        p.name: _argument(p.location, p.api_name, p.required, type_term(p.type), describe(p.description), p.default)
        for p in op.parameters
    }
    body = op.body
    if body is not None and body.fields:
        for f in body.fields:
            arguments[f.name] = _argument(
                "body", f.api_name, f.required, type_term(f.type), describe(f.description), f.default
            )
    elif body is not None:
        body_type = type_term(body.type) if body.type is not None else _content_term(body.kind)
        arguments[body.argument] = _argument(
            "body", "", body.required, body_type, describe(body.description), NO_DEFAULT
        )
    return {
        "http_method": op.http_method.upper(),
        "path": op.url_path,
        "arguments": arguments,
        "returns": _returns(op),
        "deprecated": op.deprecated,
        "summary": describe(op.summary),
        "description": describe(op.description),
        "schema": op.source_pointer,
        # The class of the body object whose properties are arguments: what the client sends.
        "body_class": class_by_pointer.get(body.schema_pointer) if body is not None and body.schema_pointer else None,
    }


def _argument(
    location: str, api_name: str, required: bool, type_: Term, description: str, default: object
) -> dict[str, Any]:
    return {
        "in": location,
        "api_name": api_name,
        "required": required,
        "type": type_,
        "description": description,
        "has_default": default != NO_DEFAULT,
    }


def _content_term(kind: str) -> Term:
    return "binary" if kind == "binary" else "string"


def _returns(op: Operation) -> Term:
    if op.pagination is not None:
        return ["page", type_term(op.pagination.item)]
    response = op.response
    if response.kind == "events":
        return ["stream", type_term(response.events)]
    if response.kind == "json":
        value = type_term(response.type) if response.type is not None else "any"
        if response.events is not None:
            return ["union", [value, ["stream", type_term(response.events)]]]
        return value
    return {"text": "string", "binary": "binary"}.get(response.kind, "null")


def _models(package: Package, describe: Callable[[str], str]) -> dict[str, Any]:
    models: dict[str, Any] = {}
    for module in package.type_modules:
        for model in module.models:
            models[f"{module.module}.{model.name}"] = {
                "kind": "model",
                "description": describe(model.description),
                "schema": model.source_pointer,
                "fields": {f.name: _field(f, describe) for f in model.fields},
                "extra": type_term(model.extra_type) if model.extra_type is not None else None,
            }
        for typed_dict in module.typed_dicts:
            models[f"{module.module}.{typed_dict.name}"] = {
                "kind": "typeddict",
                "description": describe(typed_dict.description),
                "schema": typed_dict.source_pointer,
                "fields": {f.api_name: _field(f, describe) for f in typed_dict.fields},
                "extra": None,
            }
    return models


def _field(f: Field, describe: Callable[[str], str]) -> dict[str, Any]:
    return {
        "api_name": f.api_name,
        "required": f.required,
        "type": type_term(f.type),
        "description": describe(f.description),
        "read_only": f.read_only,
        "write_only": f.write_only,
        "deprecated": f.deprecated,
    }


def type_term(type_: TypeRef | None) -> Term:
    if type_ is None:
        return "null"
    if isinstance(type_, Primitive):
        return type_.name
    if isinstance(type_, ListOf):
        return ["list", type_term(type_.item)]
    if isinstance(type_, MapOf):
        return ["map", type_term(type_.value)]
    if isinstance(type_, TupleOf):
        rest = type_term(type_.rest) if type_.rest is not None else None
        return ["tuple", [type_term(t) for t in type_.items], rest]
    if isinstance(type_, LiteralOf):
        return ["literal", list(type_.values)]
    if isinstance(type_, ModelRef):
        return ["model", f"{type_.module}.{type_.name}"]
    if isinstance(type_, AliasRef):
        return ["alias", f"{type_.module}.{type_.name}"]
    if isinstance(type_, UnionOf):
        return ["union", [type_term(t) for t in type_.members]]
    assert isinstance(type_, Nullable)
    return ["nullable", type_term(type_.inner)]


# --- reading terms ------------------------------------------------------------------------------

_PRIMITIVE_SPELLING = {
    "string": "str",
    "integer": "int",
    "number": "float",
    "boolean": "bool",
    "date-time": "datetime",
    "date": "date",
    "binary": "bytes",
    "any": "object",
    "null": "None",
}


def spell(term: Term) -> str:
    """A term as the client's annotation reads, near enough for a message: `List[Run]`."""
    if isinstance(term, str):
        return _PRIMITIVE_SPELLING.get(term, term)
    kind, *rest = term
    if kind in ("model", "alias"):
        return str(rest[0]).rpartition(".")[2]
    if kind == "literal":
        return "Literal[" + ", ".join(repr(v) for v in rest[0]) + "]"
    if kind in ("union", "tuple"):
        members = ", ".join(spell(t) for t in rest[0])
        if kind == "tuple":
            return f"Tuple[{members}{', ...' if rest[1] is not None else ''}]"
        return f"Union[{members}]"
    wrapper = {"list": "List", "map": "Dict[str, ", "nullable": "Optional", "page": "Page", "stream": "Stream"}[kind]
    return f"{wrapper}{spell(rest[0])}]" if kind == "map" else f"{wrapper}[{spell(rest[0])}]"


def referenced_keys(term: Term) -> set[str]:
    """The classes and enum aliases a term names (model and alias keys)."""
    if _kind(term) in ("model", "alias"):
        return {term[1]}
    return set().union(*(referenced_keys(child) for child in _children(term)))


# --- comparing terms ----------------------------------------------------------------------------


def _kind(term: Term) -> str:
    return term if isinstance(term, str) else str(term[0])


def _children(term: Term) -> list[Term]:
    """The types directly inside a term (not the classes it names: those are compared apart)."""
    kind = _kind(term)
    if kind in ("list", "map", "nullable", "page", "stream"):
        return [term[1]]
    if kind == "union":
        return list(term[1])
    if kind == "tuple":
        return list(term[1]) + ([term[2]] if term[2] is not None else [])
    return []


def _map_children(term: Term, change: Any) -> Term:
    kind = _kind(term)
    if kind in ("list", "map", "nullable", "page", "stream"):
        return [kind, change(term[1])]
    if kind == "union":
        return [kind, [change(t) for t in term[1]]]
    if kind == "tuple":
        return [kind, [change(t) for t in term[1]], change(term[2]) if term[2] is not None else None]
    return term


def erase_values(term: Term) -> Term:
    """The term with every enum's values left out: what stays when only values change."""
    return ["literal"] if _kind(term) == "literal" else _map_children(term, erase_values)


def values_in(term: Term) -> list[Any]:
    """The enum values a term spells in place, in order."""
    if _kind(term) == "literal":
        return list(term[1])
    return [value for child in _children(term) for value in values_in(child)]


# What a value of the first primitive may be given as, per side: requests take strings for dates
# (the client's annotation is Union[str, datetime]); int fits where float is annotated.
_FITS_PRIMITIVE = {
    ("integer", "number"),
    ("string", "date-time"),
    ("string", "date"),
}


def fits(small: Term, big: Term, side: str) -> bool:
    """Whether every value of `small` is a value of `big`, as the client types them on `side`.
    On the response side enums are open (unknown values are kept), so only their kind counts."""
    if side == RESPONSE:
        small, big = _open_enums(small), _open_enums(big)
    if small == big or big == "any":
        return True
    small_kind, big_kind = _kind(small), _kind(big)
    if small_kind == "nullable":
        return fits("null", big, side) and fits(small[1], big, side)
    if small_kind == "union":
        return all(fits(member, big, side) for member in small[1])
    if big_kind == "nullable":
        return small == "null" or fits(small, big[1], side)
    if big_kind == "union":
        return any(fits(small, member, side) for member in big[1])
    if small_kind == "literal":
        return _literal_fits(small[1], big)
    if isinstance(small, str) and isinstance(big, str):
        return (small, big) in _FITS_PRIMITIVE and (side == REQUEST or small == "integer")
    return small_kind == big_kind and _same_kind_fits(small, big, side)


def _same_kind_fits(small: list[Any], big: list[Any], side: str) -> bool:
    kind = small[0]
    if kind in ("list", "map", "page", "stream"):
        return fits(small[1], big[1], side)
    if kind == "tuple":
        return len(small[1]) == len(big[1]) and all(fits(a, b, side) for a, b in zip(small[1], big[1]))
    return small == big  # models and aliases: the same class, whose own changes are reported on it


def _literal_fits(values: list[Any], big: Term) -> bool:
    if isinstance(big, list) and big[0] == "literal":
        return all(v in big[1] for v in values)
    kinds = {_value_kind(v) for v in values}
    return all(k == big or (k == "integer" and big == "number") for k in kinds)


def _value_kind(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    return "null" if value is None else "string"


def _open_enums(term: Term) -> Term:
    if _kind(term) == "literal":
        kinds = sorted({_value_kind(v) for v in term[1]})
        return kinds[0] if len(kinds) == 1 else ["union", kinds]
    return _map_children(term, _open_enums)
