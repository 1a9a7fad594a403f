# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from functools import cached_property
from typing import List, Optional, Union

import httpx

from .._base_client import RequestSpec
from .._qs import Param
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ..types.bbox_param import BboxParam
from ..types.filter_param import FilterParam
from ..types.point_param import PointParam
from ..types.point_param_2 import PointParam2
from ..types.x_dims_exploded_param import XDimsExplodedParam
from ..types.x_dims_param import XDimsParam

__all__ = ["StylesResource", "AsyncStylesResource"]


class StylesResource(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> StylesResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return StylesResourceWithRawResponse(self)

    def get_matrix(
        self,
        color: str,
        shades: List[str],
        point: PointParam,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> None:
        _spec = RequestSpec(
            method="get",
            path="/matrix/{color}/{shades}/{point}",
            path_params=(
                Param("color", color, "matrix", False),
                Param("shades", shades, "matrix", True),
                Param("point", point, "matrix", False),
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._request(_spec, cast_to=type(None))

    def get_label(
        self,
        color: str,
        shades: List[str],
        exploded: List[str],
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> None:
        _spec = RequestSpec(
            method="get",
            path="/label/{color}/{shades}/{exploded}",
            path_params=(
                Param("color", color, "label", False),
                Param("shades", shades, "label", False),
                Param("exploded", exploded, "label", True),
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._request(_spec, cast_to=type(None))

    def get_simple(
        self,
        ids: List[int],
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> None:
        _spec = RequestSpec(
            method="get",
            path="/simple/{ids}",
            path_params=(Param("ids", ids, "simple", False),),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._request(_spec, cast_to=type(None))

    def search(
        self,
        *,
        id: Union[List[int], NotGiven] = NOT_GIVEN,
        fields: Union[List[str], NotGiven] = NOT_GIVEN,
        point: Union[PointParam2, NotGiven] = NOT_GIVEN,
        bbox: Union[BboxParam, NotGiven] = NOT_GIVEN,
        words: Union[List[str], NotGiven] = NOT_GIVEN,
        tags: Union[List[str], NotGiven] = NOT_GIVEN,
        filter: Union[FilterParam, NotGiven] = NOT_GIVEN,
        redirect: Union[str, NotGiven] = NOT_GIVEN,
        q: Union[str, NotGiven] = NOT_GIVEN,
        x_tags: Union[List[str], NotGiven] = NOT_GIVEN,
        x_dims: Union[XDimsParam, NotGiven] = NOT_GIVEN,
        x_dims_exploded: Union[XDimsExplodedParam, NotGiven] = NOT_GIVEN,
        x_verbose: Union[bool, NotGiven] = NOT_GIVEN,
        session_id: Union[str, NotGiven] = NOT_GIVEN,
        prefs: Union[List[str], NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Args:
        id: form, exploded (the default)

        point: an exploded form object becomes one key per property
        """

        _spec = RequestSpec(
            method="get",
            path="/search",
            query_params=(
                Param("id", id, "form", True),
                Param("fields", fields, "form", False),
                Param("point", point, "form", True),
                Param("bbox", bbox, "form", False),
                Param("words", words, "spaceDelimited", False),
                Param("tags", tags, "pipeDelimited", False),
                Param("filter", filter, "deepObject", True),
                Param("redirect", redirect, "form", True, allow_reserved=True),
                Param("q", q, "form", True),
            ),
            header_params=(
                Param("X-Tags", x_tags, "simple", False),
                Param("X-Dims", x_dims, "simple", False),
                Param("X-Dims-Exploded", x_dims_exploded, "simple", True),
                Param("X-Verbose", x_verbose, "simple", False),
            ),
            cookie_params=(
                Param("session_id", session_id, "form", True),
                Param("prefs", prefs, "form", False),
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._request(_spec, cast_to=type(None))


class StylesResourceWithRawResponse:
    def __init__(self, resource: StylesResource) -> None:
        self.get_matrix = to_raw_response_wrapper(resource.get_matrix)
        self.get_label = to_raw_response_wrapper(resource.get_label)
        self.get_simple = to_raw_response_wrapper(resource.get_simple)
        self.search = to_raw_response_wrapper(resource.search)


class AsyncStylesResource(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncStylesResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncStylesResourceWithRawResponse(self)

    async def get_matrix(
        self,
        color: str,
        shades: List[str],
        point: PointParam,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> None:
        _spec = RequestSpec(
            method="get",
            path="/matrix/{color}/{shades}/{point}",
            path_params=(
                Param("color", color, "matrix", False),
                Param("shades", shades, "matrix", True),
                Param("point", point, "matrix", False),
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._request(_spec, cast_to=type(None))

    async def get_label(
        self,
        color: str,
        shades: List[str],
        exploded: List[str],
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> None:
        _spec = RequestSpec(
            method="get",
            path="/label/{color}/{shades}/{exploded}",
            path_params=(
                Param("color", color, "label", False),
                Param("shades", shades, "label", False),
                Param("exploded", exploded, "label", True),
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._request(_spec, cast_to=type(None))

    async def get_simple(
        self,
        ids: List[int],
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> None:
        _spec = RequestSpec(
            method="get",
            path="/simple/{ids}",
            path_params=(Param("ids", ids, "simple", False),),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._request(_spec, cast_to=type(None))

    async def search(
        self,
        *,
        id: Union[List[int], NotGiven] = NOT_GIVEN,
        fields: Union[List[str], NotGiven] = NOT_GIVEN,
        point: Union[PointParam2, NotGiven] = NOT_GIVEN,
        bbox: Union[BboxParam, NotGiven] = NOT_GIVEN,
        words: Union[List[str], NotGiven] = NOT_GIVEN,
        tags: Union[List[str], NotGiven] = NOT_GIVEN,
        filter: Union[FilterParam, NotGiven] = NOT_GIVEN,
        redirect: Union[str, NotGiven] = NOT_GIVEN,
        q: Union[str, NotGiven] = NOT_GIVEN,
        x_tags: Union[List[str], NotGiven] = NOT_GIVEN,
        x_dims: Union[XDimsParam, NotGiven] = NOT_GIVEN,
        x_dims_exploded: Union[XDimsExplodedParam, NotGiven] = NOT_GIVEN,
        x_verbose: Union[bool, NotGiven] = NOT_GIVEN,
        session_id: Union[str, NotGiven] = NOT_GIVEN,
        prefs: Union[List[str], NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Args:
        id: form, exploded (the default)

        point: an exploded form object becomes one key per property
        """

        _spec = RequestSpec(
            method="get",
            path="/search",
            query_params=(
                Param("id", id, "form", True),
                Param("fields", fields, "form", False),
                Param("point", point, "form", True),
                Param("bbox", bbox, "form", False),
                Param("words", words, "spaceDelimited", False),
                Param("tags", tags, "pipeDelimited", False),
                Param("filter", filter, "deepObject", True),
                Param("redirect", redirect, "form", True, allow_reserved=True),
                Param("q", q, "form", True),
            ),
            header_params=(
                Param("X-Tags", x_tags, "simple", False),
                Param("X-Dims", x_dims, "simple", False),
                Param("X-Dims-Exploded", x_dims_exploded, "simple", True),
                Param("X-Verbose", x_verbose, "simple", False),
            ),
            cookie_params=(
                Param("session_id", session_id, "form", True),
                Param("prefs", prefs, "form", False),
            ),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._request(_spec, cast_to=type(None))


class AsyncStylesResourceWithRawResponse:
    def __init__(self, resource: AsyncStylesResource) -> None:
        self.get_matrix = async_to_raw_response_wrapper(resource.get_matrix)
        self.get_label = async_to_raw_response_wrapper(resource.get_label)
        self.get_simple = async_to_raw_response_wrapper(resource.get_simple)
        self.search = async_to_raw_response_wrapper(resource.search)
