# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from datetime import datetime
from typing import Optional

from .._models import BaseModel
from .run import CompletionCostDetails, CompletionTokenDetails, PromptCostDetails, PromptTokenDetails

__all__ = ["ThreadStats"]


class ThreadStats(BaseModel):
    """Aggregate statistics over the traces of one thread. Only the statistics asked for through `selects` are present.

    Since v0.9
    """

    completion_cost: Optional[float] = None
    """Estimated USD cost of all completions in the thread."""

    completion_cost_details: Optional[CompletionCostDetails] = None
    """Completion cost summed per category."""

    completion_token_details: Optional[CompletionTokenDetails] = None
    """Completion tokens summed per category."""

    completion_tokens: Optional[int] = None
    """Completion tokens summed over the thread."""

    first_start_time: Optional[datetime] = None
    """Start time of the earliest trace (RFC3339)."""

    last_end_time: Optional[datetime] = None
    """End time of the latest trace (RFC3339)."""

    last_start_time: Optional[datetime] = None
    """Start time of the latest trace (RFC3339)."""

    latency_p50_seconds: Optional[float] = None
    """Median trace latency in seconds."""

    latency_p99_seconds: Optional[float] = None
    """99th-percentile trace latency in seconds."""

    prompt_cost: Optional[float] = None
    """Estimated USD cost of all prompts in the thread."""

    prompt_cost_details: Optional[PromptCostDetails] = None
    """Prompt cost summed per category."""

    prompt_token_details: Optional[PromptTokenDetails] = None
    """Prompt tokens summed per category."""

    prompt_tokens: Optional[int] = None
    """Prompt tokens summed over the thread."""

    total_cost: Optional[float] = None
    """Estimated USD cost summed over the thread."""

    total_tokens: Optional[int] = None
    """Tokens summed over the thread."""

    turns: Optional[int] = None
    """Number of traces (turns) in the thread."""
