"""Values for request arguments, written from the document's own schemas (tests/conformance.py).

`Synthesiser.value(node, full=..., context=...)` returns a Python value a server enforcing the schema
accepts: the value a careful caller of the generated client would pass. So date-times are aware
`datetime`s (with a +02:00 offset: a client that drops or mangles the offset is caught), dates are
`date`s, file parts of multipart bodies are `bytes`; everything else is plain JSON (str, int, float,
bool, None, list, dict).

How a schema is read:
- `$ref`s are followed through the loader's `DocumentSet` (across files); a `$ref` with sibling
  keywords is read as `allOf: [the target, the siblings]` (3.1 says so; 3.0 says to ignore them, but
  Prism applies them, and a value that satisfies both is right either way).
- `allOf` members are merged into one schema (properties and `required` united, bounds narrowed),
  which is then written like any other. Sub-schemas keep the document they came from (`Node`), so
  the `$ref`s inside a member from another file still resolve.
- `oneOf`/`anyOf`: each member in turn (merged with the union's sibling keywords) until one writes a
  value that `SchemaCheck` finds valid against that member (and, for `oneOf`, no other). With a
  `discriminator`, the tag property is set to the member's mapping key (or its schema name).
  A schema that owns a discriminator mapping (the base of an allOf hierarchy) is written as its first
  mapped subtype; a subtype gets its own tag.
- Scalars honour enum/const, formats, pattern (tests/conformance_regex.py), min/max length,
  minimum/maximum (3.0 boolean and 3.1 numeric exclusive bounds), multipleOf; arrays min/maxItems and
  uniqueItems (`variant` makes items differ); objects required properties (all of them when
  `full`), additionalProperties/minProperties; `readOnly` properties are never sent.
- `full` writes every optional property down to FULL_DEPTH levels and only required ones below it,
  where arrays may also be empty: recursive schemas stay finite. A schema we cannot satisfy raises
  `Unsatisfiable`, which the caller reports as the check's own shortcoming, never as the client's.
"""

from __future__ import annotations

import base64
import contextlib
import datetime
import math
from dataclasses import dataclass, replace
from typing import Any, Iterator

from generator import schema as sch
from generator.build_types import _STRING_FORMATS
from generator.errors import GeneratorError
from generator.documents import DocumentSet, lookup_pointer
from generator.parse import SourceDocument

from tests.conformance_regex import PatternUnsupported, example
from tests.conformance_schemas import (
    PINNED,
    ByteString,
    Contradiction,
    Node,
    SchemaCheck,
    Unsatisfiable,
    is_number,
    merge_into,
    own_ref,
    to_wire,
    wire_key,
)

FULL_DEPTH = 4
MAX_DEPTH = 32
_OFFSET = datetime.timezone(datetime.timedelta(hours=2))
# The generator types `format: byte` as bytes only if it maps the format (today it is `str`).
BYTE_AS_BYTES = "byte" in _STRING_FORMATS


@dataclass(frozen=True)
class Want:
    """What to write: every optional property too (`full`), for which context ("json"; "multipart":
    a multipart body, whose properties are "part"s, where binary is bytes; "binary": a whole binary
    body; "form", "param"), how deep we are, and which variant (distinct items of a uniqueItems array)."""

    full: bool
    context: str = "json"
    depth: int = 0
    variant: int = 0
    path: tuple[str, ...] = ()  # where in the value we are (property names, item indexes)

    @property
    def full_here(self) -> bool:
        return self.full and self.depth < FULL_DEPTH

    def deeper(self, context: str | None = None, variant: int | None = None, key: object = None) -> Want:
        return replace(
            self,
            depth=self.depth + 1,
            context=context or self.context,
            variant=self.variant if variant is None else variant,
            path=self.path if key is None else (*self.path, str(key)),
        )


