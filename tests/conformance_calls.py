"""One document of the conformance check: Prism up, every operation called twice, a verdict per call.

    python -m tests.conformance_calls SPEC PACKAGE_DIR RESULTS.jsonl [--max-ops N] [--prism-log FILE] [--static]

tests/conformance.py runs this module in a process (and session) of its own per document, so that
generated packages of the same name never meet in one interpreter, a crash or a hang costs one
document, and killing the session kills Prism with it. Each finished call is one JSON line of
RESULTS.jsonl, written as it happens: a document cut short keeps the calls it made.

Which method and arguments: tests/conformance_arguments.py; the values: tests/conformance_values.py;
the verdict rules: tests/conformance.py's docstring, applied by tests/conformance_verdicts.py. This
module makes the call, records the exchange (httpx event hooks) and gathers the evidence the rules ask
for: our own arguments and Prism's response checked against the document, the return value against
its declared type, what a form body carried.
"""

from __future__ import annotations

import argparse
import contextlib
import email
import email.policy
import importlib
import inspect
import json
import signal
import sys
import time
import traceback
import types
import typing
from dataclasses import dataclass
from pathlib import Path
from types import FrameType, ModuleType
from typing import Any, Callable, Iterator
from urllib.parse import parse_qsl

import httpx

from generator.build import build_package
from generator.build_operations import OperationSource
from generator.build_refs import follow_refs
from generator.config import Config
from generator.errors import join_pointer
from generator.documents import DocumentSet

from tests.conformance_arguments import Target, body_node, build_targets, plan_call, pre_check
from tests.conformance_schemas import Contradiction, Node, SchemaCheck, Unsatisfiable, to_wire
from tests.conformance_values import Synthesiser
from tests.conformance_verdicts import Observation, Verdict, classify, prism_problem
from tests.http_servers import PrismServer, PrismUnavailable, wait_for_port

CALL_TIMEOUT = 20.0  # seconds for one HTTP exchange (httpx)
CALL_DEADLINE = 45  # seconds for one whole call: synthesis, request, parsing (SIGALRM)
# Client.__init__ arguments that are not credentials.
NOT_CREDENTIALS = {"self", "base_url", "timeout", "max_retries", "default_headers", "default_query", "http_client"}
# Prism answers from the schemas (json-schema-faker, every optional property filled), seeded so that a
# run reproduces; see tests/conformance.py for why.
DYNAMIC = "dynamic=true, seed=conformance"
MODES = (("required", False), ("full", True))


@dataclass
class Exchange:
    request: httpx.Request
    response: httpx.Response | None = None


class Recorder:
    """httpx event hooks: every request the client sends and the response it gets."""

    def __init__(self) -> None:
        self.exchanges: list[Exchange] = []

    def on_request(self, request: httpx.Request) -> None:
        self.exchanges.append(Exchange(request))

    def on_response(self, response: httpx.Response) -> None:
        response.read()
        for exchange in reversed(self.exchanges):
            if exchange.request is response.request:
                exchange.response = response
                return


@dataclass
class Context:
    """What every call of one document shares."""

    docs: DocumentSet
    synth: Synthesiser
    check: SchemaCheck
    client: Any
    recorder: Recorder
    prism: PrismRunner


# --- the client -------------------------------------------------------------------------------------


def credentials(client_class: type) -> dict[str, str]:
    """A value for every credential argument the generated `Client.__init__` takes."""
    found = {}
    for name, parameter in inspect.signature(client_class).parameters.items():
        if name in NOT_CREDENTIALS or parameter.kind not in (parameter.KEYWORD_ONLY, parameter.POSITIONAL_OR_KEYWORD):
            continue
        if name == "username":
            found[name] = "user"
        elif name == "password":
            found[name] = "secret"
        else:
            found[name] = f"conformance-{name.replace('_', '-')}-0123456789"
    return found


def make_client(module: ModuleType, base_url: str, recorder: Recorder, dynamic: bool) -> Any:
    """The generated sync `Client` on Prism: our httpx client (to record every exchange), no retries
    (a 5xx is an answer to judge, not to wait out), every credential it takes."""
    hooks: dict[str, list[Callable[..., Any]]] = {"request": [recorder.on_request], "response": [recorder.on_response]}
    headers = {"Prefer": DYNAMIC} if dynamic else {}
    http_client = httpx.Client(event_hooks=hooks, headers=headers, timeout=CALL_TIMEOUT)
    return module.Client(
        base_url=base_url, max_retries=0, timeout=CALL_TIMEOUT, http_client=http_client, **credentials(module.Client)
    )


