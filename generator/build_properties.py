"""An object schema's properties, merged through `$ref`s and `allOf`, and the `Field`s made of them.

Models, request TypedDicts and the keyword arguments of a flat request body all come from here:
one way to merge properties and one way to make a field, with what differs between those uses
(names, what "required" means, defaults) stated once, by `FieldUse`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from . import naming
from . import schema as sch
from .build_modules import Site, schema_key
from .build_refs import follow_ref, is_ref
from .documents import DocumentSet
from .errors import Finding, Severity, join_pointer
from .ir import NO_DEFAULT, Field, ListOf, LiteralOf, MapOf, Nullable, Primitive, TypeRef, UnionOf


@dataclass
class Properties:
    """What an object schema says about its keys, `$ref`s and `allOf` members merged in."""

    # api name -> (its schema, where that is), in spec order
    schemas: dict[str, tuple[Any, Site]] = field(default_factory=dict)
    required: set[str] = field(default_factory=set)
    # the schema of keys beyond these: a dict, True (anything), or None (none stated)
    extra: Any = None

    def merge(self, other: Properties) -> None:
        """Take `other`'s keys over; later members of an allOf win."""
        self.schemas.update(other.schemas)
        self.required |= other.required
        if other.extra is not None:
            self.extra = other.extra

    def identity_first(self) -> list[tuple[str, tuple[Any, Site]]]:
        """`id` leads, the rest keep spec order: the way API references and SDKs present objects."""
        items = list(self.schemas.items())
        items.sort(key=lambda item: item[0] != "id")
        return items


def collect_properties(
    docs: DocumentSet,
    schema: Any,
    site: Site,
    depth: int = 0,
    nested: bool = False,
    inside: frozenset[str] = frozenset(),
) -> Properties:
    """The properties of `schema` at `site`, reached through `depth` `$ref`s; `nested` when it is
    merged into another (a `$ref`'s target, an allOf member); `inside`: the schemas (keys) this
    one is merged into."""
    found = Properties()
    if not isinstance(schema, dict):
        return found
    inside = inside | {schema_key(site.doc, site.pointer)}
    if is_ref(schema):
        doc, pointer, target = follow_ref(docs, schema, site.doc, site.pointer, depth)
        # An allOf that comes back to a schema it is part of (A: allOf [B], B: allOf [A]) adds
        # nothing that is not being collected already.
        if schema_key(doc, pointer) not in inside:
            found.merge(collect_properties(docs, target, site.moved(doc, pointer), depth + 1, True, inside))
    for index, member in enumerate(schema.get("allOf") or []):
        found.merge(collect_properties(docs, member, site.at("allOf", index), depth, True, inside))
    union = sch.union_members(schema) if nested else None
    if union is not None:  # an allOf member that is a union: any one of its members applies
        found.merge(_union_properties(docs, union[0], union[1], site, depth, inside))
    own = schema.get("properties")
    if isinstance(own, dict):
        for api_name, prop_schema in own.items():
            found.schemas[str(api_name)] = (prop_schema, site.at("properties", api_name))
    if isinstance(schema.get("required"), list):
        found.required |= {r for r in schema["required"] if isinstance(r, str)}
    if "additionalProperties" in schema or "patternProperties" in schema:
        found.extra = sch.map_value_schema(schema)
    return found


def _union_properties(
    docs: DocumentSet, keyword: str, members: list[Any], site: Site, depth: int, inside: frozenset[str]
) -> Properties:
    """The properties of a union that an allOf merges (`allOf: [{$ref: Item}, {...}]` with
    `Item: {anyOf: [TextItem, NumberItem]}`): every member's, so that whichever member the
    data is can be written and read; a property several members define takes any of their
    schemas; required only where every member requires it."""
    collected = [
        collect_properties(docs, member, site.at(keyword, index), depth, True, inside)
        for index, member in enumerate(members)
    ]
    merged = Properties()
    alternatives: dict[str, list[Any]] = {}
    for member in collected:
        for api_name, (prop_schema, prop_site) in member.schemas.items():
            merged.schemas.setdefault(api_name, (prop_schema, prop_site))
            if prop_schema not in alternatives.setdefault(api_name, []):
                alternatives[api_name].append(prop_schema)
    for api_name, schemas in alternatives.items():
        if len(schemas) > 1:
            merged.schemas[api_name] = ({"anyOf": schemas}, merged.schemas[api_name][1])
    if collected:
        merged.required = set.intersection(*(m.required & set(m.schemas) for m in collected))
    return merged


