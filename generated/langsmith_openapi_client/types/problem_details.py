# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from typing import Optional

from .._models import BaseModel

__all__ = ["ProblemDetails"]


class ProblemDetails(BaseModel):
    """An error report in the style of RFC 7807 (problem details for HTTP APIs).

    Since v0.9
    """

    type: Optional[str] = None
    """URI reference naming the kind of problem."""

    title: Optional[str] = None
    """Short summary of the kind of problem."""

    status: Optional[int] = None
    """The HTTP status code of the response."""

    detail: Optional[str] = None
    """Explanation specific to this occurrence of the problem."""

    instance: Optional[str] = None
    """URI reference for this particular occurrence."""

    remedy: Optional[str] = None
    """A hint on how the caller can fix the request."""
