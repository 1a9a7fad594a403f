# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).
"""The API's types. Each is imported on first use, so that importing the package stays fast."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .base_model import BaseModel_ as BaseModel_
    from .class_ import Class as Class
    from .client import Client_ as Client_
    from .keywords import Keywords as Keywords
    from .list import List_ as List_
    from .module_2_fa_settings import Model2FASettings as Model2FASettings
    from .not_given import NotGiven_ as NotGiven_
    from .profiles_list_response import ProfilesListResponse as ProfilesListResponse
    from .status import Status as Status
    from .status_2 import Status2 as Status2
    from .user_profile import UserProfile as UserProfile
    from .user_profile_2 import UserProfile2 as UserProfile2
    from .user_profile_3 import UserProfile3 as UserProfile3
    from .users_resource import UsersResource as UsersResource
    from .users_retrieve_response import UsersRetrieveResponse as UsersRetrieveResponse

_EXPORTS: dict[str, str] = {
    "BaseModel_": "base_model",
    "Class": "class_",
    "Client_": "client",
    "Keywords": "keywords",
    "List_": "list",
    "Model2FASettings": "module_2_fa_settings",
    "NotGiven_": "not_given",
    "ProfilesListResponse": "profiles_list_response",
    "Status": "status",
    "Status2": "status_2",
    "UserProfile": "user_profile",
    "UserProfile2": "user_profile_2",
    "UserProfile3": "user_profile_3",
    "UsersResource": "users_resource",
    "UsersRetrieveResponse": "users_retrieve_response",
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
