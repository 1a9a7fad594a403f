"""What changed between two versions of an API, as a user of the generated client meets it.

Both versions are first built into the client's surface (api_surface.py), so a change is named the
way client code spells it (`client.runs.query`, `types.run.Run.status`) and judged by what that
code can rely on:

- arguments (parameters and body properties) and request classes are what the client *sends*:
  adding a required one, removing one, narrowing a type or dropping an enum value breaks callers;
- return types and response models are what the client *reads*: removing a property or widening
  its type breaks readers, while new properties and new enum values do not (our models keep
  unknown values);
- a class reached from both sides is judged by both.

A change inside a class is reported once, on the class, with every method that reaches it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from .api_surface import REQUEST, RESPONSE, Surface, Term, erase_values, fits, referenced_keys, spell, values_in
from .ir import SemverBump

# Every kind of change, with what it means; README.md "Spec diff" documents the same list.
KINDS: dict[str, str] = {
    "resource-added": "a resource (client attribute) appeared",
    "resource-removed": "a resource disappeared",
    "operation-added": "a method appeared",
    "operation-removed": "a method and its operation disappeared",
    "operation-path-changed": "a method now calls another HTTP method or path",
    "method-renamed": "an operation is now called through another method",
    "operation-deprecated": "a method became deprecated",
    "parameter-added": "a method takes a new argument (breaking when required)",
    "parameter-removed": "a method no longer takes an argument",
    "parameter-required": "an optional argument became required",
    "parameter-optional": "a required argument became optional",
    "parameter-moved": "an argument is sent elsewhere (path, query, header, cookie, body)",
    "parameter-type-changed": "an argument's type changed (breaking when old values no longer fit)",
    "return-type-changed": "what a method returns changed (breaking when new values may not fit the old type)",
    "model-added": "a class appeared",
    "model-removed": "a class disappeared",
    "property-added": "a class has a new property (breaking when required in what the client sends)",
    "property-removed": "a class lost a property",
    "property-required": "a property became required (breaking in what the client sends)",
    "property-optional": "a property became optional (breaking in what the client reads: it may be missing)",
    "property-type-changed": "a property's type changed (judged by direction, as for arguments and returns)",
    "enum-value-added": "an enum gained a value",
    "enum-value-removed": "an enum lost a value (breaking in what the client sends)",
    "description-changed": "a description or summary changed (documentation only)",
}
DOCUMENTATION_KINDS = frozenset({"description-changed"})


@dataclass(frozen=True)
class Reach:
    operation: str  # "POST /v2/runs/query"
    method: str  # "client.runs.query"


@dataclass(frozen=True)
class Change:
    kind: str
    breaking: bool
    message: str
    operation: str = ""  # "POST /v2/runs/query", for a change of one method
    method: str = ""  # "client.runs.query"
    schema: str = ""  # the class or enum: "types.run.Run"
    pointer: str = ""  # where the spec defines it: "/components/schemas/Run"
    property: str = ""
    parameter: str = ""
    old: Any = None
    new: Any = None
    reached_by: tuple[Reach, ...] = ()  # the methods that reach a changed class
    # An enum value's change: the values before and after (to tell a named enum's uses apart).
    enum: tuple[tuple[Any, ...], tuple[Any, ...]] | None = None


def compare(old: Surface, new: Surface) -> list[Change]:
    """Every change from `old` to `new`, breaking ones first, each group in a stable order."""
    reach = _Reachability(old, new)
    changes = list(_resource_changes(old, new))
    changes += _method_changes(old, new)
    changes += _merged_copies(list(_model_changes(old, new, reach)), old, new)
    changes += _enum_changes(old, new, reach)
    changes = _merged_into_named_enums(changes)
    return sorted(changes, key=lambda c: (not c.breaking, c.kind in DOCUMENTATION_KINDS, c.method or c.schema, c.kind))


def semver_bump(changes: list[Change], version: str) -> SemverBump:
    """The step the changes call for: breaking -> "major" ("minor" below 1.0), any other change of
    the client -> "minor", documentation only -> "patch", nothing -> "none"."""
    if any(c.breaking for c in changes):
        return "minor" if version.split(".")[0] == "0" else "major"
    if any(c.kind not in DOCUMENTATION_KINDS for c in changes):
        return "minor"
    return "patch" if changes else "none"


# --- resources and methods ----------------------------------------------------------------------


def _resource_changes(old: Surface, new: Surface) -> Iterator[Change]:
    for path in sorted(set(old["resources"]) - set(new["resources"])):
        yield Change("resource-removed", True, f"client.{path} removed", method=f"client.{path}")
    for path in sorted(set(new["resources"]) - set(old["resources"])):
        yield Change("resource-added", False, f"client.{path} added", method=f"client.{path}")


def _pair_methods(old: Surface, new: Surface) -> tuple[list[tuple[str, str]], list[str], list[str]]:
    """(old name, new name) pairs of the same method: first the same operation (HTTP method and
    path), then the same operationId (an operation that moved), then the same client method; and
    the old and new methods left unpaired."""
    old_left, new_left = dict(old["methods"]), dict(new["methods"])
    pairs: list[tuple[str, str]] = []
    for key in (_operation_key, _operation_id, _client_name):
        index: dict[Any, list[str]] = {}
        for name, method in new_left.items():
            index.setdefault(key(name, method), []).append(name)
        for name, method in list(old_left.items()):
            found = index.get(key(name, method), [])
            if len(found) == 1 and found[0] in new_left and key(name, method) is not None:
                pairs.append((name, found[0]))
                del old_left[name], new_left[found[0]]
    return pairs, sorted(old_left), sorted(new_left)


def _operation_key(name: str, method: dict[str, Any]) -> tuple[str, str]:
    """An operation as the server knows it; path parameters' names do not matter."""
    segments = ["{}" if s.startswith("{") else s for s in method["path"].split("/")]
    return method["http_method"], "/".join(segments)


