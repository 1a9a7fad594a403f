# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, Literal
from pydantic import Discriminator, Field as FieldInfo, Tag

from .._models import BaseModel, discriminate_by
from .number_literal import NumberLiteral

__all__ = ["BinaryOperation"]


class BinaryOperation(BaseModel):
    """Since v1.0"""

    type: Literal["binary"]

    operator: Literal["+", "-", "*", "/"]

    left: Annotated[
        Union[Annotated[NumberLiteral, Tag("NumberLiteral")], Annotated[BinaryOperation, Tag("BinaryOperation")]],
        Discriminator(discriminate_by("type", {"number": "NumberLiteral", "binary": "BinaryOperation"})),
    ]

    right: Annotated[
        Union[Annotated[NumberLiteral, Tag("NumberLiteral")], Annotated[BinaryOperation, Tag("BinaryOperation")]],
        Discriminator(discriminate_by("type", {"number": "NumberLiteral", "binary": "BinaryOperation"})),
    ]