class Synthesiser:
    """Writes values from the schemas of one document set (see the module docstring)."""

    def __init__(self, docs: DocumentSet, check: SchemaCheck) -> None:
        self.docs = docs
        self.check = check
        # Paths (in the last value written) of required properties left out for being readOnly.
        self.read_only: set[tuple[str, ...]] = set()

    def value(self, node: Node, *, full: bool, context: str = "json") -> Any:
        self.read_only = set()
        try:
            return self._value(node, Want(full, context))
        except RecursionError:
            raise Unsatisfiable("schemas nested deeper than Python's stack") from None
        except (GeneratorError, KeyError, TypeError, AttributeError) as exc:
            raise Unsatisfiable(f"cannot read the schema: {type(exc).__name__}: {exc}") from None

    # --- dispatch -------------------------------------------------------------------------------

    def _value(self, node: Node, want: Want) -> Any:
        if want.depth > MAX_DEPTH:
            raise Unsatisfiable(f"schemas nested deeper than {MAX_DEPTH} (a recursive required property?)")
        node = self.deref(node)
        schema = node.schema
        if schema is False:
            raise Contradiction("the schema `false` admits no value")
        if not isinstance(schema, dict):
            return self._anything(want)
        if isinstance(schema.get("allOf"), list) and schema["allOf"]:
            return self._value(self.merged(node), want)
        if "if" in schema and ("then" in schema or "else" in schema):
            return self._conditional(node, want)
        if "const" in schema:
            return schema["const"]
        if isinstance(schema.get("enum"), list) and schema["enum"]:
            return self._enum(node, want)
        if sch.union_members(schema):
            return self._union(node, want)
        subtype = self._mapped_subtype(node)
        if subtype is not None:
            return self._value(subtype, want)
        return self._typed(node, want)

    def _typed(self, node: Node, want: Want) -> Any:
        schema = node.schema
        kind = _kind(schema)
        if kind == "null":
            return None
        if kind == "object":
            return self._object(node, want)
        if kind == "array":
            return self._array(node, want)
        if kind == "string":
            return self._string(schema, want)
        if kind in ("integer", "number"):
            return _number(schema, kind == "integer", want.variant)
        if kind == "boolean":
            return want.variant % 2 == 0
        return self._anything(want)

    def _anything(self, want: Want) -> Any:
        return f"value{want.variant}" if want.variant else "value"

    def _enum(self, node: Node, want: Want) -> Any:
        """An enum value that also meets the schema's other keywords (documents do pair an enum
        with a maxLength none of its values meets)."""
        values = node.schema["enum"]
        usable = [v for v in values if v is not None]
        if node.located and set(node.schema) - {"enum", "type", "description", "title", "nullable"}:
            usable = [v for v in usable if not self.check.errors(v, node, direction="neutral")]
            if not usable and None not in values:
                raise Contradiction(f"none of the enum values {values[:4]} meets the schema's other keywords")
        return usable[want.variant % len(usable)] if usable else None

    # --- references and allOf --------------------------------------------------------------------

    def deref(self, node: Node) -> Node:
        """The schema behind a chain of `$ref`s (a 3.1 `$ref` with siblings becomes an allOf)."""
        for _ in range(64):
            schema = node.schema
            if isinstance(schema, Node):
                node = schema
                continue
            if not (isinstance(schema, dict) and isinstance(schema.get("$ref"), str)):
                return node
            siblings = sch.ref_siblings(schema)
            if siblings:  # 3.0 says to ignore them, but Prism applies them (and so does 3.1)
                own = Node({"$ref": schema["$ref"]}, node.doc, node.pointer)
                rest = Node(siblings, node.doc, node.pointer, located=False)
                return Node({"allOf": [own, rest]}, node.doc, node.pointer, node.ref, located=False)
            doc, pointer, target = self.docs.resolve(schema["$ref"], node.doc, node.pointer)
            node = Node(target, doc, pointer, ref=f"{doc.path}#{pointer}")
        raise Unsatisfiable("a $ref chain that never ends")

    def merged(self, node: Node, extra: list[Node] | None = None) -> Node:
        """One schema for `node`'s allOf members, its own keywords and `extra` (see `merge_into`)."""
        result: dict[str, Any] = {}
        for member in list(self._flatten(node, 0)) + (extra or []):
            merge_into(result, member)
        return Node(result, node.doc, node.pointer, node.ref or own_ref(node), located=False)

    def _flatten(self, node: Node, depth: int) -> Iterator[Node]:
        if depth > MAX_DEPTH:
            raise Unsatisfiable("allOf nested in itself")
        node = self.deref(node)
        schema = node.schema
        if not isinstance(schema, dict):
            if schema is False:
                raise Unsatisfiable("allOf with a `false` member")
            return
        own = {k: v for k, v in schema.items() if k != "allOf"}
        yield replace(node, schema=own)
        for index in range(len(schema.get("allOf") or [])):
            yield from self._flatten(node.child("allOf", index), depth + 1)

    def _conditional(self, node: Node, want: Want) -> Any:
        """if/then/else: a value of the schema with `then` that meets `if`, or with `else` that does not."""
        rest = {k: v for k, v in node.schema.items() if k not in ("if", "then", "else")}
        base = Node(rest, node.doc, node.pointer, node.ref, located=False)
        condition = node.child("if")
        candidate: Any = None
        for branch, meets in (("then", True), ("else", False)):
            schema = self.merged(base, [node.child(branch)]) if branch in node.schema else base
            candidate = self._value(schema, want)
            if (not self.check.errors(to_wire(candidate), condition, direction="neutral")) == meets:
                return candidate
        return candidate  # the final check of the whole value will say what is wrong

    # --- unions and discriminators ---------------------------------------------------------------

    def _union(self, node: Node, want: Want) -> Any:
        keyword, _ = sch.union_members(node.schema) or ("oneOf", [])
        members = [node.child(keyword, i) for i in range(len(node.schema[keyword]))]
        # A value says more than a null: null members are tried last.
        members.sort(key=lambda m: sch.is_null_schema(self.deref(m).schema))
        siblings = Node({k: v for k, v in node.schema.items() if k != keyword}, node.doc, node.pointer, located=False)
        first: Any = None
        problems = []
        for member in members:
            pin = self._tag(node, member)
            # With the discriminator's tag; then without it, for members that fix the tag property
            # themselves (`type: {const: auto}`) to something other than their schema's name.
            for extra in [pin, []] if pin else [[]]:
                try:
                    candidate = self._value(self.merged(siblings, [member, *extra]), want)
                except Unsatisfiable as exc:
                    problems.append(str(exc))
                    continue
                if first is None:
                    first = (candidate,)
                if self._fits_member(candidate, member, members, keyword):
                    return candidate
        if first is not None:
            return first[0]  # the final check of the whole value will say what is wrong
        raise Unsatisfiable(f"no {keyword} member can be written: {'; '.join(problems)[:300]}")

    def _fits_member(self, candidate: Any, member: Node, members: list[Node], keyword: str) -> bool:
        located = [m for m in members if self.deref(m).located]
        if not self.deref(member).located:
            return True
        wire = to_wire(candidate)
        if self.check.errors(wire, self.deref(member), direction="neutral"):
            return False
        if keyword == "oneOf":
            others = [m for m in located if m is not member]
            return all(self.check.errors(wire, self.deref(m), direction="neutral") for m in others)
        return True

    def _tag(self, union: Node, member: Node) -> list[Node]:
        """An extra allOf member pinning the discriminator property to `member`'s tag."""
        discriminator = union.schema.get("discriminator")
        if not isinstance(discriminator, dict) or not isinstance(discriminator.get("propertyName"), str):
            return []
        target = self.deref(member)
        tag = self._tag_value(union, discriminator, target.location, target.name)
        if tag is None:
            return []
        prop = discriminator["propertyName"]
        pin = {"properties": {prop: {"const": tag}}, "required": [prop], PINNED: True}
        return [Node(pin, union.doc, union.pointer, located=False)]

    def _tag_value(self, owner: Node, discriminator: dict[str, Any], target: tuple[str, str], name: str) -> str | None:
        """The mapping key that names `target`, else its schema name (the implicit mapping)."""
        mapping = discriminator.get("mapping")
        for key, ref in mapping.items() if isinstance(mapping, dict) else ():
            if self._mapping_target(owner, ref) == target:
                return str(key)
        return name or None

    def _mapping_target(self, owner: Node, ref: Any) -> tuple[str, str] | None:
        """Where a mapping value points: a `$ref`, or a bare schema name."""
        if not isinstance(ref, str):
            return None
        if "#" not in ref and "/" not in ref and "." not in ref:
            ref = f"#/components/schemas/{ref}"
        try:
            doc, pointer = self.docs.locate_ref(ref, owner.doc, owner.pointer)
        except GeneratorError:
            return None
        return str(doc.path), pointer

    def _mapped_subtype(self, node: Node) -> Node | None:
        """For the base schema that owns a discriminator mapping (not a subtype merged with it):
        its first mapped subtype other than itself, which is what a caller would send."""
        discriminator = node.schema.get("discriminator")
        if not node.located or not isinstance(discriminator, dict):
            return None
        mapping = discriminator.get("mapping")
        for ref in mapping.values() if isinstance(mapping, dict) else ():
            target = self._mapping_target(node, ref)
            if target is not None and target != node.location:
                doc = self._doc_at(target[0])
                return Node(lookup_pointer(doc.data, target[1]), doc, target[1], ref="#".join(target))
        return None

    def _subtype_tag(self, node: Node, result: dict[str, Any]) -> None:
        """A subtype of a discriminated hierarchy (merged with its base) names itself in the tag,
        unless a union already pinned the tag."""
        discriminator = node.schema.get("discriminator")
        if not isinstance(discriminator, dict) or not node.ref or node.schema.get(PINNED):
            return
        prop = discriminator.get("propertyName")
        if isinstance(prop, str):
            path, pointer = node.ref.split("#", 1)
            tag = self._tag_value(node, discriminator, (path, pointer), node.name)
            if tag is not None:
                result[prop] = tag

    def _doc_at(self, path: str) -> SourceDocument:
        return next(doc for doc in self.docs.documents.values() if str(doc.path) == path)

    # --- objects and arrays -------------------------------------------------------------------------

    def _object(self, node: Node, want: Want) -> dict[str, Any]:
        schema = node.schema
        properties = schema.get("properties") if isinstance(schema.get("properties"), dict) else {}
        required = [r for r in schema.get("required") or [] if isinstance(r, str)]
        child_context = "part" if want.context == "multipart" else "json"
        result: dict[str, Any] = {}
        for name in properties:
            prop = node.child("properties", name)
            if self._read_only(prop):
                if name in required:
                    self.read_only.add((*want.path, name))
            elif name in required:
                result[name] = self._value(prop, want.deeper(child_context, key=name))
            elif want.full_here:
                with contextlib.suppress(Contradiction):  # an optional property no value fits: left out
                    result[name] = self._value(prop, want.deeper(child_context, key=name))
        for name in required:
            if name not in properties:
                result[name] = self._extra(node, want.deeper(child_context, key=name))
        wanted = schema.get("minProperties") if isinstance(schema.get("minProperties"), int) else 0
        if want.full_here and not properties:
            wanted = max(wanted, 1)
        self._add_extras(node, want, result, wanted)
        self._subtype_tag(node, result)
        self._respect_not(node, result, required)
        return result

    def _respect_not(self, node: Node, result: dict[str, Any], required: list[str]) -> None:
        """`not: {required: [a, b]}` (a and b exclude each other): leave out an optional one."""
        excluded = node.schema.get("not")
        if isinstance(excluded, Node):
            excluded = self.deref(excluded).schema
        names = excluded.get("required") if isinstance(excluded, dict) else None
        if isinstance(names, list) and names and all(name in result for name in names):
            for name in reversed(names):
                if name not in required:
                    del result[name]
                    return

    def _add_extras(self, node: Node, want: Want, result: dict[str, Any], wanted: int) -> None:
        """Extra keys up to `wanted` (minProperties; one map entry when full), where allowed."""
        extra = node.schema.get("additionalProperties", True)
        if extra is False or (isinstance(extra, Node) and self.deref(extra).schema is False):
            return
        for index in range(len(result), wanted):
            key = self._extra_key(node, index)
            result[key] = self._extra(node, want.deeper("json", variant=index, key=key))

    def _extra_key(self, node: Node, index: int) -> str:
        names = node.schema.get("propertyNames")
        if isinstance(names, dict) and isinstance(names.get("pattern"), str):
            try:
                return example(names["pattern"], 1, None, index)
            except PatternUnsupported as exc:
                raise Unsatisfiable(str(exc)) from None
        return f"key{index + 1}"

    def _extra(self, node: Node, want: Want) -> Any:
        extra = node.schema.get("additionalProperties")
        if isinstance(extra, Node) or (isinstance(extra, dict) and extra):
            return self._value(node.child("additionalProperties"), want)
        patterns = node.schema.get("patternProperties")
        if isinstance(patterns, dict) and len(patterns) == 1:
            return self._value(node.child("patternProperties", next(iter(patterns))), want)
        return self._anything(want)

    def _read_only(self, node: Node) -> bool:
        resolved = self.deref(node)
        if isinstance(resolved.schema, dict) and resolved.schema.get("allOf"):
            resolved = self.merged(resolved)
        return isinstance(resolved.schema, dict) and resolved.schema.get("readOnly") is True

    def _array(self, node: Node, want: Want) -> list[Any]:
        schema = node.schema
        prefix = schema.get("prefixItems") if isinstance(schema.get("prefixItems"), list) else []
        low = schema.get("minItems") if isinstance(schema.get("minItems"), int) else 0
        high = schema.get("maxItems") if isinstance(schema.get("maxItems"), int) else None
        # Two items when full: separators and repeated keys get exercised.
        count = max(low, len(prefix), (2 if want.full_here else 1) if want.depth < FULL_DEPTH else 0)
        count = min(count, high) if high is not None else count
        values = [self._value(node.child("prefixItems", i), want.deeper(key=i)) for i in range(min(count, len(prefix)))]
        items = node.child("items") if "items" in schema and not isinstance(schema["items"], list) else None
        seen = {wire_key(v) for v in values}
        variant = want.variant
        while len(values) < count and variant < want.variant + count + 8:
            deeper = want.deeper(variant=variant, key=len(values))
            item = self._value(items, deeper) if items else self._anything(deeper)
            variant += 1
            if schema.get("uniqueItems") is True and wire_key(item) in seen:
                continue
            seen.add(wire_key(item))
            values.append(item)
        return values

    # --- strings ---------------------------------------------------------------------------------------

    def _string(self, schema: dict[str, Any], want: Want) -> Any:
        low: int = schema["minLength"] if isinstance(schema.get("minLength"), int) else 0
        high: int | None = schema["maxLength"] if isinstance(schema.get("maxLength"), int) else None
        pattern = schema.get("pattern") if isinstance(schema.get("pattern"), str) else None
        formatted = _formatted(schema, want)
        if formatted is not None and (pattern is None or _matches(pattern, to_wire(formatted))):
            return formatted
        if pattern is not None:
            try:
                return example(pattern, low, high, want.variant)
            except PatternUnsupported as exc:
                raise Unsatisfiable(str(exc)) from None
        text = f"string{want.variant}" if want.variant else "string"
        if len(text) < low:
            text += "x" * (low - len(text))
        return text[:high] if high is not None else text


