"""Where each operation goes on the client and what it is called, decided here and nowhere else:
`client.<resource>[.<sub_resource>].<method>`, and each resource's class and module.

Real operationIds are often long machine-made strings (FastAPI's
`read_tracer_session_api_v1_sessions__session_id__get`), and 212 LangSmith operations have none.
We want what a person would write: `client.tracer_sessions.retrieve(...)`. The rules, in the order
they apply:

1. The resource. An operation whose operationId the config names (`resources: {runs: {queryRuns:
   query}}`) goes to that resource under that method name. Any other goes to the resource named
   after its first tag, else after its path's first literal word that is not a version (`v1`,
   `v2.1`, `api`), else to `default`. Resource attributes go through `naming.resource_name`.
2. Sub-resources. Among a resource's operations with neither an operationId nor a configured name,
   those under `/<things>/{id}/<sub>` or `/<things>/{id}/<sub>/{sub_id}` (the first `{param}`
   followed by a literal word decides) form `client.<things>.<sub>` when two or more share `<sub>`,
   unless `<sub>` is the resource's own name (no `client.runs.runs`). Sub-resources are taken in
   the order of `<sub>` as written. Two that give the same attribute (`run-logs`, `run_logs`) are
   one sub-resource.
3. Method names, per resource, over its operations in document order:
   a. a configured name is kept as it is, and claimed before any other;
   b. a long name: the operationId without a framework's path-and-method suffix, else one made from
      the HTTP method and path (`list`, `retrieve`, `create`, `update`, `delete`, plus the last
      literal path word; a POST to `/<things>/{id}/<action>` is `<action>`);
   c. a short name: the long one without the resource's own words, plural or singular
      (`create_tracer_session` in `tracer_sessions` -> `create`), a bare `get`/`read` becoming
      `retrieve` (on one item) or `list`;
   d. the short name is used only when no other operation of the resource wants the same one and
      no configured name is it; otherwise the long name. A name already taken gets
      `_by_<last path parameter>`; then `naming.method_name` makes it safe and a numeric suffix
      (`_2`, `_3`) settles whatever is left.
4. A sub-resource whose attribute is one of its parent's method names would hide that method: its
   operations stay on the parent, after the parent's own, and the parent's methods are named again
   (rule 3) with them; the next sub-resource is checked against those names.
5. Class and module names. A resource's class is the PascalCase of its attribute (of
   "<parent> <sub>" for a sub-resource), `Default` when that is empty; its module is the class name
   in snake_case, cut to `naming.MAX_MODULE_NAME`, under `resources.`. Both are unique across the
   whole client apart from case (a module is never `__init__`), claimed resource by resource in
   order of attribute, each one's sub-resources before itself.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from . import naming
from .build_operations import OperationSource
from .config import Config


class Claim(NamedTuple):
    """An operation and the method name the config gives it (None: one is derived)."""

    source: OperationSource
    configured: str | None


class NamedMethod(NamedTuple):
    source: OperationSource
    name: str


@dataclass(frozen=True)
class ResourceNames:
    """The names of one resource of the client, and of its methods and sub-resources."""

    attribute: str  # client.<attribute>, or client.<parent>.<attribute> for a sub-resource
    # What its operations' model names start with: "<parent>_<attribute>" for a sub-resource.
    type_prefix: str
    class_name: str
    module: str  # "resources.<module>"
    methods: tuple[NamedMethod, ...]
    children: tuple[ResourceNames, ...] = ()


def resource_names(sources: Iterable[OperationSource], config: Config) -> tuple[ResourceNames, ...]:
    """Every resource of the client, in order of attribute, with its methods in document order."""
    grouped = _group_by_resource(sources, config)
    classes = _ClassNames()
    resources = []
    for attribute in sorted(grouped):
        methods, children = _methods_and_sub_resources(grouped[attribute], attribute)
        named_children = tuple(
            classes.resource(f"{attribute} {child}", child, f"{attribute}_{child}", child_methods)
            for child, child_methods in children
        )
        resources.append(classes.resource(attribute, attribute, attribute, methods, named_children))
    return tuple(resources)


# --- resources (rules 1, 2, 4 and 5) ---------------------------------------------------------

_VERSION_SEGMENT = re.compile(r"^v\d+(\.\d+)*$|^api$", re.IGNORECASE)


def _group_by_resource(sources: Iterable[OperationSource], config: Config) -> dict[str, list[Claim]]:
    grouped: dict[str, list[Claim]] = defaultdict(list)
    for source in sources:
        op_id = source.node.get("operationId")
        configured = config.method_for(op_id) if isinstance(op_id, str) else None
        if configured is not None:
            grouped[naming.resource_name(configured[0])].append(Claim(source, configured[1]))
        else:
            grouped[_resource_of(source)].append(Claim(source, None))
    return grouped


def _resource_of(source: OperationSource) -> str:
    tags = source.node.get("tags")
    if isinstance(tags, list) and tags and isinstance(tags[0], str) and naming.snake_case(tags[0]):
        return naming.resource_name(tags[0])
    for segment in _static_segments(source.path):
        if not _VERSION_SEGMENT.match(segment):
            return naming.resource_name(segment)
    return "default"


def _methods_and_sub_resources(
    claims: list[Claim], attribute: str
) -> tuple[list[NamedMethod], list[tuple[str, list[NamedMethod]]]]:
    """The resource's own methods, and its sub-resources' attributes and methods."""
    own, nested = _split_sub_resources(claims, attribute)
    methods = method_names(own, attribute)
    children = []
    for child, child_claims in nested.items():
        if any(method.name == child for method in methods):
            own.extend(child_claims)  # the sub-resource would hide a method: keep them on the parent
            methods = method_names(own, attribute)
        else:
            children.append((child, method_names(child_claims, child)))
    return methods, children


def _split_sub_resources(claims: list[Claim], parent: str) -> tuple[list[Claim], dict[str, list[Claim]]]:
    """The parent's own claims, and the sub-resources' by attribute (`client.projects.runs`)."""
    candidates: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        sub = None if claim.configured or claim.source.node.get("operationId") else _sub_collection(claim.source.path)
        if sub:
            candidates[sub].append(claim)
    nested = {
        sub: group
        for sub, group in sorted(candidates.items())
        if len(group) >= 2 and naming.resource_name(sub) != parent  # no `client.runs.runs`
    }
    moved = {id(claim) for group in nested.values() for claim in group}
    own = [claim for claim in claims if id(claim) not in moved]
    # Collections spelled apart that make one attribute (`run-logs`, `run_logs`) are one
    # sub-resource, their operations in document order.
    by_attribute: dict[str, list[Claim]] = {}
    for sub, group in nested.items():
        by_attribute.setdefault(naming.resource_name(sub), []).extend(group)
    position = {id(claim): index for index, claim in enumerate(claims)}
    return own, {attribute: sorted(group, key=lambda c: position[id(c)]) for attribute, group in by_attribute.items()}


def _sub_collection(path: str) -> str | None:
    parts = [p for p in path.strip("/").split("/") if p]
    for index, part in enumerate(parts[:-1]):
        if part.startswith("{") and not parts[index + 1].startswith("{"):
            following = parts[index + 2 :]
            # `<sub>` or `<sub>/{id}`: a collection, not an action like `/archive/now`.
            if not following or (len(following) == 1 and following[0].startswith("{")):
                return parts[index + 1]
            return None
    return None


class _ClassNames:
    """The resource classes and modules named so far: unique across the client, apart from case
    (module names are file names, cut to a safe length, so they are made unique on their own)."""

    def __init__(self) -> None:
        self.classes: set[str] = naming.FoldedNames()
        self.modules: set[str] = naming.FoldedNames({"__init__"})

    def resource(
        self,
        full_name: str,
        attribute: str,
        type_prefix: str,
        methods: Sequence[NamedMethod],
        children: tuple[ResourceNames, ...] = (),
    ) -> ResourceNames:
        class_name = naming.unique(naming.class_name(full_name) or "Default", self.classes)
        module = naming.unique(naming.module_name(naming.snake_case(class_name)), self.modules)
        return ResourceNames(attribute, type_prefix, class_name, f"resources.{module}", tuple(methods), children)


# --- method names (rule 3) -------------------------------------------------------------------

_VERBS = {
    ("get", False): "list",
    ("get", True): "retrieve",
    ("post", False): "create",
    ("put", True): "update",
    ("patch", True): "update",
    ("delete", True): "delete",
}


class _Wish(NamedTuple):
    """The names an operation would like: its long name and the short one it takes when alone."""

    claim: Claim
    long: str
    short: str


def method_names(claims: Sequence[Claim], resource: str) -> list[NamedMethod]:
    """One unique, safe method name per operation of `resource`, in the given order."""
    taken = {claim.configured for claim in claims if claim.configured}
    wishes = [_wish(claim, resource) for claim in claims]
    wanted = Counter(wish.short for wish in wishes)
    return [NamedMethod(wish.claim.source, wish.claim.configured or _derived(wish, wanted, taken)) for wish in wishes]


def _wish(claim: Claim, resource: str) -> _Wish:
    if claim.configured:
        return _Wish(claim, claim.configured, claim.configured)
    long = _long_name(claim.source, resource)
    return _Wish(claim, long, _short_name(long, resource, claim.source))


def _derived(wish: _Wish, wanted: Counter[str], taken: set[str]) -> str:
    candidate = wish.short if wanted[wish.short] == 1 and wish.short not in taken else wish.long
    if candidate in taken:
        by = _param_words(wish.claim.source)
        candidate = f"{candidate}_by_{by}" if by else candidate
    return naming.unique(naming.method_name(candidate), taken)


def _long_name(source: OperationSource, resource: str) -> str:
    op_id = source.node.get("operationId")
    if isinstance(op_id, str) and naming.snake_case(op_id):
        return naming.snake_case(_without_route_suffix(op_id, source))
    return _name_from_route(source, resource)


def _without_route_suffix(op_id: str, source: OperationSource) -> str:
    """`read_thing_api_v1_things__thing_id__get` -> `read_thing` (FastAPI's default ids)."""
    route = re.sub(r"\W", "_", source.path) + "_" + source.http_method
    if op_id.endswith(route) and len(op_id) > len(route):
        return op_id[: -len(route)]
    return op_id


def _name_from_route(source: OperationSource, resource: str) -> str:
    segments = _static_segments(source.path)
    parts = [p for p in source.path.strip("/").split("/") if p]
    last_is_action = (
        len(parts) >= 2
        and parts[-2].startswith("{")
        and not parts[-1].startswith("{")
        and naming.resource_name(parts[-1]) != resource  # POST /projects/{id}/runs creates a run
    )
    if source.http_method == "post" and last_is_action:
        # POST /projects/{id}/archive is an action on one project: `archive`.
        return naming.snake_case(parts[-1])
    on_item = source.path.rstrip("/").endswith("}")
    verb = _VERBS.get((source.http_method, on_item), source.http_method)
    return "_".join([verb, *[naming.snake_case(s) for s in segments[-1:]]])


def _short_name(name: str, resource: str, source: OperationSource) -> str:
    words = name.split("_")
    for resource_words in _resource_forms(resource):
        size = len(resource_words)
        for start in range(len(words) - size + 1):
            if words[start : start + size] == resource_words and len(words) > size:
                words = words[:start] + words[start + size :]
                break
        else:
            continue
        break
    if words in (["get"], ["read"]):
        on_item = source.path.rstrip("/").endswith("}")
        words = ["retrieve" if on_item else "list"]
    return "_".join(words) or name


def _resource_forms(resource: str) -> list[list[str]]:
    words = resource.split("_")
    singular = [*words[:-1], naming.singular(words[-1])]
    return [words, singular] if singular != words else [words]


def _static_segments(path: str) -> list[str]:
    """The path's literal words (`/v1/runs/{id}/share` -> v1, runs, share)."""
    return [s for s in path.strip("/").split("/") if s and not s.startswith("{") and naming.snake_case(s)]


def _param_words(source: OperationSource) -> str:
    params = re.findall(r"{([^{}]+)}", source.path)
    return "_and_".join(naming.snake_case(p) for p in params[-1:])