def _operation_id(name: str, method: dict[str, Any]) -> str | None:
    return method.get("operation_id") or None


def _client_name(name: str, method: dict[str, Any]) -> str:
    return name


def _method_changes(old: Surface, new: Surface) -> Iterator[Change]:
    pairs, removed, added = _pair_methods(old, new)
    for name in removed:
        m = old["methods"][name]
        yield Change("operation-removed", True, f"client.{name}() removed", **_at(m, name))
    for name in added:
        m = new["methods"][name]
        yield Change("operation-added", False, f"client.{name}() added", **_at(m, name))
    for old_name, new_name in pairs:
        yield from _method_pair_changes(old_name, old["methods"][old_name], new_name, new["methods"][new_name])


def _at(method: dict[str, Any], name: str) -> dict[str, Any]:
    return {"operation": f"{method['http_method']} {method['path']}", "method": f"client.{name}"}


def _method_pair_changes(old_name: str, old: dict[str, Any], new_name: str, new: dict[str, Any]) -> Iterator[Change]:
    where = _at(new, new_name)
    if old_name != new_name:
        text = f"{old['http_method']} {old['path']} is now called as client.{new_name}() (was client.{old_name}())"
        yield Change("method-renamed", True, text, old=f"client.{old_name}", new=f"client.{new_name}", **where)
    old_operation, new_operation = _at(old, old_name)["operation"], where["operation"]
    if old_operation != new_operation:
        text = f"client.{new_name}() now calls {new_operation} (was {old_operation})"
        yield Change("operation-path-changed", True, text, old=old_operation, new=new_operation, **where)
    if new["deprecated"] and not old["deprecated"]:
        yield Change("operation-deprecated", False, f"client.{new_name}() is deprecated", **where)
    for key in ("summary", "description"):
        if old[key] != new[key]:
            text = f"client.{new_name}(): {key} changed"
            yield Change("description-changed", False, text, old=old[key], new=new[key], **where)
    body_class = old["body_class"] if old["body_class"] == new["body_class"] else None
    yield from _argument_changes(new_name, old["arguments"], new["arguments"], body_class, where)
    label = f"client.{new_name}() returns"
    yield from _type_changes((RESPONSE,), old["returns"], new["returns"], label, "return-type-changed", where)


def _argument_changes(
    name: str, old: dict[str, Any], new: dict[str, Any], body_class: str | None, where: dict[str, Any]
) -> Iterator[Change]:
    call = f"client.{name}()"
    old, new = _without_class_properties(old, new, body_class)
    for arg in sorted(set(old) - set(new)):
        yield Change("parameter-removed", True, f"{call}: argument {arg} removed", parameter=arg, **where)
    for arg in sorted(set(new) - set(old)):
        required = new[arg]["required"]
        text = f"{call}: {'required' if required else 'optional'} argument {arg} added"
        yield Change("parameter-added", required, text, parameter=arg, **where)
    for arg in sorted(set(old) & set(new)):
        before, after = old[arg], new[arg]
        if after["required"] and not before["required"]:
            yield Change("parameter-required", True, f"{call}: argument {arg} is now required", parameter=arg, **where)
        if before["required"] and not after["required"]:
            text = f"{call}: argument {arg} is now optional"
            yield Change("parameter-optional", False, text, parameter=arg, **where)
        if before["in"] != after["in"]:
            text = f"{call}: argument {arg} is now sent in the {after['in']} (was the {before['in']})"
            yield Change("parameter-moved", False, text, parameter=arg, old=before["in"], new=after["in"], **where)
        if before["description"] != after["description"]:
            text = f"{call}: description of argument {arg} changed"
            yield Change("description-changed", False, text, parameter=arg, **where)
        label = f"{call}: argument {arg}"
        for change in _type_changes((REQUEST,), before["type"], after["type"], label, "parameter-type-changed", where):
            yield replace(change, parameter=arg)


