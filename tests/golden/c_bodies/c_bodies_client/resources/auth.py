# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from functools import cached_property
from typing import List

from typing_extensions import Literal, Unpack

from .._base_client import RequestSpec
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..types.auth_create_token_response import AuthCreateTokenResponse

__all__ = ["AuthResource", "AsyncAuthResource"]


class AuthResource(SyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> AuthResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return AuthResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AuthResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return AuthResourceWithStreamingResponse(self)

    def create_token(
        self,
        *,
        grant_type: Literal["client_credentials", "refresh_token"],
        scope: List[str] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AuthCreateTokenResponse:
        _spec = RequestSpec(
            "post",
            "/oauth/token",
            body={"grant_type": grant_type, "scope": scope},
            body_kind="form",
            content_type="application/x-www-form-urlencoded",
            **options,
        )
        return self._request(_spec, cast_to=AuthCreateTokenResponse)


class AuthResourceWithRawResponse:
    def __init__(self, resource: AuthResource) -> None:
        self._resource = resource
        self.create_token = to_raw_response_wrapper(resource.create_token)


class AuthResourceWithStreamingResponse:
    def __init__(self, resource: AuthResource) -> None:
        self._resource = resource
        self.create_token = to_streamed_response_wrapper(resource.create_token)


class AsyncAuthResource(AsyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> AsyncAuthResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncAuthResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAuthResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return AsyncAuthResourceWithStreamingResponse(self)

    async def create_token(
        self,
        *,
        grant_type: Literal["client_credentials", "refresh_token"],
        scope: List[str] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AuthCreateTokenResponse:
        _spec = RequestSpec(
            "post",
            "/oauth/token",
            body={"grant_type": grant_type, "scope": scope},
            body_kind="form",
            content_type="application/x-www-form-urlencoded",
            **options,
        )
        return await self._request(_spec, cast_to=AuthCreateTokenResponse)


class AsyncAuthResourceWithRawResponse:
    def __init__(self, resource: AsyncAuthResource) -> None:
        self._resource = resource
        self.create_token = async_to_raw_response_wrapper(resource.create_token)


class AsyncAuthResourceWithStreamingResponse:
    def __init__(self, resource: AsyncAuthResource) -> None:
        self._resource = resource
        self.create_token = async_to_streamed_response_wrapper(resource.create_token)
