# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from functools import cached_property
from typing import List

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

    def create_note(
        self,
        *,
        title: str,
        body: str | NotGiven = NOT_GIVEN,
        pinned: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> None:
        _spec = RequestSpec(
            "post",
            "/notes",
            body={"title": title, "body": body, "pinned": pinned},
            body_kind="json",
            **options,
        )
        return self._request(_spec, cast_to=type(None))

    def create_notes(
        self,
        *,
        body: List[str],
        **options: Unpack[RequestOptions],
    ) -> None:
        _spec = RequestSpec("post", "/notes/batch", body=body, body_kind="json", **options)
        return self._request(_spec, cast_to=type(None))


class NotesResourceWithRawResponse:
    def __init__(self, resource: NotesResource) -> None:
        self._resource = resource
        self.create_note = to_raw_response_wrapper(resource.create_note)
        self.create_notes = to_raw_response_wrapper(resource.create_notes)


class NotesResourceWithStreamingResponse:
    def __init__(self, resource: NotesResource) -> None:
        self._resource = resource
        self.create_note = to_streamed_response_wrapper(resource.create_note)
        self.create_notes = to_streamed_response_wrapper(resource.create_notes)


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

    async def create_note(
        self,
        *,
        title: str,
        body: str | NotGiven = NOT_GIVEN,
        pinned: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> None:
        _spec = RequestSpec(
            "post",
            "/notes",
            body={"title": title, "body": body, "pinned": pinned},
            body_kind="json",
            **options,
        )
        return await self._request(_spec, cast_to=type(None))

    async def create_notes(
        self,
        *,
        body: List[str],
        **options: Unpack[RequestOptions],
    ) -> None:
        _spec = RequestSpec("post", "/notes/batch", body=body, body_kind="json", **options)
        return await self._request(_spec, cast_to=type(None))


class AsyncNotesResourceWithRawResponse:
    def __init__(self, resource: AsyncNotesResource) -> None:
        self._resource = resource
        self.create_note = async_to_raw_response_wrapper(resource.create_note)
        self.create_notes = async_to_raw_response_wrapper(resource.create_notes)


class AsyncNotesResourceWithStreamingResponse:
    def __init__(self, resource: AsyncNotesResource) -> None:
        self._resource = resource
        self.create_note = async_to_streamed_response_wrapper(resource.create_note)
        self.create_notes = async_to_streamed_response_wrapper(resource.create_notes)
