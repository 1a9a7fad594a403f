# File generated from an OpenAPI description by openapi-client-generator. Do not edit by hand:
# run `make generate` instead (hand-written code belongs in `lib/`, which is never touched).

from __future__ import annotations

from functools import cached_property
from typing import cast, Union

from typing_extensions import Annotated, Unpack

from pydantic import Discriminator, Field as FieldInfo, Tag

from .._base_client import RequestSpec
from .._models import discriminate_by
from .._qs import path_param
from .._resource import AsyncAPIResource, SyncAPIResource
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._types import RequestOptions
from ..types.circle import Circle
from ..types.square import Square

__all__ = ["ShapesResource", "AsyncShapesResource"]


class ShapesResource(SyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> ShapesResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return ShapesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ShapesResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return ShapesResourceWithStreamingResponse(self)

    def retrieve(
        self,
        shape_id: str,
        **options: Unpack[RequestOptions],
    ) -> Union[Circle, Square]:
        _spec = RequestSpec("get", "/shapes/{shape_id}", path_params=(path_param("shape_id", shape_id),), **options)
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
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class ShapesResourceWithStreamingResponse:
    def __init__(self, resource: ShapesResource) -> None:
        self._resource = resource
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)


class AsyncShapesResource(AsyncAPIResource):
    """Since v1.0"""

    @cached_property
    def with_raw_response(self) -> AsyncShapesResourceWithRawResponse:
        """Methods that return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncShapesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncShapesResourceWithStreamingResponse:
        """Methods that return a context manager of the HTTP response, its body read only when
        asked for (`.iter_bytes()`, `.stream_to_file()`, `.parse()`, ...)."""
        return AsyncShapesResourceWithStreamingResponse(self)

    async def retrieve(
        self,
        shape_id: str,
        **options: Unpack[RequestOptions],
    ) -> Union[Circle, Square]:
        _spec = RequestSpec("get", "/shapes/{shape_id}", path_params=(path_param("shape_id", shape_id),), **options)
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
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class AsyncShapesResourceWithStreamingResponse:
    def __init__(self, resource: AsyncShapesResource) -> None:
        self._resource = resource
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
