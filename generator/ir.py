"""The intermediate representation: what the client contains, with no Python syntax in it.

Every class is frozen. Names here are already sanitised Python identifiers (the naming stage owns
that); every other string is spec text or a spec value that templates pass through one of the
escaping filters (`pyrepr`, `docstring`).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from collections.abc import Iterator
from typing import Literal, Union
from urllib.parse import parse_qsl

# --- types -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Primitive:
    """A scalar: "string", "integer", "number", "boolean", "date-time", "date", "binary",
    "any" (free-form JSON value) or "null"."""

    name: str
    kind: Literal["primitive"] = field(default="primitive", init=False)


@dataclass(frozen=True)
class ListOf:
    item: TypeRef
    kind: Literal["list"] = field(default="list", init=False)


@dataclass(frozen=True)
class TupleOf:
    """`prefixItems`: fixed positions, then optionally more of `rest`."""

    items: tuple[TypeRef, ...]
    rest: TypeRef | None = None
    kind: Literal["tuple"] = field(default="tuple", init=False)


@dataclass(frozen=True)
class MapOf:
    value: TypeRef
    kind: Literal["map"] = field(default="map", init=False)


@dataclass(frozen=True)
class LiteralOf:
    """An enum or const: the spec's values, exactly (strings, numbers, booleans, None)."""

    values: tuple[object, ...]
    kind: Literal["literal"] = field(default="literal", init=False)

    @property
    def typable(self) -> bool:
        """`Literal[...]` takes str, int, bool and None only; floats fall back to their type."""
        return all(isinstance(v, (str, int, bool)) or v is None for v in self.values)


@dataclass(frozen=True)
class ModelRef:
    """A generated class. `module` is the dotted module path inside the package
    (e.g. "types.run"); `name` the class name."""

    module: str
    name: str
    kind: Literal["model"] = field(default="model", init=False)


@dataclass(frozen=True)
class AliasRef:
    """A named type alias (`TypeAlias`) defined in `module`, e.g. "types.run_select_field"; `target`
    is what the name stands for (a component enum's `LiteralOf`), kept for whoever needs its values.
    `walk_types` does not enter it: the alias's own module spells the target, its users only the name."""

    module: str
    name: str
    target: TypeRef
    kind: Literal["alias"] = field(default="alias", init=False)


@dataclass(frozen=True)
class UnionOf:
    members: tuple[TypeRef, ...]
    # The Python field whose `Literal` value tells members apart (pydantic's discriminator).
    discriminator: str | None = None
    # Otherwise, a discriminator by value: the API property and (value, member class name) pairs.
    tag_property: str = ""
    tags: tuple[tuple[str, str], ...] = ()
    kind: Literal["union"] = field(default="union", init=False)


@dataclass(frozen=True)
class Nullable:
    inner: TypeRef
    kind: Literal["nullable"] = field(default="nullable", init=False)


TypeRef = Union[Primitive, ListOf, TupleOf, MapOf, LiteralOf, ModelRef, AliasRef, UnionOf, Nullable]

ParameterLocation = Literal["path", "query", "header", "cookie"]
BodyKind = Literal["json", "form", "multipart", "binary", "text"]
ResponseKind = Literal["json", "text", "binary", "none", "events"]
SemverBump = Literal["major", "minor", "patch", "none"]


class _Missing(enum.Enum):
    NO_DEFAULT = "no default"


# A marker for "the spec gives no default"; distinct from a default of null (and from any string
# a spec could give as its default). An enum member: one object however the IR is copied or pickled.
NO_DEFAULT = _Missing.NO_DEFAULT


# --- models ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Field:
    name: str  # Python attribute name
    api_name: str  # the JSON property name, sent and received
    type: TypeRef
    required: bool
    description: str = ""
    default: object = NO_DEFAULT  # a JSON value from the spec, or NO_DEFAULT
    read_only: bool = False
    write_only: bool = False
    deprecated: bool = False
    # The package version it first appeared in (history.py); "" when no history is kept.
    since: str = ""

    @property
    def has_default(self) -> bool:
        return self.default is not NO_DEFAULT


@dataclass(frozen=True)
class Model:
    name: str
    description: str
    fields: tuple[Field, ...]
    # Typed `additionalProperties`: the type of extra keys, if the schema names one.
    extra_type: TypeRef | None = None
    source_pointer: str = ""
    # The package version it first appeared in (history.py); "" when no history is kept.
    since: str = ""


@dataclass(frozen=True)
class TypeAlias:
    """A module-level name for a non-class type: today a named component enum, `Name = Literal[...]`,
    which request arguments and TypedDicts refer to by `AliasRef` (build_enums.py says which)."""

    name: str
    type: TypeRef
    description: str = ""
    # The package version it first appeared in (history.py); "" when no history is kept.
    since: str = ""


