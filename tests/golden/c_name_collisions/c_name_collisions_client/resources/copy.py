# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from functools import cached_property

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
from ..types.client import Client_

__all__ = ["CopyResource", "AsyncCopyResource"]


class CopyResource(SyncAPIResource):
    """A tag named like a client method.

    Since v1.0
    """

    @cached_property
    def with_raw_response(self) -> CopyResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return CopyResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> CopyResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return CopyResourceWithStreamingResponse(self)

    def copy_(
        self,
        *,
        class_: str,
        body: str | NotGiven = NOT_GIVEN,
        content: str | NotGiven = NOT_GIVEN,
        timeout_: float | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Client_:
        _spec = RequestSpec(
            "post",
            "/copies",
            body={"class": class_, "body": body, "content": content, "timeout": timeout_},
            body_kind="json",
            **options,
        )
        return self._request(_spec, cast_to=Client_)


class CopyResourceWithRawResponse:
    def __init__(self, resource: CopyResource) -> None:
        self._resource = resource
        self.copy_ = to_raw_response_wrapper(resource.copy_)


class CopyResourceWithStreamingResponse:
    def __init__(self, resource: CopyResource) -> None:
        self._resource = resource
        self.copy_ = to_streamed_response_wrapper(resource.copy_)


class AsyncCopyResource(AsyncAPIResource):
    """A tag named like a client method.

    Since v1.0
    """

    @cached_property
    def with_raw_response(self) -> AsyncCopyResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncCopyResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncCopyResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return AsyncCopyResourceWithStreamingResponse(self)

    async def copy_(
        self,
        *,
        class_: str,
        body: str | NotGiven = NOT_GIVEN,
        content: str | NotGiven = NOT_GIVEN,
        timeout_: float | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Client_:
        _spec = RequestSpec(
            "post",
            "/copies",
            body={"class": class_, "body": body, "content": content, "timeout": timeout_},
            body_kind="json",
            **options,
        )
        return await self._request(_spec, cast_to=Client_)


class AsyncCopyResourceWithRawResponse:
    def __init__(self, resource: AsyncCopyResource) -> None:
        self._resource = resource
        self.copy_ = async_to_raw_response_wrapper(resource.copy_)


class AsyncCopyResourceWithStreamingResponse:
    def __init__(self, resource: AsyncCopyResource) -> None:
        self._resource = resource
        self.copy_ = async_to_streamed_response_wrapper(resource.copy_)
