"""Stage 3: the loaded, validated document -> the IR `Package`.

Order matters for naming and is fixed so output is deterministic: listed models first (they claim
their siblings), then component schemas in document order, then operations in path order.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any
from urllib.parse import urlsplit

from . import naming
from .build_operations import OperationBuilder, OperationSource
from .build_security import SecurityBuilder
from .build_types import TypeBuilder
from .config import Config
from .errors import Finding, InvalidInput, join_pointer
from .ir import ClientSpec, Operation, Package, Resource
from .load import DocumentSet, is_missing, lookup_pointer
from .method_names import method_names, static_segments
from .project import build_project

_VERSION_SEGMENT = re.compile(r"^v\d+(\.\d+)*$|^api$", re.IGNORECASE)


def build_package(docs: DocumentSet, config: Config, findings: list[Finding]) -> Package:
    root = docs.root
    public_models = _public_models(docs, config)
    types = TypeBuilder(docs, findings, public_models)
    for public_name, ref in config.models:
        types.build_public_model(public_name, root, ref[1:])
    schemas = (root.data.get("components") or {}).get("schemas") or {}
    if isinstance(schemas, dict):
        for name in schemas:
            types.build_component(name, root, join_pointer("/components/schemas", name))
    security = SecurityBuilder(docs, findings)
    operations = OperationBuilder(docs, types, findings, security)
    resources = _build_resources(operations, config)
    webhooks = operations.webhooks()
    name = package_name(docs, config)
    return Package(
        name=name,
        client=_client_spec(root.data, config, name, security, resources),
        type_modules=types.type_modules(),
        resources=resources,
        webhooks=webhooks,
        project=build_project(root.data.get("info"), config, name, findings),
    )


def _public_models(docs: DocumentSet, config: Config) -> dict[str, str]:
    keys: dict[str, str] = {}
    for public_name, ref in config.models:
        pointer = ref[1:]
        if is_missing(lookup_pointer(docs.root.data, pointer)):
            raise InvalidInput(f"config: model {public_name} refers to {ref!r}, which is not in the spec")
        keys[f"{docs.root.path}#{pointer}"] = public_name
    return keys


# --- resources and method names ------------------------------------------------------------


def _build_resources(builder: OperationBuilder, config: Config) -> tuple[Resource, ...]:
    sources = builder.operations()
    grouped: dict[str, list[tuple[OperationSource, str | None]]] = defaultdict(list)
    for source in sources:
        op_id = source.node.get("operationId")
        configured = config.method_for(op_id) if isinstance(op_id, str) else None
        if configured is not None:
            grouped[naming.resource_name(configured[0])].append((source, configured[1]))
        else:
            grouped[_resource_of(source)].append((source, None))
    class_names: set[str] = naming.FoldedNames()
    module_names: set[str] = naming.FoldedNames({"__init__"})
    resources = []
    for attribute in sorted(grouped):
        entries = grouped[attribute]
        own, nested = _split_sub_resources(entries, attribute)
        names = method_names([source for source, _ in own], attribute, [method for _, method in own])
        children = []
        for child_attribute, child_entries in nested.items():
            if child_attribute in names:
                own.extend(child_entries)  # would hide a method: keep them on the parent
                names = method_names([source for source, _ in own], attribute, [method for _, method in own])
                continue
            child_names = method_names([s for s, _ in child_entries], child_attribute, [m for _, m in child_entries])
            child_ops = [
                builder.build(s, f"{attribute}_{child_attribute}", n) for (s, _), n in zip(child_entries, child_names)
            ]
            children.append(
                _resource(f"{attribute} {child_attribute}", child_attribute, "", child_ops, class_names, module_names)
            )
        ops: list[Operation] = [builder.build(source, attribute, name) for (source, _), name in zip(own, names)]
        description = _tag_description(builder.root.data, attribute)
        resources.append(_resource(attribute, attribute, description, ops, class_names, module_names, tuple(children)))
    return tuple(resources)


def _resource(
    full_name: str,
    attribute: str,
    description: str,
    operations: list[Operation],
    class_names: set[str],
    module_names: set[str],
    children: tuple[Resource, ...] = (),
) -> Resource:
    class_name = naming.unique(naming.class_name(full_name) or "Default", class_names)
    # Module names are cut to a safe length, so they are made unique on their own.
    module = naming.unique(naming.module_name(naming.snake_case(class_name)), module_names)
    return Resource(
        attribute=attribute,
        class_name=class_name,
        module=f"resources.{module}",
        description=description,
        operations=tuple(operations),
        children=children,
    )


def _split_sub_resources(
    entries: list[tuple[OperationSource, str | None]], parent: str
) -> tuple[list[tuple[OperationSource, str | None]], dict[str, list[tuple[OperationSource, str | None]]]]:
    """Operations without an operationId under `/<things>/{id}/<sub>[/...]` form sub-resources
    (`client.projects.runs.list(project_id)`) when two or more of them share `<sub>`."""
    candidates: dict[str, list[tuple[OperationSource, str | None]]] = defaultdict(list)
    for entry in entries:
        source, configured = entry
        sub = None if configured or source.node.get("operationId") else _sub_collection(source.path)
        if sub:
            candidates[sub].append(entry)
    nested = {
        sub: group
        for sub, group in sorted(candidates.items())
        if len(group) >= 2 and naming.resource_name(sub) != parent  # no `client.runs.runs`
    }
    moved = {id(entry) for group in nested.values() for entry in group}
    own = [entry for entry in entries if id(entry) not in moved]
    return own, {naming.resource_name(sub): group for sub, group in nested.items()}


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


def _resource_of(source: OperationSource) -> str:
    tags = source.node.get("tags")
    if isinstance(tags, list) and tags and isinstance(tags[0], str) and naming.snake_case(tags[0]):
        return naming.resource_name(tags[0])
    for segment in static_segments(source.path):
        if not _VERSION_SEGMENT.match(segment):
            return naming.resource_name(segment)
    return "default"


def _tag_description(data: dict[str, Any], attribute: str) -> str:
    for tag in data.get("tags") or []:
        if isinstance(tag, dict) and naming.resource_name(str(tag.get("name", ""))) == attribute:
            text = tag.get("description")
            return text.strip() if isinstance(text, str) else ""
    return ""


# --- the client ------------------------------------------------------------------------------


def package_name(docs: DocumentSet, config: Config) -> str:
    """The Python package: from the config, else from the spec's title."""
    return config.package or _derived_package_name(docs.root.data)


