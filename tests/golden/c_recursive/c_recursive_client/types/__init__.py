# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).
"""The API's types. Each is imported on first use, so that importing the package stays fast."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .binary_operation import BinaryOperation as BinaryOperation
    from .category import Category as Category
    from .category_base import CategoryBase as CategoryBase
    from .comment import Comment as Comment
    from .file import File as File
    from .folder import Folder as Folder
    from .number_literal import NumberLiteral as NumberLiteral

_EXPORTS: dict[str, str] = {
    "BinaryOperation": "binary_operation",
    "Category": "category",
    "CategoryBase": "category_base",
    "Comment": "comment",
    "File": "file",
    "Folder": "folder",
    "NumberLiteral": "number_literal",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> object:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
