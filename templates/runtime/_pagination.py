"""Cursor pagination: pages that know how to fetch the next one, and auto-paging iteration.

`for run in client.runs.query(...)` walks every item of every page; `async for` does the same
on the async client, where `await client.runs.query(...)` gives just the first page.
"""

from __future__ import annotations

import dataclasses
from typing import (
    TYPE_CHECKING,
    Any,
    AsyncIterator,
    Awaitable,
    Callable,
    ClassVar,
    Generator,
    Generic,
    Iterator,
    List,
    Mapping,
    Optional,
    Tuple,
    TypeVar,
    cast,
)

import httpx
from typing_extensions import Self

from ._exceptions import APIResponseValidationError
from ._models import attach_request_id, collection_paused, decode_json, json_kind, validate_items
from ._qs import Param
from ._response import json_body

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, RequestSpec, SyncAPIClient

__all__ = ["SyncCursorPage", "AsyncCursorPage", "AsyncPaginator", "PageRequest"]

_T = TypeVar("_T")
_PageT = TypeVar("_PageT", bound="AsyncCursorPage[Any]")


@dataclasses.dataclass(frozen=True)
class PageRequest:
    """How a page was fetched, so that the next one repeats it with the new cursor."""

    client: Any  # SyncAPIClient | AsyncAPIClient (Any: the two page classes share this)
    spec: RequestSpec
    cast_to: Any
    cursor_param: Tuple[str, str]  # ("query" | "body", parameter name)

    def sent_cursor(self) -> object:
        location, name = self.cursor_param
        if location == "query":
            return next((p.value for p in self.spec.query_params if p.name == name), None)
        return self.spec.body.get(name) if isinstance(self.spec.body, Mapping) else None

    def with_cursor(self, cursor: str) -> RequestSpec:
        location, name = self.cursor_param
        if location == "query":
            params = [p for p in self.spec.query_params if p.name != name]
            params.append(Param(name, cursor, "form", True))
            return dataclasses.replace(self.spec, query_params=tuple(params))
        body = dict(self.spec.body) if isinstance(self.spec.body, Mapping) else {}
        body[name] = cursor
        return dataclasses.replace(self.spec, body=body)


def _dig(data: object, path: str) -> object:
    return _find(data, path)[1]


def _find(data: object, path: str) -> Tuple[bool, object]:
    """(whether the dotted `path` is in `data`, its value or None)."""
    for key in path.split("."):
        if not isinstance(data, Mapping) or key not in data:
            return False, None
        data = data[key]
    return True, data


