# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from datetime import date, datetime
from functools import cached_property
from typing import List, Optional, Union

import httpx
from typing_extensions import Literal

from .._base_client import RequestSpec
from .._qs import Param
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ..types.event import Event

__all__ = ["EventsResource", "AsyncEventsResource"]


class EventsResource(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> EventsResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return EventsResourceWithRawResponse(self)

    def list(
        self,
        *,
        since: Union[Union[str, datetime], NotGiven] = NOT_GIVEN,
        day: Union[Union[str, date], NotGiven] = NOT_GIVEN,
        source_id: Union[str, NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> List[Event]:
        _spec = RequestSpec(
            method="get",
            path="/events",
            query_params=(
                Param("since", since, "form", True),
                Param("day", day, "form", True),
                Param("source_id", source_id, "form", True),
                Param("limit", limit, "form", True),
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._request(_spec, cast_to=List[Event])

    def create(
        self,
        *,
        name: str,
        occurred_at: Union[str, datetime],
        day: Union[Union[str, date], NotGiven] = NOT_GIVEN,
        sequence: Union[int, NotGiven] = NOT_GIVEN,
        weight: Union[float, NotGiven] = NOT_GIVEN,
        checksum: Union[str, NotGiven] = NOT_GIVEN,
        severity: Union[Literal["low", "high"], NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> Event:
        _spec = RequestSpec(
            method="post",
            path="/events",
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
            content_type="application/json",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._request(_spec, cast_to=Event)


class EventsResourceWithRawResponse:
    def __init__(self, resource: EventsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)


class AsyncEventsResource(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncEventsResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncEventsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        since: Union[Union[str, datetime], NotGiven] = NOT_GIVEN,
        day: Union[Union[str, date], NotGiven] = NOT_GIVEN,
        source_id: Union[str, NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> List[Event]:
        _spec = RequestSpec(
            method="get",
            path="/events",
            query_params=(
                Param("since", since, "form", True),
                Param("day", day, "form", True),
                Param("source_id", source_id, "form", True),
                Param("limit", limit, "form", True),
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._request(_spec, cast_to=List[Event])

    async def create(
        self,
        *,
        name: str,
        occurred_at: Union[str, datetime],
        day: Union[Union[str, date], NotGiven] = NOT_GIVEN,
        sequence: Union[int, NotGiven] = NOT_GIVEN,
        weight: Union[float, NotGiven] = NOT_GIVEN,
        checksum: Union[str, NotGiven] = NOT_GIVEN,
        severity: Union[Literal["low", "high"], NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> Event:
        _spec = RequestSpec(
            method="post",
            path="/events",
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
            content_type="application/json",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._request(_spec, cast_to=Event)


class AsyncEventsResourceWithRawResponse:
    def __init__(self, resource: AsyncEventsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
