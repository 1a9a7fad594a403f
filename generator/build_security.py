"""Stage 3c: `components.securitySchemes` and `security` -> the client's credentials, the
schemes that send them and the security requirement of each operation.

Credentials are named after what the user holds: `api_key` for the API key (the first apiKey
scheme whose parameter or scheme name says "key", else the first apiKey scheme), the other API
keys after their parameter (`X-Tenant-Id` -> `tenant_id`), `bearer_token` for http bearer,
`access_token` for OAuth 2 and OpenID Connect (both sent as bearer tokens), `username` and
`password` for http basic. Schemes sent the same way share their credentials. Each is read from
`<PREFIX>_<ARGUMENT>` when not given (`api_key`: the config's `api_key_env`, if set).
"""

from __future__ import annotations

import keyword
from collections import Counter
from collections.abc import Iterable
from typing import Any

from . import naming
from .build_operations import OperationSource, operation_sources
from .build_refs import follow_refs
from .errors import Finding, Severity, join_pointer
from .ir import Credential, SecurityRequirement, SecurityScheme
from .documents import DocumentSet

SCHEMES_POINTER = "/components/securitySchemes"

# Names a credential may not take: the client's other constructor arguments, what its module
# and `__init__` use, and its attributes (credentials are attributes too).
_CONSTRUCTOR = frozenset({"base_url", "timeout", "max_retries", "default_headers", "default_query", "http_client"})
_CLIENT_MODULE = frozenset({"os", "sys", "httpx", "cached_property", "annotations", "super"})
RESERVED = (
    _CONSTRUCTOR
    | _CLIENT_MODULE
    | naming.CLIENT_RESERVED
    | naming.HTTP_VERB_METHODS
    | naming.ARGUMENT_RESERVED
    | naming.MODULE_RESERVED
) - {"api_key"}

# The arguments of the schemes whose credentials have a name of their own.
_FIXED_ARGUMENTS = {"bearer": ("bearer_token",), "oauth": ("access_token",), "basic": ("username", "password")}
UNDECLARED = SecurityRequirement(declared=False)


class SecurityBuilder:
    """The document's schemes and requirements; `operation_requirement` for each operation,
    `client_security` once the client's other attribute names are known."""

    def __init__(self, docs: DocumentSet, findings: list[Finding]):
        self.docs = docs
        self.findings = findings
        raw = (docs.root.data.get("components") or {}).get("securitySchemes")
        self._raw_schemes: dict[str, Any] = raw if isinstance(raw, dict) else {}
        self._document = self._requirement(docs.root.data.get("security"), "/security", report=True)
        self.default = self._default_requirement()

    # --- requirements ---------------------------------------------------------------------

    def operation_requirement(self, source: OperationSource) -> SecurityRequirement | None:
        """The operation's requirement when it differs from the client's default, else None."""
        requirement = self._effective(source, report=True)
        return None if requirement == self.default else requirement

    def every_operation_requires_credentials(self) -> bool:
        """Whether no operation can be called without credentials: each declares a requirement
        (its own or the document's) and none of its alternatives is empty. A client of such an
        API refuses to be built without any credential, rather than send requests bound to 401."""
        sources = list(operation_sources(self.docs))
        return bool(sources) and all(
            requirement.declared and requirement.alternatives and all(requirement.alternatives)
            for requirement in (self._effective(source, report=False) for source in sources)
        )

    def _effective(self, source: OperationSource, report: bool) -> SecurityRequirement:
        if "security" not in source.node:
            return self._document
        return self._requirement(source.node["security"], join_pointer(source.pointer, "security"), report)

    def _default_requirement(self) -> SecurityRequirement:
        """The document's `security`; when it has none, the requirement most operations have
        (the first of them on a tie), so that only the others spell theirs out."""
        if self._document.declared:
            return self._document
        counts = Counter(self._effective(source, report=False) for source in operation_sources(self.docs))
        if not counts:
            return self._document
        return max(counts, key=lambda requirement: counts[requirement])  # first of the largest

    def _requirement(self, value: Any, pointer: str, report: bool) -> SecurityRequirement:
        if not isinstance(value, list):
            return UNDECLARED
        alternatives = []
        for index, alternative in enumerate(value):
            if not isinstance(alternative, dict):
                continue
            names = tuple(str(name) for name in alternative)
            for name in names:
                if report and name not in self._raw_schemes:
                    self.findings.append(
                        Finding(
                            Severity.WARNING,
                            join_pointer(pointer, index, name),
                            f"security scheme {name!r} is not in components.securitySchemes; "
                            "the client cannot meet this alternative",
                        )
                    )
            alternatives.append(names)
        return SecurityRequirement(tuple(alternatives))

    # --- schemes and credentials ----------------------------------------------------------

    def client_security(
        self, env_prefix: str, api_key_env: str | None, base_url_env: str, taken: Iterable[str] = ()
    ) -> tuple[tuple[Credential, ...], tuple[SecurityScheme, ...]]:
        """The credentials (constructor arguments) and the schemes that send them. `taken`:
        the client's other attributes (its resources), which credentials may not shadow."""
        found = self._sendable_schemes()
        primary = _primary_api_key(found)
        if api_key_env and primary is None:
            # Said once rather than ignored: the config names a variable no argument reads.
            message = f"the config's client.api_key_env {api_key_env!r} has no effect: no apiKey scheme the client can send"
            self.findings.append(Finding(Severity.WARNING, SCHEMES_POINTER, message))
        wanted: dict[tuple[str, ...], tuple[str, ...]] = {}
        for key, _, (kind, location, name) in found:
            identity = _identity(kind, location, name)
            if identity not in wanted:
                fixed = ("api_key",) if identity == primary else _FIXED_ARGUMENTS.get(kind)
                wanted[identity] = fixed or (_derived_name(name, key),)
        # The API key first, then the other names given here; names derived from the document yield to them.
        order = sorted(wanted, key=lambda i: 0 if i == primary else 2 if i[0] == "api_key" else 1)
        names, envs = set(RESERVED | set(taken)), {base_url_env}
        held: dict[tuple[str, ...], tuple[Credential, ...]] = {}
        for identity in order:
            arguments = [naming.unique(argument, names) for argument in wanted[identity]]
            if identity == primary and api_key_env:
                envs.add(api_key_env)
                held[identity] = (Credential(arguments[0], api_key_env),)
            else:
                held[identity] = tuple(Credential(a, _unique_env(f"{env_prefix}_{a.upper()}", envs)) for a in arguments)
        schemes = []
        for key, scheme, (kind, location, name) in found:
            description = scheme.get("description")
            schemes.append(
                SecurityScheme(
                    key=key,
                    kind="bearer" if kind == "oauth" else kind,
                    location=location,
                    name=name,
                    credentials=held[_identity(kind, location, name)],
                    spec_type=str(scheme.get("type")),
                    description=description.strip() if isinstance(description, str) else "",
                )
            )
        credentials_in_order = tuple(dict.fromkeys(c for s in schemes for c in s.credentials))
        return credentials_in_order, tuple(schemes)

    def _sendable_schemes(self) -> list[tuple[str, dict[str, Any], tuple[str, str, str]]]:
        """(key, scheme, (kind, location, name)) of each scheme the client can send, in document
        order; each of the others is reported."""
        found: list[tuple[str, dict[str, Any], tuple[str, str, str]]] = []
        for key, raw in self._raw_schemes.items():
            _, pointer, scheme = follow_refs(self.docs, raw, self.docs.root, join_pointer(SCHEMES_POINTER, key))
            if not isinstance(scheme, dict):
                continue
            how = _how_sent(scheme)
            if how is None:
                self.findings.append(Finding(Severity.WARNING, pointer, _unsupported(str(key), scheme)))
            else:
                found.append((str(key), scheme, how))
        return found


