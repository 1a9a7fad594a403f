# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from functools import cached_property
from typing import List, Optional, Union

import httpx
from typing_extensions import Literal

from .._base_client import RequestSpec
from .._qs import Param
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query
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
        project_ids: Union[List[str], NotGiven] = NOT_GIVEN,
        status: Union[Literal["SUCCESS", "ERROR", "PENDING"], NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> QueryRunsQueryResponse:
        _spec = RequestSpec(
            method="post",
            path="/v2/runs/query",
            body={
                "project_ids": project_ids,
                "status": status,
            },
            body_kind="json",
            content_type="application/json",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
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
        project_ids: Union[List[str], NotGiven] = NOT_GIVEN,
        status: Union[Literal["SUCCESS", "ERROR", "PENDING"], NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> QueryRunsQueryResponse:
        _spec = RequestSpec(
            method="post",
            path="/v2/runs/query",
            body={
                "project_ids": project_ids,
                "status": status,
            },
            body_kind="json",
            content_type="application/json",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._request(_spec, cast_to=QueryRunsQueryResponse)


class AsyncRunsResourceWithRawResponse:
    def __init__(self, resource: AsyncRunsResource) -> None:
        self.query = async_to_raw_response_wrapper(resource.query)
