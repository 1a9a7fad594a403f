# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from typing_extensions import Literal, TypeAlias

__all__ = ["Status2"]

Status2: TypeAlias = Literal["on", "off"]
"""A switch. Its name as a class, `Status`, is also the object's below; classes are named first, so the alias is `Status2`.

Since v1.0
"""
