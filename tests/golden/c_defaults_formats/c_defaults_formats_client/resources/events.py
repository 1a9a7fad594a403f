# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from datetime import date, datetime
from functools import cached_property
from typing import List, Union

from typing_extensions import Literal, Unpack

from .._base_client import RequestSpec
from .._qs import query_param
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..types.event import Event

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

    def list(
        self,
        *,
        since: Union[str, datetime] | NotGiven = NOT_GIVEN,
        day: Union[str, date] | NotGiven = NOT_GIVEN,
        source_id: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> List[Event]:
        _spec = RequestSpec(
            "get",
            "/events",
            query_params=(
                query_param("since", since),
                query_param("day", day),
                query_param("source_id", source_id),
                query_param("limit", limit),
            ),
            **options,
        )
        return self._request(_spec, cast_to=List[Event])

    def create(
        self,
        *,
        name: str,
        occurred_at: Union[str, datetime],
        day: Union[str, date] | NotGiven = NOT_GIVEN,
        sequence: int | NotGiven = NOT_GIVEN,
        weight: float | NotGiven = NOT_GIVEN,
        checksum: str | NotGiven = NOT_GIVEN,
        severity: Literal["low", "high"] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Event:
        _spec = RequestSpec(
            "post",
            "/events",
            body={
                "name": name,
                "occurred_at": occurred_at,
                "day": day,
                "sequence": sequence,
                "weight": weight,
                "checksum": checksum,
                "severity": severity,
            },
            body_kind="json",
            **options,
        )
        return self._request(_spec, cast_to=Event)


class EventsResourceWithRawResponse:
    def __init__(self, resource: EventsResource) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)


class EventsResourceWithStreamingResponse:
    def __init__(self, resource: EventsResource) -> None:
        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)
        self.create = to_streamed_response_wrapper(resource.create)


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

    async def list(
        self,
        *,
        since: Union[str, datetime] | NotGiven = NOT_GIVEN,
        day: Union[str, date] | NotGiven = NOT_GIVEN,
        source_id: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> List[Event]:
        _spec = RequestSpec(
            "get",
            "/events",
            query_params=(
                query_param("since", since),
                query_param("day", day),
                query_param("source_id", source_id),
                query_param("limit", limit),
            ),
            **options,
        )
        return await self._request(_spec, cast_to=List[Event])

    async def create(
        self,
        *,
        name: str,
        occurred_at: Union[str, datetime],
        day: Union[str, date] | NotGiven = NOT_GIVEN,
        sequence: int | NotGiven = NOT_GIVEN,
        weight: float | NotGiven = NOT_GIVEN,
        checksum: str | NotGiven = NOT_GIVEN,
        severity: Literal["low", "high"] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Event:
        _spec = RequestSpec(
            "post",
            "/events",
            body={
                "name": name,
                "occurred_at": occurred_at,
                "day": day,
                "sequence": sequence,
                "weight": weight,
                "checksum": checksum,
                "severity": severity,
            },
            body_kind="json",
            **options,
        )
        return await self._request(_spec, cast_to=Event)


class AsyncEventsResourceWithRawResponse:
    def __init__(self, resource: AsyncEventsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)


class AsyncEventsResourceWithStreamingResponse:
    def __init__(self, resource: AsyncEventsResource) -> None:
        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.create = async_to_streamed_response_wrapper(resource.create)
