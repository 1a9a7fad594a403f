# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from functools import cached_property
from typing import List

from typing_extensions import Unpack

from .._base_client import RequestSpec
from .._qs import cookie_param, header_param, path_param, query_param
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..types.bbox_param import BboxParam
from ..types.filter_param import FilterParam
from ..types.point_param import PointParam
from ..types.point_param_2 import PointParam2
from ..types.x_dims_exploded_param import XDimsExplodedParam
from ..types.x_dims_param import XDimsParam

__all__ = ["StylesResource", "AsyncStylesResource"]


class StylesResource(SyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> StylesResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return StylesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> StylesResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return StylesResourceWithStreamingResponse(self)

    def get_matrix(
        self,
        color: str,
        shades: List[str],
        point: PointParam,
        **options: Unpack[RequestOptions],
    ) -> None:
        _spec = RequestSpec(
            "get",
            "/matrix/{color}/{shades}/{point}",
            path_params=(
                path_param("color", color, style="matrix"),
                path_param("shades", shades, style="matrix", explode=True),
                path_param("point", point, style="matrix"),
            ),
            **options,
        )
        return self._request(_spec, cast_to=type(None))

    def get_label(
        self,
        color: str,
        shades: List[str],
        exploded: List[str],
        **options: Unpack[RequestOptions],
    ) -> None:
        _spec = RequestSpec(
            "get",
            "/label/{color}/{shades}/{exploded}",
            path_params=(
                path_param("color", color, style="label"),
                path_param("shades", shades, style="label"),
                path_param("exploded", exploded, style="label", explode=True),
            ),
            **options,
        )
        return self._request(_spec, cast_to=type(None))

    def get_simple(
        self,
        ids: List[int],
        **options: Unpack[RequestOptions],
    ) -> None:
        _spec = RequestSpec("get", "/simple/{ids}", path_params=(path_param("ids", ids),), **options)
        return self._request(_spec, cast_to=type(None))

    def search(
        self,
        *,
        id: List[int] | NotGiven = NOT_GIVEN,
        fields: List[str] | NotGiven = NOT_GIVEN,
        point: PointParam2 | NotGiven = NOT_GIVEN,
        bbox: BboxParam | NotGiven = NOT_GIVEN,
        words: List[str] | NotGiven = NOT_GIVEN,
        tags: List[str] | NotGiven = NOT_GIVEN,
        filter: FilterParam | NotGiven = NOT_GIVEN,
        redirect: str | NotGiven = NOT_GIVEN,
        q: str | NotGiven = NOT_GIVEN,
        x_tags: List[str] | NotGiven = NOT_GIVEN,
        x_dims: XDimsParam | NotGiven = NOT_GIVEN,
        x_dims_exploded: XDimsExplodedParam | NotGiven = NOT_GIVEN,
        x_verbose: bool | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        prefs: List[str] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Args:
        id: form, exploded (the default)

        point: an exploded form object becomes one key per property
        """

        _spec = RequestSpec(
            "get",
            "/search",
            query_params=(
                query_param("id", id),
                query_param("fields", fields, explode=False),
                query_param("point", point),
                query_param("bbox", bbox, explode=False),
                query_param("words", words, style="spaceDelimited", explode=False),
                query_param("tags", tags, style="pipeDelimited", explode=False),
                query_param("filter", filter, style="deepObject"),
                query_param("redirect", redirect, allow_reserved=True),
                query_param("q", q),
            ),
            header_params=(
                header_param("X-Tags", x_tags),
                header_param("X-Dims", x_dims),
                header_param("X-Dims-Exploded", x_dims_exploded, explode=True),
                header_param("X-Verbose", x_verbose),
            ),
            cookie_params=(cookie_param("session_id", session_id), cookie_param("prefs", prefs, explode=False)),
            **options,
        )
        return self._request(_spec, cast_to=type(None))


class StylesResourceWithRawResponse:
    def __init__(self, resource: StylesResource) -> None:
        self._resource = resource
        self.get_matrix = to_raw_response_wrapper(resource.get_matrix)
        self.get_label = to_raw_response_wrapper(resource.get_label)
        self.get_simple = to_raw_response_wrapper(resource.get_simple)
        self.search = to_raw_response_wrapper(resource.search)


class StylesResourceWithStreamingResponse:
    def __init__(self, resource: StylesResource) -> None:
        self._resource = resource
        self.get_matrix = to_streamed_response_wrapper(resource.get_matrix)
        self.get_label = to_streamed_response_wrapper(resource.get_label)
        self.get_simple = to_streamed_response_wrapper(resource.get_simple)
        self.search = to_streamed_response_wrapper(resource.search)


class AsyncStylesResource(AsyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> AsyncStylesResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncStylesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncStylesResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return AsyncStylesResourceWithStreamingResponse(self)

    async def get_matrix(
        self,
        color: str,
        shades: List[str],
        point: PointParam,
        **options: Unpack[RequestOptions],
    ) -> None:
        _spec = RequestSpec(
            "get",
            "/matrix/{color}/{shades}/{point}",
            path_params=(
                path_param("color", color, style="matrix"),
                path_param("shades", shades, style="matrix", explode=True),
                path_param("point", point, style="matrix"),
            ),
            **options,
        )
        return await self._request(_spec, cast_to=type(None))

    async def get_label(
        self,
        color: str,
        shades: List[str],
        exploded: List[str],
        **options: Unpack[RequestOptions],
    ) -> None:
        _spec = RequestSpec(
            "get",
            "/label/{color}/{shades}/{exploded}",
            path_params=(
                path_param("color", color, style="label"),
                path_param("shades", shades, style="label"),
                path_param("exploded", exploded, style="label", explode=True),
            ),
            **options,
        )
        return await self._request(_spec, cast_to=type(None))

    async def get_simple(
        self,
        ids: List[int],
        **options: Unpack[RequestOptions],
    ) -> None:
        _spec = RequestSpec("get", "/simple/{ids}", path_params=(path_param("ids", ids),), **options)
        return await self._request(_spec, cast_to=type(None))

    async def search(
        self,
        *,
        id: List[int] | NotGiven = NOT_GIVEN,
        fields: List[str] | NotGiven = NOT_GIVEN,
        point: PointParam2 | NotGiven = NOT_GIVEN,
        bbox: BboxParam | NotGiven = NOT_GIVEN,
        words: List[str] | NotGiven = NOT_GIVEN,
        tags: List[str] | NotGiven = NOT_GIVEN,
        filter: FilterParam | NotGiven = NOT_GIVEN,
        redirect: str | NotGiven = NOT_GIVEN,
        q: str | NotGiven = NOT_GIVEN,
        x_tags: List[str] | NotGiven = NOT_GIVEN,
        x_dims: XDimsParam | NotGiven = NOT_GIVEN,
        x_dims_exploded: XDimsExplodedParam | NotGiven = NOT_GIVEN,
        x_verbose: bool | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        prefs: List[str] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Args:
        id: form, exploded (the default)

        point: an exploded form object becomes one key per property
        """

        _spec = RequestSpec(
            "get",
            "/search",
            query_params=(
                query_param("id", id),
                query_param("fields", fields, explode=False),
                query_param("point", point),
                query_param("bbox", bbox, explode=False),
                query_param("words", words, style="spaceDelimited", explode=False),
                query_param("tags", tags, style="pipeDelimited", explode=False),
                query_param("filter", filter, style="deepObject"),
                query_param("redirect", redirect, allow_reserved=True),
                query_param("q", q),
            ),
            header_params=(
                header_param("X-Tags", x_tags),
                header_param("X-Dims", x_dims),
                header_param("X-Dims-Exploded", x_dims_exploded, explode=True),
                header_param("X-Verbose", x_verbose),
            ),
            cookie_params=(cookie_param("session_id", session_id), cookie_param("prefs", prefs, explode=False)),
            **options,
        )
        return await self._request(_spec, cast_to=type(None))


class AsyncStylesResourceWithRawResponse:
    def __init__(self, resource: AsyncStylesResource) -> None:
        self._resource = resource
        self.get_matrix = async_to_raw_response_wrapper(resource.get_matrix)
        self.get_label = async_to_raw_response_wrapper(resource.get_label)
        self.get_simple = async_to_raw_response_wrapper(resource.get_simple)
        self.search = async_to_raw_response_wrapper(resource.search)


class AsyncStylesResourceWithStreamingResponse:
    def __init__(self, resource: AsyncStylesResource) -> None:
        self._resource = resource
        self.get_matrix = async_to_streamed_response_wrapper(resource.get_matrix)
        self.get_label = async_to_streamed_response_wrapper(resource.get_label)
        self.get_simple = async_to_streamed_response_wrapper(resource.get_simple)
        self.search = async_to_streamed_response_wrapper(resource.search)
