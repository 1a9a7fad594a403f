# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from typing_extensions import Literal, TypeAlias

__all__ = ["Phase"]

Phase: TypeAlias = Literal["draft", "live"]
"""Used by the response model only; the alias is made all the same.

Since v1.0
"""
