# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from functools import cached_property

from typing_extensions import Literal, Unpack

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
from ..types.profile_param import ProfileParam
from ..types.user import User

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

    def create(
        self,
        *,
        email: str,
        password: str,
        display_name: str | NotGiven = NOT_GIVEN,
        role: Literal["admin", "member"] | NotGiven = NOT_GIVEN,
        profile: ProfileParam | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> User:
        """Args:
        password: Sent on create; never returned.
        """

        _spec = RequestSpec(
            "post",
            "/users",
            body={"email": email, "display_name": display_name, "password": password, "role": role, "profile": profile},
            body_kind="json",
            **options,
        )
        return self._request(_spec, cast_to=User)

    def replace(
        self,
        user_id: str,
        *,
        email: str,
        password: str,
        display_name: str | NotGiven = NOT_GIVEN,
        role: Literal["admin", "member"] | NotGiven = NOT_GIVEN,
        profile: ProfileParam | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> User:
        """Args:
        password: Sent on create; never returned.
        """

        _spec = RequestSpec(
            "put",
            "/users/{user_id}",
            path_params=(path_param("user_id", user_id),),
            body={"email": email, "display_name": display_name, "password": password, "role": role, "profile": profile},
            body_kind="json",
            **options,
        )
        return self._request(_spec, cast_to=User)


class UsersResourceWithRawResponse:
    def __init__(self, resource: UsersResource) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)
        self.replace = to_raw_response_wrapper(resource.replace)


class UsersResourceWithStreamingResponse:
    def __init__(self, resource: UsersResource) -> None:
        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)
        self.replace = to_streamed_response_wrapper(resource.replace)


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

    async def create(
        self,
        *,
        email: str,
        password: str,
        display_name: str | NotGiven = NOT_GIVEN,
        role: Literal["admin", "member"] | NotGiven = NOT_GIVEN,
        profile: ProfileParam | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> User:
        """Args:
        password: Sent on create; never returned.
        """

        _spec = RequestSpec(
            "post",
            "/users",
            body={"email": email, "display_name": display_name, "password": password, "role": role, "profile": profile},
            body_kind="json",
            **options,
        )
        return await self._request(_spec, cast_to=User)

    async def replace(
        self,
        user_id: str,
        *,
        email: str,
        password: str,
        display_name: str | NotGiven = NOT_GIVEN,
        role: Literal["admin", "member"] | NotGiven = NOT_GIVEN,
        profile: ProfileParam | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> User:
        """Args:
        password: Sent on create; never returned.
        """

        _spec = RequestSpec(
            "put",
            "/users/{user_id}",
            path_params=(path_param("user_id", user_id),),
            body={"email": email, "display_name": display_name, "password": password, "role": role, "profile": profile},
            body_kind="json",
            **options,
        )
        return await self._request(_spec, cast_to=User)


class AsyncUsersResourceWithRawResponse:
    def __init__(self, resource: AsyncUsersResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)
        self.replace = async_to_raw_response_wrapper(resource.replace)


class AsyncUsersResourceWithStreamingResponse:
    def __init__(self, resource: AsyncUsersResource) -> None:
        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.replace = async_to_streamed_response_wrapper(resource.replace)