def _kind(schema: dict[str, Any]) -> str | None:
    types = sch.non_null_types(schema)
    if types:
        return types[0]
    if sch.declared_types(schema) == ["null"]:
        return "null"
    if sch.looks_like_object(schema) or "required" in schema:
        return "object"
    if "items" in schema or "prefixItems" in schema:
        return "array"
    if any(k in schema for k in ("pattern", "minLength", "maxLength", "format")):
        return "string"
    if any(k in schema for k in ("minimum", "maximum", "multipleOf", "exclusiveMinimum", "exclusiveMaximum")):
        return "number"
    return None


def _matches(pattern: str, text: Any) -> bool:
    import re

    from tests.conformance_regex import python_pattern

    try:
        return isinstance(text, str) and re.search(python_pattern(pattern), text) is not None
    except re.error:
        return False


def _is_file(schema: dict[str, Any]) -> bool:
    media = schema.get("contentMediaType")
    return schema.get("format") == "binary" or (isinstance(media, str) and not media.startswith("text/"))


def _formatted(schema: dict[str, Any], want: Want) -> Any:
    """A value for the schema's `format`, or None for a format we have no value for."""
    fmt = schema.get("format")
    v = want.variant
    if _is_file(schema):
        files = ("part", "binary", "multipart")  # a part, a whole binary body, a multipart body that is one file
        return f"file content {v}".encode() if want.context in files else f"file-content-{v}"
    if fmt == "date-time":
        return datetime.datetime(2024, 5, 17, 13, 45, 30, tzinfo=_OFFSET) + datetime.timedelta(minutes=v)
    if fmt == "date":
        return datetime.date(2024, 5, 17) + datetime.timedelta(days=v)
    if fmt == "byte":
        raw = f"conformance {v}".encode()
        return ByteString(raw) if BYTE_AS_BYTES else base64.b64encode(raw).decode("ascii")
    return _FORMAT_TEXT[fmt].format(v=v, v1=v + 1) if fmt in _FORMAT_TEXT else None


