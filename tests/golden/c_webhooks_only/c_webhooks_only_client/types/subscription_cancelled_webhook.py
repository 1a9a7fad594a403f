# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from datetime import datetime
from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["SubscriptionCancelledWebhook"]


class SubscriptionCancelledWebhook(BaseModel):
    """An inline payload schema.

    Since v1.0
    """

    subscription_id: str

    cancelled_at: datetime

    reason: Optional[Literal["requested", "payment_failed"]] = None
