"""Stage 3: the loaded, validated document -> the IR `Package`.

Order matters for naming and is fixed so output is deterministic: listed models first (they claim
their siblings), then component schemas in document order, then operations in path order.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from . import naming
from .build_operations import OperationBuilder
from .build_security import SecurityBuilder
from .build_types import TypeBuilder
from .config import Config
from .documents import DocumentSet, is_missing, lookup_pointer
from .errors import Finding, InvalidInput, join_pointer
from .ir import ClientSpec, Package, Resource
from .project import build_project
from .resource_names import ResourceNames, resource_names


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


# --- resources ------------------------------------------------------------------------------


def _build_resources(builder: OperationBuilder, config: Config) -> tuple[Resource, ...]:
    """The client's resources, named by `resource_names` (where the naming rules are)."""
    return tuple(
        _resource(builder, names, _tag_description(builder.root.data, names.attribute))
        for names in resource_names(builder.operations(), config)
    )


def _resource(builder: OperationBuilder, names: ResourceNames, description: str = "") -> Resource:
    # Sub-resources' operations are built before their parent's: the models they name come first.
    children = tuple(_resource(builder, child) for child in names.children)
    return Resource(
        attribute=names.attribute,
        class_name=names.class_name,
        module=names.module,
        description=description,
        operations=tuple(builder.build(source, names.type_prefix, method) for source, method in names.methods),
        children=children,
    )


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
