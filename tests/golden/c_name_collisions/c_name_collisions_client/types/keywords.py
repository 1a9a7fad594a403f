# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

import builtins
import datetime as _datetime
from datetime import date, datetime
from typing import Dict, List, Optional

from pydantic import Field as FieldInfo

from .._models import BaseModel
from .base_model import BaseModel_
from .class_ import Class
from .client import Client_
from .list import List_
from .module_2_fa_settings import Model2FASettings
from .status import Status
from .status_2 import Status2

__all__ = ["Keywords"]


class Keywords(BaseModel):
    """Properties named like keywords, builtins, pydantic and runtime names.

    Since v1.0
    """

    id: Optional[builtins.str] = None

    from_: Optional[builtins.str] = FieldInfo(alias="from", default=None)

    class_: Optional[builtins.str] = FieldInfo(alias="class", default=None)

    import_: Optional[builtins.str] = FieldInfo(alias="import", default=None)

    None_: Optional[builtins.str] = FieldInfo(alias="None", default=None)

    True_: Optional[bool] = FieldInfo(alias="True", default=None)

    type: Optional[builtins.str] = None

    id_2: Optional[builtins.str] = FieldInfo(alias="_id", default=None)

    list: Optional[List[int]] = None

    str: Optional[builtins.str] = None

    dict_: Optional[Dict[builtins.str, builtins.str]] = FieldInfo(alias="dict", default=None)

    json_: Optional[builtins.str] = FieldInfo(alias="json", default=None)

    copy_: Optional[bool] = FieldInfo(alias="copy", default=None)

    schema_: Optional[builtins.str] = FieldInfo(alias="schema", default=None)

    validate_: Optional[bool] = FieldInfo(alias="validate", default=None)

    model_config_: Optional[builtins.str] = FieldInfo(alias="model_config", default=None)

    model_dump_: Optional[builtins.str] = FieldInfo(alias="model_dump", default=None)

    fields_: Optional[List[builtins.str]] = FieldInfo(alias="fields", default=None)

    Config_: Optional[builtins.str] = FieldInfo(alias="Config", default=None)

    to_dict_: Optional[builtins.str] = FieldInfo(alias="to_dict", default=None)

    BaseModel__2: Optional[builtins.str] = FieldInfo(alias="BaseModel", default=None)

    Optional_: Optional[builtins.str] = FieldInfo(alias="Optional", default=None)

    datetime: Optional[_datetime.datetime] = None

    date: Optional[_datetime.date] = None

    field_3d_model: Optional[builtins.str] = FieldInfo(alias="3d_model", default=None)

    first_name: Optional[builtins.str] = FieldInfo(alias="first.name", default=None)

    last_name: Optional[builtins.str] = FieldInfo(alias="last-name", default=None)

    display_name: Optional[builtins.str] = FieldInfo(alias="display name", default=None)

    type_2: Optional[builtins.str] = FieldInfo(alias="@type", default=None)

    ref: Optional[builtins.str] = FieldInfo(alias="$ref", default=None)

    init: Optional[builtins.str] = FieldInfo(alias="__init__", default=None)

    userId: Optional[builtins.str] = None

    user_id: Optional[builtins.str] = None

    status: Optional[Status] = None

    other_status: Optional[Status2] = None

    client: Optional[Client_] = None

    base: Optional[BaseModel_] = None

    klass: Optional[Class] = None

    items: Optional[List_] = None

    settings: Optional[Model2FASettings] = None
