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
from .._types import RequestOptions

__all__ = ["AudioResource", "AsyncAudioResource"]


class AudioResource(SyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> AudioResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return AudioResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AudioResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return AudioResourceWithStreamingResponse(self)

    def create_speech(
        self,
        *,
        text: str,
        **options: Unpack[RequestOptions],
    ) -> bytes:
        _spec = RequestSpec(
            "post",
            "/audio/speech",
            body={"text": text},
            body_kind="json",
            accept="audio/mpeg, audio/wav",
            **options,
        )
        return self._request(_spec, cast_to=bytes)


class AudioResourceWithRawResponse:
    def __init__(self, resource: AudioResource) -> None:
        self._resource = resource
        self.create_speech = to_raw_response_wrapper(resource.create_speech)


class AudioResourceWithStreamingResponse:
    def __init__(self, resource: AudioResource) -> None:
        self._resource = resource
        self.create_speech = to_streamed_response_wrapper(resource.create_speech)


class AsyncAudioResource(AsyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> AsyncAudioResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncAudioResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAudioResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return AsyncAudioResourceWithStreamingResponse(self)

    async def create_speech(
        self,
        *,
        text: str,
        **options: Unpack[RequestOptions],
    ) -> bytes:
        _spec = RequestSpec(
            "post",
            "/audio/speech",
            body={"text": text},
            body_kind="json",
            accept="audio/mpeg, audio/wav",
            **options,
        )
        return await self._request(_spec, cast_to=bytes)


class AsyncAudioResourceWithRawResponse:
    def __init__(self, resource: AsyncAudioResource) -> None:
        self._resource = resource
        self.create_speech = async_to_raw_response_wrapper(resource.create_speech)


class AsyncAudioResourceWithStreamingResponse:
    def __init__(self, resource: AsyncAudioResource) -> None:
        self._resource = resource
        self.create_speech = async_to_streamed_response_wrapper(resource.create_speech)
