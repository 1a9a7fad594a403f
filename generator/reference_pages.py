"""The reference pages beside the package: one Markdown page per model module and per resource.

`reference_pages(package)` says which pages there are and what each template is given; render.py
renders them like the other project files. A page's annotations are spelled with the names its
module imports (its `Spelling`, spelling.py), so they read exactly as in the code.

Links between pages are relative (the pages live in `reference/` beside api.md) and point at
headings by the anchor GitHub gives them. A model page's "Used in" lists the methods whose
arguments or return value reach a class, through the fields of the models on the way.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass

from .ir import AliasRef, ModelRef, Operation, Package, Resource, TypeModule, TypeRef, module_file, walk_types
from .render_context import resource_spelling, type_module_spelling

MODEL_TEMPLATE = "project/reference/model.md.jinja"
RESOURCE_TEMPLATE = "project/reference/resource.md.jinja"


@dataclass(frozen=True)
class ReferencePage:
    path: str  # relative to the output folder, e.g. "reference/types/run.md"
    template: str  # e.g. "project/reference/model.md.jinja"
    context: dict[str, object]


@dataclass(frozen=True)
class Link:
    """A Markdown link target: `text` shown as code, `url` relative to the page it is on."""

    text: str
    url: str


@dataclass(frozen=True)
class Use:
    """A method that takes ("argument") or gives ("return value") a class, or a webhook that
    sends it ("webhook payload"), for "Used in"."""

    link: Link  # "client.runs.query", to its section of the resource page
    roles: tuple[str, ...]


@dataclass(frozen=True)
class MethodPage:
    """A method's section of a resource page, with links to the types it takes and gives."""

    call: str  # "runs.query"
    operation: Operation
    anchor: str
    arguments: dict[str, tuple[Link, ...]]  # argument name -> the generated types it refers to
    returns: tuple[Link, ...]


def reference_pages(package: Package) -> list[ReferencePage]:
    uses = _uses(package)
    pages = [_model_page(package, module, uses) for module in package.type_modules]
    pages.extend(_resource_page(package, path, resource, uses.pages) for path, resource in package.resources_by_path())
    return pages


def page_path(module: str) -> str:
    """The page of a dotted package-relative module: "types.run" -> "reference/types/run.md"."""
    return "reference/" + module.replace(".", "/") + ".md"


def anchor(heading: str) -> str:
    """The fragment GitHub gives a heading: lower case, punctuation (backticks, dots) dropped,
    spaces as hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def class_anchor(package: Package, module: str, name: str) -> str:
    return anchor(f"{package.name}.{module}.{name}")


def method_anchor(call: str) -> str:
    return anchor(f"client.{call}")


def _relative(from_page: str, target: str) -> str:
    return posixpath.relpath(target, posixpath.dirname(from_page))


def _common_context(package: Package, page: str, module: str) -> dict[str, object]:
    return {
        "title": package.client.title,
        "package_name": package.name,
        "dotted": f"{package.name}.{module}",
        "source": _relative(page, f"{package.name}/{module_file(module)}"),
        "api_link": _relative(page, "api.md"),
    }


# --- model pages -------------------------------------------------------------------------------


def _model_page(package: Package, module: TypeModule, uses: _Uses) -> ReferencePage:
    page = page_path(module.module)
    spelling = type_module_spelling(module)
    used_in = {
        name: tuple(Use(_use_link(page, user, uses.pages), roles) for user, roles in uses.of(f"{module.module}:{name}"))
        for name in module.exports
    }
    context = _common_context(package, page, module.module)
    context.update(
        module=module,
        spelling=spelling,
        anchors={name: class_anchor(package, module.module, name) for name in module.exports},
        used_in=used_in,
        pydantic_docs=pydantic_docs(package),
    )
    return ReferencePage(page, MODEL_TEMPLATE, context)


def _use_link(from_page: str, user: str, resource_pages: dict[str, str]) -> Link:
    """`user` is a method ("runs.query") or a webhook ("webhook:invoice.paid")."""
    if user.startswith("webhook:"):
        return Link(user.removeprefix("webhook:"), _relative(from_page, "api.md") + "#webhooks")
    resource_page = resource_pages[user.rsplit(".", 1)[0]]
    return Link(f"client.{user}", _relative(from_page, resource_page) + "#" + method_anchor(user))


def pydantic_docs(package: Package) -> str:
    """pydantic's documentation for the oldest version the package allows (its dependencies)."""
    for requirement in package.project.dependencies:
        lowest = re.fullmatch(r"pydantic\s*>=\s*(\d+)\.(\d+)\b.*", requirement)
        if lowest:
            return f"https://docs.pydantic.dev/{lowest.group(1)}.{lowest.group(2)}"
    return "https://docs.pydantic.dev/latest"