def _without_class_properties(
    old: dict[str, Any], new: dict[str, Any], body_class: str | None
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The arguments whose changes are this method's own: the properties of a body class that
    both versions send are reported once, on the class, with every method that sends it."""
    if body_class is None:
        return old, new
    return ({k: a for k, a in old.items() if a["in"] != "body"}, {k: a for k, a in new.items() if a["in"] != "body"})


# --- classes and enums --------------------------------------------------------------------------


class _Reachability:
    """Which methods reach each class, and from which side (arguments or returns), in either
    version; a class no method reaches is judged by what it is (models are read, request
    classes and enum aliases are sent)."""

    def __init__(self, old: Surface, new: Surface):
        self.directions: dict[str, set[str]] = {}
        self.methods: dict[str, set[Reach]] = {}
        for surface in (old, new):
            self._add(surface)

    def _add(self, surface: Surface) -> None:
        inner = {key: _class_references(model) for key, model in surface["models"].items()}
        for name, method in surface["methods"].items():
            reach = Reach(f"{method['http_method']} {method['path']}", f"client.{name}")
            sent = set().union(*(referenced_keys(a["type"]) for a in method["arguments"].values()))
            sent |= {method["body_class"]} if method.get("body_class") else set()
            for direction, roots in ((REQUEST, sent), (RESPONSE, referenced_keys(method["returns"]))):
                for key in _closure(roots, inner):
                    self.directions.setdefault(key, set()).add(direction)
                    self.methods.setdefault(key, set()).add(reach)

    def of(self, key: str, kind: str) -> tuple[str, ...]:
        found = self.directions.get(key)
        if not found:
            return (RESPONSE,) if kind == "model" else (REQUEST,)
        return tuple(sorted(found))

    def reached_by(self, key: str) -> tuple[Reach, ...]:
        return tuple(sorted(self.methods.get(key, ()), key=lambda r: r.method))


def _class_references(model: dict[str, Any]) -> set[str]:
    found = set().union(*(referenced_keys(f["type"]) for f in model["fields"].values()))
    return found | (referenced_keys(model["extra"]) if model["extra"] is not None else set())


def _closure(roots: set[str], inner: dict[str, set[str]]) -> set[str]:
    seen: set[str] = set()
    stack = list(roots)
    while stack:
        key = stack.pop()
        if key not in seen:
            seen.add(key)
            stack.extend(inner.get(key, ()))
    return seen


def _model_changes(old: Surface, new: Surface, reach: _Reachability) -> Iterator[Change]:
    for key in sorted(set(old["models"]) | set(new["models"])):
        before, after = old["models"].get(key), new["models"].get(key)
        model = after or before
        where = {"schema": key, "pointer": model["schema"], "reached_by": reach.reached_by(key)}
        if after is None:
            yield Change("model-removed", True, f"class {_short(key)} removed", **where)
        elif before is None:
            yield Change("model-added", False, f"class {_short(key)} added", **where)
        else:
            directions = reach.of(key, model["kind"])
            yield from _field_changes(key, before, after, directions, where)


def _field_changes(
    key: str, old: dict[str, Any], new: dict[str, Any], directions: tuple[str, ...], where: dict[str, Any]
) -> Iterator[Change]:
    name = _short(key)
    sends, reads = REQUEST in directions, RESPONSE in directions
    if old["description"] != new["description"]:
        yield Change("description-changed", False, f"{name}: description changed", **where)
    for prop in sorted(set(old["fields"]) - set(new["fields"])):
        yield Change("property-removed", True, f"{name}.{prop} removed", property=prop, **where)
    for prop in sorted(set(new["fields"]) - set(old["fields"])):
        required = new["fields"][prop]["required"]
        text = f"{name}.{prop} added{' (required)' if required else ''}"
        yield Change("property-added", required and sends, text, property=prop, **where)
    for prop in sorted(set(old["fields"]) & set(new["fields"])):
        before, after = old["fields"][prop], new["fields"][prop]
        if after["required"] and not before["required"]:
            yield Change("property-required", sends, f"{name}.{prop} is now required", property=prop, **where)
        if before["required"] and not after["required"]:
            yield Change("property-optional", reads, f"{name}.{prop} is now optional", property=prop, **where)
        if before["description"] != after["description"]:
            text = f"{name}.{prop}: description changed"
            yield Change("description-changed", False, text, property=prop, **where)
        label = f"{name}.{prop}"
        for change in _type_changes(directions, before["type"], after["type"], label, "property-type-changed", {}):
            yield replace(change, property=prop, **where)


def _enum_changes(old: Surface, new: Surface, reach: _Reachability) -> Iterator[Change]:
    for key in sorted(set(old["enums"]) | set(new["enums"])):
        before, after = old["enums"].get(key), new["enums"].get(key)
        if before is None or after is None:
            continue  # the enum's users report the change of type
        where = {"schema": key, "reached_by": reach.reached_by(key)}
        sends = REQUEST in reach.of(key, "enum")
        yield from _value_changes(_short(key), before["values"], after["values"], sends, where)
        if before["description"] != after["description"]:
            yield Change("description-changed", False, f"{_short(key)}: description changed", **where)


def _value_changes(label: str, old: list[Any], new: list[Any], sends: bool, where: dict[str, Any]) -> Iterator[Change]:
    values = (tuple(old), tuple(new))
    for value in [v for v in old if v not in new]:
        text = f"{label}: value {value!r} removed"
        yield Change("enum-value-removed", sends, text, old=value, enum=values, **where)
    for value in [v for v in new if v not in old]:
        yield Change("enum-value-added", False, f"{label}: value {value!r} added", new=value, enum=values, **where)


def _merged_into_named_enums(changes: list[Change]) -> list[Change]:
    """A response model spells a named enum's values in place, so one change of the enum also
    shows in every property that uses it. Such a change (the same values before and after as the
    named enum) is reported once, on the enum, reached by the methods of all its users."""
    named = {_enum_key(c): c for c in changes if c.enum and not (c.property or c.parameter)}
    merged: dict[int, Change] = {}
    kept = []
    for change in changes:
        owner = named.get(_enum_key(change)) if change.enum and (change.property or change.parameter) else None
        if owner is None:
            kept.append(change)
            continue
        # An enum no method names (response models spell its values in place) is judged by its users.
        current = merged.get(id(owner), owner if owner.reached_by else replace(owner, breaking=False))
        merged[id(owner)] = _merged(current, [current, change])
    return [merged.get(id(c), c) for c in kept]


def _merged_copies(changes: list[Change], old: Surface, new: Surface) -> list[Change]:
    """Classes that copy one component (api_surface.with_spec_origins) change together: such a
    change is reported once, on the component's own class when it has one, reached by the
    methods of every copy."""
    component = {**_components(old), **_components(new)}
    own = {key: model["schema"] for surface in (old, new) for key, model in surface["models"].items()}
    groups: dict[Any, list[Change]] = {}
    for index, change in enumerate(changes):
        where = component.get(change.schema)
        key: Any = index
        if where:
            # One property of one component changes type once; the copies spell it each with
            # their own class names (`List[Address]`, `List[AddressParam]`), so only enum values
            # tell changes of one property apart.
            values = (repr(change.old), repr(change.new), repr(change.enum)) if change.kind.startswith("enum") else ()
            key = (where, change.kind, change.property, *values)
        groups.setdefault(key, []).append(change)
    merged = []
    for group in groups.values():
        where = component.get(group[0].schema, "")
        first = next((c for c in group if own.get(c.schema) == where), group[0])
        merged.append(replace(_merged(first, group), pointer=where or first.pointer))
    return merged


def _merged(kept: Change, group: list[Change]) -> Change:
    """`kept` standing for every change of `group`: reached by all their methods, breaking when
    any of them breaks."""
    methods = {r.method: r for c in group for r in c.reached_by}
    reached_by = tuple(methods[m] for m in sorted(methods))
    return replace(kept, breaking=any(c.breaking for c in group), reached_by=reached_by)


def _components(surface: Surface) -> dict[str, str]:
    """Each class's component: the one it copies, else where the spec defines it."""
    found = {key: model.get("component") or model["schema"] for key, model in surface["models"].items()}
    return {key: pointer for key, pointer in found.items() if pointer}


def _enum_key(change: Change) -> tuple[Any, ...]:
    return (repr(change.enum), change.kind, repr(change.old), repr(change.new))


# --- types --------------------------------------------------------------------------------------


def _type_changes(
    directions: tuple[str, ...], old: Term, new: Term, label: str, kind: str, where: dict[str, Any]
) -> Iterator[Change]:
    """An enum's values changed in place (same type otherwise), or the type itself changed."""
    if old == new:
        return
    if erase_values(old) == erase_values(new):
        sends = REQUEST in directions
        yield from _value_changes(label, values_in(old), values_in(new), sends, where)
        return
    breaking = (REQUEST in directions and not fits(old, new, REQUEST)) or (
        RESPONSE in directions and not fits(new, old, RESPONSE)
    )
    text = f"{label}: type changed from {spell(old)} to {spell(new)}"
    yield Change(kind, breaking, text, old=spell(old), new=spell(new), **where)


def _short(key: str) -> str:
    return key.rpartition(".")[2]
