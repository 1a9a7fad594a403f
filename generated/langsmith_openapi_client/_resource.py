"""Base classes of the generated resources (`client.runs`, `client.datasets`, ...)."""

from __future__ import annotations

from typing import Any, Tuple, TypeVar, overload

from ._base_client import AsyncAPIClient, RequestSpec, SyncAPIClient
from ._pagination import AsyncCursorPage, AsyncPaginator, SyncCursorPage
from ._streaming import AsyncStream, Stream

__all__ = ["SyncAPIResource", "AsyncAPIResource"]

_T = TypeVar("_T")
_StreamT = TypeVar("_StreamT", bound=Stream[Any])
_AsyncStreamT = TypeVar("_AsyncStreamT", bound=AsyncStream[Any])
_SyncPageT = TypeVar("_SyncPageT", bound=SyncCursorPage[Any])
_AsyncPageT = TypeVar("_AsyncPageT", bound=AsyncCursorPage[Any])


class SyncAPIResource:
    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    # The overloads of `SyncAPIClient.request`.
    @overload
    def _request(self, spec: RequestSpec, *, cast_to: type[_T]) -> _T: ...
    @overload
    def _request(self, spec: RequestSpec, *, cast_to: object) -> Any: ...
    @overload
    def _request(self, spec: RequestSpec, *, stream_cls: type[_StreamT]) -> _StreamT: ...
    @overload
    def _request(
        self, spec: RequestSpec, *, cast_to: type[_T], stream: object, stream_cls: type[_StreamT]
    ) -> _T | _StreamT: ...
    @overload
    def _request(self, spec: RequestSpec, *, cast_to: object, stream: object, stream_cls: type[_StreamT]) -> Any: ...
    def _request(self, spec: RequestSpec, *, cast_to: Any = None, stream: object = True, stream_cls: Any = None) -> Any:
        return self._client.request(spec, cast_to=cast_to, stream=stream, stream_cls=stream_cls)

    def _request_page(
        self,
        spec: RequestSpec,
        *,
        page: type[_SyncPageT],
        cast_to: Any,
        cursor_param: Tuple[str, str],
    ) -> _SyncPageT:
        return self._client.request_page(spec, page=page, cast_to=cast_to, cursor_param=cursor_param)

    def _sleep(self, seconds: float) -> None:
        self._client._sleep(seconds)


class AsyncAPIResource:
    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    # The overloads of `AsyncAPIClient.request`.
    @overload
    async def _request(self, spec: RequestSpec, *, cast_to: type[_T]) -> _T: ...
    @overload
    async def _request(self, spec: RequestSpec, *, cast_to: object) -> Any: ...
    @overload
    async def _request(self, spec: RequestSpec, *, stream_cls: type[_AsyncStreamT]) -> _AsyncStreamT: ...
    @overload
    async def _request(
        self, spec: RequestSpec, *, cast_to: type[_T], stream: object, stream_cls: type[_AsyncStreamT]
    ) -> _T | _AsyncStreamT: ...
    @overload
    async def _request(
        self, spec: RequestSpec, *, cast_to: object, stream: object, stream_cls: type[_AsyncStreamT]
    ) -> Any: ...
    async def _request(
        self, spec: RequestSpec, *, cast_to: Any = None, stream: object = True, stream_cls: Any = None
    ) -> Any:
        return await self._client.request(spec, cast_to=cast_to, stream=stream, stream_cls=stream_cls)

    def _request_page(
        self,
        spec: RequestSpec,
        *,
        page: type[_AsyncPageT],
        cast_to: Any,
        cursor_param: Tuple[str, str],
    ) -> AsyncPaginator[Any, _AsyncPageT]:
        return self._client.request_page(spec, page=page, cast_to=cast_to, cursor_param=cursor_param)

    async def _sleep(self, seconds: float) -> None:
        await self._client._sleep(seconds)
