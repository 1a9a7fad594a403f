"""Where each generated class and enum alias lives under `types/`, and what it is called.

The config contract (README "Config"):
- a schema listed under `models` is class `PublicName` in `types/<public_name>.py`;
- a schema such a listed model uses, not listed itself, becomes a sibling class in the same
  module, named after the property that uses it (array items singular, map values after the map);
- every other schema that needs a class gets its own module, named after the schema;
- what the client sends is a TypedDict: `Foo` sent is `FooParam` in `types/foo_param.py`, and an
  inline object sent is a `...Param` sibling;
- enums become `Literal[...]`, maps `Dict[str, X]`, free-form objects `object`, inline;
- a named enum is also `Name: TypeAlias = Literal[...]` in its own module `types/<name>.py`,
  exported from `types/` like a class and named like one (unique among them; build_enums.py says
  which enums and where they are used).

A module's first class is what `types/` exports from it, so its name is unique across the package;
the classes after it are only unique within their module.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from . import naming
from .errors import join_pointer
from .ir import AliasRef, LiteralOf, Model, ModelRef, TypeAlias, TypedDictModel, TypeModule
from .parse import SourceDocument


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


def schema_key(doc: SourceDocument, pointer: str) -> str:
    """What identifies a schema across files: `<file>#<pointer>`."""
    return f"{doc.path}#{pointer}"


@dataclass
class _ModuleDraft:
    module: str
    claims: bool
    order: list[str] = field(default_factory=list)
    models: dict[str, Model | TypedDictModel | TypeAlias] = field(default_factory=dict)


class ModulePlan:
    """The modules under `types/` as they fill up, and the names taken in them."""

    def __init__(self, public_models: dict[str, str]):
        # schema key -> public class name, from the config's `models`
        self.public_models = public_models
        self.modules: dict[str, _ModuleDraft] = {}
        self.classes: dict[str, ModelRef] = {}  # schema key -> its class
        self._module_names: set[str] = naming.FoldedNames()
        self._public_class_names: set[str] = set()

    def new_module(self, base_name: str, claims: bool = False) -> str:
        """Reserve `types.<name>` for a class that has no schema name (inline bodies, responses)."""
        name = naming.unique(naming.module_name(base_name), self._module_names)
        module = f"types.{name}"
        self.modules[module] = _ModuleDraft(module, claims)
        return module

    def discard_if_empty(self, module: str) -> None:
        """Forget a module reserved for classes that turned out not to be needed."""
        if not self.modules[module].order:
            del self.modules[module]

    def model(self, ref: ModelRef) -> Model | None:
        """The response model behind `ref` (None while it is still being built)."""
        built = self.modules[ref.module].models.get(ref.name)
        return built if isinstance(built, Model) else None

    def store(self, ref: ModelRef, built: Model | TypedDictModel) -> None:
        self.modules[ref.module].models[ref.name] = built

    def place_named_class(self, key: str, site: Site, public_name: str | None) -> tuple[ModelRef, Site]:
        """The class of the named schema `key` used at `site`, registered before its fields are
        built (a schema that refers to itself finds it), and the site to build them at."""
        if site.request:
            return self._place_param_class(key, site)
        public_name = public_name or self.public_models.get(key)
        if public_name is not None:
            module = self.new_module(public_name, claims=True)
            ref = self._register(module, naming.class_name(public_name), key)
            return ref, Site(site.doc, site.pointer, module, public_name, True)
        if site.claims and site.module:
            return self._register(site.module, self._sibling_name(site.module, site.suggested_name), key), site
        schema_name = naming.pointer_token(site.pointer) or site.suggested_name
        module = self.new_module(naming.snake_case(schema_name) or site.suggested_name, claims=False)
        ref = self._register(module, naming.class_name(schema_name), key)
        return ref, Site(site.doc, site.pointer, module, ref.name, False)

    def _place_param_class(self, key: str, site: Site) -> tuple[ModelRef, Site]:
        """`Foo` sent by the client: TypedDict `FooParam` in `types/foo_param.py`."""
        schema_name = naming.pointer_token(site.pointer) or site.suggested_name
        module = self.new_module(f"{naming.snake_case(schema_name) or site.suggested_name}_param", claims=False)
        ref = self._register(module, naming.class_name(f"{schema_name} Param"), key)
        return ref, replace(site, module=module, suggested_name=ref.name, claims=False)

    def place_inline_class(self, site: Site) -> tuple[ModelRef, Site]:
        """The class of an object schema that has no name of its own, and the site of its fields."""
        if not site.module:
            module = self.new_module(site.suggested_name + (" param" if site.request else ""), claims=False)
            site = replace(site, module=module)
        suggested = f"{site.suggested_name} Param" if site.request else site.suggested_name
        return self._register(site.module, self._sibling_name(site.module, suggested), None), site

    def place_enum_alias(self, name: str, literal: LiteralOf, description: str) -> AliasRef:
        module = self.new_module(name)
        # Named like a class, from the same pool: `types/` exports both kinds side by side.
        alias_name = naming.unique(naming.class_name(name), self._public_class_names)
        draft = self.modules[module]
        draft.order.append(alias_name)
        draft.models[alias_name] = TypeAlias(alias_name, literal, description)
        return AliasRef(module, alias_name, literal)

    def type_modules(self) -> tuple[TypeModule, ...]:
        modules = []
        for draft in sorted(self.modules.values(), key=lambda d: d.module):
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

    def _sibling_name(self, module: str, suggested_name: str) -> str:
        wanted = naming.class_name(suggested_name)
        return naming.unique(wanted, set(self.modules[module].order))

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
