"""The arguments of one conformance call (tests/conformance.py): which parameters and body properties
to pass, under which Python names, with which values, and what to check them against.

The generator's IR (built from the same document and default config as the generated package) names the
client method of each operation and its arguments; the document's raw parameters and request body give
the schemas the values are written from (tests/conformance_values.py). "required" passes required inputs
only, "full" every optional one too. An input of the document the method has no argument for is noted
(`Plan.missing`), not silently dropped.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping

from generator.build_operations import OperationSource, operation_sources
from generator.build_refs import follow_refs
from generator.errors import join_pointer
from generator.ir import Operation, Package, Parameter
from generator.documents import DocumentSet

from tests.conformance_schemas import Node, Unsatisfiable, to_wire
from tests.conformance_values import Synthesiser

# Header parameters a client need not offer: OpenAPI says these three are ignored (the client sets them
# from the media types and the credentials), and the HTTP library writes the framing headers itself.
IGNORED_HEADERS = {"accept", "content-type", "authorization", "content-length", "transfer-encoding"}


@dataclass(frozen=True)
class Target:
    """One operation of the document and the client method the IR says serves it (None: none)."""

    source: OperationSource
    attribute: str | None
    operation: Operation | None

    @property
    def label(self) -> str:
        return f"{self.source.http_method.upper()} {self.source.path}"


@dataclass
class Plan:
    """The keyword arguments of one call, what to check them against, and what could not be passed."""

    kwargs: dict[str, Any] = field(default_factory=dict)
    # (what, wire value, schema, required paths left out for being readOnly)
    checks: list[tuple[str, Any, Node, frozenset[tuple[str, ...]]]] = field(default_factory=list)
    read_only: set[tuple[str, ...]] = field(default_factory=set)  # the same, from the request's root
    missing: list[str] = field(default_factory=list)
    query_keys: list[str] = field(default_factory=list)  # the query keys the parameters will send
    sent: dict[str, Any] = field(default_factory=dict)  # what we pass, as JSON, by location
    parameters: dict[tuple[str, str], tuple[Node, Any]] = field(default_factory=dict)  # schema and value

    @property
    def collisions(self) -> list[str]:
        return sorted({key for key in self.query_keys if self.query_keys.count(key) > 1})


def build_targets(docs: DocumentSet, package: Package) -> list[Target]:
    """Every operation of the document in document order, with the IR operation serving it."""
    by_key = {(op.path, op.http_method): (attribute, op) for attribute, op in package.all_operations()}
    targets = []
    for source in operation_sources(docs):
        attribute, operation = by_key.get((source.path, source.http_method), (None, None))
        targets.append(Target(source, attribute, operation))
    return targets


def raw_parameters(docs: DocumentSet, source: OperationSource) -> dict[tuple[str, str], Node]:
    """The operation's parameters as written (path-level ones overridden by operation-level ones)."""
    found: dict[tuple[str, str], Node] = {}
    path_pointer = source.pointer.rsplit("/", 1)[0]
    for owner, pointer in ((source.path_item, path_pointer), (source.node, source.pointer)):
        for index, raw in enumerate(owner.get("parameters") or []):
            doc, where, param = follow_refs(docs, raw, source.doc, join_pointer(pointer, "parameters", index))
            if isinstance(param, dict) and isinstance(param.get("name"), str):
                found[(param["name"], str(param.get("in")))] = Node(param, doc, where)
    return found


def parameter_schema(param: Node | None, source: OperationSource) -> Node:
    """The schema of a parameter (`schema`, or that of its one `content` entry); a string when the
    document gives none (a path parameter it never declared)."""
    if param is not None and "schema" in param.schema:
        return param.child("schema")
    content = param.schema.get("content") if param is not None else None
    if param is not None and isinstance(content, dict) and content:
        media = next(iter(content))
        if isinstance(content[media], dict) and "schema" in content[media]:
            return param.child("content", media, "schema")
    return Node({"type": "string"}, source.doc, source.pointer, located=False)


def plan_call(synth: Synthesiser, target: Target, method: Callable[..., Any], full: bool) -> Plan:
    """The arguments for one call: required inputs only, or (`full`) every optional one too."""
    assert target.operation is not None
    plan = Plan()
    accepted = inspect.signature(method).parameters
    raw = raw_parameters(synth.docs, target.source)
    for param in target.operation.parameters:
        if param.required or full:
            node = parameter_schema(raw.get((param.api_name, param.location)), target.source)
            _plan_parameter(synth, plan, param, node, full, accepted)
    plan.missing += _unserved_parameters(target, raw, full)
    if target.operation.body is not None:
        _plan_body(synth, target, full, accepted, plan)
    _true_content_length(target.operation, plan)
    return plan


