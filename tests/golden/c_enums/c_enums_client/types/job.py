# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from typing import Dict, List, Optional, Union

from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["Job"]


class Job(BaseModel):
    """Since v1.0"""

    id: str

    state: Literal["queued", "running", "succeeded", "failed"]

    priority: Optional[Literal[0, 1, 2, 3]] = None

    retry_policy: Optional[Literal["auto", "never", 1, 3, 5]] = None
    """Mixed values - a number of retries or a keyword."""

    cancel_reason: Optional[Literal["user", "timeout"]] = None
    """A nullable string enum."""

    sampling: Optional[Union[int, float, str, bool, None]] = None

    flags: Optional[List[Literal["urgent", "flaky", "pinned"]]] = None

    step_states: Optional[Dict[str, Literal["queued", "running", "succeeded", "failed"]]] = None

    power: Optional[Literal["on", "off", "auto"]] = None

    http_class: Optional[Literal["2xx", "4xx", "5xx", "in-flight", "not found"]] = None
    """Values that are not identifiers."""
