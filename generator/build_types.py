"""Stage 3a: JSON Schemas -> IR types: what each schema becomes in Python.

Scalars, lists, tuples and maps are written inline; objects with properties become classes
(models, or TypedDicts for what the client sends), filled from their merged properties.
The rest of the stage, one concern each:
- build_modules.py: where each class and alias lives and what it is called (the config contract);
- build_properties.py: properties merged through `$ref`/`allOf`, and fields with their defaults;
- build_unions.py: union members' names and how a response union is told apart;
- build_enums.py: which named enums get an alias of their own;
- build_refs.py: following `$ref`s, and how far.
"""

from __future__ import annotations

from typing import Any

from . import naming
from . import schema as sch
from .build_enums import EnumAliases
from .build_modules import ModulePlan, Site, schema_key
from .build_properties import FieldUse, build_field, collect_properties, inline_class_name
from .build_refs import follow_ref, follow_refs, is_plain_ref
from .build_unions import UnionDiscrimination, variant_name
from .documents import DocumentSet, lookup_pointer
from .errors import Finding, Severity, join_pointer
from .ir import (
    AliasRef,
    ListOf,
    LiteralOf,
    MapOf,
    Model,
    ModelRef,
    Nullable,
    Primitive,
    TupleOf,
    TypedDictModel,
    TypeModule,
    TypeRef,
    UnionOf,
    walk_types,
)
from .parse import SourceDocument

ANY = Primitive("any")

_STRING_FORMATS = {"date-time": "date-time", "date": "date", "binary": "binary"}


