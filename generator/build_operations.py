"""Stage 3b: paths and operations -> IR resources, methods, parameters, bodies and responses."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import naming
from . import schema as sch
from .build_modules import Site
from .build_properties import FieldUse, build_field, collect_properties, inline_class_name
from .build_refs import follow_refs
from .build_types import TypeBuilder
from .documents import DocumentSet
from .errors import Finding, Severity, join_pointer
from .ir import (
    NO_DEFAULT,
    Body,
    BodyKind,
    Field,
    ListOf,
    ModelRef,
    Nullable,
    Operation,
    Pagination,
    Parameter,
    ParameterLocation,
    Primitive,
    Response,
    ResponseKind,
    TypeRef,
    Webhook,
)
from .parse import SourceDocument

if TYPE_CHECKING:
    from .build_security import SecurityBuilder

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# Header parameters the spec may list but that OpenAPI says are ignored: the client sets them.
# The framing headers too: the HTTP layer computes them from the body it sends, and a value
# given by hand that disagrees with the body is a protocol error, not a request.
IGNORED_HEADERS = frozenset({"accept", "content-type", "authorization", "content-length", "transfer-encoding"})

# Server-sent events (the WHATWG HTML standard's media type).
EVENT_STREAM = "text/event-stream"

# The runtime's name for "sent as JSON text" (a parameter described by a JSON `content`).
JSON_STYLE = "json"
_DEFAULT_STYLE: dict[ParameterLocation, str] = {"query": "form", "cookie": "form", "path": "simple", "header": "simple"}
_LOCATIONS: dict[str, ParameterLocation] = {location: location for location in _DEFAULT_STYLE}


@dataclass(frozen=True)
class OperationSource:
    """One operation as found in the document, before naming."""

    path: str
    http_method: str
    pointer: str
    node: dict[str, Any]
    path_item: dict[str, Any]
    # The file the operation is written in: a path item may be a `$ref` to another file, and
    # references inside it are relative to that file.
    doc: SourceDocument


class OperationBuilder:
    def __init__(
        self,
        docs: DocumentSet,
        types: TypeBuilder,
        findings: list[Finding],
        security: SecurityBuilder | None = None,
    ):
        self.docs = docs
        self.types = types
        self.findings = findings
        self.security = security
        self.root = docs.root

    def operations(self) -> list[OperationSource]:
        return operation_sources(self.docs)

    def webhooks(self) -> tuple[Webhook, ...]:
        """Payload types of the document's `webhooks` (3.1): what the API will POST to users."""
        found: list[Webhook] = []
        hooks = self.root.data.get("webhooks")
        if not isinstance(hooks, dict):
            return ()
        for name, item in hooks.items():
            doc, pointer, item = self._deref(item, self.root, join_pointer("/webhooks", name))
            if not isinstance(item, dict):
                continue
            for method in HTTP_METHODS:
                node = item.get(method)
                if not isinstance(node, dict):
                    continue
                op_pointer = join_pointer(pointer, method)
                payload = None
                raw = node.get("requestBody")
                if raw is not None:
                    body_doc, body_pointer, body = self._deref(raw, doc, join_pointer(op_pointer, "requestBody"))
                    content = body.get("content") if isinstance(body, dict) else None
                    if isinstance(content, dict) and content:
                        media_type, media = _pick_media_type(content)
                        if _body_kind(media_type) == "json" and isinstance(media, dict):
                            site = Site(
                                body_doc,
                                join_pointer(body_pointer, "content", media_type, "schema"),
                                "",
                                f"{naming.pascal_case(str(name)) or 'Event'}Webhook",
                            )
                            payload = self.types.type_of(media.get("schema", True), site)
                found.append(Webhook(str(name), method, payload, op_pointer))
        return tuple(found)

    def build(self, source: OperationSource, resource_attr: str, method: str) -> Operation:
        class_base = naming.pascal_case(f"{resource_attr} {method}") or "Operation"
        parameters = self._parameters(source)
        taken = {p.name for p in parameters}
        body = self._body(source, class_base, taken)
        response = self._response(source, class_base, body)
        return Operation(
            name=method,
            http_method=source.http_method,
            path=source.path,
            summary=_text(source.node.get("summary")),
            description=_text(source.node.get("description")),
            parameters=parameters,
            body=body,
            response=response,
            pagination=self._pagination(parameters, body, response),
            deprecated=source.node.get("deprecated") is True,
            operation_id=_text(source.node.get("operationId")),
            source_pointer=source.pointer,
            security=self.security.operation_requirement(source) if self.security is not None else None,
        )

    # --- parameters -----------------------------------------------------------------------

    def _parameters(self, source: OperationSource) -> tuple[Parameter, ...]:
        merged: dict[tuple[str, str], tuple[dict[str, Any], str, SourceDocument]] = {}
        path_pointer = source.pointer.rsplit("/", 1)[0]
        for owner, owner_pointer in ((source.path_item, path_pointer), (source.node, source.pointer)):
            for index, raw in enumerate(owner.get("parameters") or []):
                pointer = join_pointer(owner_pointer, "parameters", index)
                doc, pointer, param = self._deref(raw, source.doc, pointer)
                if not isinstance(param, dict) or not isinstance(param.get("name"), str):
                    continue
                merged[(param["name"], str(param.get("in")))] = (param, pointer, doc)
        declared_path = re.findall(r"{([^{}]+)}", source.path)
        for name in declared_path:
            if (name, "path") not in merged:
                self.findings.append(
                    Finding(
                        Severity.WARNING, source.pointer, f"path parameter {name!r} is not declared; typed as string"
                    )
                )
                merged[(name, "path")] = (
                    {"name": name, "in": "path", "required": True, "schema": {"type": "string"}},
                    source.pointer,
                    source.doc,
                )
        for name, location in list(merged):
            if location == "path" and name not in declared_path:
                self.findings.append(
                    Finding(
                        Severity.WARNING,
                        merged[(name, location)][1],
                        f"path parameter {name!r} does not appear in the path {source.path!r}; skipped",
                    )
                )
                del merged[(name, location)]
        ordered = sorted(
            merged.values(),
            key=lambda item: (
                item[0].get("in") != "path",
                declared_path.index(item[0]["name"]) if item[0]["name"] in declared_path else 0,
            ),
        )
        taken: set[str] = set()
        result = []
        for param, pointer, doc in ordered:
            built = self._parameter(param, doc, pointer, taken)
            if built is not None:
                result.append(built)
        # Required keyword arguments first reads better in signatures and docs.
        path_params = [p for p in result if p.location == "path"]
        others = [p for p in result if p.location != "path"]
        others.sort(key=lambda p: not p.required)
        return tuple(path_params + others)

    def _parameter(self, param: dict[str, Any], doc: SourceDocument, pointer: str, taken: set[str]) -> Parameter | None:
        raw_location = str(param.get("in"))
        location = _LOCATIONS.get(raw_location)
        api_name = param["name"]
        if location is None:
            message = f"parameter location {raw_location!r} is not supported; skipped"
            self.findings.append(Finding(Severity.WARNING, pointer, message))
            return None
        if location == "header" and api_name.lower() in IGNORED_HEADERS:
            return None
        schema, schema_pointer, media_type = param.get("schema"), join_pointer(pointer, "schema"), ""
        if schema is None and isinstance(param.get("content"), dict) and param["content"]:
            media_type, media = next(iter(param["content"].items()))
            schema = media.get("schema", True) if isinstance(media, dict) else True
            schema_pointer = join_pointer(pointer, "content", media_type, "schema")
        site = Site(doc, schema_pointer, "", naming.pascal_case(api_name) or "Param", request=True)
        param_type = self.types.type_of(schema if schema is not None else {"type": "string"}, site)
        style = str(param["style"]) if isinstance(param.get("style"), str) else _DEFAULT_STYLE[location]
        explode = param.get("explode")
        if not isinstance(explode, bool):
            explode = style == "form"
        if _body_kind(str(media_type)) == "json" and media_type:
            # `content` instead of `schema`: the value travels as one JSON text, whatever its type.
            style, explode = JSON_STYLE, _DEFAULT_STYLE[location] == "form"
        info = schema if isinstance(schema, dict) else {}
        return Parameter(
            name=naming.unique(naming.argument_name(api_name), taken),
            api_name=api_name,
            location=location,
            type=param_type,
            required=location == "path" or param.get("required") is True,
            style=style,
            explode=explode,
            description=_text(param.get("description")) or sch.description_of(info),
            default=info.get("default", NO_DEFAULT),
            deprecated=param.get("deprecated") is True,
            allow_reserved=param.get("allowReserved") is True,
        )

    # --- request body ---------------------------------------------------------------------

    def _body(self, source: OperationSource, class_base: str, taken: set[str]) -> Body | None:
        raw = source.node.get("requestBody")
        if raw is None:
            return None
        doc, pointer, body = self._deref(raw, source.doc, join_pointer(source.pointer, "requestBody"))
        content = body.get("content") if isinstance(body, dict) else None
        if not isinstance(content, dict) or not content:
            return None
        media_type, media = _pick_media_type(content)
        kind = _body_kind(media_type)
        media_pointer = join_pointer(pointer, "content", media_type)
        schema = media.get("schema", True) if isinstance(media, dict) else True
        required = body.get("required") is True
        description = _text(body.get("description"))
        if kind in ("binary", "text"):
            return Body(kind, media_type, required, argument=naming.unique("content", taken), description=description)
        site = Site(doc, join_pointer(media_pointer, "schema"), "", f"{class_base}Params", request=True)
        if self._is_flat_object(schema, site):
            fields = self._body_fields(schema, site, taken)
            _, schema_pointer, _ = self._deref(schema, site.doc, site.pointer)
            return Body(kind, media_type, required, fields, description=description, schema_pointer=schema_pointer)
        body_type = self.types.type_of(schema, site)
        return Body(
            kind, media_type, required, type=body_type, argument=naming.unique("body", taken), description=description
        )

    def _is_flat_object(self, schema: Any, site: Site) -> bool:
        doc, pointer, resolved = self._deref(schema, site.doc, site.pointer)
        if not isinstance(resolved, dict) or sch.union_members(resolved):
            return False
        return self.types.needs_class(resolved, doc, pointer)

    def _body_fields(self, schema: Any, site: Site, taken: set[str]) -> tuple[Field, ...]:
        properties = collect_properties(self.docs, schema, site)
        # Inline objects among the properties become TypedDicts in one module of their own.
        module = self.types.plan.new_module(site.suggested_name)
        fields = []
        for api_name, (prop_schema, prop_site) in properties.schemas.items():
            if isinstance(prop_schema, dict) and prop_schema.get("readOnly") is True:
                continue  # the server sets it; a client never sends it
            prop_site = Site(prop_site.doc, prop_site.pointer, module, inline_class_name(api_name), request=True)
            prop_type = self.types.type_of(prop_schema, prop_site)
            required = api_name in properties.required
            use = FieldUse.ARGUMENT
            fields.append(build_field(api_name, prop_schema, prop_type, required, taken, use, prop_site, self.findings))
        self.types.plan.discard_if_empty(module)
        return tuple(fields)

    # --- response -------------------------------------------------------------------------

    def _response(self, source: OperationSource, class_base: str, body: Body | None) -> Response:
        responses = source.node.get("responses")
        if not isinstance(responses, dict) or not responses:
            return Response("none", None)
        codes = sorted(str(c) for c in responses)
        success = [c for c in codes if c.startswith("2")] or [c for c in codes if c == "default"]
        if not success:
            return Response("none", None)
        declared = [self._content(source, responses, code) for code in success]
        doc, pointer, content = declared[0]
        if not content:
            return Response("none", None, accept=_accept_header(declared, ""))
        media_type, media = _pick_media_type(content)
        kind = _response_kind(media_type)
        accept = _accept_header(declared, media_type)
        if kind == "events":
            return Response(kind, None, media_type, accept, events=self._event_type(declared, class_base))
        if kind != "json":
            return Response(kind, None, media_type, accept)
        schema = media.get("schema", True) if isinstance(media, dict) else True
        site = Site(doc, join_pointer(pointer, "content", media_type, "schema"), "", f"{class_base}Response")
        response_type = self.types.type_of(schema, site)
        stream_field = _stream_field(body)
        events = self._event_type(declared, class_base) if stream_field else None
        if events is None:
            return Response("json", response_type, media_type, accept)
        return Response("json", response_type, media_type, accept, events=events, stream_field=stream_field)

    def _event_type(
        self, declared: list[tuple[SourceDocument, str, dict[str, Any]]], class_base: str
    ) -> TypeRef | None:
        """The type of each event's data in the first `text/event-stream` success response
        (OpenAPI 3.0/3.1 have no other way to say it than the media type's `schema`)."""
        for doc, pointer, content in declared:
            for media_type, media in content.items():
                if _response_kind(str(media_type)) == "events":
                    schema = media.get("schema", True) if isinstance(media, dict) else True
                    site = Site(doc, join_pointer(pointer, "content", media_type, "schema"), "", f"{class_base}Event")
                    return self.types.type_of(schema, site)
        return None

    def _content(
        self, source: OperationSource, responses: dict[str, Any], code: str
    ) -> tuple[SourceDocument, str, dict[str, Any]]:
        """The `content` map of one response (empty when it has no body), and where it is."""
        doc, pointer, response = self._deref(
            responses[code], source.doc, join_pointer(source.pointer, "responses", code)
        )
        content = response.get("content") if isinstance(response, dict) else None
        return doc, pointer, content if isinstance(content, dict) else {}

    def _pagination(
        self, parameters: tuple[Parameter, ...], body: Body | None, response: Response
    ) -> Pagination | None:
        """Cursor pagination: a `cursor` input and a response with `items` and `next_cursor`."""
        if not isinstance(response.type, ModelRef):
            return None
        model = self.types.model(response.type)
        if model is None:
            return None
        by_api = {f.api_name: f for f in model.fields}
        items, next_cursor = by_api.get("items"), by_api.get("next_cursor")
        if items is None or next_cursor is None or not isinstance(items.type, ListOf):
            return None
        if next_cursor.type != Primitive("string"):
            return None
        for param in parameters:
            if param.api_name == "cursor" and param.location == "query":
                return Pagination(items.type.item, "query", "cursor")
        if body is not None and any(f.api_name == "cursor" for f in body.fields):
            return Pagination(items.type.item, "body", "cursor")
        return None

    # --- helpers --------------------------------------------------------------------------

    def _deref(self, node: Any, doc: SourceDocument, pointer: str) -> tuple[SourceDocument, str, Any]:
        return follow_refs(self.docs, node, doc, pointer)


