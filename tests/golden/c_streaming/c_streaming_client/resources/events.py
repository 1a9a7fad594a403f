# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from functools import cached_property
from typing import Union

from typing_extensions import Annotated, Unpack

from pydantic import Field as FieldInfo

from .._base_client import RequestSpec
from .._qs import query_param
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._streaming import AsyncStream, Stream
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..types.response_completed_event import ResponseCompletedEvent
from ..types.response_created_event import ResponseCreatedEvent
from ..types.response_text_delta_event import ResponseTextDeltaEvent

__all__ = ["EventsResource", "AsyncEventsResource"]


class EventsResource(SyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> EventsResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return EventsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> EventsResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return EventsResourceWithStreamingResponse(self)

    def listen(
        self,
        *,
        topic: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Stream[Union[ResponseCreatedEvent, ResponseTextDeltaEvent, ResponseCompletedEvent]]:
        _spec = RequestSpec(
            "get",
            "/events",
            query_params=(query_param("topic", topic),),
            accept="text/event-stream",
            **options,
        )
        return self._request(
            _spec,
            stream_cls=Stream[
                Annotated[
                    Union[ResponseCreatedEvent, ResponseTextDeltaEvent, ResponseCompletedEvent],
                    FieldInfo(discriminator="type"),
                ]
            ],
        )


class EventsResourceWithRawResponse:
    def __init__(self, resource: EventsResource) -> None:
        self._resource = resource
        self.listen = to_raw_response_wrapper(resource.listen)


class EventsResourceWithStreamingResponse:
    def __init__(self, resource: EventsResource) -> None:
        self._resource = resource
        self.listen = to_streamed_response_wrapper(resource.listen)


class AsyncEventsResource(AsyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> AsyncEventsResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncEventsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncEventsResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return AsyncEventsResourceWithStreamingResponse(self)

    async def listen(
        self,
        *,
        topic: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncStream[Union[ResponseCreatedEvent, ResponseTextDeltaEvent, ResponseCompletedEvent]]:
        _spec = RequestSpec(
            "get",
            "/events",
            query_params=(query_param("topic", topic),),
            accept="text/event-stream",
            **options,
        )
        return await self._request(
            _spec,
            stream_cls=AsyncStream[
                Annotated[
                    Union[ResponseCreatedEvent, ResponseTextDeltaEvent, ResponseCompletedEvent],
                    FieldInfo(discriminator="type"),
                ]
            ],
        )


class AsyncEventsResourceWithRawResponse:
    def __init__(self, resource: AsyncEventsResource) -> None:
        self._resource = resource
        self.listen = async_to_raw_response_wrapper(resource.listen)


class AsyncEventsResourceWithStreamingResponse:
    def __init__(self, resource: AsyncEventsResource) -> None:
        self._resource = resource
        self.listen = async_to_streamed_response_wrapper(resource.listen)
