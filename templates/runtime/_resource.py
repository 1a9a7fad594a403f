"""Base classes of the generated resources (`client.runs`, `client.datasets`, ...)."""

from __future__ import annotations

from typing import Any, Tuple, TypeVar, overload

from ._base_client import AsyncAPIClient, RequestSpec, SyncAPIClient
from ._pagination import AsyncCursorPage, AsyncPaginator, SyncCursorPage

__all__ = ["SyncAPIResource", "AsyncAPIResource"]

_T = TypeVar("_T")
_SyncPageT = TypeVar("_SyncPageT", bound=SyncCursorPage[Any])
_AsyncPageT = TypeVar("_AsyncPageT", bound=AsyncCursorPage[Any])


class SyncAPIResource:
    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @overload
    def _request(self, spec: RequestSpec, *, cast_to: type[_T]) -> _T: ...
    @overload
    def _request(self, spec: RequestSpec, *, cast_to: object) -> Any: ...
    def _request(self, spec: RequestSpec, *, cast_to: Any) -> Any:
        return self._client.request(spec, cast_to=cast_to)

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

    @overload
    async def _request(self, spec: RequestSpec, *, cast_to: type[_T]) -> _T: ...
    @overload
    async def _request(self, spec: RequestSpec, *, cast_to: object) -> Any: ...
    async def _request(self, spec: RequestSpec, *, cast_to: Any) -> Any:
        return await self._client.request(spec, cast_to=cast_to)

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
