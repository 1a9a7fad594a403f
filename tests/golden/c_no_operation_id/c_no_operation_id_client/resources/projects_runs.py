# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from functools import cached_property
from typing import List

from typing_extensions import Unpack

from .._base_client import RequestSpec
from .._qs import path_param
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..types.run import Run

__all__ = ["ProjectsRunsResource", "AsyncProjectsRunsResource"]


class ProjectsRunsResource(SyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> ProjectsRunsResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return ProjectsRunsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ProjectsRunsResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return ProjectsRunsResourceWithStreamingResponse(self)

    def list(
        self,
        project_id: str,
        **options: Unpack[RequestOptions],
    ) -> List[Run]:
        _spec = RequestSpec(
            "get",
            "/v1/projects/{project_id}/runs",
            path_params=(path_param("project_id", project_id),),
            **options,
        )
        return self._request(_spec, cast_to=List[Run])

    def create(
        self,
        project_id: str,
        *,
        inputs: object | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Run:
        _spec = RequestSpec(
            "post",
            "/v1/projects/{project_id}/runs",
            path_params=(path_param("project_id", project_id),),
            body={"inputs": inputs},
            body_kind="json",
            **options,
        )
        return self._request(_spec, cast_to=Run)

    def retrieve(
        self,
        project_id: str,
        run_id: str,
        **options: Unpack[RequestOptions],
    ) -> Run:
        _spec = RequestSpec(
            "get",
            "/v1/projects/{project_id}/runs/{run_id}",
            path_params=(path_param("project_id", project_id), path_param("run_id", run_id)),
            **options,
        )
        return self._request(_spec, cast_to=Run)

    def delete(
        self,
        project_id: str,
        run_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        _spec = RequestSpec(
            "delete",
            "/v1/projects/{project_id}/runs/{run_id}",
            path_params=(path_param("project_id", project_id), path_param("run_id", run_id)),
            **options,
        )
        return self._request(_spec, cast_to=type(None))


class ProjectsRunsResourceWithRawResponse:
    def __init__(self, resource: ProjectsRunsResource) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.delete = to_raw_response_wrapper(resource.delete)


class ProjectsRunsResourceWithStreamingResponse:
    def __init__(self, resource: ProjectsRunsResource) -> None:
        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)
        self.create = to_streamed_response_wrapper(resource.create)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.delete = to_streamed_response_wrapper(resource.delete)


class AsyncProjectsRunsResource(AsyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> AsyncProjectsRunsResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncProjectsRunsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncProjectsRunsResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return AsyncProjectsRunsResourceWithStreamingResponse(self)

    async def list(
        self,
        project_id: str,
        **options: Unpack[RequestOptions],
    ) -> List[Run]:
        _spec = RequestSpec(
            "get",
            "/v1/projects/{project_id}/runs",
            path_params=(path_param("project_id", project_id),),
            **options,
        )
        return await self._request(_spec, cast_to=List[Run])

    async def create(
        self,
        project_id: str,
        *,
        inputs: object | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Run:
        _spec = RequestSpec(
            "post",
            "/v1/projects/{project_id}/runs",
            path_params=(path_param("project_id", project_id),),
            body={"inputs": inputs},
            body_kind="json",
            **options,
        )
        return await self._request(_spec, cast_to=Run)

    async def retrieve(
        self,
        project_id: str,
        run_id: str,
        **options: Unpack[RequestOptions],
    ) -> Run:
        _spec = RequestSpec(
            "get",
            "/v1/projects/{project_id}/runs/{run_id}",
            path_params=(path_param("project_id", project_id), path_param("run_id", run_id)),
            **options,
        )
        return await self._request(_spec, cast_to=Run)

    async def delete(
        self,
        project_id: str,
        run_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        _spec = RequestSpec(
            "delete",
            "/v1/projects/{project_id}/runs/{run_id}",
            path_params=(path_param("project_id", project_id), path_param("run_id", run_id)),
            **options,
        )
        return await self._request(_spec, cast_to=type(None))


class AsyncProjectsRunsResourceWithRawResponse:
    def __init__(self, resource: AsyncProjectsRunsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.delete = async_to_raw_response_wrapper(resource.delete)


class AsyncProjectsRunsResourceWithStreamingResponse:
    def __init__(self, resource: AsyncProjectsRunsResource) -> None:
        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.delete = async_to_streamed_response_wrapper(resource.delete)
