# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from datetime import datetime
from typing import List, Optional

from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["QueryRunsRequest"]


class QueryRunsRequest(BaseModel):
    """Criteria for searching runs, plus paging and field selection.

    Since v0.9
    """

    ai_query: Optional[str] = None
    """A plain-language description of the runs wanted, turned into a filter by the server."""

    cursor: Optional[str] = None
    """The `next_cursor` of the previous page; leave out for the first page."""

    filter: Optional[str] = None
    """A LangSmith filter expression each run must satisfy."""

    has_error: Optional[bool] = None
    """When set, keep only failed runs (true) or only runs without an error (false)."""

    ids: Optional[List[str]] = None
    """Restrict the search to these run UUIDs."""

    is_root: Optional[bool] = None
    """When set, keep only root runs (true) or only child runs (false)."""

    max_start_time: Optional[datetime] = None
    """Latest run start time to include (RFC3339)."""

    min_start_time: Optional[datetime] = None
    """Earliest run start time to include (RFC3339)."""

    page_size: Optional[int] = 100
    """Largest number of runs to return in one page."""

    project_ids: Optional[List[str]] = None
    """UUIDs of the tracing projects to search."""

    reference_dataset_id: Optional[str] = None
    """Keep only runs tied to examples of this dataset."""

    reference_examples: Optional[List[str]] = None
    """Keep only runs tied to these dataset example UUIDs."""

    run_type: Optional[Literal["TOOL", "CHAIN", "LLM", "RETRIEVER", "EMBEDDING", "PROMPT", "PARSER"]] = None
    """Keep only runs of this kind."""

    selects: Optional[
        List[
            Literal[
                "ID",
                "NAME",
                "RUN_TYPE",
                "STATUS",
                "START_TIME",
                "END_TIME",
                "LATENCY_SECONDS",
                "FIRST_TOKEN_TIME",
                "ERROR",
                "ERROR_PREVIEW",
                "EXTRA",
                "METADATA",
                "EVENTS",
                "INPUTS",
                "INPUTS_PREVIEW",
                "OUTPUTS",
                "OUTPUTS_PREVIEW",
                "MANIFEST",
                "PARENT_RUN_IDS",
                "PROJECT_ID",
                "TRACE_ID",
                "THREAD_ID",
                "DOTTED_ORDER",
                "IS_ROOT",
                "REFERENCE_EXAMPLE_ID",
                "REFERENCE_DATASET_ID",
                "TOTAL_TOKENS",
                "PROMPT_TOKENS",
                "COMPLETION_TOKENS",
                "TOTAL_COST",
                "PROMPT_COST",
                "COMPLETION_COST",
                "PROMPT_TOKEN_DETAILS",
                "COMPLETION_TOKEN_DETAILS",
                "PROMPT_COST_DETAILS",
                "COMPLETION_COST_DETAILS",
                "PRICE_MODEL_ID",
                "TAGS",
                "APP_PATH",
                "ATTACHMENTS",
                "THREAD_EVALUATION_TIME",
                "IS_IN_DATASET",
                "SHARE_URL",
                "FEEDBACK_STATS",
            ]
        ]
    ] = None
    """Run fields to include on each returned run; only `id` when left out."""

    sort_order: Optional[Literal["ASC", "DESC"]] = "DESC"
    """Whether results come oldest first (ASC) or newest first (DESC)."""

    trace_filter: Optional[str] = None
    """A filter expression the root run of each run's trace must satisfy."""

    trace_id: Optional[str] = None
    """Keep only runs belonging to this trace."""

    tree_filter: Optional[str] = None
    """A filter expression that at least one run in each run's trace must satisfy."""