class _BasePage(Generic[_T]):
    # Where the page's parts are in the response body; a generated subclass may point them
    # elsewhere, and dotted paths reach into nested objects (e.g. "cursors.next").
    items_key: ClassVar[str] = "items"
    next_cursor_key: ClassVar[str] = "next_cursor"
    has_more_key: ClassVar[str] = "has_more"

    items: List[_T]
    next_cursor: Optional[str]
    has_more: Optional[bool]
    _request_id: Optional[str] = None
    """The `x-request-id` header of the response this page came from (its items carry it too)."""

    def __init__(
        self,
        *,
        items: List[_T],
        next_cursor: Optional[str] = None,
        has_more: Optional[bool] = None,
        response_body: object = None,
        request: PageRequest | None = None,
    ) -> None:
        self.items = items
        self.next_cursor = next_cursor
        self.has_more = has_more
        self._response_body = response_body
        # Set instead of the body by `_from_response`: the JSON to decode on first use.
        self._response_json: Optional[bytes] = None
        self._request = request

    @property
    def response_body(self) -> object:
        """The whole decoded response, for fields beyond the page's own."""
        if self._response_json is not None:
            # Decoded again when asked for, not kept from parsing: for a page of 10,000 runs the
            # decoded tree next to the models doubled the objects the garbage collector walks
            # (bench/parse.py), for a value most callers never read.
            self._response_body, self._response_json = decode_json(self._response_json), None
        return self._response_body

    @response_body.setter
    def response_body(self, value: object) -> None:
        self._response_body, self._response_json = value, None

    @classmethod
    def _from_response(cls, response: httpx.Response, request: PageRequest) -> Self:
        """The page in a successful response; `APIResponseValidationError` when the body is
        not JSON or cannot be a page, so that iteration never ends early without a word."""
        with collection_paused(len(response.content)):
            body = json_body(response)
            items = validate_items(request.cast_to, cls._raw_items(body, response))
        request_id = response.headers.get("x-request-id")
        attach_request_id(items, request_id)
        cursor, has_more = _dig(body, cls.next_cursor_key), _dig(body, cls.has_more_key)
        page = cls(
            items=items,
            next_cursor=None if cursor is None or cursor == "" else str(cursor),
            has_more=has_more if isinstance(has_more, bool) else None,
            request=request,
        )
        page._response_json = response.content
        page._request_id = request_id
        return page

    @classmethod
    def _raw_items(cls, body: object, response: httpx.Response) -> List[Any]:
        if isinstance(body, list):
            return body  # a page without an envelope (and without a next page)
        if not isinstance(body, Mapping):
            raise cls._not_a_page(response, body, f"a JSON {json_kind(body)}")
        found, raw_items = _find(body, cls.items_key)
        if isinstance(raw_items, list):
            return raw_items
        if found and raw_items is not None:
            raise cls._not_a_page(response, body, f"{cls.items_key!r} holding a JSON {json_kind(raw_items)}")
        # `"items": null` is how Go's encoding/json writes an empty slice, and protobuf's JSON
        # leaves out empty lists (and false, and ""), so a last page may come as `{}` or with
        # only the cursor keys: that is an empty page. An object with other keys but no items
        # is something else (an error envelope behind a 200, or the spec names another key):
        # reading it as empty would end the iteration silently.
        page_keys = {cls.next_cursor_key.split(".")[0], cls.has_more_key.split(".")[0]}
        if found or set(body) <= page_keys:
            return []
        raise cls._not_a_page(response, body, f"an object without {cls.items_key!r}")

    @staticmethod
    def _not_a_page(response: httpx.Response, body: object, got: str) -> APIResponseValidationError:
        message = f"Expected a page of items in the response body, got {got} (HTTP {response.status_code})."
        return APIResponseValidationError(response, body, message=message)

    def has_next_page(self) -> bool:
        if not self.next_cursor or self.has_more is False or self._request is None:
            return False
        # A server handing back the cursor it was given would otherwise page forever.
        return self.next_cursor != self._request.sent_cursor()

    def _next_page_request(self) -> PageRequest:
        if not self.has_next_page() or self._request is None or self.next_cursor is None:
            raise RuntimeError("No next page; check has_next_page() first.")
        return self._request

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(items=<{len(self.items)} items>, "
            f"next_cursor={self.next_cursor!r}, has_more={self.has_more!r})"
        )


class SyncCursorPage(_BasePage[_T]):
    def get_next_page(self) -> Self:
        request = self._next_page_request()
        client = cast("SyncAPIClient", request.client)
        spec = request.with_cursor(cast(str, self.next_cursor))
        return client.request_page(
            spec,
            page=type(self),
            cast_to=request.cast_to,
            cursor_param=request.cursor_param,
        )

    def iter_pages(self) -> Iterator[Self]:
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.get_next_page()

    def __iter__(self) -> Iterator[_T]:
        """Every item of this page and of the pages after it (fetched as needed)."""
        for page in self.iter_pages():
            yield from page.items


class AsyncCursorPage(_BasePage[_T]):
    async def get_next_page(self) -> Self:
        request = self._next_page_request()
        client = cast("AsyncAPIClient", request.client)
        spec = request.with_cursor(cast(str, self.next_cursor))
        return await client.request_page(
            spec,
            page=type(self),
            cast_to=request.cast_to,
            cursor_param=request.cursor_param,
        )

    async def iter_pages(self) -> AsyncIterator[Self]:
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.get_next_page()

    async def __aiter__(self) -> AsyncIterator[_T]:
        """Every item of this page and of the pages after it (fetched as needed)."""
        async for page in self.iter_pages():
            for item in page.items:
                yield item


class AsyncPaginator(Generic[_T, _PageT]):
    """What a paginated async method returns: `await` it for the first page, or
    `async for` over it for every item of every page (each use sends the request anew).
    """

    def __init__(self, fetch_first_page: Callable[[], Awaitable[_PageT]]) -> None:
        self._fetch_first_page = fetch_first_page

    def __await__(self) -> Generator[Any, None, _PageT]:
        return self._fetch_first_page().__await__()

    async def __aiter__(self) -> AsyncIterator[_T]:
        page = await self
        async for item in page:
            yield cast(_T, item)
