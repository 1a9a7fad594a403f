# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from functools import cached_property
from typing import Optional, Union

import httpx

from .._base_client import RequestSpec
from .._qs import Param
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ..types.dog import Dog

__all__ = ["DogsResource", "AsyncDogsResource"]


class DogsResource(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> DogsResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return DogsResourceWithRawResponse(self)

    def retrieve(
        self,
        dog_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> Dog:
        _spec = RequestSpec(
            method="get",
            path="/dogs/{dog_id}",
            path_params=(Param("dog_id", dog_id, "simple", False),),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._request(_spec, cast_to=Dog)

    def create(
        self,
        *,
        name: str,
        breed: str,
        status: Union[str, NotGiven] = NOT_GIVEN,
        owner: Union[str, NotGiven] = NOT_GIVEN,
        good_boy: Union[bool, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> Dog:
        """Args:
        status: Free text in the base schema; Dog narrows it to an enum.
        """

        _spec = RequestSpec(
            method="post",
            path="/dogs",
            body={
                "name": name,
                "status": status,
                "owner": owner,
                "breed": breed,
                "good_boy": good_boy,
            },
            body_kind="json",
            content_type="application/json",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._request(_spec, cast_to=Dog)


class DogsResourceWithRawResponse:
    def __init__(self, resource: DogsResource) -> None:
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.create = to_raw_response_wrapper(resource.create)


class AsyncDogsResource(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncDogsResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncDogsResourceWithRawResponse(self)

    async def retrieve(
        self,
        dog_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> Dog:
        _spec = RequestSpec(
            method="get",
            path="/dogs/{dog_id}",
            path_params=(Param("dog_id", dog_id, "simple", False),),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._request(_spec, cast_to=Dog)

    async def create(
        self,
        *,
        name: str,
        breed: str,
        status: Union[str, NotGiven] = NOT_GIVEN,
        owner: Union[str, NotGiven] = NOT_GIVEN,
        good_boy: Union[bool, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> Dog:
        """Args:
        status: Free text in the base schema; Dog narrows it to an enum.
        """

        _spec = RequestSpec(
            method="post",
            path="/dogs",
            body={
                "name": name,
                "status": status,
                "owner": owner,
                "breed": breed,
                "good_boy": good_boy,
            },
            body_kind="json",
            content_type="application/json",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._request(_spec, cast_to=Dog)


class AsyncDogsResourceWithRawResponse:
    def __init__(self, resource: AsyncDogsResource) -> None:
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.create = async_to_raw_response_wrapper(resource.create)
