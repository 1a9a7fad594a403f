# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from functools import cached_property
from typing import List, Optional, overload, Union

from typing_extensions import Literal, Unpack

from .._base_client import RequestSpec
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._streaming import AsyncStream, Stream
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..types.chat_completion import ChatCompletion
from ..types.chat_completion_chunk import ChatCompletionChunk
from ..types.message_param import MessageParam

__all__ = ["ChatResource", "AsyncChatResource"]


class ChatResource(SyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> ChatResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return ChatResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ChatResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return ChatResourceWithStreamingResponse(self)

    @overload
    def create_completion(
        self,
        *,
        model: str,
        messages: List[MessageParam],
        stream: Literal[True],
        temperature: float | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Stream[ChatCompletionChunk]: ...

    @overload
    def create_completion(
        self,
        *,
        model: str,
        messages: List[MessageParam],
        stream: Optional[Literal[False]] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ChatCompletion: ...

    @overload
    def create_completion(
        self,
        *,
        model: str,
        messages: List[MessageParam],
        stream: bool,
        temperature: float | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Union[ChatCompletion, Stream[ChatCompletionChunk]]: ...

    def create_completion(
        self,
        *,
        model: str,
        messages: List[MessageParam],
        stream: Optional[bool] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Union[ChatCompletion, Stream[ChatCompletionChunk]]:
        """Args:
        stream: If true, the answer is streamed as server-sent events.
        """

        _spec = RequestSpec(
            "post",
            "/chat/completions",
            body={"model": model, "messages": messages, "stream": stream, "temperature": temperature},
            body_kind="json",
            accept="application/json, text/event-stream;q=0.9",
            **options,
        )
        return self._request(_spec, cast_to=ChatCompletion, stream=stream, stream_cls=Stream[ChatCompletionChunk])


class ChatResourceWithRawResponse:
    def __init__(self, resource: ChatResource) -> None:
        self._resource = resource
        self.create_completion = to_raw_response_wrapper(resource.create_completion)


class ChatResourceWithStreamingResponse:
    def __init__(self, resource: ChatResource) -> None:
        self._resource = resource
        self.create_completion = to_streamed_response_wrapper(resource.create_completion)


class AsyncChatResource(AsyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> AsyncChatResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncChatResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncChatResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return AsyncChatResourceWithStreamingResponse(self)

    @overload
    async def create_completion(
        self,
        *,
        model: str,
        messages: List[MessageParam],
        stream: Literal[True],
        temperature: float | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncStream[ChatCompletionChunk]: ...

    @overload
    async def create_completion(
        self,
        *,
        model: str,
        messages: List[MessageParam],
        stream: Optional[Literal[False]] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ChatCompletion: ...

    @overload
    async def create_completion(
        self,
        *,
        model: str,
        messages: List[MessageParam],
        stream: bool,
        temperature: float | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Union[ChatCompletion, AsyncStream[ChatCompletionChunk]]: ...

    async def create_completion(
        self,
        *,
        model: str,
        messages: List[MessageParam],
        stream: Optional[bool] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Union[ChatCompletion, AsyncStream[ChatCompletionChunk]]:
        """Args:
        stream: If true, the answer is streamed as server-sent events.
        """

        _spec = RequestSpec(
            "post",
            "/chat/completions",
            body={"model": model, "messages": messages, "stream": stream, "temperature": temperature},
            body_kind="json",
            accept="application/json, text/event-stream;q=0.9",
            **options,
        )
        return await self._request(
            _spec, cast_to=ChatCompletion, stream=stream, stream_cls=AsyncStream[ChatCompletionChunk]
        )


class AsyncChatResourceWithRawResponse:
    def __init__(self, resource: AsyncChatResource) -> None:
        self._resource = resource
        self.create_completion = async_to_raw_response_wrapper(resource.create_completion)


class AsyncChatResourceWithStreamingResponse:
    def __init__(self, resource: AsyncChatResource) -> None:
        self._resource = resource
        self.create_completion = async_to_streamed_response_wrapper(resource.create_completion)
