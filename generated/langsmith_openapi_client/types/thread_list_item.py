# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from datetime import datetime
from typing import Dict, Optional

from .._models import BaseModel
from .run import FeedbackStats

__all__ = ["ThreadListItem"]


class ThreadListItem(BaseModel):
    """Summary of one conversation thread.

    Since v0.9
    """

    count: Optional[int] = None
    """Number of root traces (turns) of the thread inside the queried time window."""

    feedback_stats: Optional[Dict[str, FeedbackStats]] = None
    """Feedback on the thread, summarised per feedback key."""

    first_inputs: Optional[str] = None
    """Preview of the inputs of the thread's first trace."""

    first_trace_id: Optional[str] = None
    """UUID of the thread's earliest trace."""

    last_error: Optional[str] = None
    """Error of the thread's latest trace, if it failed."""

    last_outputs: Optional[str] = None
    """Preview of the outputs of the thread's latest trace."""

    last_trace_id: Optional[str] = None
    """UUID of the thread's latest trace."""

    latency_p50: Optional[float] = None
    """Median trace latency in seconds."""

    latency_p99: Optional[float] = None
    """99th-percentile trace latency in seconds."""

    max_start_time: Optional[datetime] = None
    """Start time of the thread's latest trace (RFC3339)."""

    min_start_time: Optional[datetime] = None
    """Start time of the thread's earliest trace (RFC3339)."""

    num_errored_turns: Optional[int] = None
    """Number of traces in the thread that ended in an error."""

    start_time: Optional[datetime] = None
    """A representative start time for the thread, useful for sorting (RFC3339)."""

    thread_id: Optional[str] = None
    """ID of the thread."""

    total_cost: Optional[float] = None
    """Estimated USD cost summed over the thread."""

    total_cost_details: Optional[Dict[str, float]] = None
    """Summed USD cost per category."""

    total_token_details: Optional[Dict[str, int]] = None
    """Summed token count per category."""

    total_tokens: Optional[int] = None
    """Tokens summed over the thread."""

    trace_id: Optional[str] = None
    """UUID of one root trace representing the thread, for example to link to it."""