def operation_sources(docs: DocumentSet) -> list[OperationSource]:
    """Every operation under `paths`, in document order (path items may live in other files)."""
    found: list[OperationSource] = []
    paths = docs.root.data.get("paths") or {}
    if not isinstance(paths, dict):
        return found
    for path, item in paths.items():
        doc, pointer, item = follow_refs(docs, item, docs.root, join_pointer("/paths", path))
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            node = item.get(method)
            if isinstance(node, dict):
                found.append(OperationSource(str(path), method, join_pointer(pointer, method), node, item, doc))
    return found


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _pick_media_type(content: dict[str, Any]) -> tuple[str, Any]:
    """JSON first (it is what the client types best), then forms, then whatever comes first."""
    best = _ranked(content)[0]
    return best, content[best]


def _ranked(content: dict[str, Any]) -> list[str]:
    """The media types of a `content` map, best first; ties keep the document's order."""
    order = list(content)
    return sorted(order, key=lambda mt: (_media_rank(mt), order.index(mt)))


def _media_rank(media_type: str) -> int:
    base = media_type.split(";")[0].strip().lower()
    if base == EVENT_STREAM:
        return 6  # an alternative to the others (asked for by a `stream` property), never the default
    if base == "application/json":
        return 0
    if base.endswith("+json") or base.endswith("/json"):
        return 1
    if base == "multipart/form-data":
        return 2
    if base == "application/x-www-form-urlencoded":
        return 3
    if base.startswith("text/"):
        return 4
    return 5


