# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from datetime import date
from functools import cached_property
from typing import Union

from typing_extensions import Unpack

from .._base_client import RequestSpec
from .._qs import header_param, path_param, query_param
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..types.users_resource import UsersResource as UsersResourceUsersResource
from ..types.users_retrieve_response import UsersRetrieveResponse

__all__ = ["UsersResource", "AsyncUsersResource"]


class UsersResource(SyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> UsersResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return UsersResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> UsersResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return UsersResourceWithStreamingResponse(self)

    def retrieve(
        self,
        id: str,
        *,
        id_2: str | NotGiven = NOT_GIVEN,
        from_: Union[str, date] | NotGiven = NOT_GIVEN,
        type_: str | NotGiven = NOT_GIVEN,
        class_: str | NotGiven = NOT_GIVEN,
        self_: str | NotGiven = NOT_GIVEN,
        timeout_: int | NotGiven = NOT_GIVEN,
        extra_headers_: str | NotGiven = NOT_GIVEN,
        spec: str | NotGiven = NOT_GIVEN,
        param_2fa_code: str | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        sort_by: str | NotGiven = NOT_GIVEN,
        x_request_id: str | NotGiven = NOT_GIVEN,
        x_request_id_2: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> UsersRetrieveResponse:
        """Args:
        id_2: The same name in the query.
        """

        _spec = RequestSpec(
            "get",
            "/users/{id}",
            path_params=(path_param("id", id),),
            query_params=(
                query_param("id", id_2),
                query_param("from", from_),
                query_param("type", type_),
                query_param("class", class_),
                query_param("self", self_),
                query_param("timeout", timeout_),
                query_param("extra_headers", extra_headers_),
                query_param("spec", spec),
                query_param("2fa_code", param_2fa_code),
                query_param("page.size", page_size),
                query_param("sort-by", sort_by),
                query_param("x_request_id", x_request_id_2),
            ),
            header_params=(header_param("X-Request-ID", x_request_id),),
            **options,
        )
        return self._request(_spec, cast_to=UsersRetrieveResponse)

    def get_links(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> UsersResourceUsersResource:
        _spec = RequestSpec("get", "/users/{id}/links", path_params=(path_param("id", id),), **options)
        return self._request(_spec, cast_to=UsersResourceUsersResource)


class UsersResourceWithRawResponse:
    def __init__(self, resource: UsersResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.get_links = to_raw_response_wrapper(resource.get_links)


class UsersResourceWithStreamingResponse:
    def __init__(self, resource: UsersResource) -> None:
        self._resource = resource
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.get_links = to_streamed_response_wrapper(resource.get_links)


class AsyncUsersResource(AsyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> AsyncUsersResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncUsersResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncUsersResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return AsyncUsersResourceWithStreamingResponse(self)

    async def retrieve(
        self,
        id: str,
        *,
        id_2: str | NotGiven = NOT_GIVEN,
        from_: Union[str, date] | NotGiven = NOT_GIVEN,
        type_: str | NotGiven = NOT_GIVEN,
        class_: str | NotGiven = NOT_GIVEN,
        self_: str | NotGiven = NOT_GIVEN,
        timeout_: int | NotGiven = NOT_GIVEN,
        extra_headers_: str | NotGiven = NOT_GIVEN,
        spec: str | NotGiven = NOT_GIVEN,
        param_2fa_code: str | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        sort_by: str | NotGiven = NOT_GIVEN,
        x_request_id: str | NotGiven = NOT_GIVEN,
        x_request_id_2: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> UsersRetrieveResponse:
        """Args:
        id_2: The same name in the query.
        """

        _spec = RequestSpec(
            "get",
            "/users/{id}",
            path_params=(path_param("id", id),),
            query_params=(
                query_param("id", id_2),
                query_param("from", from_),
                query_param("type", type_),
                query_param("class", class_),
                query_param("self", self_),
                query_param("timeout", timeout_),
                query_param("extra_headers", extra_headers_),
                query_param("spec", spec),
                query_param("2fa_code", param_2fa_code),
                query_param("page.size", page_size),
                query_param("sort-by", sort_by),
                query_param("x_request_id", x_request_id_2),
            ),
            header_params=(header_param("X-Request-ID", x_request_id),),
            **options,
        )
        return await self._request(_spec, cast_to=UsersRetrieveResponse)

    async def get_links(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> UsersResourceUsersResource:
        _spec = RequestSpec("get", "/users/{id}/links", path_params=(path_param("id", id),), **options)
        return await self._request(_spec, cast_to=UsersResourceUsersResource)


class AsyncUsersResourceWithRawResponse:
    def __init__(self, resource: AsyncUsersResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.get_links = async_to_raw_response_wrapper(resource.get_links)


class AsyncUsersResourceWithStreamingResponse:
    def __init__(self, resource: AsyncUsersResource) -> None:
        self._resource = resource
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.get_links = async_to_streamed_response_wrapper(resource.get_links)
