"""Stage 4: IR -> source text through Jinja templates (a user's folder may override any of them).

Every spec-derived value reaches the output through one of three gates defined here:
identifiers (checked again at render time), `pyrepr` for literals, `docstring`/`comment` for text.
"""

from __future__ import annotations

import base64
import keyword
import math
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import jinja2

from .cache import Cache, digest
from .errors import GeneratorError
from .fingerprint import BUILTIN_TEMPLATES
from .layout import fits, layout
from .naming import MODULE_RESERVED
from .ir import (
    ListOf,
    walk_types,
    LiteralOf,
    MapOf,
    ModelRef,
    Nullable,
    Package,
    Primitive,
    Resource,
    TupleOf,
    TypedDictModel,
    TypeModule,
    TypeRef,
    UnionOf,
)

RUNTIME_FOLDER = "runtime"


@dataclass(frozen=True)
class RenderedFile:
    path: str  # relative to the output folder, "/"-separated
    text: str
    is_python: bool = True
    # Set by the format stage: digest of the text as the templates rendered it.
    rendered_digest: str | None = None

    def with_text(self, text: str, rendered_digest: str) -> RenderedFile:
        return RenderedFile(self.path, text, self.is_python, rendered_digest)


# --- the three gates -----------------------------------------------------------------------


def pyrepr(value: object) -> str:
    """A Python literal equal to a JSON value, byte for byte once evaluated."""
    if isinstance(value, float):
        if math.isnan(value):
            return 'float("nan")'
        if math.isinf(value):
            return 'float("inf")' if value > 0 else 'float("-inf")'
        return repr(value)
    if isinstance(value, str):
        return _string_literal(value)
    if value is None or isinstance(value, (bool, int)):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(pyrepr(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{pyrepr(str(k))}: {pyrepr(v)}" for k, v in value.items()) + "}"
    raise GeneratorError(f"cannot write {type(value).__name__} value as a literal")


def _string_literal(text: str) -> str:
    """`repr(text)` with the quotes black would choose: double, unless that needs more
    backslashes (so black leaves the literal as it is)."""
    literal = repr(text)
    if literal[0] == '"' or text.count('"') > text.count("'"):
        return literal
    if "'" not in text:
        return f'"{literal[1:-1]}"'
    return '"' + "".join('\\"' if c == '"' else "'" if c == "'" else repr(c)[1:-1] for c in text) + '"'


_DOCSTRING_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "\r": "\\r",
    "\x00": "\\x00",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
    "\x0b": "\\x0b",
    "\x0c": "\\x0c",
    "\x85": "\\x85",
    "\x1c": "\\x1c",
    "\x1d": "\\x1d",
    "\x1e": "\\x1e",
}


def docstring(text: str, indent: int = 4) -> str:
    """A complete triple-quoted literal holding `text`, safe whatever the text contains."""
    lines = [_escape_doc_line(line.rstrip()) for line in str(text).strip().replace("\r\n", "\n").split("\n")]
    while len(lines) > 1 and not lines[-1]:
        lines.pop()
    pad = " " * indent
    if len(lines) == 1:
        # black keeps a quote that ends the text away from the closing quotes
        return f'"""{lines[0]} """' if lines[0].endswith('"') else f'"""{lines[0]}"""'
    body = "\n".join((pad + line) if line else "" for line in _dedented(lines[1:]))
    return f'"""{lines[0]}\n{body}\n{pad}"""'


def _dedented(lines: list[str]) -> list[str]:
    """Lines without the indentation they all share (leading tabs expanded first), as black
    prints a docstring's lines after the first."""
    expanded = []
    for line in lines:
        content = line.lstrip()
        expanded.append(line[: len(line) - len(content)].expandtabs() + content if content else line)
    common = min((len(line) - len(line.lstrip()) for line in expanded if line.lstrip()), default=0)
    return [line[common:] if line.lstrip() else "" for line in expanded]


# Everything `_DOCSTRING_ESCAPES` names, and every other control character but the tab.
_NEEDS_DOC_ESCAPE = re.compile("[" + re.escape("".join(_DOCSTRING_ESCAPES)) + "\x00-\x08\x0a-\x1f\x7f]")


def _escape_doc_line(line: str) -> str:
    return _NEEDS_DOC_ESCAPE.sub(_doc_escape, line)


