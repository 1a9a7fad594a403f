# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from typing import List, Optional, Union

from typing_extensions import Annotated
from pydantic import Discriminator, Field as FieldInfo, Tag

from .._models import BaseModel, discriminate_by
from .cat import Cat
from .circle import Circle
from .dog import Dog
from .image_block import ImageBlock
from .square import Square
from .text_block import TextBlock

__all__ = ["Drawing", "Cartesian", "Polar"]


class Drawing(BaseModel):
    """Since v1.0"""

    shapes: List[
        Annotated[
            Union[Annotated[Circle, Tag("Circle")], Annotated[Square, Tag("Square")]],
            Discriminator(discriminate_by("kind", {"circle": "Circle", "square": "Square"})),
        ]
    ]

    background: Optional[
        Annotated[
            Union[Annotated[Circle, Tag("Circle")], Annotated[Square, Tag("Square")]],
            Discriminator(discriminate_by("kind", {"circle": "Circle", "square": "Square"})),
        ]
    ] = None

    pets: Optional[
        List[
            Annotated[
                Union[Annotated[Cat, Tag("Cat")], Annotated[Dog, Tag("Dog")]],
                Discriminator(discriminate_by("pet_type", {"Cat": "Cat", "Dog": "Dog"})),
            ]
        ]
    ] = None

    blocks: Optional[List[Annotated[Union[TextBlock, ImageBlock], FieldInfo(discriminator="type")]]] = None

    stroke: Optional[Union[str, int]] = None
    """oneOf without a discriminator, of scalars."""

    point: Optional[Union[Cartesian, Polar]] = None
    """oneOf without a discriminator, of inline objects."""

    tags: Optional[Union[str, List[str]]] = None
    """anyOf without a discriminator, a string or a list of strings."""

    highlight: Optional[
        Annotated[
            Union[Annotated[Circle, Tag("Circle")], Annotated[Square, Tag("Square")]],
            Discriminator(discriminate_by("kind", {"circle": "Circle", "square": "Square"})),
        ]
    ] = None
    """A nullable discriminated union."""


class Cartesian(BaseModel):
    """Cartesian

    Since v1.0
    """

    x: float

    y: float


class Polar(BaseModel):
    """Polar

    Since v1.0
    """

    r: float

    theta: float
