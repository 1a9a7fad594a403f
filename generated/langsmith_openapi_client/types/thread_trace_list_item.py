# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from datetime import datetime
from typing import Optional

from .._models import BaseModel
from .run import CompletionCostDetails, CompletionTokenDetails, PromptCostDetails, PromptTokenDetails

__all__ = ["ThreadTraceListItem"]


class ThreadTraceListItem(BaseModel):
    """One trace of a thread. Only `trace_id` and the fields asked for through `selects` are present.

    Since v0.9
    """

    completion_cost: Optional[float] = None
    """Estimated USD cost of the trace's completions."""

    completion_cost_details: Optional[CompletionCostDetails] = None
    """Completion cost split by category."""

    completion_token_details: Optional[CompletionTokenDetails] = None
    """Completion tokens split by category."""

    completion_tokens: Optional[int] = None
    """Completion tokens used by the trace."""

    end_time: Optional[datetime] = None
    """When the trace's root run ended (RFC3339)."""

    error_preview: Optional[str] = None
    """Shortened error text, if the trace failed."""

    first_token_time: Optional[datetime] = None
    """When the first output token was streamed (RFC3339)."""

    inputs_preview: Optional[str] = None
    """Shortened text of the trace's inputs."""

    latency: Optional[float] = None
    """Duration of the trace in seconds."""

    name: Optional[str] = None
    """Name of the trace's root run."""

    op: Optional[float] = None
    """The root run's kind as a legacy numeric code; `run_type` on a Run is the readable form of the same information."""

    outputs_preview: Optional[str] = None
    """Shortened text of the trace's outputs."""

    prompt_cost: Optional[float] = None
    """Estimated USD cost of the trace's prompts."""

    prompt_cost_details: Optional[PromptCostDetails] = None
    """Prompt cost split by category."""

    prompt_token_details: Optional[PromptTokenDetails] = None
    """Prompt tokens split by category."""

    prompt_tokens: Optional[int] = None
    """Prompt tokens used by the trace."""

    start_time: Optional[datetime] = None
    """When the trace's root run started (RFC3339)."""

    thread_id: Optional[str] = None
    """ID of the thread the trace belongs to."""

    total_cost: Optional[float] = None
    """Estimated USD cost of the whole trace."""

    total_tokens: Optional[int] = None
    """Tokens used by the whole trace."""

    trace_id: Optional[str] = None
    """UUID of the trace."""
