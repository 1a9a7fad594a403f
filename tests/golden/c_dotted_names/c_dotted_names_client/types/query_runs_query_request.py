# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["QueryRunsQueryRequest"]


class QueryRunsQueryRequest(BaseModel):
    """Since v1.0"""

    project_ids: Optional[List[str]] = None

    status: Optional[Literal["SUCCESS", "ERROR", "PENDING"]] = None
