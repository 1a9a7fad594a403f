# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from functools import cached_property
from typing import List, Optional, Union

import httpx

from .._base_client import RequestSpec
from .._qs import Param
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ..types.run import Run

__all__ = ["ProjectsRunsResource", "AsyncProjectsRunsResource"]


class ProjectsRunsResource(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> ProjectsRunsResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return ProjectsRunsResourceWithRawResponse(self)

    def list(
        self,
        project_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> List[Run]:
        _spec = RequestSpec(
            method="get",
            path="/v1/projects/{project_id}/runs",
            path_params=(Param("project_id", project_id, "simple", False),),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._request(_spec, cast_to=List[Run])

    def create(
        self,
        project_id: str,
        *,
        inputs: Union[object, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> Run:
        _spec = RequestSpec(
            method="post",
            path="/v1/projects/{project_id}/runs",
            path_params=(Param("project_id", project_id, "simple", False),),
            body={
                "inputs": inputs,
            },
            body_kind="json",
            content_type="application/json",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._request(_spec, cast_to=Run)

    def retrieve(
        self,
        project_id: str,
        run_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> Run:
        _spec = RequestSpec(
            method="get",
            path="/v1/projects/{project_id}/runs/{run_id}",
            path_params=(
                Param("project_id", project_id, "simple", False),
                Param("run_id", run_id, "simple", False),
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._request(_spec, cast_to=Run)

    def delete(
        self,
        project_id: str,
        run_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> None:
        _spec = RequestSpec(
            method="delete",
            path="/v1/projects/{project_id}/runs/{run_id}",
            path_params=(
                Param("project_id", project_id, "simple", False),
                Param("run_id", run_id, "simple", False),
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._request(_spec, cast_to=type(None))


class ProjectsRunsResourceWithRawResponse:
    def __init__(self, resource: ProjectsRunsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.delete = to_raw_response_wrapper(resource.delete)


class AsyncProjectsRunsResource(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncProjectsRunsResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncProjectsRunsResourceWithRawResponse(self)

    async def list(
        self,
        project_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> List[Run]:
        _spec = RequestSpec(
            method="get",
            path="/v1/projects/{project_id}/runs",
            path_params=(Param("project_id", project_id, "simple", False),),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._request(_spec, cast_to=List[Run])

    async def create(
        self,
        project_id: str,
        *,
        inputs: Union[object, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> Run:
        _spec = RequestSpec(
            method="post",
            path="/v1/projects/{project_id}/runs",
            path_params=(Param("project_id", project_id, "simple", False),),
            body={
                "inputs": inputs,
            },
            body_kind="json",
            content_type="application/json",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._request(_spec, cast_to=Run)

    async def retrieve(
        self,
        project_id: str,
        run_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> Run:
        _spec = RequestSpec(
            method="get",
            path="/v1/projects/{project_id}/runs/{run_id}",
            path_params=(
                Param("project_id", project_id, "simple", False),
                Param("run_id", run_id, "simple", False),
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._request(_spec, cast_to=Run)

    async def delete(
        self,
        project_id: str,
        run_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> None:
        _spec = RequestSpec(
            method="delete",
            path="/v1/projects/{project_id}/runs/{run_id}",
            path_params=(
                Param("project_id", project_id, "simple", False),
                Param("run_id", run_id, "simple", False),
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._request(_spec, cast_to=type(None))


class AsyncProjectsRunsResourceWithRawResponse:
    def __init__(self, resource: AsyncProjectsRunsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.delete = async_to_raw_response_wrapper(resource.delete)
