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
from ..types.client import Client_

__all__ = ["CopyResource", "AsyncCopyResource"]


class CopyResource(SyncAPIResource):
    """A tag named like a client method."""

    @cached_property
    def with_raw_response(self) -> CopyResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return CopyResourceWithRawResponse(self)

    def copy_(
        self,
        *,
        class_: str,
        body: Union[str, NotGiven] = NOT_GIVEN,
        content: Union[str, NotGiven] = NOT_GIVEN,
        timeout_: Union[float, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> Client_:
        _spec = RequestSpec(
            method="post",
            path="/copies",
            body={
                "class": class_,
                "body": body,
                "content": content,
                "timeout": timeout_,
            },
            body_kind="json",
            content_type="application/json",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._request(_spec, cast_to=Client_)


class CopyResourceWithRawResponse:
    def __init__(self, resource: CopyResource) -> None:
        self.copy_ = to_raw_response_wrapper(resource.copy_)


class AsyncCopyResource(AsyncAPIResource):
    """A tag named like a client method."""

    @cached_property
    def with_raw_response(self) -> AsyncCopyResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncCopyResourceWithRawResponse(self)

    async def copy_(
        self,
        *,
        class_: str,
        body: Union[str, NotGiven] = NOT_GIVEN,
        content: Union[str, NotGiven] = NOT_GIVEN,
        timeout_: Union[float, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> Client_:
        _spec = RequestSpec(
            method="post",
            path="/copies",
            body={
                "class": class_,
                "body": body,
                "content": content,
                "timeout": timeout_,
            },
            body_kind="json",
            content_type="application/json",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._request(_spec, cast_to=Client_)


class AsyncCopyResourceWithRawResponse:
    def __init__(self, resource: AsyncCopyResource) -> None:
        self.copy_ = async_to_raw_response_wrapper(resource.copy_)
