"""Stage 3a: JSON Schemas -> IR types, models and the modules under `types/`.

Where each class lives (the config contract, README "Config"):
- a schema listed under `models` is class `PublicName` in `types/<public_name>.py`;
- a schema such a listed model uses, not listed itself, becomes a sibling class in the same
  module, named after the property that uses it (array items singular, map values after the map);
- every other schema that needs a class gets its own module, named after the schema;
- enums become `Literal[...]`, maps `Dict[str, X]`, free-form objects `object`, inline;
- a named enum (a component schema, or any schema a `$ref` reaches by name, that has `enum`) is
  also `Name: TypeAlias = Literal[...]` in its own module `types/<name>.py`, exported from `types/`
  like a class and named like one (unique among them). What the client sends (arguments, request
  TypedDicts) refers to it by name, also through `allOf: [$ref]` wrappers; response models spell
  the values out, because a model's page shows the values where its fields are read (the seed's
  `Run.run_type`), and so claimed modules never hold an alias. Enums with a float value, which
  `Literal` cannot hold, get no alias (their annotation is a plain union either way).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from . import naming
from . import schema as sch
from .errors import Finding, InvalidInput, Severity, join_pointer
from .ir import (
    NO_DEFAULT,
    AliasRef,
    Field,
    ListOf,
    LiteralOf,
    MapOf,
    Model,
    ModelRef,
    Nullable,
    Primitive,
    TupleOf,
    TypeAlias,
    TypeModule,
    TypedDictModel,
    TypeRef,
    UnionOf,
    walk_types,
)
from .documents import DocumentSet
from .parse import SourceDocument

ANY = Primitive("any")

# How many `$ref`s deep one schema may lead before we stop (README: Limits). Real documents stay
# far below; it keeps hostile chains from exhausting the stack.
MAX_REF_DEPTH = 100

_STRING_FORMATS = {"date-time": "date-time", "date": "date", "binary": "binary"}


@dataclass(frozen=True)
class Site:
    """Where a schema is being used: which module owns new classes, and what to call them."""

    doc: SourceDocument
    pointer: str
    module: str
    suggested_name: str
    # True inside a listed model's module: unlisted schemas become its siblings.
    claims: bool = False
    # True for what the client sends: objects become TypedDicts (`FooParam`), without the
    # properties the spec marks readOnly.
    request: bool = False

    # Built directly rather than with dataclasses.replace: the builder makes ~15,000 of them.
    def at(self, *tokens: object, name: str | None = None) -> Site:
        pointer = join_pointer(self.pointer, *tokens)
        suggested = self.suggested_name if name is None else name
        return Site(self.doc, pointer, self.module, suggested, self.claims, self.request)

    def moved(self, doc: SourceDocument, pointer: str) -> Site:
        return Site(doc, pointer, self.module, self.suggested_name, self.claims, self.request)


@dataclass
class _ModuleDraft:
    module: str
    claims: bool
    order: list[str] = field(default_factory=list)
    models: dict[str, Model | TypedDictModel | TypeAlias] = field(default_factory=dict)


class TypeBuilder:
    def __init__(self, docs: DocumentSet, findings: list[Finding], public_models: dict[str, str]):
        self.docs = docs
        self.findings = findings
        # schema key ("<file>#<pointer>") -> public class name, from the config's `models`
        self.public_models = public_models
        self.modules: dict[str, _ModuleDraft] = {}
        self.classes: dict[str, ModelRef] = {}  # schema key -> its class
        # schema key -> its enum alias and whether references to it are nullable; None: no alias
        self.aliases: dict[str, tuple[AliasRef, bool] | None] = {}
        # Enum components wait for their aliases until every component class has its name:
        # classes, named first, keep their names whatever the document's order.
        self._pending_enums: list[tuple[SourceDocument, str, Any]] = []
        self._module_names: set[str] = naming.FoldedNames()
        self._public_class_names: set[str] = set()
        self._ref_depth = 0  # how many `$ref`s deep the schema being built is
        self._inlining: set[str] = set()  # non-class schemas being expanded (cycle guard)

    # --- entry points ---------------------------------------------------------------------

    def schema_key(self, doc: SourceDocument, pointer: str) -> str:
        return f"{doc.path}#{pointer}"

    def build_public_model(self, public_name: str, doc: SourceDocument, pointer: str) -> ModelRef:
        key = self.schema_key(doc, pointer)
        site = Site(doc, pointer, "", public_name)
        return self._class_for_named(key, self._value_at(doc, pointer), site, public_name)

    def build_component(self, name: str, doc: SourceDocument, pointer: str) -> None:
        """Give a component schema its class, if it needs one and nobody has claimed it."""
        key = self.schema_key(doc, pointer)
        schema = self._value_at(doc, pointer)
        if key in self.classes:
            return
        if not self._needs_class(schema, doc, pointer):
            # Every named enum gets its alias, used by a request or not: the name is for users too.
            self._pending_enums.append((doc, pointer, schema))
            return
        target_doc, target_pointer, target = self._follow_plain_refs(doc, pointer, schema)
        if target_pointer != pointer or target_doc is not doc:
            # A component that is only a `$ref` (often to another file) is another name for its
            # target: one class for both, named after the component.
            target_key = self.schema_key(target_doc, target_pointer)
            if target_key not in self.classes:
                self._class_for_named(target_key, target, Site(target_doc, target_pointer, "", name), None)
            self.classes[key] = self.classes[target_key]
            return
        self._class_for_named(key, schema, Site(doc, pointer, "", name), None)

    def _follow_plain_refs(self, doc: SourceDocument, pointer: str, schema: Any) -> tuple[SourceDocument, str, Any]:
        for _ in range(32):
            if not (isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and not sch.ref_siblings(schema)):
                break
            doc, pointer, schema = self.docs.resolve(schema["$ref"], doc, pointer)
        return doc, pointer, schema

    def type_modules(self) -> tuple[TypeModule, ...]:
        self._make_pending_aliases()
        drafts = sorted(self.modules.values(), key=lambda d: d.module)
        modules = []
        for draft in drafts:
            built = [draft.models[name] for name in draft.order]
            modules.append(
                TypeModule(
                    module=draft.module,
                    models=tuple(m for m in built if isinstance(m, Model)),
                    aliases=tuple(m for m in built if isinstance(m, TypeAlias)),
                    typed_dicts=tuple(m for m in built if isinstance(m, TypedDictModel)),
                )
            )
        return tuple(modules)

    def model(self, ref: ModelRef) -> Model | None:
        """The response model behind `ref` (None while it is still being built)."""
        built = self.modules[ref.module].models.get(ref.name)
        return built if isinstance(built, Model) else None

    def discard_if_empty(self, module: str) -> None:
        """Forget a module reserved for classes that turned out not to be needed."""
        if not self.modules[module].order:
            del self.modules[module]

    def new_module(self, base_name: str, claims: bool = False) -> str:
        """Reserve `types.<name>` for a class that has no schema name (inline bodies, responses)."""
        name = naming.unique(naming.module_name(base_name), self._module_names)
        module = f"types.{name}"
        self.modules[module] = _ModuleDraft(module, claims)
        return module

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
        doc, pointer, target = self.docs.resolve(schema["$ref"], site.doc, site.pointer)
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
        key = self.schema_key(doc, pointer) + ("#param" if site.request else "")
        if key in self.classes:
            return self.classes[key]
        if self._ref_depth >= MAX_REF_DEPTH:
            raise InvalidInput(
                f"schemas refer to schemas more than {MAX_REF_DEPTH} levels deep (README: Limits)",
                pointer=site.pointer,
                location=site.doc.locate(site.pointer),
            )
        self._ref_depth += 1
        try:
            if isinstance(target, dict) and self._needs_class(target, doc, pointer):
                return self._class_for_named(key, target, site.moved(doc, pointer), None)
            alias = self._enum_alias(doc, pointer, target) if site.request else None
            if alias is not None:
                return alias
            if key in self._inlining:
                self._report(
                    Severity.WARNING, site.pointer, f"recursive non-object schema {pointer!r} typed as any JSON value"
                )
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

    def _union_type(self, schema: dict[str, Any], keyword: str, members: list[Any], site: Site) -> TypeRef:
        non_null = [(i, m) for i, m in enumerate(members) if not sch.is_null_schema(m)]
        nullable = len(non_null) < len(members)
        types: list[TypeRef] = []
        for index, member in non_null:
            name = site.suggested_name if len(non_null) == 1 else self._variant_name(member, site, index)
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
            result = UnionOf(
                tuple(types), self._discriminator(schema, types, site), *self._tags(schema, non_null, types, site)
            )
        return Nullable(result) if nullable else result

    def _variant_name(self, member: Any, site: Site, index: int) -> str:
        if isinstance(member, dict):
            title = member.get("title")
            if isinstance(title, str) and naming.pascal_case(title):
                return naming.pascal_case(title)
        return f"{site.suggested_name}Variant{index + 1}"

    def _discriminator(self, schema: dict[str, Any], members: list[TypeRef], site: Site) -> str | None:
        """The Python field that tells members apart, when pydantic can use it.

        pydantic needs every member to be a class whose discriminating field is a `Literal`, and
        each value to pick one member; otherwise the union stays a plain one, which still parses
        (pydantic tries every member and keeps the one that fits best).
        """
        disc = schema.get("discriminator")
        if not isinstance(disc, dict) or not isinstance(disc.get("propertyName"), str):
            return None
        property_name = disc["propertyName"]
        python_names = set()
        owners: dict[object, list[str]] = {}  # tag value -> the members whose Literal allows it
        for member in members:
            if not isinstance(member, ModelRef):
                return None
            if self.model(member) is None:
                return None  # still being built (recursion): no way to check it
            field = self._literal_field(member, property_name)
            if field is None or not isinstance(field.type, LiteralOf) or not field.required:
                return None
            python_names.add(field.name)
            for value in field.type.values:
                owners.setdefault(value, []).append(member.name)
        shared = {value: names for value, names in owners.items() if len(names) > 1}
        if shared:
            value, names = next(iter(shared.items()))
            self._report(
                Severity.WARNING,
                site.pointer,
                f"discriminator {property_name!r}: the value {value!r} belongs to more than one member "
                f"({', '.join(names)}); the union picks the member that fits the data instead",
            )
            return None
        return python_names.pop() if len(python_names) == 1 else None

    def _literal_field(self, member: ModelRef, api_name: str) -> Field | None:
        """`member`'s property `api_name` when its type is a `Literal` (a tag the data carries)."""
        model = self.model(member)
        field = next((f for f in model.fields if f.api_name == api_name), None) if model else None
        return field if field is not None and isinstance(field.type, LiteralOf) else None

    def _tags(
        self, schema: dict[str, Any], members: list[tuple[int, Any]], types: list[TypeRef], site: Site
    ) -> tuple[str, tuple[tuple[str, str], ...]]:
        """(property, ((value, class name), ...)) for a discriminator whose members have no
        `Literal` tag: values from `mapping`, else each member's schema name."""
        disc = schema.get("discriminator")
        if not isinstance(disc, dict) or not isinstance(disc.get("propertyName"), str):
            return "", ()
        if len(types) != len(members) or not all(isinstance(t, ModelRef) for t in types):
            return "", ()
        by_key: dict[str, str] = {}
        names: dict[str, str] = {}
        for (_, member), member_type in zip(members, types):
            if not (isinstance(member, dict) and isinstance(member.get("$ref"), str)):
                return "", ()
            target_doc, target_pointer, _ = self.docs.resolve(member["$ref"], site.doc, site.pointer)
            assert isinstance(member_type, ModelRef)
            by_key[self.schema_key(target_doc, target_pointer)] = member_type.name
            names[naming.pointer_token(target_pointer)] = member_type.name
        tags: dict[str, str] = {}
        mapping = disc.get("mapping")
        if isinstance(mapping, dict) and mapping:
            for value, ref in mapping.items():
                if not isinstance(ref, str):
                    continue
                ref = (
                    ref
                    if ref.startswith("#") or "/" in ref or "." in ref.split("#")[0]
                    else f"#/components/schemas/{ref}"
                )
                target_doc, target_pointer, _ = self.docs.resolve(ref, site.doc, site.pointer)
                class_name = by_key.get(self.schema_key(target_doc, target_pointer))
                if class_name is not None:
                    tags[str(value)] = class_name
        elif all(self._literal_field(t, disc["propertyName"]) for t in types if isinstance(t, ModelRef)):
            return "", ()  # the data carries the members' own tag values, not their schema names
        else:
            tags = dict(names)
        if set(tags.values()) != {t.name for t in types if isinstance(t, ModelRef)}:
            return "", ()  # some member could never be chosen: stay a plain union
        return disc["propertyName"], tuple(tags.items())

    # --- enum aliases ---------------------------------------------------------------------

    def _enum_alias(self, doc: SourceDocument, pointer: str, schema: Any) -> TypeRef | None:
        """The alias naming the enum at `pointer` (made on first use; `Optional` of it when the
        enum admits null), or None when the schema is no named enum or `Literal` cannot hold it."""
        self._make_pending_aliases()
        key = self.schema_key(doc, pointer)
        if key not in self.aliases:
            self.aliases[key] = self._new_enum_alias(doc, pointer, schema)
        found = self.aliases[key]
        if found is None:
            return None
        alias, nullable = found
        return Nullable(alias) if nullable else alias

    def _make_pending_aliases(self) -> None:
        pending, self._pending_enums = self._pending_enums, []
        for doc, pointer, schema in pending:
            self._enum_alias(doc, pointer, schema)

    def _new_enum_alias(self, doc: SourceDocument, pointer: str, schema: Any) -> tuple[AliasRef, bool] | None:
        name = _enum_schema_name(pointer)
        if (
            name is None
            or not isinstance(schema, dict)
            or "const" in schema
            or not isinstance(schema.get("enum"), list)
        ):
            return None
        inline = self.type_of(schema, Site(doc, pointer, "", name))
        literal = inline.inner if isinstance(inline, Nullable) else inline
        if not isinstance(literal, LiteralOf) or not literal.typable:
            return None
        module = self.new_module(name)
        # Named like a class, from the same pool: `types/` exports both kinds side by side.
        alias_name = naming.unique(naming.class_name(name), self._public_class_names)
        draft = self.modules[module]
        draft.order.append(alias_name)
        draft.models[alias_name] = TypeAlias(alias_name, literal, sch.description_of(schema))
        return AliasRef(module, alias_name, literal), isinstance(inline, Nullable)

    # --- classes --------------------------------------------------------------------------

    def _needs_class(self, schema: Any, doc: SourceDocument, pointer: str, depth: int = 0) -> bool:
        """Objects with properties (directly or through allOf) are classes; the rest inline."""
        if not isinstance(schema, dict) or depth > 32:
            return False
        if "$ref" in schema and isinstance(schema["$ref"], str) and not sch.ref_siblings(schema):
            target_doc, target_pointer, target = self.docs.resolve(schema["$ref"], doc, pointer)
            return self._needs_class(target, target_doc, target_pointer, depth + 1)
        if sch.has_properties(schema) and not sch.union_members(schema):
            return True
        all_of = schema.get("allOf")
        if isinstance(all_of, list) and all_of:
            if len(all_of) == 1 and not sch.has_properties(schema):
                return self._needs_class(all_of[0], doc, join_pointer(pointer, "allOf", 0), depth + 1)
            return any(
                self._needs_class(m, doc, join_pointer(pointer, "allOf", i), depth + 1) for i, m in enumerate(all_of)
            )
        return False

    def _object_like(self, schema: Any, site: Site) -> bool:
        if not isinstance(schema, dict):
            return False
        if "$ref" in schema:
            doc, pointer, target = self.docs.resolve(schema["$ref"], site.doc, site.pointer)
            return self._needs_class(target, doc, pointer) or (
                isinstance(target, dict) and sch.looks_like_object(target)
            )
        return sch.looks_like_object(schema) or self._needs_class(schema, site.doc, site.pointer)

    def _class_for_named(self, key: str, schema: Any, site: Site, public_name: str | None) -> ModelRef:
        if site.request:
            return self._param_class_for_named(key, schema, site)
        public_name = public_name or self.public_models.get(key)
        if public_name is not None:
            module = self.new_module(public_name, claims=True)
            ref = self._register(module, naming.class_name(public_name), key)
            self._fill_class(ref, schema, Site(site.doc, site.pointer, module, public_name, True))
        elif site.claims and site.module:
            ref = self._register(site.module, self._sibling_name(site), key)
            self._fill_class(ref, schema, site)
        else:
            schema_name = naming.pointer_token(site.pointer) or site.suggested_name
            module = self.new_module(naming.snake_case(schema_name) or site.suggested_name, claims=False)
            ref = self._register(module, naming.class_name(schema_name), key)
            self._fill_class(ref, schema, Site(site.doc, site.pointer, module, ref.name, False))
        return ref

    def _param_class_for_named(self, key: str, schema: Any, site: Site) -> ModelRef:
        """`Foo` sent by the client: TypedDict `FooParam` in `types/foo_param.py`."""
        schema_name = naming.pointer_token(site.pointer) or site.suggested_name
        module = self.new_module(f"{naming.snake_case(schema_name) or site.suggested_name}_param", claims=False)
        ref = self._register(module, naming.class_name(f"{schema_name} Param"), key)
        self._fill_class(ref, schema, replace(site, module=module, suggested_name=ref.name, claims=False))
        return ref

    def _inline_class(self, schema: dict[str, Any], site: Site) -> ModelRef:
        if not site.module:
            module = self.new_module(site.suggested_name + (" param" if site.request else ""), claims=False)
            site = replace(site, module=module)
        name = (
            self._sibling_name(replace(site, suggested_name=f"{site.suggested_name} Param"))
            if site.request
            else self._sibling_name(site)
        )
        ref = self._register(site.module, name, None)
        self._fill_class(ref, schema, site)
        return ref

    def _sibling_name(self, site: Site) -> str:
        draft = self.modules[site.module]
        wanted = naming.class_name(site.suggested_name)
        return naming.unique(wanted, set(draft.order))

    def _register(self, module: str, class_name: str, key: str | None) -> ModelRef:
        draft = self.modules[module]
        if draft.order:
            class_name = naming.unique(class_name, set(draft.order))
        else:
            # A module's first class is exported from `types/`: unique across the package, so
            # `user-profile` and `user_profile` stay two public names.
            class_name = naming.unique(class_name, self._public_class_names)
        draft.order.append(class_name)
        ref = ModelRef(module, class_name)
        if key is not None:
            self.classes[key] = ref
        return ref

    def _fill_class(self, ref: ModelRef, schema: Any, site: Site) -> None:
        properties, required, extra = self._collect_properties(schema, site)
        typed = [
            (
                api_name,
                prop_schema,
                self.type_of(prop_schema, prop_site.at(name=naming.pascal_case(api_name) or "Value")),
            )
            for api_name, (prop_schema, prop_site) in _identity_first(properties)
        ]
        # No field may be named like a class an annotation of this class names: in the class
        # body the field would hide the class from every annotation after it.
        taken = {ref.name for _, _, prop_type in typed for ref in _model_refs(prop_type)}
        fields = [
            self._field(api_name, prop_schema, prop_type, api_name in required, taken, site.request)
            for api_name, prop_schema, prop_type in typed
        ]
        if site.request:
            self.modules[ref.module].models[ref.name] = TypedDictModel(
                name=ref.name,
                description=sch.description_of(schema if isinstance(schema, dict) else {}),
                fields=tuple(f for f in fields if not f.read_only),
                source_pointer=site.pointer,
            )
            return
        extra_type = None
        if extra is not None and extra is not True:
            extra_type = self.type_of(extra, site.at("additionalProperties", name=f"{ref.name}Extra"))
        model = Model(
            name=ref.name,
            description=sch.description_of(schema if isinstance(schema, dict) else {}),
            fields=tuple(fields),
            extra_type=extra_type,
            source_pointer=site.pointer,
        )
        self.modules[ref.module].models[ref.name] = model

    def _field(
        self, api_name: str, schema: Any, type_: TypeRef, required: bool, taken: set[str], request: bool
    ) -> Field:
        info = schema if isinstance(schema, dict) else {}
        write_only = info.get("writeOnly") is True
        return Field(
            name=naming.unique(naming.field_name(api_name), taken),
            api_name=api_name,
            type=type_,
            # A server never returns a writeOnly property, so a response cannot require it.
            required=required and (request or not write_only),
            description=sch.description_of(info),
            default=self._default(info, type_, request),
            read_only=info.get("readOnly") is True,
            write_only=write_only,
            deprecated=info.get("deprecated") is True,
        )

    def _default(self, info: dict[str, Any], type_: TypeRef, request: bool) -> object:
        """The spec's default, when the generated annotation can hold it as a literal."""
        if "default" not in info or request:
            return NO_DEFAULT
        value = info["default"]
        if default_fits(value, type_):
            return value
        self._report(
            Severity.WARNING,
            "",
            f"default {value!r:.80} does not fit the property's type; the model leaves it out",
        )
        return NO_DEFAULT

    def _collect_properties(
        self, schema: Any, site: Site, depth: int = 0
    ) -> tuple[dict[str, tuple[Any, Site]], set[str], Any]:
        """Properties in spec order, merging allOf members (later members win)."""
        properties: dict[str, tuple[Any, Site]] = {}
        required: set[str] = set()
        extra: Any = None
        if not isinstance(schema, dict) or depth > 32:
            return properties, required, extra
        if "$ref" in schema and isinstance(schema["$ref"], str):
            doc, pointer, target = self.docs.resolve(schema["$ref"], site.doc, site.pointer)
            sub = self._collect_properties(target, site.moved(doc, pointer), depth + 1)
            properties.update(sub[0])
            required |= sub[1]
            extra = sub[2]
        for index, member in enumerate(schema.get("allOf") or []):
            sub = self._collect_properties(member, site.at("allOf", index), depth + 1)
            properties.update(sub[0])
            required |= sub[1]
            extra = sub[2] if sub[2] is not None else extra
        union = sch.union_members(schema) if depth > 0 else None
        if union is not None:  # an allOf member that is a union: any one of its members applies
            union_properties, union_required = self._union_properties(union[0], union[1], site, depth)
            properties.update(union_properties)
            required |= union_required
        own = schema.get("properties")
        if isinstance(own, dict):
            for api_name, prop_schema in own.items():
                properties[str(api_name)] = (prop_schema, site.at("properties", api_name))
        if isinstance(schema.get("required"), list):
            required |= {r for r in schema["required"] if isinstance(r, str)}
        extra = (
            sch.map_value_schema(schema) if "additionalProperties" in schema or "patternProperties" in schema else extra
        )
        return properties, required, extra

    def _union_properties(
        self, keyword: str, members: list[Any], site: Site, depth: int
    ) -> tuple[dict[str, tuple[Any, Site]], set[str]]:
        """The properties of a union that an allOf merges (`allOf: [{$ref: Item}, {...}]` with
        `Item: {anyOf: [TextItem, NumberItem]}`): every member's, so that whichever member the
        data is can be written and read; a property several members define takes any of their
        schemas; required only where every member requires it."""
        collected = [self._collect_properties(m, site.at(keyword, i), depth + 1) for i, m in enumerate(members)]
        properties: dict[str, tuple[Any, Site]] = {}
        schemas: dict[str, list[Any]] = {}
        for member_properties, _, _ in collected:
            for api_name, (prop_schema, prop_site) in member_properties.items():
                properties.setdefault(api_name, (prop_schema, prop_site))
                if prop_schema not in schemas.setdefault(api_name, []):
                    schemas[api_name].append(prop_schema)
        for api_name, alternatives in schemas.items():
            if len(alternatives) > 1:
                properties[api_name] = ({"anyOf": alternatives}, properties[api_name][1])
        required = set.intersection(*(set(r) & set(p) for p, r, _ in collected)) if collected else set()
        return properties, required

    def _value_at(self, doc: SourceDocument, pointer: str) -> Any:
        from .documents import lookup_pointer

        return lookup_pointer(doc.data, pointer)

    def _report(self, severity: Severity, pointer: str, message: str) -> None:
        self.findings.append(Finding(severity, pointer, message))