_FORMAT_TEXT = {
    "time": "13:45:{v:02d}+02:00",
    "uuid": "3fa85f64-5717-4562-b3fc-2c963f66a{v:03x}",
    "email": "user{v}@example.com",
    "idn-email": "user{v}@example.com",
    "uri": "https://example.com/items/{v}",
    "url": "https://example.com/items/{v}",
    "iri": "https://example.com/items/{v}",
    "uri-reference": "https://example.com/items/{v}",
    "iri-reference": "https://example.com/items/{v}",
    "uri-template": "https://example.com/items/{{id}}",
    "hostname": "host{v}.example.com",
    "idn-hostname": "host{v}.example.com",
    "ipv4": "192.0.2.{v1}",
    "ipv6": "2001:db8::{v1}",
    "password": "secret{v}",
    "duration": "P{v1}D",
    "regex": "^a+$",
    "json-pointer": "/a/{v}",
    "relative-json-pointer": "0/a",
}


# --- numbers ---------------------------------------------------------------------------------------------


def _bounds(schema: dict[str, Any]) -> tuple[float | None, bool, float | None, bool]:
    """(low, low exclusive, high, high exclusive) from 3.0 boolean or 3.1 numeric exclusive bounds."""
    low, high = _numeric(schema.get("minimum")), _numeric(schema.get("maximum"))
    low_x = high_x = False
    ex_low, ex_high = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
    if ex_low is True:
        low_x = True
    elif (bound := _numeric(ex_low)) is not None and (low is None or bound >= low):
        low, low_x = bound, True
    if ex_high is True:
        high_x = True
    elif (bound := _numeric(ex_high)) is not None and (high is None or bound <= high):
        high, high_x = bound, True
    return low, low_x, high, high_x


