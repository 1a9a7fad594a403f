# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).
"""The API's types. Each is imported on first use, so that importing the package stays fast."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .color import Color as Color
    from .gadget import Gadget as Gadget
    from .gadget_spec import GadgetSpec as GadgetSpec
    from .mode import Mode as Mode
    from .phase import Phase as Phase
    from .priority import Priority as Priority
    from .shade import Shade as Shade
    from .status import Status as Status
    from .status_2 import Status2 as Status2

_EXPORTS: dict[str, str] = {
    "Color": "color",
    "Gadget": "gadget",
    "GadgetSpec": "gadget_spec",
    "Mode": "mode",
    "Phase": "phase",
    "Priority": "priority",
    "Shade": "shade",
    "Status": "status",
    "Status2": "status_2",
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
