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
from .._types import RequestOptions

__all__ = ["NotesResource", "AsyncNotesResource"]


class NotesResource(SyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> NotesResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return NotesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> NotesResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return NotesResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        content: Union[str, bytes],
        **options: Unpack[RequestOptions],
    ) -> str:
        _spec = RequestSpec(
            "post",
            "/notes",
            body=content,
            body_kind="text",
            content_type="text/plain",
            accept="text/markdown",
            **options,
        )
        return self._request(_spec, cast_to=str)


class NotesResourceWithRawResponse:
    def __init__(self, resource: NotesResource) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)


class NotesResourceWithStreamingResponse:
    def __init__(self, resource: NotesResource) -> None:
        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)


class AsyncNotesResource(AsyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> AsyncNotesResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncNotesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncNotesResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return AsyncNotesResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        content: Union[str, bytes],
        **options: Unpack[RequestOptions],
    ) -> str:
        _spec = RequestSpec(
            "post",
            "/notes",
            body=content,
            body_kind="text",
            content_type="text/plain",
            accept="text/markdown",
            **options,
        )
        return await self._request(_spec, cast_to=str)


class AsyncNotesResourceWithRawResponse:
    def __init__(self, resource: AsyncNotesResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)


class AsyncNotesResourceWithStreamingResponse:
    def __init__(self, resource: AsyncNotesResource) -> None:
        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)
