"""Lazy iteration over Hydra collections, following ``hydra:next`` from page to page.

The first page comes from the generated operation with the caller's filters. Later pages are
fetched from the exact IRI the server put in ``hydra:view``/``hydra:next`` (so every filter and
ordering is kept as the server understood it) and parsed with the same generated model. Nothing
is fetched before it is needed, and only one page is held at a time.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Any, Generic, TypeVar

import httpx

from ._exceptions import ResponseValidationError
from ._http import translate_transport_errors
from ._hydra import HydraCollection, next_page, total_items

ItemT = TypeVar("ItemT")


class Page(Generic[ItemT]):
    """One page of a collection.

    Attributes:
        items: The members of this page.
        total: ``hydra:totalItems`` when the server sent it.
        next_iri: The IRI of the next page, or ``None`` on the last one.
        collection: The generated collection model, with everything else the server sent.

    """

    def __init__(self, collection: HydraCollection[ItemT]) -> None:
        self.collection = collection
        self.items: Sequence[ItemT] = collection.hydramember
        self.total = total_items(collection)
        self.next_iri = next_page(collection)

    def has_next_page(self) -> bool:
        """Whether another page follows this one."""
        return self.next_iri is not None

    def __repr__(self) -> str:
        return f"Page(items={len(self.items)}, total={self.total}, next={self.next_iri!r})"


class SyncPager(Generic[ItemT]):
    """Iterate items (``for item in pager``) or pages (``pager.iter_pages()``) lazily."""

    def __init__(self, first: Callable[[], HydraCollection[ItemT]], http: httpx.Client) -> None:
        self._first = first
        self._http = http

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.iter_pages():
            yield from page.items

    def iter_pages(self) -> Iterator[Page[ItemT]]:
        """Yield each page, fetching the next one only when asked for it."""
        page = Page(self._first())
        yield page
        while page.next_iri is not None:
            with translate_transport_errors():
                response = self._http.get(page.next_iri)
            page = Page(_parse_like(page.collection, response.content))
            yield page


class AsyncPager(Generic[ItemT]):
    """The asynchronous twin of ``SyncPager``: ``async for item in pager``."""

    def __init__(
        self, first: Callable[[], Awaitable[HydraCollection[ItemT]]], http: httpx.AsyncClient
    ) -> None:
        self._first = first
        self._http = http

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item

    async def iter_pages(self) -> AsyncIterator[Page[ItemT]]:
        """Yield each page, fetching the next one only when asked for it."""
        page = Page(await self._first())
        yield page
        while page.next_iri is not None:
            with translate_transport_errors():
                response = await self._http.get(page.next_iri)
            page = Page(_parse_like(page.collection, response.content))
            yield page


def _parse_like(previous: HydraCollection[ItemT], content: bytes) -> HydraCollection[ItemT]:
    """Parse a later page with the generated model class of the first one."""
    model: Any = type(previous)
    try:
        parsed: HydraCollection[ItemT] = model.from_dict(json.loads(content))
    except (KeyError, TypeError, ValueError) as error:
        message = f"a {model.__name__} page does not match the spec: {error!r}"
        raise ResponseValidationError(message) from error
    return parsed