def _accept_header(declared: list[tuple[SourceDocument, str, dict[str, Any]]], parsed: str) -> str:
    """Every media type the success responses declare, for the `Accept` header: the parsed
    one's kind first (a server that honours `Accept` answers 406 to a list that leaves out
    what it can send); types of another kind follow at a lower weight, so a server that can
    send several picks the one the client parses."""
    media_types: list[str] = []
    for _, _, content in declared:
        for media_type in _ranked(content):
            base = str(media_type).split(";")[0].strip().lower()
            if base and base not in media_types:
                media_types.append(base)
    if not parsed:
        return ", ".join(media_types)
    kind = _response_kind(parsed)
    preferred = [mt for mt in media_types if _response_kind(mt) == kind]
    others = [f"{mt};q=0.9" for mt in media_types if _response_kind(mt) != kind]
    return ", ".join(preferred + others)


def _body_kind(media_type: str) -> BodyKind:
    base = media_type.split(";")[0].strip().lower()
    if base == "application/json" or base.endswith("+json") or base.endswith("/json"):
        return "json"
    if base == "multipart/form-data":
        return "multipart"
    if base == "application/x-www-form-urlencoded":
        return "form"
    if base.startswith("text/"):
        return "text"
    return "binary"


def _response_kind(media_type: str) -> ResponseKind:
    if media_type.split(";")[0].strip().lower() == EVENT_STREAM:
        return "events"
    kind = _body_kind(media_type)
    return "json" if kind == "json" else "text" if kind == "text" else "binary"


def _stream_field(body: Body | None) -> str:
    """The argument of a boolean body property named `stream` (the convention of OpenAI's API and
    others: `true` asks for server-sent events instead of one JSON answer), or ""."""
    for f in body.fields if body is not None else ():
        plain = f.type.inner if isinstance(f.type, Nullable) else f.type
        if f.api_name == "stream" and plain == Primitive("boolean"):
            return f.name
    return ""