# --- one call ---------------------------------------------------------------------------------------------


class _Deadline(BaseException):
    """Raised by SIGALRM when one call (synthesis, client, parsing) runs over CALL_DEADLINE."""


@contextlib.contextmanager
def deadline(seconds: int) -> Iterator[None]:
    """Interrupts a call stuck in Python (synthesis, parsing) that httpx's timeout would not end."""

    def expire(signum: int, frame: FrameType | None) -> None:
        raise _Deadline()

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def observe(ctx: Context, target: Target, full: bool) -> Observation:
    """Plan and make one call, and record everything the verdict needs."""
    obs = Observation(full=full, declared=_declared_success(target.source))
    method = _method(ctx.client, target.attribute) if target.attribute else None
    if method is None or target.operation is None:
        obs.no_method = f"no client method for {target.label}" + (f" ({target.attribute})" if target.attribute else "")
        return obs
    try:
        plan = plan_call(ctx.synth, target, method, full)
    except Unsatisfiable as exc:
        obs.synth_error, obs.contradiction = str(exc), isinstance(exc, Contradiction)
        return obs
    obs.missing, obs.kwargs, obs.query_collisions = plan.missing, sorted(plan.kwargs), plan.collisions
    obs.sent, obs.media_types, obs.read_only = plan.sent, _media_types(target.source), plan.read_only
    # Prism names query parameters in lower case in its violations.
    by_name = {(location, name.lower()): entry for (location, name), entry in plan.parameters.items()}
    obs.ambiguous_as_text = lambda location, name: _ambiguous_as_text(ctx, by_name.get((location, name.lower())))
    obs.path_template = target.source.path
    obs.header_names = [p.api_name for p in target.operation.parameters if p.location == "header"]
    obs.prism_alive, obs.prism_crash = lambda: ctx.prism.alive(grace=2.0), ctx.prism.last_words
    obs.pre_check = lambda: pre_check(ctx.synth, plan)
    _call(ctx, obs, method, plan.kwargs)
    if obs.response is not None and _needs_static(obs.response):
        # Prism cannot generate a response without a schema: the same call, answered from examples.
        obs.result = obs.error = None
        _call(ctx, obs, method, {**plan.kwargs, "extra_headers": {"Prefer": "dynamic=false"}})
    obs.return_check = lambda: _return_check(ctx, target, method, obs)
    obs.response_check = lambda: _response_check(ctx, target, obs.response)
    obs.carries = lambda name, value: carries(obs.request, name, value)
    obs.encoding = _encoding(ctx, target)
    obs.body_kind = target.operation.body.kind if target.operation.body else None
    return obs


def _media_types(source: OperationSource) -> set[str]:
    """Every media type the operation's request body and responses name (inline ones)."""
    found: set[str] = set()
    holders = [source.node.get("requestBody")]
    responses = source.node.get("responses")
    holders += list(responses.values()) if isinstance(responses, dict) else []
    for holder in holders:
        content = holder.get("content") if isinstance(holder, dict) else None
        found.update(str(media) for media in (content if isinstance(content, dict) else ()))
    return found


def _declared_success(source: OperationSource) -> list[str]:
    """The 2xx responses the operation declares, with their media types ("204", "200 application/json")."""
    responses = source.node.get("responses")
    found = []
    for code, response in (responses.items() if isinstance(responses, dict) else ()):
        if str(code).startswith("2"):
            content = response.get("content") if isinstance(response, dict) else None
            media = ", ".join(content) if isinstance(content, dict) else ""
            found.append(f"{code} {media}".strip())
    return found


def _call(ctx: Context, obs: Observation, method: Callable[..., Any], kwargs: dict[str, Any]) -> None:
    before = len(ctx.recorder.exchanges)
    try:
        obs.result = method(**kwargs)
    except _Deadline:
        obs.timed_out = True
    except Exception as exc:  # what the client raised is the observation
        obs.error = exc
    exchanges = ctx.recorder.exchanges[before:]
    if exchanges:
        obs.request, obs.response = exchanges[-1].request, exchanges[-1].response


