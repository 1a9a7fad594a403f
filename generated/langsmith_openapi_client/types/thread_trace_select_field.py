# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from typing_extensions import Literal, TypeAlias

__all__ = ["ThreadTraceSelectField"]

ThreadTraceSelectField: TypeAlias = Literal[
    "THREAD_ID",
    "TRACE_ID",
    "OP",
    "PROMPT_TOKENS",
    "COMPLETION_TOKENS",
    "TOTAL_TOKENS",
    "START_TIME",
    "END_TIME",
    "LATENCY",
    "FIRST_TOKEN_TIME",
    "INPUTS_PREVIEW",
    "OUTPUTS_PREVIEW",
    "PROMPT_COST",
    "COMPLETION_COST",
    "TOTAL_COST",
    "PROMPT_TOKEN_DETAILS",
    "COMPLETION_TOKEN_DETAILS",
    "PROMPT_COST_DETAILS",
    "COMPLETION_COST_DETAILS",
    "NAME",
    "ERROR_PREVIEW",
]
"""A trace field that can be requested through `selects` when listing a thread's traces.

Since v0.9
"""