def _derived_package_name(data: dict[str, Any]) -> str:
    title = (data.get("info") or {}).get("title") if isinstance(data.get("info"), dict) else None
    # Title words are kept whole ("LangSmith" -> "langsmith"), unlike camelCase identifiers.
    base = ""
    if isinstance(title, str):
        words = ("".join(naming.ascii_words(part)).lower() for part in title.replace("-", " ").split())
        base = "_".join(w for w in words if w)
    return naming.module_name(f"{base or 'api'}_client")


def _client_spec(
    data: dict[str, Any], config: Config, package: str, security: SecurityBuilder, resources: tuple[Resource, ...]
) -> ClientSpec:
    info = data.get("info") if isinstance(data.get("info"), dict) else {}
    title = info.get("title") if isinstance(info.get("title"), str) else package
    prefix = _derived_package_name({"info": {"title": title}}).removesuffix("_client").upper() or "API"
    base_url_env = config.base_url_env or f"{prefix}_BASE_URL"
    # Credentials are attributes of the client beside its resources: they may not take their names.
    credentials, schemes = security.client_security(
        prefix, config.api_key_env, base_url_env, (r.attribute for r in resources)
    )
    return ClientSpec(
        title=title,
        description=info.get("description", "") if isinstance(info.get("description"), str) else "",
        version=str(info.get("version", "")),
        base_url_env=base_url_env,
        default_base_url=config.default_base_url or _server_url(data),
        credentials=credentials,
        security_schemes=schemes,
        security=security.default,
        credentials_required=bool(credentials) and security.every_operation_requires_credentials(),
        error_class=error_class_name(str(title)),
        log_env=f"{prefix}_LOG",
    )


# The runtime's own error classes (templates/runtime/_exceptions.py) and what the package root
# exports beside them: the package-wide base class may take none of these names.
_RUNTIME_ERRORS = frozenset(
    {
        "APIError", "APIConnectionError", "APITimeoutError", "APIResponseValidationError", "APIStatusError",
        "BadRequestError", "AuthenticationError", "PermissionDeniedError", "NotFoundError", "ConflictError",
        "UnprocessableEntityError", "RateLimitError", "InternalServerError", "StreamError",
    }
)  # fmt: skip


def error_class_name(title: str) -> str:
    """`<Title>Error`, the base class of every error the package raises ("LangSmith" ->
    "LangSmithError"), as openai-python has `OpenAIError`."""
    base = naming.pascal_case(title) or "Client"
    name = ("Client" if base[0].isdigit() else "") + base + "Error"
    return name if name not in _RUNTIME_ERRORS else name.removesuffix("Error") + "ClientError"


def _server_url(data: dict[str, Any]) -> str:
    servers = data.get("servers")
    if isinstance(servers, list):
        for server in servers:
            if not isinstance(server, dict) or not isinstance(server.get("url"), str):
                continue
            url = server["url"]
            for name, variable in (server.get("variables") or {}).items():
                if isinstance(variable, dict) and "default" in variable:
                    url = url.replace("{" + str(name) + "}", str(variable["default"]))
            if urlsplit(url).scheme in ("http", "https"):
                return url
    return "http://localhost"
