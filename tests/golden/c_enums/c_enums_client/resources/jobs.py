# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from functools import cached_property
from typing import cast, List, Optional

from typing_extensions import Literal, Unpack

from .._base_client import RequestSpec
from .._qs import path_param, query_param
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..types.job import Job
from ..types.job_state import JobState
from ..types.power_mode import PowerMode
from ..types.priority import Priority

__all__ = ["JobsResource", "AsyncJobsResource"]


class JobsResource(SyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> JobsResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return JobsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> JobsResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return JobsResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        state: JobState | NotGiven = NOT_GIVEN,
        priority: Priority | NotGiven = NOT_GIVEN,
        power: PowerMode | NotGiven = NOT_GIVEN,
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
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.get_state = to_raw_response_wrapper(resource.get_state)


class JobsResourceWithStreamingResponse:
    def __init__(self, resource: JobsResource) -> None:
        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)
        self.get_state = to_streamed_response_wrapper(resource.get_state)


class AsyncJobsResource(AsyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> AsyncJobsResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncJobsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncJobsResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return AsyncJobsResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        state: JobState | NotGiven = NOT_GIVEN,
        priority: Priority | NotGiven = NOT_GIVEN,
        power: PowerMode | NotGiven = NOT_GIVEN,
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
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.get_state = async_to_raw_response_wrapper(resource.get_state)


class AsyncJobsResourceWithStreamingResponse:
    def __init__(self, resource: AsyncJobsResource) -> None:
        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.get_state = async_to_streamed_response_wrapper(resource.get_state)
