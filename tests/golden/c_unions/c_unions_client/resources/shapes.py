# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from functools import cached_property
from typing import cast, Optional, Union

import httpx
from typing_extensions import Annotated

from pydantic import Discriminator, Field as FieldInfo, Tag

from .._base_client import RequestSpec
from .._models import discriminate_by
from .._qs import Param
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ..types.circle import Circle
from ..types.square import Square

__all__ = ["ShapesResource", "AsyncShapesResource"]


class ShapesResource(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> ShapesResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return ShapesResourceWithRawResponse(self)

    def retrieve(
        self,
        shape_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> Union[Circle, Square]:
        _spec = RequestSpec(
            method="get",
            path="/shapes/{shape_id}",
            path_params=(Param("shape_id", shape_id, "simple", False),),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return cast(
            Union[Circle, Square],
            self._request(
                _spec,
                cast_to=Annotated[
                    Union[Annotated[Circle, Tag("Circle")], Annotated[Square, Tag("Square")]],
                    Discriminator(discriminate_by("kind", {"circle": "Circle", "square": "Square"})),
                ],
            ),
        )


class ShapesResourceWithRawResponse:
    def __init__(self, resource: ShapesResource) -> None:
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class AsyncShapesResource(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncShapesResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncShapesResourceWithRawResponse(self)

    async def retrieve(
        self,
        shape_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Union[float, httpx.Timeout, None, NotGiven] = NOT_GIVEN,
    ) -> Union[Circle, Square]:
        _spec = RequestSpec(
            method="get",
            path="/shapes/{shape_id}",
            path_params=(Param("shape_id", shape_id, "simple", False),),
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return cast(
            Union[Circle, Square],
            await self._request(
                _spec,
                cast_to=Annotated[
                    Union[Annotated[Circle, Tag("Circle")], Annotated[Square, Tag("Square")]],
                    Discriminator(discriminate_by("kind", {"circle": "Circle", "square": "Square"})),
                ],
            ),
        )


class AsyncShapesResourceWithRawResponse:
    def __init__(self, resource: AsyncShapesResource) -> None:
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