def _plan_parameter(
    synth: Synthesiser, plan: Plan, param: Parameter, node: Node, full: bool, accepted: Mapping[str, inspect.Parameter]
) -> None:
    value = synth.value(node, full=full, context="param")
    where = (param.location, param.api_name)
    if param.name not in accepted:
        plan.missing.append(f"{param.location} parameter {param.api_name!r}")
        return
    plan.kwargs[param.name] = value
    _checked(plan, synth, f"{param.location} parameter {param.api_name!r}", value, node, where)
    plan.sent.setdefault(param.location, {})[param.api_name] = to_wire(value)
    plan.parameters[where] = (node, value)
    if param.location == "query":
        exploded = isinstance(value, dict) and param.explode and param.style == "form"
        plan.query_keys += list(value) if exploded else [param.api_name]


def _unserved_parameters(target: Target, raw: dict[tuple[str, str], Node], full: bool) -> list[str]:
    """Parameters of the document the method has no argument for (among those this call passes)."""
    assert target.operation is not None
    known = {(p.api_name, p.location) for p in target.operation.parameters}
    missing = []
    for (name, location), node in raw.items():
        if location == "path" and f"{{{name}}}" not in target.source.path:
            continue  # a path parameter the path does not have: no request can carry it
        wanted = node.schema.get("required") is True or location == "path" or full
        ignored = location == "header" and name.lower() in IGNORED_HEADERS
        if (name, location) not in known and wanted and not ignored:
            missing.append(f"{location} parameter {name!r} (no argument)")
    return missing


def _true_content_length(operation: Operation, plan: Plan) -> None:
    """A document that declares `Content-Length` as a header parameter (for an upload) gets what a
    careful caller passes: the length of the bytes sent (0 without a body), not a number from the schema."""
    content = plan.kwargs.get(operation.body.argument) if operation.body is not None else None
    for param in operation.parameters:
        if param.location == "header" and param.api_name.lower() == "content-length" and param.name in plan.kwargs:
            length = len(content.encode() if isinstance(content, str) else content) if content is not None else 0
            plan.kwargs[param.name] = length
            plan.sent["header"][param.api_name] = length


def body_node(docs: DocumentSet, target: Target) -> Node:
    """The operation's request body object (behind its `$ref`s)."""
    source = target.source
    pointer = join_pointer(source.pointer, "requestBody")
    doc, where, body = follow_refs(docs, source.node["requestBody"], source.doc, pointer)
    return Node(body, doc, where)


def body_schema(docs: DocumentSet, target: Target) -> Node:
    """The schema of the media type the IR chose for the body (`true` when it has none)."""
    operation = target.operation
    assert operation is not None and operation.body is not None
    node = body_node(docs, target)
    media = node.schema["content"][operation.body.content_type]
    if isinstance(media, dict) and "schema" in media:
        return node.child("content", operation.body.content_type, "schema")
    return Node(True, node.doc, node.pointer, located=False)


def _plan_body(
    synth: Synthesiser, target: Target, full: bool, accepted: Mapping[str, inspect.Parameter], plan: Plan
) -> None:
    operation = target.operation
    assert operation is not None and operation.body is not None
    body = operation.body
    node = body_schema(synth.docs, target)
    if body.kind in ("binary", "text"):
        if body.required or full:
            plan.kwargs[body.argument] = _content(synth, node, body.kind, full)
        return
    context = {"multipart": "multipart", "form": "form"}.get(body.kind, "json")
    if not body.fields:
        if body.required or full:
            value = synth.value(node, full=full, context=context)
            plan.kwargs[body.argument] = value
            _checked(plan, synth, "body", value, node, ("body",))
            plan.sent["body"] = to_wire(value)
        return
    value = synth.value(node, full=full, context=context)
    by_api = {f.api_name: f for f in body.fields}
    sent = {}
    for key, item in (value.items() if isinstance(value, dict) else ()):
        field_ = by_api.get(key)
        if field_ is None or field_.name not in accepted:
            plan.missing.append(f"body property {key!r}")
            continue
        plan.kwargs[field_.name] = item
        sent[key] = item
    _checked(plan, synth, "body", sent, node, ("body",))
    plan.sent["body"] = to_wire(sent)


def _checked(plan: Plan, synth: Synthesiser, what: str, value: Any, node: Node, where: tuple[str, ...]) -> None:
    """Keeps what the pre-check needs for a value just synthesised (and the readOnly properties the
    synthesiser left out of it)."""
    skipped = frozenset(synth.read_only)
    plan.checks.append((what, to_wire(value), node, skipped))
    plan.read_only |= {(*where, *path) for path in skipped}


def _content(synth: Synthesiser, node: Node, kind: str, full: bool) -> Any:
    try:
        value = synth.value(node, full=full, context="binary" if kind == "binary" else "json")
    except Unsatisfiable:
        value = None
    if kind == "binary":
        return value if isinstance(value, bytes) else b"conformance binary body"
    return value if isinstance(value, str) else "conformance text body"


def pre_check(synth: Synthesiser, plan: Plan) -> list[str]:
    """Why the values we passed do not satisfy their schemas (empty: they do)."""
    problems = []
    for what, wire, node, skipped in plan.checks:
        problems += [f"{what}: {error}" for error in synth.check.errors(wire, node, ignore_required=skipped)]
    return problems
