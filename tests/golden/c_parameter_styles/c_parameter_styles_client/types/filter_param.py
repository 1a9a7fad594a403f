# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from typing_extensions import TypedDict

__all__ = ["FilterParam"]


class FilterParam(TypedDict, total=False):
    """Since v1.0"""

    status: str

    owner: str