def _identity_first(properties: dict[str, tuple[Any, Site]]) -> list[tuple[str, tuple[Any, Site]]]:
    """`id` leads, the rest keep spec order: the way API references and SDKs present objects."""
    items = list(properties.items())
    items.sort(key=lambda item: item[0] != "id")
    return items


def _model_refs(type_: TypeRef) -> list[ModelRef | AliasRef]:
    return [t for t in walk_types(type_) if isinstance(t, (ModelRef, AliasRef))]


# Where a schema has a name of its own: a component, a definition, or a top-level key of a file.
_NAMED_SCHEMA_PARENTS = ("/components/schemas", "/definitions", "/$defs", "")


def _enum_schema_name(pointer: str) -> str | None:
    """The name of the schema at `pointer` when it is a named one (not a property's or an
    operation's inline schema, which a `$ref` may also reach), and a usable one."""
    if pointer.rpartition("/")[0] not in _NAMED_SCHEMA_PARENTS:
        return None
    name = naming.pointer_token(pointer)
    return name if naming.pascal_case(name) else None


def _is_file_content(schema: dict[str, Any]) -> bool:
    """3.1 spells a file `contentMediaType: image/png` (no `format: binary`); text stays text."""
    media = schema.get("contentMediaType")
    if not isinstance(media, str) or "contentEncoding" in schema:
        return False
    base = media.split(";")[0].strip().lower()
    return not (base.startswith("text/") or base.endswith("json") or base.endswith("+xml"))


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
        checks = {
            "string": lambda v: isinstance(v, str),
            "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
            "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
            "boolean": lambda v: isinstance(v, bool),
            "any": lambda v: True,
        }
        return checks.get(type_.name, lambda v: False)(value)
    if isinstance(type_, ListOf):
        return isinstance(value, list) and all(default_fits(v, type_.item) for v in value)
    if isinstance(type_, MapOf):
        return isinstance(value, dict) and all(default_fits(v, type_.value) for v in value.values())
    if isinstance(type_, LiteralOf):
        return any(type(value) is type(v) and value == v for v in type_.values)
    if isinstance(type_, UnionOf):
        return any(default_fits(value, member) for member in type_.members)
    return False
