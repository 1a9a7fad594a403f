# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from functools import cached_property
from typing import cast, List, Optional, Union

import httpx
from typing_extensions import Literal

from .._base_client import RequestSpec
from .._qs import Param
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ..types.job import Job

__all__ = ["JobsResource", "AsyncJobsResource"]


class JobsResource(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> JobsResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return JobsResourceWithRawResponse(self)

    def list(
        self,
        *,
        state: Union[Literal["queued", "running", "succeeded", "failed"], NotGiven] = NOT_GIVEN,
        priority: Union[Literal[0, 1, 2, 3], NotGiven] = NOT_GIVEN,
        power: Union[Literal["on", "off", "auto"], NotGiven] = NOT_GIVEN,
        order: Union[Optional[Literal["asc", "desc"]], NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> List[Job]:
        _spec = RequestSpec(
            method="get",
            path="/jobs",
            query_params=(
                Param("state", state, "form", True),
                Param("priority", priority, "form", True),
                Param("power", power, "form", True),
                Param("order", order, "form", True),
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._request(_spec, cast_to=List[Job])

    def get_state(
        self,
        job_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> Literal["queued", "running", "succeeded", "failed"]:
        _spec = RequestSpec(
            method="get",
            path="/jobs/{job_id}/state",
            path_params=(Param("job_id", job_id, "simple", False),),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return cast(
            Literal["queued", "running", "succeeded", "failed"],
            self._request(_spec, cast_to=Literal["queued", "running", "succeeded", "failed"]),
        )


class JobsResourceWithRawResponse:
    def __init__(self, resource: JobsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.get_state = to_raw_response_wrapper(resource.get_state)


class AsyncJobsResource(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncJobsResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncJobsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        state: Union[Literal["queued", "running", "succeeded", "failed"], NotGiven] = NOT_GIVEN,
        priority: Union[Literal[0, 1, 2, 3], NotGiven] = NOT_GIVEN,
        power: Union[Literal["on", "off", "auto"], NotGiven] = NOT_GIVEN,
        order: Union[Optional[Literal["asc", "desc"]], NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> List[Job]:
        _spec = RequestSpec(
            method="get",
            path="/jobs",
            query_params=(
                Param("state", state, "form", True),
                Param("priority", priority, "form", True),
                Param("power", power, "form", True),
                Param("order", order, "form", True),
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._request(_spec, cast_to=List[Job])

    async def get_state(
        self,
        job_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> Literal["queued", "running", "succeeded", "failed"]:
        _spec = RequestSpec(
            method="get",
            path="/jobs/{job_id}/state",
            path_params=(Param("job_id", job_id, "simple", False),),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return cast(
            Literal["queued", "running", "succeeded", "failed"],
            await self._request(_spec, cast_to=Literal["queued", "running", "succeeded", "failed"]),
        )


class AsyncJobsResourceWithRawResponse:
    def __init__(self, resource: AsyncJobsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.get_state = async_to_raw_response_wrapper(resource.get_state)