@dataclass(frozen=True)
class TypedDictModel:
    """A request-body object: callers pass plain dicts, type-checked as TypedDicts."""

    name: str
    description: str
    fields: tuple[Field, ...]
    source_pointer: str = ""
    # The package version it first appeared in (history.py); "" when no history is kept.
    since: str = ""


@dataclass(frozen=True)
class TypeModule:
    """One file under `types/`: its public class first, then the siblings it owns."""

    module: str  # dotted, e.g. "types.run"
    models: tuple[Model, ...]
    aliases: tuple[TypeAlias, ...] = ()
    typed_dicts: tuple[TypedDictModel, ...] = ()

    @property
    def exports(self) -> tuple[str, ...]:
        return (
            tuple(m.name for m in self.models)
            + tuple(a.name for a in self.aliases)
            + tuple(t.name for t in self.typed_dicts)
        )


# --- operations ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Parameter:
    name: str  # Python argument name
    api_name: str
    location: ParameterLocation
    type: TypeRef
    required: bool
    style: str  # the spec's style, or "json": described by a JSON `content`, sent as JSON text
    explode: bool
    description: str = ""
    default: object = NO_DEFAULT
    deprecated: bool = False
    allow_reserved: bool = False

    @property
    def has_default(self) -> bool:
        return self.default is not NO_DEFAULT


@dataclass(frozen=True)
class Body:
    """How the request body is passed and sent.

    kind "json"/"form"/"multipart" with `fields`: one keyword argument per property.
    kind "json" with `fields` empty: one `body` argument of `type`.
    kind "binary"/"text": one `content` argument.
    """

    kind: BodyKind
    content_type: str
    required: bool
    fields: tuple[Field, ...] = ()
    type: TypeRef | None = None
    argument: str = "body"
    description: str = ""
    # Where the spec defines the object whose properties are `fields` (a component's class, if
    # there is one, has this `source_pointer`): what the client sends, for the spec diff.
    schema_pointer: str = ""


@dataclass(frozen=True)
class Response:
    """The successful result: `type` parsed from JSON, or text/bytes/None by `kind`, or (kind
    "events") a stream of server-sent events, each event's data of type `events`."""

    kind: ResponseKind
    type: TypeRef | None
    content_type: str = ""
    # The `Accept` header: every media type the success responses declare, the one parsed
    # first; empty when they declare no body (the client's default, JSON, is sent).
    accept: str = ""
    # The event type also when the operation can answer either way (JSON or an event stream)
    # and the request body has a boolean property that asks for the stream: `stream_field` is
    # that property's argument name ("" otherwise).
    events: TypeRef | None = None
    stream_field: str = ""


@dataclass(frozen=True)
class Pagination:
    """Cursor pagination: the page's item type and where the next cursor is sent."""

    item: TypeRef
    cursor_location: Literal["query", "body"]
    cursor_param: str  # the API name of the cursor parameter/property


@dataclass(frozen=True)
class Operation:
    name: str  # method name on its resource
    http_method: str  # lower case
    path: str
    summary: str
    description: str
    parameters: tuple[Parameter, ...]
    body: Body | None
    response: Response
    pagination: Pagination | None = None
    deprecated: bool = False
    operation_id: str = ""
    source_pointer: str = ""
    # Its own security requirement, when it differs from the client's (`ClientSpec.security`).
    security: SecurityRequirement | None = None
    # The package version it first appeared in (history.py); "" when no history is kept.
    since: str = ""

    @property
    def url_path(self) -> str:
        """The path template without the literal query some documents put in it
        (`/responses/{id}?beta=true`)."""
        return self.path.partition("?")[0]

    @property
    def literal_query(self) -> tuple[tuple[str, str], ...]:
        """The (name, value) pairs of the literal query in the path, sent as query parameters."""
        return tuple(parse_qsl(self.path.partition("?")[2], keep_blank_values=True))

    @property
    def path_parameters(self) -> tuple[Parameter, ...]:
        return tuple(p for p in self.parameters if p.location == "path")

    def parameters_in(self, location: str) -> tuple[Parameter, ...]:
        return tuple(p for p in self.parameters if p.location == location)


@dataclass(frozen=True)
class Resource:
    attribute: str  # e.g. "runs": client.runs
    class_name: str  # e.g. "Runs" -> RunsResource / AsyncRunsResource
    module: str  # e.g. "resources.runs"
    description: str
    operations: tuple[Operation, ...]
    # Nested resources: client.beta.threads
    children: tuple[Resource, ...] = ()
    # The package version it first appeared in (history.py); "" when no history is kept.
    since: str = ""


# --- the client ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Credential:
    """A secret the user holds: a keyword argument of the client (and its attribute), read from
    the environment variable `env` when not given."""

    argument: str  # Python identifier: "api_key", "tenant_id", "bearer_token", "username", ...
    env: str


