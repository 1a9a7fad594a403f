"""Named enums: which get a `Name: TypeAlias = Literal[...]` of their own, and when it is made.

A named enum is a component schema, or any schema a `$ref` reaches by name, that has `enum`.
Every one gets its alias, used or not: the name is for users too. What the client sends
(arguments, request TypedDicts) refers to it by name, also through `allOf: [$ref]` wrappers;
response models spell the values out, because a model's page shows the values where its fields
are read (the seed's `Run.run_type`), and so claimed modules never hold an alias. Enums with a
float value, which `Literal` cannot hold, get no alias (their annotation is a plain union either
way). Where an alias goes and its name: build_modules.py.
"""

from __future__ import annotations

from typing import Any, Callable

from . import naming
from . import schema as sch
from .build_modules import ModulePlan, Site, schema_key
from .ir import AliasRef, LiteralOf, Nullable, TypeRef
from .parse import SourceDocument

# Where a schema has a name of its own: a component, a definition, or a top-level key of a file.
_NAMED_SCHEMA_PARENTS = ("/components/schemas", "/definitions", "/$defs", "")


class EnumAliases:
    def __init__(self, plan: ModulePlan, type_of: Callable[[Any, Site], TypeRef]):
        self.plan = plan
        self._type_of = type_of
        # schema key -> its enum alias and whether references to it are nullable; None: no alias
        self._aliases: dict[str, tuple[AliasRef, bool] | None] = {}
        # Enum components wait for their aliases until every component class has its name:
        # classes, named first, keep their names whatever the document's order.
        self._pending: list[tuple[SourceDocument, str, Any]] = []

    def defer(self, doc: SourceDocument, pointer: str, schema: Any) -> None:
        """Give the component at `pointer` its alias once the component classes are named."""
        self._pending.append((doc, pointer, schema))

    def alias_for(self, doc: SourceDocument, pointer: str, schema: Any) -> TypeRef | None:
        """The alias naming the enum at `pointer` (made on first use; `Optional` of it when the
        enum admits null), or None when the schema is no named enum or `Literal` cannot hold it."""
        self.make_pending()
        key = schema_key(doc, pointer)
        if key not in self._aliases:
            self._aliases[key] = self._new_alias(doc, pointer, schema)
        found = self._aliases[key]
        if found is None:
            return None
        alias, nullable = found
        return Nullable(alias) if nullable else alias

    def make_pending(self) -> None:
        pending, self._pending = self._pending, []
        for doc, pointer, schema in pending:
            self.alias_for(doc, pointer, schema)

    def _new_alias(self, doc: SourceDocument, pointer: str, schema: Any) -> tuple[AliasRef, bool] | None:
        name = _enum_schema_name(pointer)
        if (
            name is None
            or not isinstance(schema, dict)
            or "const" in schema
            or not isinstance(schema.get("enum"), list)
        ):
            return None
        inline = self._type_of(schema, Site(doc, pointer, "", name))
        literal = inline.inner if isinstance(inline, Nullable) else inline
        if not isinstance(literal, LiteralOf) or not literal.typable:
            return None
        alias = self.plan.place_enum_alias(name, literal, sch.description_of(schema))
        return alias, isinstance(inline, Nullable)


def _enum_schema_name(pointer: str) -> str | None:
    """The name of the schema at `pointer` when it is a named one (not a property's or an
    operation's inline schema, which a `$ref` may also reach), and a usable one."""
    if pointer.rpartition("/")[0] not in _NAMED_SCHEMA_PARENTS:
        return None
    name = naming.pointer_token(pointer)
    return name if naming.pascal_case(name) else None
