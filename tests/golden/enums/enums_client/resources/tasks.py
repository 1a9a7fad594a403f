# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from functools import cached_property
from typing import List

from typing_extensions import Unpack

from .._base_client import RequestSpec
from .._qs import query_param
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..types.status import Status
from ..types.task import Task

__all__ = ["TasksResource", "AsyncTasksResource"]


class TasksResource(SyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> TasksResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return TasksResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> TasksResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return TasksResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        status: Status | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> List[Task]:
        _spec = RequestSpec("get", "/tasks", query_params=(query_param("status", status),), **options)
        return self._request(_spec, cast_to=List[Task])


class TasksResourceWithRawResponse:
    def __init__(self, resource: TasksResource) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)


class TasksResourceWithStreamingResponse:
    def __init__(self, resource: TasksResource) -> None:
        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)


class AsyncTasksResource(AsyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> AsyncTasksResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncTasksResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncTasksResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return AsyncTasksResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        status: Status | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> List[Task]:
        _spec = RequestSpec("get", "/tasks", query_params=(query_param("status", status),), **options)
        return await self._request(_spec, cast_to=List[Task])


class AsyncTasksResourceWithRawResponse:
    def __init__(self, resource: AsyncTasksResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)


class AsyncTasksResourceWithStreamingResponse:
    def __init__(self, resource: AsyncTasksResource) -> None:
        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
