# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from typing_extensions import Literal, TypeAlias

__all__ = ["SingleThreadStatsSelectField"]

SingleThreadStatsSelectField: TypeAlias = Literal[
    "TURNS",
    "FIRST_START_TIME",
    "LAST_START_TIME",
    "LAST_END_TIME",
    "LATENCY_P50",
    "LATENCY_P99",
    "PROMPT_TOKENS",
    "PROMPT_COST",
    "COMPLETION_TOKENS",
    "COMPLETION_COST",
    "TOTAL_TOKENS",
    "TOTAL_COST",
    "PROMPT_TOKEN_DETAILS",
    "COMPLETION_TOKEN_DETAILS",
    "PROMPT_COST_DETAILS",
    "COMPLETION_COST_DETAILS",
]
"""A statistic that can be requested through `selects` for one thread.

Since v0.9
"""
