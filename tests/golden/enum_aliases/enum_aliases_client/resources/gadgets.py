# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from functools import cached_property
from typing import List, Optional, Union

from typing_extensions import deprecated, Unpack

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
from ..types.color import Color
from ..types.gadget import Gadget
from ..types.gadget_spec_param import GadgetSpecParam
from ..types.mode import Mode
from ..types.priority import Priority
from ..types.shade import Shade
from ..types.status_2 import Status2

__all__ = ["GadgetsResource", "AsyncGadgetsResource"]


class GadgetsResource(SyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> GadgetsResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return GadgetsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> GadgetsResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return GadgetsResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        colors: List[Color] | NotGiven = NOT_GIVEN,
        priority: Priority | NotGiven = NOT_GIVEN,
        mode: Mode | NotGiven = NOT_GIVEN,
        ratio: Union[int, float, str, bool, None] | NotGiven = NOT_GIVEN,
        shade: Optional[Shade] | NotGiven = NOT_GIVEN,
        state: Status2 | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> List[Gadget]:
        """Args:
        colors: Keep gadgets of these colors.

        priority: An allOf wrapper around the enum, as the LangSmith API writes them.
        """

        _spec = RequestSpec(
            "get",
            "/gadgets",
            query_params=(
                query_param("colors", colors),
                query_param("priority", priority),
                query_param("mode", mode),
                query_param("ratio", ratio),
                query_param("shade", shade),
                query_param("state", state),
            ),
            **options,
        )
        return self._request(_spec, cast_to=List[Gadget])

    def create(
        self,
        *,
        color: Color,
        spare_colors: List[Color] | NotGiven = NOT_GIVEN,
        spec: GadgetSpecParam | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Gadget:
        """Args:
        color: The gadget's color.
        """

        _spec = RequestSpec(
            "post",
            "/gadgets",
            body={"color": color, "spare_colors": spare_colors, "spec": spec},
            body_kind="json",
            **options,
        )
        return self._request(_spec, cast_to=Gadget)

    def set_palette(
        self,
        *,
        body: List[Color],
        **options: Unpack[RequestOptions],
    ) -> None:
        _spec = RequestSpec("put", "/gadgets/palette", body=body, body_kind="json", **options)
        return self._request(_spec, cast_to=type(None))

    @deprecated("GET /gadgets/legacy is deprecated: Use `gadgets.list` instead; this one goes away in 2.0.")
    def list_legacy(
        self,
        **options: Unpack[RequestOptions],
    ) -> List[Gadget]:
        """List gadgets (old style)

        Lists gadgets without paging. Use `gadgets.list` instead; this one goes away in 2.0.

        Deprecated.
        """

        _spec = RequestSpec("get", "/gadgets/legacy", **options)
        return self._request(_spec, cast_to=List[Gadget])


class GadgetsResourceWithRawResponse:
    def __init__(self, resource: GadgetsResource) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.set_palette = to_raw_response_wrapper(resource.set_palette)
        self.list_legacy = to_raw_response_wrapper(resource.list_legacy)


class GadgetsResourceWithStreamingResponse:
    def __init__(self, resource: GadgetsResource) -> None:
        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)
        self.create = to_streamed_response_wrapper(resource.create)
        self.set_palette = to_streamed_response_wrapper(resource.set_palette)
        self.list_legacy = to_streamed_response_wrapper(resource.list_legacy)


class AsyncGadgetsResource(AsyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> AsyncGadgetsResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncGadgetsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncGadgetsResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return AsyncGadgetsResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        colors: List[Color] | NotGiven = NOT_GIVEN,
        priority: Priority | NotGiven = NOT_GIVEN,
        mode: Mode | NotGiven = NOT_GIVEN,
        ratio: Union[int, float, str, bool, None] | NotGiven = NOT_GIVEN,
        shade: Optional[Shade] | NotGiven = NOT_GIVEN,
        state: Status2 | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> List[Gadget]:
        """Args:
        colors: Keep gadgets of these colors.

        priority: An allOf wrapper around the enum, as the LangSmith API writes them.
        """

        _spec = RequestSpec(
            "get",
            "/gadgets",
            query_params=(
                query_param("colors", colors),
                query_param("priority", priority),
                query_param("mode", mode),
                query_param("ratio", ratio),
                query_param("shade", shade),
                query_param("state", state),
            ),
            **options,
        )
        return await self._request(_spec, cast_to=List[Gadget])

    async def create(
        self,
        *,
        color: Color,
        spare_colors: List[Color] | NotGiven = NOT_GIVEN,
        spec: GadgetSpecParam | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Gadget:
        """Args:
        color: The gadget's color.
        """

        _spec = RequestSpec(
            "post",
            "/gadgets",
            body={"color": color, "spare_colors": spare_colors, "spec": spec},
            body_kind="json",
            **options,
        )
        return await self._request(_spec, cast_to=Gadget)

    async def set_palette(
        self,
        *,
        body: List[Color],
        **options: Unpack[RequestOptions],
    ) -> None:
        _spec = RequestSpec("put", "/gadgets/palette", body=body, body_kind="json", **options)
        return await self._request(_spec, cast_to=type(None))

    @deprecated("GET /gadgets/legacy is deprecated: Use `gadgets.list` instead; this one goes away in 2.0.")
    async def list_legacy(
        self,
        **options: Unpack[RequestOptions],
    ) -> List[Gadget]:
        """List gadgets (old style)

        Lists gadgets without paging. Use `gadgets.list` instead; this one goes away in 2.0.

        Deprecated.
        """

        _spec = RequestSpec("get", "/gadgets/legacy", **options)
        return await self._request(_spec, cast_to=List[Gadget])


class AsyncGadgetsResourceWithRawResponse:
    def __init__(self, resource: AsyncGadgetsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.set_palette = async_to_raw_response_wrapper(resource.set_palette)
        self.list_legacy = async_to_raw_response_wrapper(resource.list_legacy)


class AsyncGadgetsResourceWithStreamingResponse:
    def __init__(self, resource: AsyncGadgetsResource) -> None:
        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.set_palette = async_to_streamed_response_wrapper(resource.set_palette)
        self.list_legacy = async_to_streamed_response_wrapper(resource.list_legacy)
