"""How an IR type is written in Python: its annotation, and the imports that annotation needs, in
one walk.

A `Spelling` belongs to one generated module. Planning that module (render_context.py) spells
every annotation the module holds, which records each import as it is used; then the spelling is
sealed and handed to the templates, which ask it for the same annotations. Asking a sealed
spelling for an annotation that needs an import the module does not have is an internal error,
so the import block and the annotations cannot drift apart.

A new type kind needs a branch in `Spelling._spell` here (CONTRIBUTING.md lists the other files).
"""

from __future__ import annotations

from .errors import GeneratorError
from .imports import Imports
from .ir import (
    AliasRef,
    Body,
    Field,
    ListOf,
    LiteralOf,
    MapOf,
    ModelRef,
    Nullable,
    Operation,
    Primitive,
    TupleOf,
    TypeRef,
    UnionOf,
)

# Builtins an annotation may name; a class body whose field is called so hides them, so a module
# with such a field spells them `builtins.str` (and `datetime`/`date` as `_datetime.date`).
BUILTIN_TYPES = ("object", "str", "int", "float", "bool", "bytes")
DATETIME_TYPES = ("datetime", "date")

# Every name an annotation can spell, by the module it comes from: a generated class may not take
# one of these names (naming.MODULE_RESERVED), or it would hide the import in its own module.
SPELLED_NAMES: dict[str, tuple[str, ...]] = {
    "typing": ("Dict", "List", "Optional", "Tuple", "Union"),
    "typing_extensions": ("Annotated", "Literal", "Required", "TypeAlias", "TypedDict"),
    "datetime": DATETIME_TYPES,
    "pydantic": ("FieldInfo",),
    "_models": ("BaseModel",),
    "_types": ("NotGiven", "FileTypes", "FileContent"),
    "_streaming": ("Stream", "AsyncStream"),
    "_pagination": ("SyncCursorPage", "AsyncCursorPage", "AsyncPaginator"),
}


def reserved_names() -> frozenset[str]:
    """The names a generated class may not take: every name an annotation spells."""
    return frozenset(name for names in SPELLED_NAMES.values() for name in names) | frozenset(BUILTIN_TYPES)


def returns_cast(op: Operation) -> bool:
    """Whether the method's `return` casts: only a class gives the runtime's typed overload its
    type, so unions, optionals, literals and tuples are spelled out with `cast`."""
    return (
        op.pagination is None
        and op.response.kind == "json"
        and isinstance(op.response.type, (UnionOf, Nullable, LiteralOf, TupleOf))
    )