class TypeBuilder:
    def __init__(self, docs: DocumentSet, findings: list[Finding], public_models: dict[str, str]):
        self.docs = docs
        self.findings = findings
        # public_models: schema key ("<file>#<pointer>") -> public class name, from the config
        self.plan = ModulePlan(public_models)
        self.unions = UnionDiscrimination(docs, self.plan, findings)
        self.enums = EnumAliases(self.plan, self.type_of)
        self._ref_depth = 0  # how many `$ref`s deep the schema being built is
        self._inlining: set[str] = set()  # non-class schemas being expanded (cycle guard)

    # --- entry points ---------------------------------------------------------------------

    def build_public_model(self, public_name: str, doc: SourceDocument, pointer: str) -> ModelRef:
        key = schema_key(doc, pointer)
        if key in self.plan.classes:  # a listed model an earlier one uses: already in its own module
            return self.plan.classes[key]
        site = Site(doc, pointer, "", public_name)
        return self._class_for_named(key, lookup_pointer(doc.data, pointer), site, public_name)

    def build_component(self, name: str, doc: SourceDocument, pointer: str) -> None:
        """Give a component schema its class, if it needs one and nobody has claimed it."""
        key = schema_key(doc, pointer)
        schema = lookup_pointer(doc.data, pointer)
        if key in self.plan.classes:
            return
        if not self.needs_class(schema, doc, pointer):
            # Every named enum gets its alias, used by a request or not: the name is for users too.
            self.enums.defer(doc, pointer, schema)
            return
        target_doc, target_pointer, target = follow_refs(self.docs, schema, doc, pointer, plain_only=True)
        if target_pointer != pointer or target_doc is not doc:
            # A component that is only a `$ref` (often to another file) is another name for its
            # target: one class for both, named after the component.
            target_key = schema_key(target_doc, target_pointer)
            if target_key not in self.plan.classes:
                self._class_for_named(target_key, target, Site(target_doc, target_pointer, "", name), None)
            self.plan.classes[key] = self.plan.classes[target_key]
            return
        self._class_for_named(key, schema, Site(doc, pointer, "", name), None)

    def type_modules(self) -> tuple[TypeModule, ...]:
        self.enums.make_pending()
        return self.plan.type_modules()

    def model(self, ref: ModelRef) -> Model | None:
        """The response model behind `ref` (None while it is still being built)."""
        return self.plan.model(ref)

    def needs_class(
        self, schema: Any, doc: SourceDocument, pointer: str, depth: int = 0, inside: frozenset[str] = frozenset()
    ) -> bool:
        """Objects with properties (directly or through allOf) are classes; the rest inline.
        `depth`: how many `$ref`s were followed to reach `schema`; `inside`: the schemas (keys)
        on the way, so that a chain coming back to itself ends (it adds no property)."""
        if not isinstance(schema, dict):
            return False
        inside = inside | {schema_key(doc, pointer)}
        if is_plain_ref(schema):
            target_doc, target_pointer, target = follow_ref(self.docs, schema, doc, pointer, depth)
            if schema_key(target_doc, target_pointer) in inside:
                return False
            return self.needs_class(target, target_doc, target_pointer, depth + 1, inside)
        if sch.has_properties(schema) and not sch.union_members(schema):
            return True
        all_of = schema.get("allOf")
        if isinstance(all_of, list) and all_of:
            members = [(m, join_pointer(pointer, "allOf", i)) for i, m in enumerate(all_of)]
            if len(all_of) == 1 and not sch.has_properties(schema):
                return self.needs_class(all_of[0], doc, members[0][1], depth, inside)
            return any(self.needs_class(m, doc, at, depth, inside) for m, at in members)
        return False

    # --- schema -> type -------------------------------------------------------------------

    def type_of(self, schema: Any, site: Site) -> TypeRef:
        if schema is True or schema == {} or not isinstance(schema, dict):
            return ANY
        if "$ref" in schema and isinstance(schema["$ref"], str):
            return self._ref_type(schema, site)
        result = self._unwrapped_type(schema, site)
        if sch.is_nullable(schema) and not isinstance(result, Nullable) and result != Primitive("null"):
            result = Nullable(result)
        return result

    def _ref_type(self, schema: dict[str, Any], site: Site) -> TypeRef:
        doc, pointer, target = follow_ref(self.docs, schema, site.doc, site.pointer, self._ref_depth)
        siblings = sch.ref_siblings(schema)
        if siblings and set(siblings) - {"nullable", "type"}:
            # 3.1 lets a $ref carry constraints; we treat the pair like an allOf.
            merged = {"allOf": [{"$ref": schema["$ref"]}, siblings]}
            return self._unwrapped_type(merged, site)
        result = self._named_type(target, doc, pointer, site)
        nullable_ref = schema.get("nullable") is True or "null" in sch.declared_types(schema)
        if nullable_ref and not isinstance(result, Nullable):
            result = Nullable(result)
        return result

    def _named_type(self, target: Any, doc: SourceDocument, pointer: str, site: Site) -> TypeRef:
        key = schema_key(doc, pointer) + ("#param" if site.request else "")
        if key in self.plan.classes:
            return self.plan.classes[key]
        self._ref_depth += 1
        try:
            if isinstance(target, dict) and self.needs_class(target, doc, pointer):
                return self._class_for_named(key, target, site.moved(doc, pointer), None)
            alias = self.enums.alias_for(doc, pointer, target) if site.request else None
            if alias is not None:
                return alias
            if key in self._inlining:
                message = f"recursive non-object schema {pointer!r} typed as any JSON value"
                self.findings.append(Finding(Severity.WARNING, site.pointer, message))
                return ANY
            self._inlining.add(key)
            try:
                return self.type_of(target, site.moved(doc, pointer))
            finally:
                self._inlining.discard(key)
        finally:
            self._ref_depth -= 1

    def _unwrapped_type(self, schema: dict[str, Any], site: Site) -> TypeRef:
        if "const" in schema:
            return LiteralOf((schema["const"],))
        enum = schema.get("enum")
        if isinstance(enum, list) and enum:
            values = tuple(v for v in enum if v is not None)
            return LiteralOf(values) if values else Primitive("null")
        all_of = schema.get("allOf")
        if isinstance(all_of, list) and all_of:
            return self._all_of_type(schema, all_of, site)
        union = sch.union_members(schema)
        if union is not None:
            return self._union_type(schema, union[0], union[1], site)
        types = sch.non_null_types(schema)
        if len(types) > 1:
            members = tuple(self._single_type(schema, t, site) for t in types)
            return UnionOf(members)
        if not types:
            if sch.declared_types(schema) == ["null"]:
                return Primitive("null")
            if sch.looks_like_object(schema):
                return self._single_type(schema, "object", site)
            if "items" in schema or "prefixItems" in schema:
                return self._single_type(schema, "array", site)
            return ANY
        return self._single_type(schema, types[0], site)

    def _single_type(self, schema: dict[str, Any], type_name: str, site: Site) -> TypeRef:
        if type_name == "string":
            if _is_file_content(schema):
                return Primitive("binary")
            return Primitive(_STRING_FORMATS.get(str(schema.get("format")), "string"))
        if type_name in ("integer", "number", "boolean"):
            return Primitive(type_name)
        if type_name == "array":
            return self._array_type(schema, site)
        if type_name == "object":
            return self._object_type(schema, site)
        return ANY

    def _array_type(self, schema: dict[str, Any], site: Site) -> TypeRef:
        item_site = site.at("items", name=naming.singular(site.suggested_name))
        prefix = schema.get("prefixItems")
        if isinstance(prefix, list) and prefix:
            items = tuple(
                self.type_of(s, site.at("prefixItems", i, name=f"{site.suggested_name}Item{i}"))
                for i, s in enumerate(prefix)
            )
            rest_schema = schema.get("items")
            rest = None if rest_schema is False or rest_schema is None else self.type_of(rest_schema, item_site)
            return TupleOf(items, rest)
        return ListOf(self.type_of(schema.get("items", True), item_site))

    def _object_type(self, schema: dict[str, Any], site: Site) -> TypeRef:
        if sch.has_properties(schema):
            return self._inline_class(schema, site)
        value_schema = sch.map_value_schema(schema)
        if value_schema is None or value_schema is True:
            return MapOf(ANY) if value_schema is True and schema.get("additionalProperties") is not None else ANY
        key = "additionalProperties" if isinstance(schema.get("additionalProperties"), dict) else "patternProperties"
        return MapOf(self.type_of(value_schema, site.at(key)))

    def _all_of_type(self, schema: dict[str, Any], members: list[Any], site: Site) -> TypeRef:
        own = {k: v for k, v in schema.items() if k not in ("allOf",) and k not in sch.ANNOTATION_KEYWORDS}
        own.pop("nullable", None)
        if own.get("type") in ("object", ["object"]) and not sch.has_properties(own):
            own.pop("type")
        if len(members) == 1 and not own:
            return self.type_of(members[0], site.at("allOf", 0))
        if not any(self._object_like(m, site) for m in members) and not sch.has_properties(own):
            # allOf of scalars: the first member carries the type; the rest only constrain it.
            return self.type_of(members[0], site.at("allOf", 0))
        return self._inline_class(schema, site)

    def _object_like(self, schema: Any, site: Site) -> bool:
        if not isinstance(schema, dict):
            return False
        if "$ref" in schema:
            doc, pointer, target = follow_ref(self.docs, schema, site.doc, site.pointer, 0)
            return self.needs_class(target, doc, pointer, 1) or (
                isinstance(target, dict) and sch.looks_like_object(target)
            )
        return sch.looks_like_object(schema) or self.needs_class(schema, site.doc, site.pointer)

    def _union_type(self, schema: dict[str, Any], keyword: str, members: list[Any], site: Site) -> TypeRef:
        non_null = [(i, m) for i, m in enumerate(members) if not sch.is_null_schema(m)]
        nullable = len(non_null) < len(members)
        types: list[TypeRef] = []
        for index, member in non_null:
            name = site.suggested_name if len(non_null) == 1 else variant_name(member, site, index)
            member_type = self.type_of(member, site.at(keyword, index, name=name))
            if member_type not in types:
                types.append(member_type)
        if not types:
            return Primitive("null")
        if len(types) == 1:
            result: TypeRef = types[0]
        elif site.request:
            result = UnionOf(tuple(types))
        else:
            result = self.unions.union_of(schema, non_null, types, site)
        return Nullable(result) if nullable else result

    # --- classes --------------------------------------------------------------------------

    def _class_for_named(self, key: str, schema: Any, site: Site, public_name: str | None) -> ModelRef:
        ref, fields_site = self.plan.place_named_class(key, site, public_name)
        self._fill_class(ref, schema, fields_site)
        return ref

    def _inline_class(self, schema: dict[str, Any], site: Site) -> ModelRef:
        ref, fields_site = self.plan.place_inline_class(site)
        self._fill_class(ref, schema, fields_site)
        return ref

    def _fill_class(self, ref: ModelRef, schema: Any, site: Site) -> None:
        properties = collect_properties(self.docs, schema, site)
        typed = [
            (
                api_name,
                prop_schema,
                prop_site,
                self.type_of(prop_schema, prop_site.at(name=inline_class_name(api_name))),
            )
            for api_name, (prop_schema, prop_site) in properties.identity_first()
        ]
        # No field may be named like a class an annotation of this class names: in the class
        # body the field would hide the class from every annotation after it.
        taken = {named.name for *_, prop_type in typed for named in _model_refs(prop_type)}
        use = FieldUse.REQUEST if site.request else FieldUse.RESPONSE
        fields = [
            build_field(name, prop_schema, prop_type, name in properties.required, taken, use, prop_site, self.findings)
            for name, prop_schema, prop_site, prop_type in typed
        ]
        description = sch.description_of(schema)
        if site.request:
            sent = tuple(f for f in fields if not f.read_only)
            self.plan.store(ref, TypedDictModel(ref.name, description, sent, source_pointer=site.pointer))
            return
        extra_type = None
        if properties.extra is not None and properties.extra is not True:
            extra_type = self.type_of(properties.extra, site.at("additionalProperties", name=f"{ref.name}Extra"))
        model = Model(ref.name, description, tuple(fields), extra_type=extra_type, source_pointer=site.pointer)
        self.plan.store(ref, model)


def _model_refs(type_: TypeRef) -> list[ModelRef | AliasRef]:
    return [t for t in walk_types(type_) if isinstance(t, (ModelRef, AliasRef))]


def _is_file_content(schema: dict[str, Any]) -> bool:
    """3.1 spells a file `contentMediaType: image/png` (no `format: binary`); text stays text."""
    media = schema.get("contentMediaType")
    if not isinstance(media, str) or "contentEncoding" in schema:
        return False
    base = media.split(";")[0].strip().lower()
    return not (base.startswith("text/") or base.endswith("json") or base.endswith("+xml"))
