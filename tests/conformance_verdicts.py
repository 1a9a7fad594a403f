"""The verdict on one call of the conformance check, from what was observed (tests/conformance.py).

Verdicts: "pass"; "fail" (the generated client, i.e. the generator, is at fault); "harness" (this check
could not test the call: its own input was invalid, it crashed, it ran out of time); "excused" (the
document or Prism is at fault, and the evidence shows it). Only "fail" and "harness" count against us.
Each verdict has a cause (the group it is counted under: normalised, no values in it) and evidence
(the request, Prism's answer and the messages, to read). The rules, in order, are in `classify`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any, Callable
from urllib.parse import unquote

import httpx

PRISM_ERRORS = "stoplight.io/prism/errors#"
# Prism 5.14 reads every part of a multipart body, and every value of a urlencoded form, as text: an
# object property never validates, an array property only when the media type's `encoding` gives it a
# style. Requests that are right otherwise are excused under this cause.
FORM_LIMITATION = "Prism cannot decode an object/array property of a multipart or form body"
OVERLAPPING_ONE_OF = "document's fault: oneOf members overlap, so no value is valid (Prism ignores discriminators)"
RESPONSE_VIOLATES_DOCUMENT = "document's fault: Prism's response violates the document's own schema"
MISREAD = "Prism demands a type the document does not (it reads the schema differently)"
INVALID_MEDIA_TYPE = "document's fault: a media type that is not type/subtype"
CONTRADICTION = "document's fault: a required schema no value satisfies"
READ_ONLY_REQUIRED = "Prism requires a readOnly property in a request"
ONE_ITEM_ARRAY = "Prism reads a one-item query array as a scalar when anyOf/oneOf wraps the array"
NULL_PARAMETER = "document's fault: a required parameter that can only be null (no null in a query or header)"
TEXT_ONE_OF = "Prism: a parameter oneOf whose members all accept the text of the value"
PRISM_INVALID_HTTP = "Prism sent an invalid HTTP response"
ENCODED_NAME = "Prism cannot find a query parameter whose name needs percent-encoding"
ABSENT_PATH_PARAMETER = "document's fault: a required path parameter the path does not contain"
MULTIPART_NOT_OBJECT = "document's fault: a multipart body whose schema is not an object"
QUERY_COLLISION = "document's fault: exploded query parameters send the same key"
ILLEGAL_HEADER = "document's fault: a header parameter name that is not an HTTP token"
PRISM_CRASHED = "Prism crashed while answering"


@dataclass(frozen=True)
class Verdict:
    verdict: str  # "pass" | "fail" | "harness" | "excused"
    cause: str = ""
    evidence: str = ""


@dataclass
class Observation:
    """What one call did. The checks that cost time are functions, run only when a rule needs them."""

    full: bool
    declared: list[str] = field(default_factory=list)  # the operation's 2xx responses and media types
    media_types: set[str] = field(default_factory=set)  # every media type the operation names
    no_method: str | None = None
    synth_error: str | None = None
    contradiction: bool = False  # the synthesiser proved the schema admits no value
    read_only: set[tuple[str, ...]] = field(default_factory=set)  # required readOnly properties not sent
    missing: list[str] = field(default_factory=list)  # spec inputs the method has no argument for
    kwargs: list[str] = field(default_factory=list)
    request: httpx.Request | None = None
    response: httpx.Response | None = None
    error: BaseException | None = None
    timed_out: bool = False
    result: Any = None
    body_kind: str | None = None
    header_names: list[str] = field(default_factory=list)  # the operation's header parameters
    path_template: str = ""  # the operation's path, as the document writes it
    query_collisions: list[str] = field(default_factory=list)  # query keys two parameters both send
    # What we passed, as JSON, by location: {"body": ..., "query": {name: ...}, "path": ..., ...}
    sent: dict[str, Any] = field(default_factory=dict)
    encoding: dict[str, Any] = field(default_factory=dict)
    pre_check: Callable[[], list[str]] = lambda: []  # our own arguments against their schemas
    response_check: Callable[[], list[str]] = lambda: []  # Prism's response against the document
    return_check: Callable[[], str | None] = lambda: None  # the return value against its declared type
    carries: Callable[[str, Any], bool] = lambda name, value: False  # a form field holds this value
    unchecked: str = ""  # set by return_check when it could not check the return type
    ambiguous_as_text: Callable[[str, str], bool] = lambda location, name: False
    prism_alive: Callable[[], bool] = lambda: True
    prism_crash: Callable[[], str] = lambda: ""


def classify(obs: Observation) -> Verdict:
    """The verdict for one call: before sending, then Prism's view of the request, then the response."""
    if obs.no_method is not None:
        return Verdict("fail", "no client method for operation", obs.no_method)
    if obs.synth_error is not None:
        if obs.contradiction:
            return Verdict("excused", CONTRADICTION, obs.synth_error)
        return Verdict("harness", f"could not synthesise input: {normalise(obs.synth_error)}", obs.synth_error)
    if obs.missing:
        return Verdict("fail", "the client method has no argument for a spec input", "; ".join(obs.missing))
    if obs.request is None:
        return _not_sent(obs)
    if obs.response is None:
        return _unanswered(obs)
    violations = request_violations(obs.response)
    if violations:
        return _rejected(obs, violations)
    return _answered(obs)