class _Uses:
    """Which methods and webhooks reach each class ("module:Name"), and how."""

    def __init__(self, package: Package) -> None:
        self._roles: dict[str, dict[str, set[str]]] = {}
        # The page of each resource, by its path from the client ("runs", "beta.threads").
        self.pages = {path: page_path(resource.module) for path, resource in package.resources_by_path()}

    def add(self, key: str, user: str, role: str) -> None:
        self._roles.setdefault(key, {}).setdefault(user, set()).add(role)

    def of(self, key: str) -> list[tuple[str, tuple[str, ...]]]:
        """(user, roles) in the order the client lists its methods (users were added so)."""
        return [(user, tuple(sorted(roles))) for user, roles in self._roles.get(key, {}).items()]


def _uses(package: Package) -> _Uses:
    fields = _field_types(package)
    uses = _Uses(package)
    for call, op in package.all_operations():
        for role, roots in (("argument", _argument_types(op)), ("return value", _returned_types(op))):
            for key in _reached(roots, fields):
                uses.add(key, call, role)
    for hook in package.webhooks:
        for key in _reached([hook.payload], fields):
            uses.add(key, f"webhook:{hook.name}", "webhook payload")
    return uses


def _field_types(package: Package) -> dict[str, list[TypeRef | None]]:
    """The types of each class's fields (and extra keys), by "module:Name"."""
    found: dict[str, list[TypeRef | None]] = {}
    for module in package.type_modules:
        for model in module.models:
            found[f"{module.module}:{model.name}"] = [*(f.type for f in model.fields), model.extra_type]
        for typed_dict in module.typed_dicts:
            found[f"{module.module}:{typed_dict.name}"] = [f.type for f in typed_dict.fields]
    return found


def _reached(roots: list[TypeRef | None], fields: dict[str, list[TypeRef | None]]) -> list[str]:
    """The classes and aliases the types refer to, and those their fields refer to, in turn."""
    reached: dict[str, None] = {}
    pending = list(roots)
    while pending:
        for t in walk_types(pending.pop()):
            if isinstance(t, (ModelRef, AliasRef)) and f"{t.module}:{t.name}" not in reached:
                key = f"{t.module}:{t.name}"
                reached[key] = None
                pending.extend(fields.get(key, []))
    return list(reached)


def _argument_types(op: Operation) -> list[TypeRef | None]:
    types: list[TypeRef | None] = [p.type for p in op.parameters]
    if op.body is not None:
        # Properties are arguments of their own; the body's class is then not taken.
        types.extend([f.type for f in op.body.fields] if op.body.fields else [op.body.type])
    return types


def _returned_types(op: Operation) -> list[TypeRef | None]:
    # A paginated method gives pages of items, never the response envelope.
    return [op.pagination.item if op.pagination is not None else op.response.type, op.response.events]


# --- resource pages ----------------------------------------------------------------------------


def _resource_page(package: Package, path: str, resource: Resource, resource_pages: dict[str, str]) -> ReferencePage:
    page = page_path(resource.module)
    methods = [
        MethodPage(
            f"{path}.{op.name}",
            op,
            method_anchor(f"{path}.{op.name}"),
            _argument_links(package, page, op),
            _links(package, page, _returned_types(op)),
        )
        for op in resource.operations
    ]
    context = _common_context(package, page, resource.module)
    context.update(
        path=path,
        resource=resource,
        spelling=resource_spelling(resource),
        methods=methods,
        parent=_parent_link(page, path, resource_pages),
        children=[
            Link(f"client.{path}.{c.attribute}", _relative(page, page_path(c.module))) for c in resource.children
        ],
    )
    return ReferencePage(page, RESOURCE_TEMPLATE, context)


def _parent_link(page: str, path: str, resource_pages: dict[str, str]) -> Link | None:
    if "." not in path:
        return None
    parent_path = path.rsplit(".", 1)[0]
    return Link(f"client.{parent_path}", _relative(page, resource_pages[parent_path]))


def _argument_links(package: Package, page: str, op: Operation) -> dict[str, tuple[Link, ...]]:
    links = {p.name: _links(package, page, [p.type]) for p in op.parameters}
    if op.body is not None:
        links.update({f.name: _links(package, page, [f.type]) for f in op.body.fields})
        if not op.body.fields:
            links[op.body.argument] = _links(package, page, [op.body.type])
    return links


def _links(package: Package, page: str, types: list[TypeRef | None]) -> tuple[Link, ...]:
    """Links to the classes and aliases the types name (not those further inside them)."""
    refs = {(t.module, t.name): None for root in types for t in walk_types(root) if isinstance(t, (ModelRef, AliasRef))}
    return tuple(
        Link(name, _relative(page, page_path(module)) + "#" + class_anchor(package, module, name))
        for module, name in refs
    )
