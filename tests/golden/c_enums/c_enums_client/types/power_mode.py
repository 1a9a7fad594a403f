# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from typing_extensions import Literal, TypeAlias

__all__ = ["PowerMode"]

PowerMode: TypeAlias = Literal["on", "off", "auto"]
"""Unquoted on/off are strings in YAML 1.2 (the version OpenAPI recommends).

Since v1.0
"""
