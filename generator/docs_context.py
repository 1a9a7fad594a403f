"""What the project's README.md and api.md are rendered from.

api.md lists every method and every model; the README shows a first call, picked here from the
API's own operations so that it is a call a user of this API can actually make: one whose
required arguments all have a plain example value (strings, numbers, enums and lists of them).
Values are JSON values; the templates spell them as Python through `pyrepr`.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import naming
from .ir import (
    NO_DEFAULT,
    AliasRef,
    ClientSpec,
    Credential,
    ListOf,
    LiteralOf,
    MapOf,
    ModelRef,
    Nullable,
    Operation,
    Package,
    Primitive,
    Resource,
    TypeModule,
    TypeRef,
    module_file,
)

# Example values by primitive type, for required arguments whose spec gives no default.
_PRIMITIVE_EXAMPLES: dict[str, object] = {
    "integer": 10,
    "number": 1.5,
    "boolean": True,
    "date-time": "2025-01-01T00:00:00Z",
    "date": "2025-01-01",
}
_NO_EXAMPLE = object()


@dataclass(frozen=True)
class MethodDoc:
    call: str  # attribute path from a client: "runs.query"
    operation: Operation


@dataclass(frozen=True)
class ResourceDoc:
    path: str  # attribute path from a client: "runs", "beta.threads"
    resource: Resource
    file: str  # "<package>/resources/runs.py"
    methods: tuple[MethodDoc, ...]


@dataclass(frozen=True)
class TypeModuleDoc:
    file: str  # "<package>/types/run.py"
    dotted: str  # "<package>.types.run"
    names: tuple[str, ...]  # its classes and aliases, the public one first


@dataclass(frozen=True)
class EnumDoc:
    """A named enum's `Literal` alias, for api.md."""

    file: str  # "<package>/types/run_type.py"
    name: str
    values: tuple[object, ...]
    description: str


@dataclass(frozen=True)
class Example:
    """A call for the README: `client.<call>(<arguments>)`."""

    call: str
    operation: Operation
    positional: tuple[object, ...]
    keywords: tuple[tuple[str, object], ...]
    result: str  # the variable the README assigns the result to

    @property
    def resource_path(self) -> str:
        return self.call.rsplit(".", 1)[0]


def resource_docs(package: Package) -> list[ResourceDoc]:
    """Every resource, nested ones after their parent, with the attribute path to reach it."""
    return [
        ResourceDoc(
            path,
            resource,
            f"{package.name}/{module_file(resource.module)}",
            tuple(MethodDoc(f"{path}.{op.name}", op) for op in resource.operations),
        )
        for path, resource in package.resources_by_path()
    ]


def type_module_docs(package: Package) -> list[TypeModuleDoc]:
    """The modules holding classes (enum aliases have a list of their own, `enum_docs`)."""
    return [
        _type_module_doc(package.name, module) for module in package.type_modules if module.models or module.typed_dicts
    ]


def enum_docs(package: Package) -> list[EnumDoc]:
    return [
        EnumDoc(f"{package.name}/{module_file(module.module)}", alias.name, alias.type.values, alias.description)
        for module in package.type_modules
        for alias in module.aliases
        if isinstance(alias.type, LiteralOf)
    ]


def _type_module_doc(package_name: str, module: TypeModule) -> TypeModuleDoc:
    return TypeModuleDoc(
        f"{package_name}/{module_file(module.module)}", f"{package_name}.{module.module}", module.exports
    )


def first_line(text: str) -> str:
    """The first line of a description (its first paragraph's first sentence-ish line)."""
    for line in text.strip().splitlines():
        if line.strip():
            return line.strip()
    return ""


# --- the README's authentication ------------------------------------------------------------


def example_credentials(client: ClientSpec) -> tuple[Credential, ...]:
    """What the README's client is given: the credentials of the first alternative of the
    client's security requirement that it can send, else those of its first scheme."""
    schemes = {scheme.key: scheme for scheme in client.security_schemes}
    for alternative in client.security.alternatives:
        if alternative and all(key in schemes for key in alternative):
            return tuple(dict.fromkeys(c for key in alternative for c in schemes[key].credentials))
    return client.security_schemes[0].credentials if client.security_schemes else ()


# --- the README's example calls --------------------------------------------------------------


def first_call(package: Package) -> Example | None:
    """The README's first call: a GET returning a model when there is one, with the fewest
    required arguments; else any operation whose arguments can be written out."""
    candidates = _examples(package)
    if not candidates:
        return None
    return min(candidates, key=lambda e: (_rank(e.operation), len(e.positional) + len(e.keywords)))


def paginated_call(package: Package) -> Example | None:
    """The README's pagination example: the first paginated method that can be written out."""
    for example in _examples(package):
        if example.operation.pagination is not None:
            return example
    return None


def _rank(op: Operation) -> tuple[int, int]:
    """GET before the rest; a method returning one model before a paginated one, before others."""
    returns = 0 if op.pagination is None and isinstance(op.response.type, ModelRef) else 1 if op.pagination else 2
    return (0 if op.http_method == "get" else 1, returns)


def _examples(package: Package) -> list[Example]:
    examples = []
    for call, op in package.all_operations():
        example = _example(call, op)
        if example is not None:
            examples.append(example)
    return examples


def _example(call: str, op: Operation) -> Example | None:
    positional: list[object] = []
    keywords: list[tuple[str, object]] = []
    for parameter in op.parameters:
        if not parameter.required:
            continue
        value = _example_value(parameter.type, parameter.api_name, parameter.default)
        if value is _NO_EXAMPLE:
            return None
        if parameter.location == "path":
            positional.append(value)
        else:
            keywords.append((parameter.name, value))
    if op.body is not None and op.body.required and not op.body.fields:
        return None  # a whole body or file: nothing short to show
    for body_field in op.body.fields if op.body is not None else ():
        if body_field.required:
            value = _example_value(body_field.type, body_field.api_name, body_field.default)
            if value is _NO_EXAMPLE:
                return None
            keywords.append((body_field.name, value))
    return Example(call, op, tuple(positional), tuple(keywords), _result_name(op))


def _example_value(type_: TypeRef, api_name: str, default: object) -> object:
    if default is not NO_DEFAULT:
        return default
    if isinstance(type_, Nullable):
        return _example_value(type_.inner, api_name, NO_DEFAULT)
    if isinstance(type_, AliasRef):
        return _example_value(type_.target, api_name, NO_DEFAULT)
    if isinstance(type_, LiteralOf):
        return type_.values[0] if type_.values else _NO_EXAMPLE
    if isinstance(type_, ListOf):
        item = _example_value(type_.item, api_name, NO_DEFAULT)
        return _NO_EXAMPLE if item is _NO_EXAMPLE else [item]
    if isinstance(type_, MapOf):
        return {}
    if isinstance(type_, Primitive):
        if type_.name == "string":
            return f"<{api_name}>"  # a placeholder the reader replaces
        return _PRIMITIVE_EXAMPLES.get(type_.name, _NO_EXAMPLE)
    return _NO_EXAMPLE


def _result_name(op: Operation) -> str:
    """`run = client.runs.retrieve(...)`: named after the model it returns, else `result`."""
    type_ = op.pagination.item if op.pagination is not None else op.response.type
    if op.pagination is None and isinstance(type_, ModelRef):
        name = naming.snake_case(type_.name)
        if name.isidentifier() and name not in ("client", "response", "page", "error") and name.isascii():
            return naming.field_name(name)
    return "page" if op.pagination is not None else "result"