def _needs_static(response: httpx.Response) -> bool:
    problem = prism_problem(response)
    return problem is not None and str(problem.get("title", "")).startswith("Tried to force a dynamic response")


def _method(client: Any, attribute: str) -> Callable[..., Any] | None:
    target = client
    try:
        for part in attribute.split("."):
            target = getattr(target, part)
    except AttributeError:
        return None
    return target if callable(target) else None


def _encoding(ctx: Context, target: Target) -> dict[str, Any]:
    """The `encoding` object of the request body's media type ({} when there is none)."""
    operation = target.operation
    if operation is None or operation.body is None:
        return {}
    media = body_node(ctx.docs, target).schema["content"][operation.body.content_type]
    encoding = media.get("encoding") if isinstance(media, dict) else None
    return encoding if isinstance(encoding, dict) else {}


def _ambiguous_as_text(ctx: Context, parameter: tuple[Node, Any] | None) -> bool:
    """Whether a parameter's value matches one oneOf member as typed and another as the text a
    query string carries (`1.5` vs "1.5"): Prism coerces text to each member's type, so for it the
    value matches both and breaks the oneOf, whatever the client sends."""
    if parameter is None:
        return False
    node, value = parameter
    schema = ctx.synth.deref(node)
    members = schema.schema.get("oneOf") if isinstance(schema.schema, dict) else None
    if not isinstance(members, list) or isinstance(value, (dict, list)) or not schema.located:
        return False
    text = json.dumps(value) if isinstance(value, bool) else str(to_wire(value))
    fits = set()
    for index in range(len(members)):
        member = ctx.synth.deref(schema.child("oneOf", index))
        for form in (to_wire(value), text):
            if not ctx.check.errors(form, member, direction="neutral"):
                fits.add(index)
    return len(fits) > 1


def form_fields(request: httpx.Request) -> dict[str, list[str]]:
    """The fields of a multipart or urlencoded request body, by name, as text, in order."""
    content = request.read()
    content_type = request.headers.get("content-type", "")
    fields: dict[str, list[str]] = {}
    if content_type.startswith("multipart/"):
        head = f"Content-Type: {content_type}\r\n\r\n".encode()
        message = email.message_from_bytes(head + content, policy=email.policy.HTTP)
        for part in message.iter_parts():
            name = str(part.get_param("name", header="content-disposition"))
            payload = part.get_payload(decode=True)
            fields.setdefault(name, []).append(payload.decode("latin-1") if isinstance(payload, bytes) else "")
        return fields
    for key, value in parse_qsl(content.decode("latin-1"), keep_blank_values=True):
        fields.setdefault(key, []).append(value)
    return fields


def carries(request: httpx.Request | None, name: str, value: Any) -> bool:
    """Whether the form body carries `value` (JSON) under `name` the standard way: an object as one
    JSON field, an array as one field per item."""
    if request is None:
        return False
    texts = form_fields(request).get(name, [])
    items = value if isinstance(value, list) else [value]
    return len(texts) == len(items) and all(_same(text, item) for text, item in zip(texts, items))


def _same(text: str, value: Any) -> bool:
    if isinstance(value, (dict, list)):
        try:
            return bool(json.loads(text) == value)
        except ValueError:
            return False
    return text == (json.dumps(value) if isinstance(value, bool) or value is None else str(value))


def _response_check(ctx: Context, target: Target, response: httpx.Response | None) -> list[str]:
    """Why Prism's response body violates the document's schema for it (empty: it does not, or
    the document gives no schema for it)."""
    if response is None or not response.content:
        return []
    try:
        data = response.json()
    except ValueError:
        return []
    node = _response_schema(ctx, target, response)
    return ctx.check.errors(data, node, direction="response") if node is not None else []