def _numeric(value: Any) -> float | None:
    return value if is_number(value) else None


def _number(schema: dict[str, Any], integer: bool, variant: int) -> int | float:
    low, low_x, high, high_x = _bounds(schema)
    step = schema.get("multipleOf") if is_number(schema.get("multipleOf")) and schema["multipleOf"] > 0 else None

    def ok(value: float) -> bool:
        if integer and not float(value).is_integer():
            return False
        if low is not None and (value < low or (low_x and value == low)):
            return False
        if high is not None and (value > high or (high_x and value == high)):
            return False
        return step is None or (value / step) % 1 == 0

    found = [c for c in _candidates(low, high, integer, step) if ok(c)]
    if not found:
        raise Unsatisfiable(f"no number in {low}..{high} that is a multiple of {step}")
    chosen = found[variant % len(found)]
    return int(chosen) if integer else float(chosen)


def _candidates(low: float | None, high: float | None, integer: bool, step: float | None) -> list[float]:
    if low is not None:
        start: float = low
    elif high is not None and high < 1:
        start = high - 10
    else:
        start = 1 if integer else 1.5
    if step is not None:
        first = math.ceil(start / step)
        return [round((first + i) * step, 12) for i in range(24)] + [first * step + i * step for i in range(4)]
    near = [start + i for i in range(12)] + [start + 0.5, start + 0.25]
    if high is not None:
        near += [high, high - 0.5, high - 1, (high + start) / 2, math.floor((high + start) / 2)]
    return near


# --- validation ----------------------------------------------------------------------------------------
