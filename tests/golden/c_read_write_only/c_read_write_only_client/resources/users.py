# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from functools import cached_property
from typing import Optional, Union

import httpx
from typing_extensions import Literal

from .._base_client import RequestSpec
from .._qs import Param
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ..types.profile_param import ProfileParam
from ..types.user import User

__all__ = ["UsersResource", "AsyncUsersResource"]


class UsersResource(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> UsersResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return UsersResourceWithRawResponse(self)

    def create(
        self,
        *,
        email: str,
        password: str,
        display_name: Union[str, NotGiven] = NOT_GIVEN,
        role: Union[Literal["admin", "member"], NotGiven] = NOT_GIVEN,
        profile: Union[ProfileParam, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> User:
        """Args:
        password: Sent on create; never returned.
        """

        _spec = RequestSpec(
            method="post",
            path="/users",
            body={
                "email": email,
                "display_name": display_name,
                "password": password,
                "role": role,
                "profile": profile,
            },
            body_kind="json",
            content_type="application/json",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._request(_spec, cast_to=User)

    def replace(
        self,
        user_id: str,
        *,
        email: str,
        password: str,
        display_name: Union[str, NotGiven] = NOT_GIVEN,
        role: Union[Literal["admin", "member"], NotGiven] = NOT_GIVEN,
        profile: Union[ProfileParam, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> User:
        """Args:
        password: Sent on create; never returned.
        """

        _spec = RequestSpec(
            method="put",
            path="/users/{user_id}",
            path_params=(Param("user_id", user_id, "simple", False),),
            body={
                "email": email,
                "display_name": display_name,
                "password": password,
                "role": role,
                "profile": profile,
            },
            body_kind="json",
            content_type="application/json",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._request(_spec, cast_to=User)


class UsersResourceWithRawResponse:
    def __init__(self, resource: UsersResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.replace = to_raw_response_wrapper(resource.replace)


class AsyncUsersResource(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncUsersResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncUsersResourceWithRawResponse(self)

    async def create(
        self,
        *,
        email: str,
        password: str,
        display_name: Union[str, NotGiven] = NOT_GIVEN,
        role: Union[Literal["admin", "member"], NotGiven] = NOT_GIVEN,
        profile: Union[ProfileParam, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> User:
        """Args:
        password: Sent on create; never returned.
        """

        _spec = RequestSpec(
            method="post",
            path="/users",
            body={
                "email": email,
                "display_name": display_name,
                "password": password,
                "role": role,
                "profile": profile,
            },
            body_kind="json",
            content_type="application/json",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._request(_spec, cast_to=User)

    async def replace(
        self,
        user_id: str,
        *,
        email: str,
        password: str,
        display_name: Union[str, NotGiven] = NOT_GIVEN,
        role: Union[Literal["admin", "member"], NotGiven] = NOT_GIVEN,
        profile: Union[ProfileParam, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> User:
        """Args:
        password: Sent on create; never returned.
        """

        _spec = RequestSpec(
            method="put",
            path="/users/{user_id}",
            path_params=(Param("user_id", user_id, "simple", False),),
            body={
                "email": email,
                "display_name": display_name,
                "password": password,
                "role": role,
                "profile": profile,
            },
            body_kind="json",
            content_type="application/json",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._request(_spec, cast_to=User)


class AsyncUsersResourceWithRawResponse:
    def __init__(self, resource: AsyncUsersResource) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.replace = async_to_raw_response_wrapper(resource.replace)