def _how_sent(scheme: dict[str, Any]) -> tuple[str, str, str] | None:
    """(kind, location, name) of a scheme the client can send, else None."""
    kind = scheme.get("type")
    if kind == "apiKey":
        location, name = scheme.get("in"), scheme.get("name")
        if location in ("header", "query", "cookie") and isinstance(name, str) and name:
            return ("api_key", location, name)
        return None
    if kind == "http":
        http_scheme = str(scheme.get("scheme", "")).lower()  # RFC 7235: scheme names ignore case
        return (http_scheme, "header", "Authorization") if http_scheme in ("bearer", "basic") else None
    if kind in ("oauth2", "openIdConnect"):
        return ("oauth", "header", "Authorization")
    return None


def _unsupported(key: str, scheme: dict[str, Any]) -> str:
    kind = scheme.get("type")
    if kind == "mutualTLS":
        detail = "mutual TLS: give the client an httpx client with the certificate (`http_client=`)"
    elif kind == "http":
        detail = f"http {str(scheme.get('scheme'))!r} (the client sends http bearer and basic)"
    elif kind == "apiKey":
        detail = "an apiKey needs `in` (header, query or cookie) and a `name`"
    else:
        detail = f"type {kind!r}"
    return f"security scheme {key!r} cannot be sent by the generated client ({detail}); it is left out"


def _identity(kind: str, location: str, name: str) -> tuple[str, ...]:
    """Schemes with the same identity are sent the same way and share their credentials."""
    if kind != "api_key":
        return (kind,)
    return (kind, location, name.lower() if location == "header" else name)  # header names ignore case


def _primary_api_key(found: list[tuple[str, dict[str, Any], tuple[str, str, str]]]) -> tuple[str, ...] | None:
    """The identity of the API key: the first apiKey scheme whose parameter or scheme name says
    "key", else the first apiKey scheme."""
    api_keys = [(key, how) for key, _, how in found if how[0] == "api_key"]
    for key, how in api_keys:
        if "key" in how[2].lower() or "key" in key.lower():
            return _identity(*how)
    return _identity(*api_keys[0][1]) if api_keys else None


def _derived_name(parameter: str, scheme_key: str) -> str:
    """`X-Tenant-Id` -> `tenant_id`: the parameter's words without an `x-` prefix (else the
    scheme's name), made a safe identifier."""
    name = ""
    for text in (parameter, scheme_key):
        name = naming.snake_case(text)
        if name.startswith("x_") and len(name) > 2:
            name = name[2:]
        if name:
            break
    name = name or "credential"
    if name[0].isdigit():
        name = f"key_{name}"
    if keyword.iskeyword(name) or name in RESERVED:
        name = f"{name}_"
    return name


def _unique_env(env: str, taken: set[str]) -> str:
    candidate, counter = env, 1
    while candidate in taken:
        counter += 1
        candidate = f"{env}_{counter}"
    taken.add(candidate)
    return candidate