@dataclass(frozen=True)
class SecurityScheme:
    """A scheme of `components.securitySchemes` the client can send (the others are reported
    as findings and left out)."""

    key: str  # its name in the document, which security requirements refer to
    kind: str  # "api_key" | "bearer" (http bearer, oauth2, openIdConnect) | "basic"
    location: str  # "header" | "query" | "cookie"
    name: str  # the header, query parameter or cookie; "Authorization" for bearer and basic
    credentials: tuple[Credential, ...]  # (username, password) for basic; one for the others
    spec_type: str  # as the document says: "apiKey", "http", "oauth2", "openIdConnect"
    description: str = ""


@dataclass(frozen=True)
class SecurityRequirement:
    """OpenAPI `security`: alternatives, any one of which will do, each the keys of the schemes
    that are sent together (an empty alternative: no credentials needed). `declared` is False
    when the document says nothing; the client then sends every credential it holds."""

    alternatives: tuple[tuple[str, ...], ...] = ()
    declared: bool = True


@dataclass(frozen=True)
class ClientSpec:
    title: str
    description: str
    version: str
    base_url_env: str
    default_base_url: str
    # Constructor arguments, in the order of the schemes that use them first.
    credentials: tuple[Credential, ...] = ()
    security_schemes: tuple[SecurityScheme, ...] = ()
    # What an operation needs unless it says otherwise: the document's top-level `security`,
    # else the requirement most operations declare.
    security: SecurityRequirement = SecurityRequirement(declared=False)
    # True when no operation can be called without credentials: the client then refuses to be
    # built holding none.
    credentials_required: bool = False
    # The package-wide base of every error the client raises: `<Title>Error`.
    error_class: str = "ClientError"
    # The environment variable that switches on the package's logging (info or debug).
    log_env: str = "API_LOG"

    def scheme_of(self, credential: Credential) -> SecurityScheme:
        """The (first) scheme that sends `credential`."""
        return next(s for s in self.security_schemes if credential in s.credentials)


@dataclass(frozen=True)
class Webhook:
    """An event the API sends to its users: we generate its payload type, no method."""

    name: str
    http_method: str
    payload: TypeRef | None
    source_pointer: str = ""


@dataclass(frozen=True)
class ChangeNote:
    """One line of a changelog entry: what changed for a user of the client."""

    text: str  # plain text naming methods, classes and fields as the client spells them
    breaking: bool
    kind: str  # the diff's kind, e.g. "property-added" (spec_diff.py lists them)


@dataclass(frozen=True)
class Release:
    """A changelog entry: the package version, the one before it, and what changed between them."""

    version: str
    previous: str  # "" for the first version the history knows
    bump: SemverBump  # the semver step the changes call for
    changes: tuple[ChangeNote, ...] = ()


@dataclass(frozen=True)
class Project:
    """What makes the output folder an installable project: the files beside the package
    (pyproject.toml, README.md, api.md) and the version the package reports."""

    distribution: str  # the name pip knows it by, e.g. "langsmith-openapi-client"
    version: str  # canonical PEP 440
    requires_python: str  # e.g. ">=3.10"
    dependencies: tuple[str, ...]  # requirement strings, e.g. "httpx>=0.28.1,<1"
    write_files: bool = True  # False: the package folder only (for users who vendor it)
    # CHANGELOG.md, newest first; empty when no history is kept (history.py).
    changelog: tuple[Release, ...] = ()


@dataclass(frozen=True)
class Package:
    name: str
    client: ClientSpec
    type_modules: tuple[TypeModule, ...]
    resources: tuple[Resource, ...]
    webhooks: tuple[Webhook, ...] = ()
    project: Project = Project("generated-client", "0.0.0", ">=3.10", ())

    def resources_by_path(self) -> list[tuple[str, Resource]]:
        """(attribute path from the client, e.g. "beta.threads", resource) for every resource,
        each nested one right after its parent."""
        found: list[tuple[str, Resource]] = []
        stack = [(r.attribute, r) for r in reversed(self.resources)]
        while stack:
            path, resource = stack.pop()
            found.append((path, resource))
            stack.extend((f"{path}.{c.attribute}", c) for c in reversed(resource.children))
        return found

    def all_operations(self) -> list[tuple[str, Operation]]:
        """(attribute path from the client, operation) for every operation, nested included."""
        return [(f"{path}.{op.name}", op) for path, resource in self.resources_by_path() for op in resource.operations]


def module_file(module: str) -> str:
    """The file of a dotted package-relative module: "types.run" -> "types/run.py"."""
    return module.replace(".", "/") + ".py"


def walk_types(type_: TypeRef | None) -> Iterator[TypeRef]:
    if type_ is None:
        return
    stack: list[TypeRef] = [type_]
    while stack:
        current = stack.pop()
        yield current
        if isinstance(current, ListOf):
            stack.append(current.item)
        elif isinstance(current, MapOf):
            stack.append(current.value)
        elif isinstance(current, Nullable):
            stack.append(current.inner)
        elif isinstance(current, UnionOf):
            stack.extend(current.members)
        elif isinstance(current, TupleOf):
            stack.extend(current.items)
            if current.rest is not None:
                stack.append(current.rest)
