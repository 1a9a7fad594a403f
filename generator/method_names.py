"""Method names for operations, when the config does not give them.

Real operationIds are often long machine-made strings (FastAPI's
`read_tracer_session_api_v1_sessions__session_id__get`), and 212 LangSmith operations have none.
We want what a person would write: `client.tracer_sessions.retrieve(...)`. So:
1. a long name: the operationId without a framework's path-and-method suffix, else one made from
   the HTTP method and path (`list`, `retrieve`, `create`, `update`, `delete`, plus the last path
   word);
2. a short name: the long one without the resource's own words (`create_tracer_session` in
   `tracer_sessions` -> `create`), `get`/`read` becoming `retrieve` or `list`;
3. the short name is used only when no other operation of the resource wants the same one; ties
   keep their long names, and a numeric suffix settles whatever is left.
"""

from __future__ import annotations

import re
from collections import Counter

from . import naming
from .build_operations import OperationSource

_VERBS = {
    ("get", False): "list",
    ("get", True): "retrieve",
    ("post", False): "create",
    ("put", True): "update",
    ("patch", True): "update",
    ("delete", True): "delete",
}


def method_names(sources: list[OperationSource], resource: str, configured: list[str | None]) -> list[str]:
    """One unique, safe method name per operation of `resource`, in the given order."""
    taken = {name for name in configured if name}
    long_names = [name or long_name(source, resource) for source, name in zip(sources, configured)]
    short_names = [
        name if configured[i] else short_name(long_names[i], resource, sources[i]) for i, name in enumerate(long_names)
    ]
    wanted = Counter(short_names)
    names = []
    for i, source in enumerate(sources):
        if configured[i]:
            names.append(configured[i])
            continue
        candidate = short_names[i] if wanted[short_names[i]] == 1 and short_names[i] not in taken else long_names[i]
        if candidate in taken:
            candidate = f"{candidate}_by_{_param_words(source)}" if _param_words(source) else candidate
        names.append(naming.unique(naming.method_name(candidate), taken))
    return names


def long_name(source: OperationSource, resource: str) -> str:
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
    segments = static_segments(source.path)
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


def short_name(name: str, resource: str, source: OperationSource) -> str:
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


def static_segments(path: str) -> list[str]:
    """The path's literal words (`/v1/runs/{id}/share` -> v1, runs, share)."""
    return [s for s in path.strip("/").split("/") if s and not s.startswith("{") and naming.snake_case(s)]


def _param_words(source: OperationSource) -> str:
    params = re.findall(r"{([^{}]+)}", source.path)
    return "_and_".join(naming.snake_case(p) for p in params[-1:])
