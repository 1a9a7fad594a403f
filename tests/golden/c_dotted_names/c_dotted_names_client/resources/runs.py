# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from functools import cached_property
from typing import List

from typing_extensions import Literal, Unpack

from .._base_client import RequestSpec
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..types.query_runs_query_response import QueryRunsQueryResponse

__all__ = ["RunsResource", "AsyncRunsResource"]


class RunsResource(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> RunsResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return RunsResourceWithRawResponse(self)

    def query(
        self,
        *,
        project_ids: List[str] | NotGiven = NOT_GIVEN,
        status: Literal["SUCCESS", "ERROR", "PENDING"] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> QueryRunsQueryResponse:
        _spec = RequestSpec(
            "post",
            "/v2/runs/query",
            body={"project_ids": project_ids, "status": status},
            body_kind="json",
            **options,
        )
        return self._request(_spec, cast_to=QueryRunsQueryResponse)


class RunsResourceWithRawResponse:
    def __init__(self, resource: RunsResource) -> None:
        self.query = to_raw_response_wrapper(resource.query)


class AsyncRunsResource(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncRunsResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncRunsResourceWithRawResponse(self)

    async def query(
        self,
        *,
        project_ids: List[str] | NotGiven = NOT_GIVEN,
        status: Literal["SUCCESS", "ERROR", "PENDING"] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> QueryRunsQueryResponse:
        _spec = RequestSpec(
            "post",
            "/v2/runs/query",
            body={"project_ids": project_ids, "status": status},
            body_kind="json",
            **options,
        )
        return await self._request(_spec, cast_to=QueryRunsQueryResponse)


class AsyncRunsResourceWithRawResponse:
    def __init__(self, resource: AsyncRunsResource) -> None:
        self.query = async_to_raw_response_wrapper(resource.query)
