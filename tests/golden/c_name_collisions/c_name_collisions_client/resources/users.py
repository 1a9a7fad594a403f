# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from datetime import date
from functools import cached_property
from typing import Optional, Union

import httpx

from .._base_client import RequestSpec
from .._qs import Param
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ..types.users_resource import UsersResource as UsersResourceUsersResource
from ..types.users_retrieve_response import UsersRetrieveResponse

__all__ = ["UsersResource", "AsyncUsersResource"]


class UsersResource(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> UsersResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return UsersResourceWithRawResponse(self)

    def retrieve(
        self,
        id: str,
        *,
        id_2: Union[str, NotGiven] = NOT_GIVEN,
        from_: Union[Union[str, date], NotGiven] = NOT_GIVEN,
        type_: Union[str, NotGiven] = NOT_GIVEN,
        class_: Union[str, NotGiven] = NOT_GIVEN,
        self_: Union[str, NotGiven] = NOT_GIVEN,
        timeout_: Union[int, NotGiven] = NOT_GIVEN,
        extra_headers_: Union[str, NotGiven] = NOT_GIVEN,
        spec: Union[str, NotGiven] = NOT_GIVEN,
        param_2fa_code: Union[str, NotGiven] = NOT_GIVEN,
        page_size: Union[int, NotGiven] = NOT_GIVEN,
        sort_by: Union[str, NotGiven] = NOT_GIVEN,
        x_request_id: Union[str, NotGiven] = NOT_GIVEN,
        x_request_id_2: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> UsersRetrieveResponse:
        """Args:
        id_2: The same name in the query.
        """

        _spec = RequestSpec(
            method="get",
            path="/users/{id}",
            path_params=(Param("id", id, "simple", False),),
            query_params=(
                Param("id", id_2, "form", True),
                Param("from", from_, "form", True),
                Param("type", type_, "form", True),
                Param("class", class_, "form", True),
                Param("self", self_, "form", True),
                Param("timeout", timeout_, "form", True),
                Param("extra_headers", extra_headers_, "form", True),
                Param("spec", spec, "form", True),
                Param("2fa_code", param_2fa_code, "form", True),
                Param("page.size", page_size, "form", True),
                Param("sort-by", sort_by, "form", True),
                Param("x_request_id", x_request_id_2, "form", True),
            ),
            header_params=(Param("X-Request-ID", x_request_id, "simple", False),),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._request(_spec, cast_to=UsersRetrieveResponse)

    def get_links(
        self,
        id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> UsersResourceUsersResource:
        _spec = RequestSpec(
            method="get",
            path="/users/{id}/links",
            path_params=(Param("id", id, "simple", False),),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._request(_spec, cast_to=UsersResourceUsersResource)


class UsersResourceWithRawResponse:
    def __init__(self, resource: UsersResource) -> None:
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.get_links = to_raw_response_wrapper(resource.get_links)


class AsyncUsersResource(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncUsersResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncUsersResourceWithRawResponse(self)

    async def retrieve(
        self,
        id: str,
        *,
        id_2: Union[str, NotGiven] = NOT_GIVEN,
        from_: Union[Union[str, date], NotGiven] = NOT_GIVEN,
        type_: Union[str, NotGiven] = NOT_GIVEN,
        class_: Union[str, NotGiven] = NOT_GIVEN,
        self_: Union[str, NotGiven] = NOT_GIVEN,
        timeout_: Union[int, NotGiven] = NOT_GIVEN,
        extra_headers_: Union[str, NotGiven] = NOT_GIVEN,
        spec: Union[str, NotGiven] = NOT_GIVEN,
        param_2fa_code: Union[str, NotGiven] = NOT_GIVEN,
        page_size: Union[int, NotGiven] = NOT_GIVEN,
        sort_by: Union[str, NotGiven] = NOT_GIVEN,
        x_request_id: Union[str, NotGiven] = NOT_GIVEN,
        x_request_id_2: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> UsersRetrieveResponse:
        """Args:
        id_2: The same name in the query.
        """

        _spec = RequestSpec(
            method="get",
            path="/users/{id}",
            path_params=(Param("id", id, "simple", False),),
            query_params=(
                Param("id", id_2, "form", True),
                Param("from", from_, "form", True),
                Param("type", type_, "form", True),
                Param("class", class_, "form", True),
                Param("self", self_, "form", True),
                Param("timeout", timeout_, "form", True),
                Param("extra_headers", extra_headers_, "form", True),
                Param("spec", spec, "form", True),
                Param("2fa_code", param_2fa_code, "form", True),
                Param("page.size", page_size, "form", True),
                Param("sort-by", sort_by, "form", True),
                Param("x_request_id", x_request_id_2, "form", True),
            ),
            header_params=(Param("X-Request-ID", x_request_id, "simple", False),),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._request(_spec, cast_to=UsersRetrieveResponse)

    async def get_links(
        self,
        id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> UsersResourceUsersResource:
        _spec = RequestSpec(
            method="get",
            path="/users/{id}/links",
            path_params=(Param("id", id, "simple", False),),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._request(_spec, cast_to=UsersResourceUsersResource)


class AsyncUsersResourceWithRawResponse:
    def __init__(self, resource: AsyncUsersResource) -> None:
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.get_links = async_to_raw_response_wrapper(resource.get_links)