def _not_sent(obs: Observation) -> Verdict:
    if obs.timed_out:
        return Verdict("harness", "the call ran over its deadline before sending", "")
    if obs.error is None:
        return Verdict("fail", "the method returned without sending a request", f"returned {obs.result!r:.200}")
    return Verdict("fail", f"client raised before sending: {exception_summary(obs.error)}", _arguments(obs))


def _unanswered(obs: Observation) -> Verdict:
    evidence = f"{_request_line(obs)}: {type(obs.error).__name__}: {obs.error}"
    illegal = re.search(r"Illegal header name b'([^']*)'", str(obs.error))
    if (
        illegal
        and illegal.group(1) in obs.header_names
        and not re.fullmatch(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+", illegal.group(1))
    ):
        return Verdict("excused", ILLEGAL_HEADER, evidence)
    invalid = _invalid_media_type(obs)
    if invalid:
        return Verdict("excused", INVALID_MEDIA_TYPE, f"{evidence}; {invalid}")
    protocol = type(obs.error.__cause__ or obs.error).__name__ if obs.error is not None else ""
    if "RemoteProtocolError" in (protocol, type(obs.error).__name__) and "disconnected" not in str(obs.error):
        return Verdict("excused", PRISM_INVALID_HTTP, evidence)
    if "LocalProtocolError" in (protocol, type(obs.error).__name__):
        return Verdict(
            "fail", f"the HTTP library refused the request the client built: {_cause_text(obs.error)}", evidence
        )
    if not obs.prism_alive():
        return Verdict("excused", PRISM_CRASHED, f"{evidence}; Prism's last words: {obs.prism_crash()}")
    if obs.timed_out or "Timeout" in type(obs.error).__name__:
        return Verdict("excused", "Prism did not answer in time", evidence)
    return Verdict("fail", f"no response: {exception_summary(obs.error)}", evidence)


def _rejected(obs: Observation, violations: list[dict[str, Any]]) -> Verdict:
    """Prism found the request against the document: whose fault is it?"""
    evidence = f"{_exchange(obs)}; violations: {_messages(violations)}"
    ours = obs.pre_check()
    if ours:
        if any("is valid under each of" in problem for problem in ours):
            return Verdict("excused", OVERLAPPING_ONE_OF, f"{evidence}; our check: {'; '.join(ours)}")
        cause = f"the check's own input does not satisfy the schema: {normalise(ours[0])}"
        return Verdict("harness", cause, f"{evidence}; our check: {'; '.join(ours)}")
    excuses = _consequences([_excuse(obs, v) for v in violations], violations)
    if all(excuses):
        return Verdict("excused", str(excuses[0]), evidence)
    if any(str(v.get("code")) == "401" for v in violations):
        return Verdict("fail", "request rejected by Prism: credentials (401)", evidence)
    first = next(v for v, excuse in zip(violations, excuses) if not excuse)
    location = first.get("location") or ["request"]
    where = location[1] if len(location) > 1 else "request"
    return Verdict("fail", f"request rejected by Prism: {where} {first.get('code')}", evidence)


def _excuse(obs: Observation, violation: dict[str, Any]) -> str | None:
    """Why a violation Prism found in a request whose arguments satisfy the document is not the
    client's fault (None: it is, as far as we can tell)."""
    for applies, excuse in _EXCUSES:
        if applies(obs, violation):
            return excuse
    location = violation.get("location") or []
    if violation.get("code") == "oneOf" and len(location) == 3 and location[1] in ("query", "path", "header", "cookie"):
        return TEXT_ONE_OF if obs.ambiguous_as_text(str(location[1]), str(location[2])) else None
    return None


def _query_collision(obs: Observation, violation: dict[str, Any]) -> bool:
    location = violation.get("location") or []
    return location[1:2] == ["query"] and any(str(p) in obs.query_collisions for p in location[2:])


_AGGREGATES = ("if", "then", "else", "oneOf", "anyOf", "allOf")


def _consequences(excuses: list[str | None], violations: list[dict[str, Any]]) -> list[str | None]:
    """A failed oneOf/anyOf/allOf/if at some location is the consequence of the violations inside it:
    it takes the excuse of an excused one there."""
    result = list(excuses)
    for index, violation in enumerate(violations):
        if result[index] is None and violation.get("code") in _AGGREGATES:
            where = list(violation.get("location") or [])
            inside = [
                excuse
                for other, excuse in zip(violations, excuses)
                if excuse and other is not violation and list(other.get("location") or [])[: len(where)] == where
            ]
            result[index] = inside[0] if inside else None
    return result


def _form_limitation(obs: Observation, violation: dict[str, Any]) -> bool:
    location = violation.get("location") or []
    if obs.body_kind not in ("multipart", "form") or len(location) != 3 or location[1] != "body":
        return False
    found = re.search(r"must be (object|array)(,null)?$", str(violation.get("message", "")))
    if violation.get("code") != "type" or found is None:
        return False
    value = _sent_value(obs, location[1:])
    if not obs.carries(str(location[2]), value):
        return False  # the client did not send what we passed: its fault, whatever Prism can decode
    if found.group(1) == "object":
        return isinstance(value, dict)
    styled = isinstance(obs.encoding.get(location[2]), dict) and "style" in obs.encoding[location[2]]
    return isinstance(value, list) and not styled


def _one_item_array(obs: Observation, violation: dict[str, Any]) -> bool:
    """A one-item array sent as a form-exploded query parameter (`a=x`) reads like a scalar: Prism
    makes it an array only when the schema is `type: array`, not when anyOf/oneOf wraps the array;
    then it reports the parameter (array, null, anyOf) although the request is right."""
    location = violation.get("location") or []
    if location[1:2] != ["query"] or len(location) != 3 or obs.request is None:
        return False
    value = _sent_value(obs, location[1:])
    if not (isinstance(value, list) and len(value) == 1 and not isinstance(value[0], (dict, list))):
        return False
    item = json.dumps(value[0]) if isinstance(value[0], bool) else str(value[0])
    return obs.request.url.params.get_list(str(location[2])) == [item]


def _null_only_parameter(obs: Observation, violation: dict[str, Any]) -> bool:
    """A required parameter whose only values are null (`enum: [null]`): a query string, path or
    header has no null, so no request can carry it."""
    found = re.search(r"required property '([^']*)'", str(violation.get("message", "")))
    location = violation.get("location") or []
    if violation.get("code") != "required" or found is None or location[1:2] not in (["query"], ["header"]):
        return False
    value = _sent_value(obs, [location[1], found.group(1)])
    return value is None or (isinstance(value, list) and bool(value) and all(item is None for item in value))


def _multipart_not_object(obs: Observation, violation: dict[str, Any]) -> bool:
    """A multipart body is parts by name, an object to Prism: a document whose multipart schema is
    a string (one file) cannot be satisfied by any body. Only when the client did send the file."""
    location = violation.get("location") or []
    body = obs.sent.get("body", _ABSENT)
    if obs.body_kind != "multipart" or location[1:] != ["body"] or violation.get("code") != "type":
        return False
    if not isinstance(body, str) or obs.request is None:
        return False
    return body in obs.request.read().decode("latin-1")


def _absent_path_parameter(obs: Observation, violation: dict[str, Any]) -> bool:
    """Prism requires a path parameter the document declares but the path does not contain."""
    found = re.search(r"required property '([^']*)'", str(violation.get("message", "")))
    location = violation.get("location") or []
    return (
        violation.get("code") == "required"
        and location[1:] == ["path"]
        and found is not None
        and f"{{{found.group(1)}}}" not in obs.path_template
    )


def _read_only_required(obs: Observation, violation: dict[str, Any]) -> bool:
    """Prism wants a property the document marks readOnly, which a request leaves out (OAS: a
    required readOnly property is required in responses only)."""
    found = re.search(r"required property '([^']*)'", str(violation.get("message", "")))
    location = [str(p) for p in (violation.get("location") or [])[1:]]
    return violation.get("code") == "required" and found is not None and (*location, found.group(1)) in obs.read_only


def _misread(obs: Observation, violation: dict[str, Any]) -> bool:
    """Prism demands a type other than that of the (valid) value we passed there: it reads the
    document differently (e.g. draft-07 `items` over 3.1 `prefixItems`, or $ref siblings in 3.0)."""
    found = re.search(r"must be ([a-z,]+)$", str(violation.get("message", "")))
    location = violation.get("location") or []
    if violation.get("code") != "type" or found is None or len(location) < 3:
        return False
    demanded = set(found.group(1).split(","))
    value = _sent_value(obs, location[1:])
    if value is _ABSENT:
        return False
    return not (_json_types(value) & demanded)


_ABSENT = object()


def _sent_value(obs: Observation, path: list[Any]) -> Any:
    """What we passed at a violation's location (["body", "a", "0"], ["query", "name"])."""
    node: Any = obs.sent
    for token in path:
        if isinstance(node, dict) and str(token) in node:
            node = node[str(token)]
        elif isinstance(node, list) and str(token).isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return _ABSENT
    return node


def _json_types(value: Any) -> set[str]:
    if value is None:
        return {"null"}
    if isinstance(value, bool):
        return {"boolean"}
    if isinstance(value, int) or (isinstance(value, float) and value.is_integer()):
        return {"integer", "number"}
    if isinstance(value, float):
        return {"number"}
    return {"string": {"string"}, "list": {"array"}, "dict": {"object"}}.get(type(value).__name__, {"string"})


def _encoded_name(obs: Observation, violation: dict[str, Any]) -> bool:
    """Prism looks a query parameter whose name needs percent-encoding up by its encoded name, so it
    never finds it: the violation names 'a%20b' while the request carries `a b`."""
    found = re.search(r"required property '([^']*%[0-9A-Fa-f]{2}[^']*)'", str(violation.get("message", "")))
    if violation.get("code") != "required" or found is None or obs.request is None:
        return False
    return unquote(found.group(1)) in {key for key, _ in obs.request.url.params.multi_items()}


def _answered(obs: Observation) -> Verdict:
    """Prism accepted the request; now the status and what the client made of the response."""
    response = obs.response
    assert response is not None
    status = response.status_code
    problem = prism_problem(response)
    if status == 406:
        accept = response.request.headers.get("accept")
        return Verdict("fail", "406 not acceptable", f"{_exchange(obs)}; Accept: {accept}; declared: {obs.declared}")
    if problem is not None and status in (404, 405):
        return Verdict("fail", f"Prism found no route for the request ({status})", _exchange(obs))
    if not 200 <= status < 300:
        return _not_success(obs, problem)
    if obs.error is not None or obs.timed_out:
        what = "timed out while parsing" if obs.timed_out else exception_summary(obs.error)
        return _unless_document(obs, f"response did not parse: {what}", f"{_exchange(obs)}; {obs.error!r:.300}")
    wrong = obs.return_check()
    if wrong is not None:
        return _unless_document(obs, f"the declared return type rejects the response: {normalise(wrong)}", wrong)
    return Verdict("pass")


def _not_success(obs: Observation, problem: dict[str, Any] | None) -> Verdict:
    response = obs.response
    assert response is not None
    evidence = f"{_exchange(obs)}; body: {response.text[:300]}"
    invalid = _invalid_media_type(obs)
    if invalid and response.status_code >= 500:
        return Verdict("excused", INVALID_MEDIA_TYPE, f"{evidence}; {invalid}")
    if problem is not None and response.status_code >= 500:
        return Verdict("excused", f"Prism could not produce a response: {problem.get('title')}", evidence)
    if not obs.declared:
        return Verdict("excused", "document's fault: the operation declares no 2xx response", evidence)
    return Verdict("fail", f"Prism answered {response.status_code} to a valid request", evidence)


def _unless_document(obs: Observation, cause: str, evidence: str) -> Verdict:
    """A failure to use Prism's response is the document's fault when that response breaks the
    document's own schema (Prism says so, or our validation does)."""
    response = obs.response
    assert response is not None
    broken = [_message(v) for v in violations_of(response, "response")] + obs.response_check()
    if broken:
        detail = f"{_exchange(obs)}; the client: {evidence[:300]}; the document: {'; '.join(broken)[:600]}"
        return Verdict("excused", RESPONSE_VIOLATES_DOCUMENT, detail)
    return Verdict("fail", cause, f"{_exchange(obs)}; {evidence}")


_MEDIA_TYPE = re.compile(r"^\s*[\w!#$&^.+-]+/[\w!#$&^.+-]+\s*(;.*)?$")


def _invalid_media_type(obs: Observation) -> str:
    """A Content-Type or Accept the request carries, taken from the document, that is not a media
    type at all (Prism's HTTP layer throws on it)."""
    request = obs.request
    if request is None:
        return ""
    for name in ("content-type", "accept"):
        for item in request.headers.get(name, "").split(","):
            if item.strip() and not _MEDIA_TYPE.match(item) and item.strip() in obs.media_types:
                return f"{name}: {item.strip()!r} is not a valid media type"
    return ""


# --- what Prism says -------------------------------------------------------------------------------


def prism_problem(response: httpx.Response) -> dict[str, Any] | None:
    """Prism's own problem+json answer (not one of the document's responses), if this is one."""
    if "problem+json" not in response.headers.get("content-type", ""):
        return None
    try:
        body = response.json()
    except ValueError:
        return None
    return body if isinstance(body, dict) and PRISM_ERRORS in str(body.get("type", "")) else None


def violations_of(response: httpx.Response, side: str) -> list[dict[str, Any]]:
    """The `sl-violations` entries about the request or the response ("request" / "response")."""
    header = response.headers.get("sl-violations")
    if not header:
        return []
    try:
        entries = json.loads(header)
    except ValueError:  # "Too many violations! <cut JSON>": keep what can be read
        entries = [
            {"location": [m.group(1)], "code": m.group(2), "message": m.group(3)}
            for m in re.finditer(
                r'"location":\["(\w+)"[^]]*\],"severity":"\w+","code":"?(\w+)"?,"message":"([^"]*)"', header
            )
        ]
    # Warnings (a deprecated parameter used) reject nothing.
    return [
        e
        for e in entries
        if isinstance(e, dict) and (e.get("location") or [""])[0] == side and e.get("severity", "Error") == "Error"
    ]


def request_violations(response: httpx.Response) -> list[dict[str, Any]]:
    """Everything Prism found wrong with the request: the header, or its own 401/415/422 answer."""
    found = violations_of(response, "request")
    problem = prism_problem(response)
    if problem is not None:
        for item in problem.get("validation") or []:
            if isinstance(item, dict) and (item.get("location") or [""])[0] != "response":
                found.append({**item, "location": ["request", *(item.get("location") or [])]})
        kind = str(problem.get("type", "")).rsplit("#", 1)[-1]
        if kind == "UNAUTHORIZED" and not found:
            found.append({"location": ["request"], "code": 401, "message": str(problem.get("title"))})
        if kind == "INVALID_CONTENT_TYPE" and not found:
            found.append({"location": ["request", "header"], "code": 415, "message": str(problem.get("detail"))})
    return found


# --- text -----------------------------------------------------------------------------------------------


def normalise(text: str) -> str:
    """A message without its values, to group failures by: quoted text, numbers and ids replaced."""
    lines = [line for line in str(text).strip().splitlines() if line.strip()]
    line = lines[0] if lines else ""
    line = re.sub(r"'[^']*'", "'…'", line)
    line = re.sub(r'"[^"]*"', '"…"', line)
    line = re.sub(r"\b[0-9a-f]{8}-[0-9a-f-]{27}\b", "<uuid>", line)
    line = re.sub(r"\d+", "N", line)
    return line[:140]


def _cause_text(error: BaseException | None) -> str:
    """The innermost message of an exception chain (httpx wraps h11's), numbers replaced."""
    while error is not None and error.__cause__ is not None:
        error = error.__cause__
    return re.sub(r"\d+", "N", str(error))[:120]


def exception_summary(error: BaseException | None) -> str:
    if error is None:
        return "(nothing raised)"
    errors = getattr(error, "errors", None)
    if callable(errors) and type(error).__name__ == "ValidationError":
        try:
            kinds = sorted({str(e.get("type")) for e in errors()})
            return f"ValidationError ({', '.join(kinds)})"
        except Exception:  # not pydantic's after all
            pass
    return f"{type(error).__name__}: {normalise(str(error))}"


def _message(violation: dict[str, Any]) -> str:
    return f"{'.'.join(str(p) for p in violation.get('location') or [])} {violation.get('code')}: {violation.get('message')}"


def _messages(violations: list[dict[str, Any]]) -> str:
    return "; ".join(_message(v) for v in violations)[:800]


def _request_line(obs: Observation) -> str:
    request = obs.request
    return f"{request.method} {request.url}" if request is not None else "(no request)"


def _exchange(obs: Observation) -> str:
    status = obs.response.status_code if obs.response is not None else "no response"
    return f"{_request_line(obs)} -> {status}"


def _arguments(obs: Observation) -> str:
    return f"arguments: {', '.join(obs.kwargs)}; {type(obs.error).__name__}: {str(obs.error)[:300]}"


# Checked in this order: (does it apply to this violation of this call, the excuse).
_EXCUSES: tuple[tuple[Callable[[Observation, dict[str, Any]], bool], str], ...] = (
    (_form_limitation, FORM_LIMITATION),
    (_encoded_name, ENCODED_NAME),
    (_read_only_required, READ_ONLY_REQUIRED),
    (_one_item_array, ONE_ITEM_ARRAY),
    (_null_only_parameter, NULL_PARAMETER),
    (_query_collision, QUERY_COLLISION),
    (_absent_path_parameter, ABSENT_PATH_PARAMETER),
    (_multipart_not_object, MULTIPART_NOT_OBJECT),
    (_misread, MISREAD),
)
