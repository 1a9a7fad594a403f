# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from functools import cached_property
from typing import List, TYPE_CHECKING

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
from ..types.project import Project

if TYPE_CHECKING:
    from .projects_runs import (
        AsyncProjectsRunsResource,
        AsyncProjectsRunsResourceWithRawResponse,
        AsyncProjectsRunsResourceWithStreamingResponse,
        ProjectsRunsResource,
        ProjectsRunsResourceWithRawResponse,
        ProjectsRunsResourceWithStreamingResponse,
    )

__all__ = ["ProjectsResource", "AsyncProjectsResource"]


class ProjectsResource(SyncAPIResource):
    """Since v1.0"""

    @cached_property
    def runs(self) -> ProjectsRunsResource:
        from .projects_runs import ProjectsRunsResource

        return ProjectsRunsResource(self._client)

    @cached_property
    def with_raw_response(self) -> ProjectsResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return ProjectsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ProjectsResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return ProjectsResourceWithStreamingResponse(self)

    def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> List[Project]:
        _spec = RequestSpec("get", "/v1/projects", **options)
        return self._request(_spec, cast_to=List[Project])

    def create(
        self,
        *,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> Project:
        _spec = RequestSpec("post", "/v1/projects", body={"name": name}, body_kind="json", **options)
        return self._request(_spec, cast_to=Project)

    def retrieve(
        self,
        project_id: str,
        **options: Unpack[RequestOptions],
    ) -> Project:
        _spec = RequestSpec(
            "get",
            "/v1/projects/{project_id}",
            path_params=(path_param("project_id", project_id),),
            **options,
        )
        return self._request(_spec, cast_to=Project)

    def delete(
        self,
        project_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        _spec = RequestSpec(
            "delete",
            "/v1/projects/{project_id}",
            path_params=(path_param("project_id", project_id),),
            **options,
        )
        return self._request(_spec, cast_to=type(None))

    def update(
        self,
        project_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Project:
        _spec = RequestSpec(
            "patch",
            "/v1/projects/{project_id}",
            path_params=(path_param("project_id", project_id),),
            body={"name": name},
            body_kind="json",
            **options,
        )
        return self._request(_spec, cast_to=Project)

    def archive(
        self,
        project_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        _spec = RequestSpec(
            "post",
            "/v1/projects/{project_id}/archive",
            path_params=(path_param("project_id", project_id),),
            **options,
        )
        return self._request(_spec, cast_to=type(None))


class ProjectsResourceWithRawResponse:
    def __init__(self, resource: ProjectsResource) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)
        self.archive = to_raw_response_wrapper(resource.archive)

    @cached_property
    def runs(self) -> ProjectsRunsResourceWithRawResponse:
        from .projects_runs import ProjectsRunsResourceWithRawResponse

        return ProjectsRunsResourceWithRawResponse(self._resource.runs)


class ProjectsResourceWithStreamingResponse:
    def __init__(self, resource: ProjectsResource) -> None:
        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)
        self.create = to_streamed_response_wrapper(resource.create)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.delete = to_streamed_response_wrapper(resource.delete)
        self.update = to_streamed_response_wrapper(resource.update)
        self.archive = to_streamed_response_wrapper(resource.archive)

    @cached_property
    def runs(self) -> ProjectsRunsResourceWithStreamingResponse:
        from .projects_runs import ProjectsRunsResourceWithStreamingResponse

        return ProjectsRunsResourceWithStreamingResponse(self._resource.runs)


class AsyncProjectsResource(AsyncAPIResource):
    """Since v1.0"""

    @cached_property
    def runs(self) -> AsyncProjectsRunsResource:
        from .projects_runs import AsyncProjectsRunsResource

        return AsyncProjectsRunsResource(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncProjectsResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncProjectsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncProjectsResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return AsyncProjectsResourceWithStreamingResponse(self)

    async def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> List[Project]:
        _spec = RequestSpec("get", "/v1/projects", **options)
        return await self._request(_spec, cast_to=List[Project])

    async def create(
        self,
        *,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> Project:
        _spec = RequestSpec("post", "/v1/projects", body={"name": name}, body_kind="json", **options)
        return await self._request(_spec, cast_to=Project)

    async def retrieve(
        self,
        project_id: str,
        **options: Unpack[RequestOptions],
    ) -> Project:
        _spec = RequestSpec(
            "get",
            "/v1/projects/{project_id}",
            path_params=(path_param("project_id", project_id),),
            **options,
        )
        return await self._request(_spec, cast_to=Project)

    async def delete(
        self,
        project_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        _spec = RequestSpec(
            "delete",
            "/v1/projects/{project_id}",
            path_params=(path_param("project_id", project_id),),
            **options,
        )
        return await self._request(_spec, cast_to=type(None))

    async def update(
        self,
        project_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Project:
        _spec = RequestSpec(
            "patch",
            "/v1/projects/{project_id}",
            path_params=(path_param("project_id", project_id),),
            body={"name": name},
            body_kind="json",
            **options,
        )
        return await self._request(_spec, cast_to=Project)

    async def archive(
        self,
        project_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        _spec = RequestSpec(
            "post",
            "/v1/projects/{project_id}/archive",
            path_params=(path_param("project_id", project_id),),
            **options,
        )
        return await self._request(_spec, cast_to=type(None))


class AsyncProjectsResourceWithRawResponse:
    def __init__(self, resource: AsyncProjectsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.archive = async_to_raw_response_wrapper(resource.archive)

    @cached_property
    def runs(self) -> AsyncProjectsRunsResourceWithRawResponse:
        from .projects_runs import AsyncProjectsRunsResourceWithRawResponse

        return AsyncProjectsRunsResourceWithRawResponse(self._resource.runs)


class AsyncProjectsResourceWithStreamingResponse:
    def __init__(self, resource: AsyncProjectsResource) -> None:
        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.delete = async_to_streamed_response_wrapper(resource.delete)
        self.update = async_to_streamed_response_wrapper(resource.update)
        self.archive = async_to_streamed_response_wrapper(resource.archive)

    @cached_property
    def runs(self) -> AsyncProjectsRunsResourceWithStreamingResponse:
        from .projects_runs import AsyncProjectsRunsResourceWithStreamingResponse

        return AsyncProjectsRunsResourceWithStreamingResponse(self._resource.runs)