class Spelling:
    """The annotations of one generated module (`module`, dotted and package-relative), and the
    imports they need. `own_names` are the names the module defines (an imported class that would
    clash is imported under another local name); `hidden` the builtins its class bodies hide."""

    def __init__(
        self, module: str, own_names: set[str] | frozenset[str] = frozenset(), hidden: frozenset[str] = frozenset()
    ):
        self.module = module
        self.imports = Imports(module)
        self._taken = set(own_names)
        self._local: dict[tuple[str, str], str] = {}  # (module, class) -> the local name it goes by
        self._hidden = hidden
        self._sealed = False
        # Imported whenever a field hides one of their names, spelled or not (as modules always have).
        if hidden & set(BUILTIN_TYPES):
            self.imports.add_whole("builtins", "builtins")
        if hidden & set(DATETIME_TYPES):
            self.imports.add_whole("datetime", "_datetime")

    def __repr__(self) -> str:
        # Part of each module's render key (render.py): everything the spelled text depends on.
        return f"Spelling({self.module!r}, {sorted(self._local.items())!r}, {sorted(self._hidden)!r})"

    def seal(self) -> Spelling:
        """From now on every import must already be there: templates only read."""
        self._sealed = True
        return self

    # --- what templates ask for ----------------------------------------------------------------

    def type(self, t: TypeRef | None, request: bool = False, plain: bool = False) -> str:
        """`t` as an annotation. `request`: what the client sends (a datetime may also be a
        string, a binary a file); `plain`: without pydantic's discriminator metadata (return
        types and casts)."""
        if t is None:
            return "None"
        return self._spell(t, request, plain)

    def optional(self, t: TypeRef, request: bool = False) -> str:
        """An optional value: Optional[X] once, however the spec spelled null."""
        if isinstance(t, Nullable):
            return self.type(t, request)
        if isinstance(t, Primitive) and t.name == "null":
            return "None"
        if isinstance(t, Primitive) and t.name == "any":
            return f"{self._use('typing', 'Optional')}[{self._builtin('object')}]"
        return f"{self._use('typing', 'Optional')}[{self.type(t, request)}]"

    def field(self, f: Field) -> str:
        """A model field's annotation: Optional[X] once unless the field is required."""
        return self.type(f.type) if f.required else self.optional(f.type)

    def key(self, f: Field) -> str:
        """A TypedDict key's annotation: Required[X] for a required key (the class is total=False)."""
        text = self.type(f.type, request=True)
        return f"{self._use('typing_extensions', 'Required')}[{text}]" if f.required else text

    def extra(self, t: TypeRef) -> str:
        """The annotation of a model's extra keys (`__pydantic_extra__`)."""
        return f"{self._use('typing', 'Dict')}[{self._builtin('str')}, {self.type(t)}]"

    def argument(self, t: TypeRef | None, required: bool) -> str:
        """A method argument; an optional one may be NOT_GIVEN."""
        text = self.type(t, request=True)
        return text if required else f"{text} | {self._use('_types', 'NotGiven')}"

    def content(self, body: Body, required: bool) -> str:
        """The `content` argument of a binary or text body."""
        text = (
            self._use("_types", "FileContent")
            if body.kind == "binary"
            else f"{self._use('typing', 'Union')}[str, bytes]"
        )
        return text if required else f"{text} | {self._use('_types', 'NotGiven')}"

    def stream_flag(self, f: Field, stream: str) -> str:
        """The `stream` argument of an overload: True for the event stream, False for the value,
        bool when only known at run time."""
        if stream == "true":
            return f"{self._use('typing_extensions', 'Literal')}[True]"
        if stream == "either":
            return "bool"
        flag = f"{self._use('typing_extensions', 'Literal')}[False]"
        if isinstance(f.type, Nullable):
            flag = f"{self._use('typing', 'Optional')}[{flag}]"
        return flag if f.required else f"{flag} | {self._use('_types', 'NotGiven')}"

    def returns(self, op: Operation, variant: str, stream: str = "") -> str:
        """What a method returns. `stream` picks the overload of a method whose `stream` argument
        chooses between the value and an event stream: "true" (the stream), "false" (the value),
        "" or "either" (one or the other)."""
        if op.response.kind == "events" or stream == "true":
            return self.stream(op, variant)
        if op.response.stream_field and stream != "false":
            union = self._use("typing", "Union")
            return f"{union}[{self._value(op, variant)}, {self.stream(op, variant)}]"
        return self._value(op, variant)

    def stream(self, op: Operation, variant: str, plain: bool = True) -> str:
        """A stream of server-sent events; `plain=False`: the class the runtime makes, with the
        event type's discriminator."""
        cls = self._use("_streaming", "AsyncStream" if variant == "async" else "Stream")
        return f"{cls}[{self.type(op.response.events, plain=plain)}]"

    def cast_to(self, op: Operation) -> str:
        """What the runtime parses the response into (a value, so None becomes type(None))."""
        kind = op.response.kind
        if kind == "json":
            return self.type(op.response.type)
        return "str" if kind == "text" else "bytes" if kind == "binary" else "type(None)"

    def page(self, op: Operation, variant: str) -> str:
        """The page class of a paginated method, as the runtime is given it."""
        assert op.pagination is not None
        cls = self._use("_pagination", "AsyncCursorPage" if variant == "async" else "SyncCursorPage")
        return f"{cls}[{self.type(op.pagination.item)}]"

    # --- the walk ------------------------------------------------------------------------------

    def _value(self, op: Operation, variant: str) -> str:
        if op.pagination is not None:
            item = self.type(op.pagination.item)
            if variant == "async":
                return f"{self._use('_pagination', 'AsyncPaginator')}[{item}, {self.page(op, variant)}]"
            return self.page(op, variant)
        kind = op.response.kind
        if kind == "json":
            return self.type(op.response.type, plain=True)
        return "str" if kind == "text" else "bytes" if kind == "binary" else "None"

    def _spell(self, t: TypeRef, request: bool, plain: bool) -> str:
        if isinstance(t, Primitive):
            return self._primitive(t.name, request)
        if isinstance(t, ListOf):
            return f"{self._use('typing', 'List')}[{self.type(t.item, request, plain)}]"
        if isinstance(t, MapOf):
            return f"{self._use('typing', 'Dict')}[{self._builtin('str')}, {self.type(t.value, request, plain)}]"
        if isinstance(t, TupleOf):
            if t.rest is not None:  # positions, then more: a list of anything
                return f"{self._use('typing', 'List')}[{self._builtin('object')}]"
            items = ", ".join(self.type(item, request, plain) for item in t.items)
            return f"{self._use('typing', 'Tuple')}[{items}]"
        if isinstance(t, LiteralOf):
            return self._literal(t)
        if isinstance(t, (ModelRef, AliasRef)):
            return self._class(t)
        if isinstance(t, UnionOf):
            return self._union(t, request, plain)
        if isinstance(t, Nullable):
            return f"{self._use('typing', 'Optional')}[{self.type(t.inner, request, plain)}]"
        raise GeneratorError(f"internal error: no spelling for {t!r}")

    def _primitive(self, name: str, request: bool) -> str:
        if name in ("date-time", "date"):
            python_name = "datetime" if name == "date-time" else "date"
            if request:  # what the client sends may also be the text
                return f"{self._use('typing', 'Union')}[str, {self._use('datetime', python_name)}]"
            return self._datetime(python_name)
        if name == "binary":
            return self._use("_types", "FileTypes") if request else self._builtin("bytes")
        if name == "null":
            return "None"
        builtin = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}.get(name, "object")
        return self._builtin(builtin)

    def _literal(self, t: LiteralOf) -> str:
        from .render import pyrepr  # the one gate for literals

        if t.typable:
            return f"{self._use('typing_extensions', 'Literal')}[{', '.join(pyrepr(v) for v in t.values)}]"
        # `Literal` cannot hold a float: the values' types instead.
        names = ", ".join(self._builtin(b) for b in ("int", "float", "str", "bool"))
        return f"{self._use('typing', 'Union')}[{names}, None]"

    def _union(self, t: UnionOf, request: bool, plain: bool) -> str:
        from .render import pyrepr

        union = self._use("typing", "Union")
        if request or plain or not (t.tags or t.discriminator):
            return f"{union}[{', '.join(self.type(m, request, plain) for m in t.members)}]"
        annotated = self._use("typing_extensions", "Annotated")
        if t.discriminator:
            members = ", ".join(self.type(m) for m in t.members)
            return f"{annotated}[{union}[{members}], {self._use('pydantic', 'Field', 'FieldInfo')}(discriminator={pyrepr(t.discriminator)})]"
        tag = self._use("pydantic", "Tag")
        # The same pydantic line has always brought FieldInfo with Discriminator and Tag.
        self._use("pydantic", "Field", "FieldInfo")
        members = ", ".join(
            f"{annotated}[{self.type(m)}, {tag}({pyrepr(m.name if isinstance(m, (ModelRef, AliasRef)) else '')})]"
            for m in t.members
        )
        tags = ", ".join(f"{pyrepr(value)}: {pyrepr(name)}" for value, name in t.tags)
        discriminator = f"{self._use('pydantic', 'Discriminator')}({self._use('_models', 'discriminate_by')}({pyrepr(t.tag_property)}, {{{tags}}}))"
        return f"{annotated}[{union}[{members}], {discriminator}]"

    def _builtin(self, name: str) -> str:
        if name in self._hidden:
            self._require_whole("builtins")
            return f"builtins.{name}"
        return name

    def _datetime(self, name: str) -> str:
        # Imported by name even when hidden: request annotations in the module spell it plainly.
        self._use("datetime", name)
        if name in self._hidden:
            self._require_whole("datetime")
            return f"_datetime.{name}"
        return name

    def _class(self, ref: ModelRef | AliasRef) -> str:
        if ref.module == self.module:
            return ref.name
        key = (ref.module, ref.name)
        if key not in self._local:
            self._check_open(f"{ref.module}.{ref.name}")
            self._local[key] = self._free_local_name(ref)
            self.imports.add(ref.module, ref.name, self._local[key])
        return self._local[key]

    def _free_local_name(self, ref: ModelRef | AliasRef) -> str:
        """The class's own name, unless the module already uses it: then prefixed with its
        module's name (`RunStatus` from `types.run` as `RunStatus`, ...), numbered if need be."""
        local = ref.name
        if local in self._taken:
            prefix = ref.module.split(".")[-1].title().replace("_", "")
            local = f"{prefix}{ref.name}"
            counter = 2
            while local in self._taken:
                local = f"{prefix}{ref.name}{counter}"
                counter += 1
        self._taken.add(local)
        return local

    def _use(self, from_module: str, name: str, local: str | None = None) -> str:
        if not self.imports.has(from_module, name):
            self._check_open(f"{from_module}.{name}")
            self.imports.add(from_module, name, local)
        return local or name

    def _require_whole(self, module: str) -> None:
        if not self.imports.has_whole(module):
            raise GeneratorError(f"internal error: {self.module} spells {module}.* without importing it")

    def _check_open(self, what: str) -> None:
        if self._sealed:
            raise GeneratorError(
                f"internal error: a template of {self.module} spelled {what}, which its plan did not import"
            )
