# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from typing_extensions import Literal, TypeAlias

__all__ = ["Mode"]

Mode: TypeAlias = Literal["auto", 0, 1, True]
"""Mixed values - a keyword or a number of retries.

Since v1.0
"""
