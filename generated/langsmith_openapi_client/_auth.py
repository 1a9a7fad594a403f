"""Credentials, sent the way the API description's security schemes say.

A security requirement lists alternatives, any one of which will do, each the names of the
schemes that must all be sent together (an empty one: no credentials needed). The client sends
the first alternative it holds every credential of; when it holds none of them completely, it
sends what it holds that the requirement mentions, and the server's answer says what is missing.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from typing import Dict, List, Mapping, Optional, Sequence

__all__ = ["Auth", "Credentials", "Requirement", "SecurityScheme", "authenticate"]

# Alternatives, each the names of the schemes sent together.
Requirement = Sequence[Sequence[str]]
# What the client holds, by scheme name: (username, password) for basic, one value otherwise.
Credentials = Mapping[str, Sequence[Optional[str]]]


@dataclass(frozen=True)
class SecurityScheme:
    """How one scheme is sent: "api_key" in a header, query parameter or cookie named `name`;
    "bearer" as `Authorization: Bearer <token>`; "basic" as `Authorization: Basic <base64>`."""

    kind: str
    location: str = "header"
    name: str = "Authorization"

    def encode(self, values: Sequence[Optional[str]]) -> Optional[str]:
        """The value to send, or None when the client does not hold the credential."""
        if self.kind == "basic":
            username, password = values
            if not username:
                return None
            # RFC 7617: base64 of the UTF-8 `user-id:password`; a password not given is empty.
            pair = f"{username}:{password or ''}".encode("utf-8")
            return "Basic " + base64.b64encode(pair).decode("ascii")
        value = values[0] if values else None
        if not value:
            return None
        return f"Bearer {value}" if self.kind == "bearer" else value


@dataclass
class Auth:
    """What one request sends to authenticate."""

    headers: Dict[str, str] = field(default_factory=dict)
    query: Dict[str, str] = field(default_factory=dict)
    cookies: Dict[str, str] = field(default_factory=dict)


def authenticate(
    requirement: Optional[Requirement],
    schemes: Mapping[str, SecurityScheme],
    credentials: Credentials,
) -> Auth:
    """The credentials to send for `requirement` (None: the API description says nothing, so
    every credential held is sent)."""
    held: Dict[str, str] = {}
    for name, scheme in schemes.items():
        value = scheme.encode(credentials.get(name, ()))
        if value is not None:
            held[name] = value
    auth = Auth()
    for name in _chosen(requirement, held):
        scheme = schemes[name]
        if scheme.location == "query":
            auth.query[scheme.name] = held[name]
        elif scheme.location == "cookie":
            auth.cookies[scheme.name] = held[name]
        else:
            auth.headers[scheme.name] = held[name]
    return auth


def _chosen(requirement: Optional[Requirement], held: Mapping[str, str]) -> List[str]:
    if requirement is None:
        return list(held)
    for alternative in requirement:
        if all(name in held for name in alternative):
            return list(alternative)
    return [name for alternative in requirement for name in alternative if name in held]