def _doc_escape(match: re.Match[str]) -> str:
    char = match.group()
    return _DOCSTRING_ESCAPES.get(char) or f"\\x{ord(char):02x}"


def comment(text: str) -> str:
    """One line of text, safe after a `#`."""
    flat = " ".join(str(text).split())
    return "".join(c if c.isprintable() else " " for c in flat)


def identifier(name: str) -> str:
    """Identifiers were sanitised by the naming stage; refuse to render one that is not."""
    if not (isinstance(name, str) and name.isidentifier() and name.isascii()):
        raise GeneratorError(f"internal error: {name!r} is not a safe identifier")
    return name


# --- type helpers the templates use ----------------------------------------------------------


def literal_is_typable(literal: LiteralOf) -> bool:
    """`Literal[...]` takes str, int, bool and None only; floats fall back to their type."""
    return all(isinstance(v, (str, int, bool)) or v is None for v in literal.values)


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

    def add(self, ref: ModelRef) -> None:
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

    def name_of(self, ref: ModelRef) -> str:
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


# --- the environment -------------------------------------------------------------------------


def make_environment(user_templates: Path | None, cache: Cache | None = None) -> jinja2.Environment:
    """The Jinja environment: a user's templates first, then ours. With a `cache`, compiled
    templates are kept between runs (Jinja compiling them took a quarter of a second)."""
    loaders: list[jinja2.BaseLoader] = []
    if user_templates is not None:
        loaders.append(jinja2.FileSystemLoader(str(user_templates)))
    loaders.append(jinja2.FileSystemLoader(str(BUILTIN_TEMPLATES)))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=False,  # noqa: S701 - we emit Python, escaped by our own filters
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        bytecode_cache=CompiledTemplates(cache) if cache is not None and cache.folder is not None else None,
    )
    env.filters.update(pyrepr=pyrepr, docstring=docstring, comment=comment, identifier=identifier, layout=layout)
    env.globals.update(
        literal_is_typable=literal_is_typable, plain_keys=plain_keys, relative_module=relative_module, fits=fits
    )
    env.tests.update(
        model=lambda t: isinstance(t, ModelRef),
        literal=lambda t: isinstance(t, LiteralOf),
    )
    return env


class CompiledTemplates(jinja2.BytecodeCache):
    """Compiled templates in the local cache, keyed by each template's name and source and the
    Python version (its checksums and warnings apply like any other entry's)."""

    def __init__(self, cache: Cache):
        self.cache = cache

    def _key(self, bucket: jinja2.bccache.Bucket) -> str:
        return digest(bucket.key, bucket.checksum, sys.version)

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        stored = self.cache.get("templates", self._key(bucket))
        if isinstance(stored, str):
            bucket.bytecode_from_string(base64.b64decode(stored))  # Jinja checks its own magic

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.cache.put("templates", self._key(bucket), base64.b64encode(bucket.bytecode_to_string()).decode())


def render_package(
    package: Package,
    user_templates: Path | None = None,
    cache: Cache | None = None,
    on_rendered: Callable[[RenderedFile], None] | None = None,
) -> list[RenderedFile]:
    """Every file of the package; `on_rendered` sees each as soon as it exists (the resources,
    the largest files, come first, so that black, started on them, finishes evenly)."""
    env = make_environment(user_templates, cache)
    root = package.name
    files: list[RenderedFile] = []

    def render(template: str, path: str, **context: object) -> None:
        try:
            text = env.get_template(template).render(package=package, **context)
        except jinja2.TemplateSyntaxError as error:
            raise GeneratorError(f"template {error.filename or template}:{error.lineno}: {error.message}") from None
        except jinja2.TemplateError as error:
            raise GeneratorError(f"template {template} failed while rendering {path}: {error}") from None
        add(RenderedFile(f"{root}/{path}", text))

    def add(file: RenderedFile) -> None:
        files.append(file)
        if on_rendered is not None:
            on_rendered(file)

    resources = sorted(_all_resources(package.resources), key=lambda r: -len(r.operations))
    for resource in resources:
        render(
            "resources/resource.py.jinja",
            _module_path(resource.module),
            resource=resource,
            **_resource_context(resource),
        )
    render("__init__.py.jinja", "__init__.py")
    render("_client.py.jinja", "_client.py", resources=package.resources)
    render("types/__init__.py.jinja", "types/__init__.py", exports=_type_exports(package.type_modules))
    cycles = import_cycles(package.type_modules)
    for module in package.type_modules:
        context = _type_module_context(module, cycles)
        render("types/module.py.jinja", _module_path(module.module), module=module, **context)
    render("resources/__init__.py.jinja", "resources/__init__.py")
    rendered = {f.path for f in files}
    # A runtime file never replaces a rendered one (the package __init__ is always rendered).
    for runtime_file in _runtime_files(env, root):
        if runtime_file.path not in rendered:
            add(runtime_file)
    return files


