# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from functools import cached_property
from typing import List, Union

from typing_extensions import Unpack

from .._base_client import RequestSpec
from .._qs import path_param
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._types import RequestOptions
from ..types.function_call import FunctionCall
from ..types.input_message import InputMessage
from ..types.output_message import OutputMessage

__all__ = ["ConversationsResource", "AsyncConversationsResource"]


class ConversationsResource(SyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> ConversationsResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return ConversationsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ConversationsResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return ConversationsResourceWithStreamingResponse(self)

    def list_items(
        self,
        conversation_id: str,
        **options: Unpack[RequestOptions],
    ) -> List[Union[InputMessage, OutputMessage, FunctionCall]]:
        _spec = RequestSpec(
            "get",
            "/conversations/{conversation_id}/items",
            path_params=(path_param("conversation_id", conversation_id),),
            **options,
        )
        return self._request(_spec, cast_to=List[Union[InputMessage, OutputMessage, FunctionCall]])


class ConversationsResourceWithRawResponse:
    def __init__(self, resource: ConversationsResource) -> None:
        self._resource = resource
        self.list_items = to_raw_response_wrapper(resource.list_items)


class ConversationsResourceWithStreamingResponse:
    def __init__(self, resource: ConversationsResource) -> None:
        self._resource = resource
        self.list_items = to_streamed_response_wrapper(resource.list_items)


class AsyncConversationsResource(AsyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> AsyncConversationsResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncConversationsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncConversationsResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return AsyncConversationsResourceWithStreamingResponse(self)

    async def list_items(
        self,
        conversation_id: str,
        **options: Unpack[RequestOptions],
    ) -> List[Union[InputMessage, OutputMessage, FunctionCall]]:
        _spec = RequestSpec(
            "get",
            "/conversations/{conversation_id}/items",
            path_params=(path_param("conversation_id", conversation_id),),
            **options,
        )
        return await self._request(_spec, cast_to=List[Union[InputMessage, OutputMessage, FunctionCall]])


class AsyncConversationsResourceWithRawResponse:
    def __init__(self, resource: AsyncConversationsResource) -> None:
        self._resource = resource
        self.list_items = async_to_raw_response_wrapper(resource.list_items)


class AsyncConversationsResourceWithStreamingResponse:
    def __init__(self, resource: AsyncConversationsResource) -> None:
        self._resource = resource
        self.list_items = async_to_streamed_response_wrapper(resource.list_items)
