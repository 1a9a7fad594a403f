# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from functools import cached_property
from typing import overload, Union

from typing_extensions import Annotated, Literal, Unpack

from pydantic import Field as FieldInfo

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
from ..types.response import Response
from ..types.response_completed_event import ResponseCompletedEvent
from ..types.response_created_event import ResponseCreatedEvent
from ..types.response_text_delta_event import ResponseTextDeltaEvent

__all__ = ["ResponsesResource", "AsyncResponsesResource"]


class ResponsesResource(SyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> ResponsesResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return ResponsesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ResponsesResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return ResponsesResourceWithStreamingResponse(self)

    @overload
    def create(
        self,
        *,
        input: str,
        stream: Literal[True],
        **options: Unpack[RequestOptions],
    ) -> Stream[Union[ResponseCreatedEvent, ResponseTextDeltaEvent, ResponseCompletedEvent]]: ...

    @overload
    def create(
        self,
        *,
        input: str,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Response: ...

    @overload
    def create(
        self,
        *,
        input: str,
        stream: bool,
        **options: Unpack[RequestOptions],
    ) -> Union[Response, Stream[Union[ResponseCreatedEvent, ResponseTextDeltaEvent, ResponseCompletedEvent]]]: ...

    def create(
        self,
        *,
        input: str,
        stream: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Union[Response, Stream[Union[ResponseCreatedEvent, ResponseTextDeltaEvent, ResponseCompletedEvent]]]:
        _spec = RequestSpec(
            "post",
            "/responses",
            body={"input": input, "stream": stream},
            body_kind="json",
            accept="application/json, text/event-stream;q=0.9",
            **options,
        )
        return self._request(
            _spec,
            cast_to=Response,
            stream=stream,
            stream_cls=Stream[
                Annotated[
                    Union[ResponseCreatedEvent, ResponseTextDeltaEvent, ResponseCompletedEvent],
                    FieldInfo(discriminator="type"),
                ]
            ],
        )


class ResponsesResourceWithRawResponse:
    def __init__(self, resource: ResponsesResource) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)


class ResponsesResourceWithStreamingResponse:
    def __init__(self, resource: ResponsesResource) -> None:
        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)


class AsyncResponsesResource(AsyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> AsyncResponsesResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncResponsesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncResponsesResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return AsyncResponsesResourceWithStreamingResponse(self)

    @overload
    async def create(
        self,
        *,
        input: str,
        stream: Literal[True],
        **options: Unpack[RequestOptions],
    ) -> AsyncStream[Union[ResponseCreatedEvent, ResponseTextDeltaEvent, ResponseCompletedEvent]]: ...

    @overload
    async def create(
        self,
        *,
        input: str,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Response: ...

    @overload
    async def create(
        self,
        *,
        input: str,
        stream: bool,
        **options: Unpack[RequestOptions],
    ) -> Union[Response, AsyncStream[Union[ResponseCreatedEvent, ResponseTextDeltaEvent, ResponseCompletedEvent]]]: ...

    async def create(
        self,
        *,
        input: str,
        stream: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Union[Response, AsyncStream[Union[ResponseCreatedEvent, ResponseTextDeltaEvent, ResponseCompletedEvent]]]:
        _spec = RequestSpec(
            "post",
            "/responses",
            body={"input": input, "stream": stream},
            body_kind="json",
            accept="application/json, text/event-stream;q=0.9",
            **options,
        )
        return await self._request(
            _spec,
            cast_to=Response,
            stream=stream,
            stream_cls=AsyncStream[
                Annotated[
                    Union[ResponseCreatedEvent, ResponseTextDeltaEvent, ResponseCompletedEvent],
                    FieldInfo(discriminator="type"),
                ]
            ],
        )


class AsyncResponsesResourceWithRawResponse:
    def __init__(self, resource: AsyncResponsesResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)


class AsyncResponsesResourceWithStreamingResponse:
    def __init__(self, resource: AsyncResponsesResource) -> None:
        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)