def _response_schema(ctx: Context, target: Target, response: httpx.Response) -> Node | None:
    source = target.source
    responses = source.node.get("responses")
    if not isinstance(responses, dict):
        return None
    status = str(response.status_code)
    key = next((k for k in (status, status[0] + "XX", status[0] + "xx", "default") if k in responses), None)
    if key is None:
        return None
    doc, pointer, declared = follow_refs(
        ctx.docs, responses[key], source.doc, join_pointer(source.pointer, "responses", key)
    )
    content = declared.get("content") if isinstance(declared, dict) else None
    media_type = response.headers.get("content-type", "").split(";")[0].strip()
    if not isinstance(content, dict) or media_type not in content or "schema" not in (content[media_type] or {}):
        return None
    return Node(declared, doc, pointer).child("content", media_type, "schema")


def _return_check(ctx: Context, target: Target, method: Callable[..., Any], obs: Observation) -> str | None:
    """Why the value the method returned is not of its declared type (None: it is)."""
    operation = target.operation
    assert operation is not None
    if operation.pagination is not None:
        return None if hasattr(obs.result, "__iter__") else f"a page was expected, got {type(obs.result).__name__}"
    kind = operation.response.kind
    expected_types: dict[str, type] = {"none": type(None), "text": str, "binary": bytes}
    expected = expected_types.get(kind)
    if expected is not None:
        return None if isinstance(obs.result, expected) else f"{kind}: got {type(obs.result).__name__}"
    return _json_return_check(method, obs)


def _json_return_check(method: Callable[..., Any], obs: Observation) -> str | None:
    """The declared return annotation must accept the body Prism sent (pydantic, lax mode); the
    runtime itself keeps data it cannot validate, so this is where a wrong type shows."""
    import pydantic

    if obs.response is None or not obs.response.content:
        return None
    try:
        data = obs.response.json()
    except ValueError:
        return None  # the client raised for it already, or the document declares JSON and Prism did not send it
    try:
        annotation = typing.get_type_hints(method)["return"]
    except Exception as exc:  # an annotation that cannot be resolved outside the package
        obs.unchecked = f"return annotation unresolved: {type(exc).__name__}: {exc}"[:200]
        return None
    try:
        pydantic.TypeAdapter(_without_streams(annotation)).validate_python(data)
    except pydantic.ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ()))
        return f"{first.get('type')} at {where or '(root)'}: {str(first.get('msg'))[:160]}"
    except Exception as exc:  # pydantic cannot build a validator for the annotation
        return f"{type(exc).__name__}: {str(exc)[:160]}"
    return None


def _without_streams(annotation: Any) -> Any:
    """`Model | Stream[Event]` (a method whose `stream` argument selects server-sent events) as
    `Model`: a JSON body answers the call that did not ask for the stream."""
    if typing.get_origin(annotation) not in (typing.Union, types.UnionType):
        return annotation
    kept = [
        a for a in typing.get_args(annotation) if getattr(typing.get_origin(a) or a, "__name__", "") not in _STREAMS
    ]
    return typing.Union[tuple(kept)] if kept else annotation


_STREAMS = ("Stream", "AsyncStream")


def call_once(ctx: Context, target: Target, mode: str, full: bool) -> dict[str, Any]:
    """One call and its verdict, as a JSON-able record."""
    started = time.perf_counter()
    unchecked = ""
    try:
        with deadline(CALL_DEADLINE):
            obs = observe(ctx, target, full)
            verdict = classify(obs)
            unchecked = obs.unchecked
    except _Deadline:
        verdict = Verdict("harness", "the call ran over its deadline", f"more than {CALL_DEADLINE} s")
    except Exception:
        verdict = Verdict("harness", "the check crashed", traceback.format_exc()[-1500:])
    return {
        "kind": "call",
        "operation": target.label,
        "method": target.attribute or "",
        "mode": mode,
        "verdict": verdict.verdict,
        "cause": verdict.cause,
        "evidence": verdict.evidence[:1500],
        "unchecked": unchecked if verdict.verdict == "pass" else "",
        "seconds": round(time.perf_counter() - started, 3),
    }


# --- the document ---------------------------------------------------------------------------------------------


