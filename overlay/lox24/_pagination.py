"""Lazy iteration over Hydra collections, following ``hydra:next`` from page to page.

The first page comes from the operation with the caller's filters. Later pages are fetched from
the exact IRI the server put in ``hydra:view``/``hydra:next`` (so every filter and ordering is
kept as the server understood it) and parsed like the first. Nothing
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

    """

    __slots__ = ("items", "next_iri", "total")

    def __init__(
        self, items: Sequence[ItemT], *, total: int | None = None, next_iri: str | None = None
    ) -> None:
        self.items = items
        self.total = total
        self.next_iri = next_iri

    @classmethod
    def from_collection(cls, collection: HydraCollection[ItemT]) -> Page[ItemT]:
        """The page a generated collection model holds."""
        return cls(
            collection.hydramember, total=total_items(collection), next_iri=next_page(collection)
        )

    @property
    def next(self) -> str | None:
        """The IRI of the next page, or ``None`` on the last one."""
        return self.next_iri

    def has_next_page(self) -> bool:
        """Whether another page follows this one."""
        return self.next_iri is not None

    def __repr__(self) -> str:
        return f"Page(items={len(self.items)}, total={self.total}, next={self.next_iri!r})"


class SyncPager(Generic[ItemT]):
    """Iterate items (``for item in pager``) or pages (``pager.pages()``) lazily.

    Nothing is fetched before iteration starts; each page is fetched when the previous one is
    used up.
    """

    def __init__(
        self, first: Callable[[], Page[ItemT]], follow: Callable[[str], Page[ItemT]]
    ) -> None:
        self._first = first
        self._follow = follow

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.pages():
            yield from page.items

    def pages(self) -> Iterator[Page[ItemT]]:
        """Yield each page, fetching the next one only when asked for it."""
        page = self._first()
        yield page
        while page.next_iri is not None:
            page = self._follow(page.next_iri)
            yield page

    iter_pages = pages


class AsyncPager(Generic[ItemT]):
    """The asynchronous twin of ``SyncPager``: ``async for item in pager``."""

    def __init__(
        self,
        first: Callable[[], Awaitable[Page[ItemT]]],
        follow: Callable[[str], Awaitable[Page[ItemT]]],
    ) -> None:
        self._first = first
        self._follow = follow

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.pages():
            for item in page.items:
                yield item

    async def pages(self) -> AsyncIterator[Page[ItemT]]:
        """Yield each page, fetching the next one only when asked for it."""
        page = await self._first()
        yield page
        while page.next_iri is not None:
            page = await self._follow(page.next_iri)
            yield page

    iter_pages = pages


def sync_collection_pager(
    first: Callable[[], HydraCollection[ItemT]], http: httpx.Client
) -> SyncPager[ItemT]:
    """A pager over a generated collection operation (``client.paginate``)."""
    model: list[type] = []

    def load() -> Page[ItemT]:
        collection = first()
        model.append(type(collection))
        return Page.from_collection(collection)

    def follow(link: str) -> Page[ItemT]:
        with translate_transport_errors():
            response = http.get(link)
        return Page.from_collection(_parse_like(model[0], response.content))

    return SyncPager(load, follow)


def async_collection_pager(
    first: Callable[[], Awaitable[HydraCollection[ItemT]]], http: httpx.AsyncClient
) -> AsyncPager[ItemT]:
    """The asynchronous twin of ``sync_collection_pager``."""
    model: list[type] = []

    async def load() -> Page[ItemT]:
        collection = await first()
        model.append(type(collection))
        return Page.from_collection(collection)

    async def follow(link: str) -> Page[ItemT]:
        with translate_transport_errors():
            response = await http.get(link)
        return Page.from_collection(_parse_like(model[0], response.content))

    return AsyncPager(load, follow)


def _parse_like(model: Any, content: bytes) -> HydraCollection[ItemT]:
    """Parse a later page with the generated model class of the first one."""
    try:
        parsed: HydraCollection[ItemT] = model.from_dict(json.loads(content))
    except (KeyError, TypeError, ValueError) as error:
        message = f"a {model.__name__} page does not match the spec: {error!r}"
        raise ResponseValidationError(message) from error
    return parsed