def _all_resources(resources: tuple[Resource, ...]) -> list[Resource]:
    found: list[Resource] = []
    stack = list(reversed(resources))
    while stack:
        resource = stack.pop()
        found.append(resource)
        stack.extend(reversed(resource.children))
    return found


def _module_path(module: str) -> str:
    return module.replace(".", "/") + ".py"


def _type_exports(modules: tuple[TypeModule, ...]) -> list[tuple[str, str]]:
    """(class name, module basename) for each module's public class, first come first served."""
    seen: set[str] = set()
    exports = []
    for module in modules:
        if module.models and module.models[0].name not in seen:
            seen.add(module.models[0].name)
            exports.append((module.models[0].name, module.module.split(".")[-1]))
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
    return {t.module for root in _module_types(module) for t in walk_types(root) if isinstance(t, ModelRef)}


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


def _type_module_context(module: TypeModule, cycles: dict[str, int]) -> dict[str, object]:
    plan = ImportPlan(module.module, {m.name for m in module.models} | {t.name for t in module.typed_dicts})
    types = _module_types(module)
    for root in types:
        for t in walk_types(root):
            if isinstance(t, ModelRef):
                plan.add(t)
    needs = typing_needs([t for m in module.models for t in [*(f.type for f in m.fields), m.extra_type]])
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


def _resource_context(resource: Resource) -> dict[str, object]:
    # The module defines these classes; an imported schema class may not take their names.
    own = {
        f"{prefix}{resource.class_name}{suffix}"
        for prefix in ("", "Async")
        for suffix in ("Resource", "ResourceWithRawResponse")
    }
    plan = ImportPlan(resource.module, own)
    types: list[TypeRef | None] = []
    for op in resource.operations:
        types.extend(p.type for p in op.parameters)
        if op.body is not None:
            types.append(op.body.type)
            types.extend(f.type for f in op.body.fields)
        # A paginated method returns pages of items, never the response envelope itself.
        types.append(op.pagination.item if op.pagination is not None else op.response.type)
    for root in types:
        for t in walk_types(root):
            if isinstance(t, ModelRef):
                plan.add(t)
    needs = typing_needs(types, request=True)
    # Return types are response types: a discriminated union there needs Annotated/FieldInfo.
    responses = [op.pagination.item if op.pagination else op.response.type for op in resource.operations]
    response_needs = typing_needs(responses)
    needs["Annotated"], needs["Tagged"] = response_needs["Annotated"], response_needs["Tagged"]
    needs["cast"] = any(
        op.pagination is None
        and op.response.kind == "json"
        and isinstance(op.response.type, (UnionOf, Nullable, LiteralOf, TupleOf))
        for op in resource.operations
    )
    needs["FileContent"] = any(op.body is not None and op.body.kind == "binary" for op in resource.operations)
    return {"imports": plan.import_lines(), "names": plan.local, "needs": needs}


def _runtime_files(env: jinja2.Environment, root: str) -> list[RenderedFile]:
    """The hand-written runtime, copied verbatim (looked up through the same loader chain)."""
    files = []
    runtime_names = sorted(
        name
        for name in env.list_templates()
        if name.startswith(f"{RUNTIME_FOLDER}/") and not name.endswith((".pyc", "/"))
    )
    assert env.loader is not None
    for name in runtime_names:
        source, _, _ = env.loader.get_source(env, name)
        relative = name[len(RUNTIME_FOLDER) + 1 :]
        files.append(RenderedFile(f"{root}/{relative}", source, is_python=relative.endswith(".py")))
    return files