class PrismRunner:
    """Prism for one document, started again after it dies (some documents crash it on one request;
    the calls after it deserve a server). Keeps the log of every instance."""

    MAX_RESTARTS = 8

    def __init__(self, spec: Path) -> None:
        self.spec = spec
        self.server: PrismServer | None = None
        self.logs: list[str] = []
        self.restarts = 0

    def start(self) -> None:
        """Raises PrismUnavailable when Prism will not start (its output says why)."""
        self.server = PrismServer(self.spec)
        self.server.start()

    def alive(self, grace: float = 0.0) -> bool:
        """Whether Prism still runs and listens. `grace`: seconds to give a dying Prism to exit (after
        a request that got no answer, the process can take a moment to go)."""
        if self.server is None:
            return False
        process = getattr(self.server, "_process", None)  # PrismServer keeps its Popen private
        deadline = time.monotonic() + grace
        while process is not None and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        if process is None or process.poll() is not None:
            return False
        return wait_for_port(self.server.port, 2.0)

    def last_words(self) -> str:
        """The error lines at the end of Prism's output (why it died)."""
        log = self.server.log if self.server is not None else ""
        lines = [line for line in log.splitlines() if "Error" in line or "error" in line]
        return " | ".join(lines[-3:])[:600]

    def restart(self) -> bool:
        """A fresh Prism after a crash; False when it crashed too often or will not start."""
        self.stop()
        if self.restarts >= self.MAX_RESTARTS:
            return False
        self.restarts += 1
        try:
            self.start()
        except PrismUnavailable:
            return False
        return True

    def stop(self) -> None:
        if self.server is not None:
            self.server.stop()
            self.logs.append(self.server.log)
            self.server = None

    @property
    def url(self) -> str:
        assert self.server is not None
        return self.server.url


def run(
    spec: Path, package_dir: Path, results: Path, max_ops: int | None, prism_log: Path | None, dynamic: bool
) -> None:
    """Builds the IR, imports the package, starts Prism (or records why it will not start) and calls
    every operation twice, writing each record as soon as it is made."""
    with results.open("w", encoding="utf-8") as out:

        def write(record: dict[str, Any]) -> None:
            out.write(json.dumps(record) + "\n")
            out.flush()

        docs = DocumentSet(spec)
        openapi_31 = str(docs.root.data.get("openapi", "")).startswith("3.1")
        targets = build_targets(docs, build_package(docs, Config(), []))[:max_ops]
        write({"kind": "targets", "count": len(targets)})
        sys.path.insert(0, str(package_dir.parent))
        module = importlib.import_module(package_dir.name)
        prism = PrismRunner(spec)
        try:
            prism.start()
        except PrismUnavailable as exc:
            write({"kind": "prism", "error": str(exc)[-3000:]})
            return
        try:
            _call_all(docs, openapi_31, module, prism, targets, dynamic, write)
        finally:
            prism.stop()
            if prism_log is not None:
                prism_log.write_text("\n".join(prism.logs), encoding="utf-8")


def _call_all(
    docs: DocumentSet,
    openapi_31: bool,
    module: ModuleType,
    prism: PrismRunner,
    targets: list[Target],
    dynamic: bool,
    write: Callable[[dict[str, Any]], None],
) -> None:
    check = SchemaCheck(docs, openapi_31)
    recorder = Recorder()
    ctx = Context(docs, Synthesiser(docs, check), check, None, recorder, prism)
    ctx.client = make_client(module, prism.url, recorder, dynamic)
    for target in targets:
        for mode, full in MODES:
            before = len(recorder.exchanges)
            write(call_once(ctx, target, mode, full))
            # A call that got no answer may have killed Prism: then the next one needs a new Prism.
            answered = all(e.response is not None for e in recorder.exchanges[before:])
            if not answered and not prism.alive(grace=2.0):
                if not prism.restart():
                    write({"kind": "stopped", "why": f"Prism crashed {prism.restarts + 1} times"})
                    return
                ctx.client = make_client(module, prism.url, recorder, dynamic)
    write({"kind": "done"})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.conformance_calls", description=__doc__.splitlines()[0])
    parser.add_argument("spec", type=Path)
    parser.add_argument("package_dir", type=Path)
    parser.add_argument("results", type=Path)
    parser.add_argument("--max-ops", type=int, default=None)
    parser.add_argument("--prism-log", type=Path, default=None)
    parser.add_argument("--static", action="store_true", help="Prism answers from examples, not schemas")
    args = parser.parse_args(argv)
    run(args.spec, args.package_dir, args.results, args.max_ops, args.prism_log, not args.static)
    return 0


if __name__ == "__main__":
    sys.exit(main())
