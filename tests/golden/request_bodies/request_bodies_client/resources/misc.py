# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from functools import cached_property
from typing import Union

from typing_extensions import Unpack

from .._base_client import RequestSpec
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._types import NOT_GIVEN, NotGiven, RequestOptions

__all__ = ["MiscResource", "AsyncMiscResource"]


class MiscResource(SyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> MiscResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return MiscResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> MiscResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return MiscResourceWithStreamingResponse(self)

    def echo_text(
        self,
        *,
        content: Union[str, bytes] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> str:
        _spec = RequestSpec(
            "post",
            "/echo",
            body=content,
            body_kind="text",
            content_type="text/plain",
            accept="text/plain",
            **options,
        )
        return self._request(_spec, cast_to=str)


class MiscResourceWithRawResponse:
    def __init__(self, resource: MiscResource) -> None:
        self._resource = resource
        self.echo_text = to_raw_response_wrapper(resource.echo_text)


class MiscResourceWithStreamingResponse:
    def __init__(self, resource: MiscResource) -> None:
        self._resource = resource
        self.echo_text = to_streamed_response_wrapper(resource.echo_text)


class AsyncMiscResource(AsyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> AsyncMiscResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncMiscResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncMiscResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return AsyncMiscResourceWithStreamingResponse(self)

    async def echo_text(
        self,
        *,
        content: Union[str, bytes] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> str:
        _spec = RequestSpec(
            "post",
            "/echo",
            body=content,
            body_kind="text",
            content_type="text/plain",
            accept="text/plain",
            **options,
        )
        return await self._request(_spec, cast_to=str)


class AsyncMiscResourceWithRawResponse:
    def __init__(self, resource: AsyncMiscResource) -> None:
        self._resource = resource
        self.echo_text = async_to_raw_response_wrapper(resource.echo_text)


class AsyncMiscResourceWithStreamingResponse:
    def __init__(self, resource: AsyncMiscResource) -> None:
        self._resource = resource
        self.echo_text = async_to_streamed_response_wrapper(resource.echo_text)
