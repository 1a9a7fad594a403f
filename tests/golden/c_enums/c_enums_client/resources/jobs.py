# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from functools import cached_property
from typing import cast, List, Optional

from typing_extensions import Literal, Unpack

from .._base_client import RequestSpec
from .._qs import path_param, query_param
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, RequestOptions
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
        state: Literal["queued", "running", "succeeded", "failed"] | NotGiven = NOT_GIVEN,
        priority: Literal[0, 1, 2, 3] | NotGiven = NOT_GIVEN,
        power: Literal["on", "off", "auto"] | NotGiven = NOT_GIVEN,
        order: Optional[Literal["asc", "desc"]] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> List[Job]:
        _spec = RequestSpec(
            "get",
            "/jobs",
            query_params=(
                query_param("state", state),
                query_param("priority", priority),
                query_param("power", power),
                query_param("order", order),
            ),
            **options,
        )
        return self._request(_spec, cast_to=List[Job])

    def get_state(
        self,
        job_id: str,
        **options: Unpack[RequestOptions],
    ) -> Literal["queued", "running", "succeeded", "failed"]:
        _spec = RequestSpec("get", "/jobs/{job_id}/state", path_params=(path_param("job_id", job_id),), **options)
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
        state: Literal["queued", "running", "succeeded", "failed"] | NotGiven = NOT_GIVEN,
        priority: Literal[0, 1, 2, 3] | NotGiven = NOT_GIVEN,
        power: Literal["on", "off", "auto"] | NotGiven = NOT_GIVEN,
        order: Optional[Literal["asc", "desc"]] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> List[Job]:
        _spec = RequestSpec(
            "get",
            "/jobs",
            query_params=(
                query_param("state", state),
                query_param("priority", priority),
                query_param("power", power),
                query_param("order", order),
            ),
            **options,
        )
        return await self._request(_spec, cast_to=List[Job])

    async def get_state(
        self,
        job_id: str,
        **options: Unpack[RequestOptions],
    ) -> Literal["queued", "running", "succeeded", "failed"]:
        _spec = RequestSpec("get", "/jobs/{job_id}/state", path_params=(path_param("job_id", job_id),), **options)
        return cast(
            Literal["queued", "running", "succeeded", "failed"],
            await self._request(_spec, cast_to=Literal["queued", "running", "succeeded", "failed"]),
        )


class AsyncJobsResourceWithRawResponse:
    def __init__(self, resource: AsyncJobsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.get_state = async_to_raw_response_wrapper(resource.get_state)