class FieldUse(Enum):
    """What a field is for, which decides its name, whether it is required and its default."""

    # An attribute of a response model: the spec's default is its value when the data has none,
    # so it is kept only where the annotation can hold it as a literal.
    RESPONSE = "response"
    # A key of a request TypedDict: TypedDicts hold no defaults.
    REQUEST = "request"
    # A keyword argument of a flat request body: the spec's default is only documented (the
    # client leaves out what the caller does not give), so it is kept as the spec writes it.
    ARGUMENT = "argument"


def build_field(
    api_name: str,
    schema: Any,
    type_: TypeRef,
    required: bool,
    taken: set[str],
    use: FieldUse,
    site: Site,
    findings: list[Finding],
) -> Field:
    """The field for property `api_name` (its schema at `site`), named apart from `taken`; a
    default the field cannot keep is reported to `findings`."""
    info = schema if isinstance(schema, dict) else {}
    write_only = info.get("writeOnly") is True
    python_name = naming.argument_name(api_name) if use is FieldUse.ARGUMENT else naming.field_name(api_name)
    return Field(
        name=naming.unique(python_name, taken),
        api_name=api_name,
        type=type_,
        # A server never returns a writeOnly property, so a response cannot require it.
        required=required and (use is not FieldUse.RESPONSE or not write_only),
        description=sch.description_of(info),
        default=_default(info, type_, use, site, findings),
        read_only=info.get("readOnly") is True,
        write_only=write_only,
        deprecated=info.get("deprecated") is True,
    )


def inline_class_name(api_name: str) -> str:
    """What an inline object under property `api_name` is called (its class, or its module)."""
    return naming.pascal_case(api_name) or "Value"


def _default(info: dict[str, Any], type_: TypeRef, use: FieldUse, site: Site, findings: list[Finding]) -> object:
    if "default" not in info or use is FieldUse.REQUEST:
        return NO_DEFAULT
    value = info["default"]
    if use is FieldUse.ARGUMENT or default_fits(value, type_):
        return value
    pointer = join_pointer(site.pointer, "default")
    message = f"default {value!r:.80} does not fit the property's type; the model leaves it out"
    findings.append(Finding(Severity.WARNING, pointer, message, site.doc.locate(pointer)))
    return NO_DEFAULT


def default_fits(value: object, type_: TypeRef) -> bool:
    """Whether a JSON default can stand, as a literal, beside the annotation of `type_`.

    Model-typed, date-time and mistyped defaults cannot (`x: Optional[Inner] = {"a": 1}` is not
    sound Python); they are left out with a warning rather than written wrong.
    """
    if value is None:
        return True  # every optional field admits None
    if isinstance(type_, Nullable):
        return default_fits(value, type_.inner)
    if isinstance(type_, Primitive):
        return _fits_primitive(value, type_.name)
    if isinstance(type_, ListOf):
        return isinstance(value, list) and all(default_fits(v, type_.item) for v in value)
    if isinstance(type_, MapOf):
        return isinstance(value, dict) and all(default_fits(v, type_.value) for v in value.values())
    if isinstance(type_, LiteralOf):
        return any(type(value) is type(v) and value == v for v in type_.values)
    if isinstance(type_, UnionOf):
        return any(default_fits(value, member) for member in type_.members)
    return False


def _fits_primitive(value: object, name: str) -> bool:
    if name == "any":
        return True
    if name == "string":
        return isinstance(value, str)
    if name == "boolean":
        return isinstance(value, bool)
    if isinstance(value, bool):
        return False  # JSON's true is no number, though Python's bool is an int
    if name == "integer":
        return isinstance(value, int)
    return name == "number" and isinstance(value, (int, float))
