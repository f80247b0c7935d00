"""Lazy iteration over Hydra collections, following ``hydra:next`` from page to page.

The first page comes from the operation with the caller's filters. Later pages are fetched from
the exact IRI the server put in ``hydra:view``/``hydra:next`` (so every filter and ordering is
kept as the server understood it) and parsed like the first. Nothing is fetched before it is
needed, and only one page is held at a time.

A walk finishes under faults and never runs forever:

* each page is one read, which the retry transport repeats after any transient failure; a page
  that still fails raises, and the walk can be resumed from ``pager.cursor`` (a later
  ``pager.resume(cursor)``), never from the start;
* a page whose 2xx body does not parse is fetched again (``PAGE_PARSE_RETRIES`` times);
* a ``hydra:next`` this walk already followed (a page linking to itself, two pages linking to
  each other) and a page beyond what ``hydra:totalItems`` allows raise ``PaginationError``.
"""

from __future__ import annotations

import json
import math
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Any, Generic, TypeVar

import httpx

from ._exceptions import InvalidInputError, PaginationError, ResponseValidationError
from ._http import translate_transport_errors
from ._hydra import HydraCollection, next_page, total_items

ItemT = TypeVar("ItemT")
#: How many more times a page whose 2xx body does not parse is fetched.
PAGE_PARSE_RETRIES = 2


class Page(Generic[ItemT]):
    """One page of a collection.

    Attributes:
        items: The members of this page.
        total: ``hydra:totalItems`` when the server sent it.
        next_iri: The IRI of the next page, or ``None`` on the last one.
        iri: The IRI of this page (``hydra:view`` ``@id``) when the server sent it.

    """

    __slots__ = ("iri", "items", "next_iri", "total")

    def __init__(
        self,
        items: Sequence[ItemT],
        *,
        total: int | None = None,
        next_iri: str | None = None,
        iri: str | None = None,
    ) -> None:
        self.items = items
        self.total = total
        self.next_iri = next_iri
        self.iri = iri

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


class _Walk:
    """What one walk has seen: the links it followed and how far ``hydra:totalItems`` lets it go."""

    __slots__ = ("page_size", "pages", "seen", "total")

    def __init__(self, start: str | None) -> None:
        self.seen: set[str] = set() if start is None else {start}
        self.pages = 0
        self.page_size: int | None = None
        self.total: int | None = None

    def next_after(self, page: Page[Any], cursor: str | None) -> str | None:
        """The link to follow after ``page``, or ``None`` at the end.

        Raises:
            PaginationError: The link was followed already, or goes beyond the total.

        """
        self.pages += 1
        if page.iri is not None:
            self.seen.add(page.iri)
        link = page.next_iri
        if link is None:
            return None
        if link in self.seen:
            message = (
                f"the listing loops: page {self.pages} links back to {link!r}, which this walk "
                f"already read; stopped after {self.pages} pages"
            )
            raise PaginationError(message, link=link, pages=self.pages, cursor=cursor)
        self.seen.add(link)
        if self.page_size is None:
            self.page_size = len(page.items)
        if page.total is not None:
            self.total = max(self.total or 0, page.total)
        if self.total is not None:
            allowed = math.ceil(self.total / self.page_size) if self.page_size else 1
            if self.pages >= allowed:
                message = (
                    f"the listing links to page {self.pages + 1}, but hydra:totalItems "
                    f"{self.total} in pages of {self.page_size} allows {allowed}; stopped"
                )
                raise PaginationError(message, link=link, pages=self.pages, cursor=cursor)
        return link


def check_cursor(cursor: object, collection: str | None) -> str | None:
    """A cursor to resume a walk from: ``None`` (the start) or a page IRI of ``collection``.

    Raises:
        InvalidInputError: Not a string, or the IRI of another collection.

    """
    if cursor is None:
        return None
    if not isinstance(cursor, str) or not cursor:
        message = f"cursor must be a page IRI from pager.cursor or None, not {cursor!r}"
        raise InvalidInputError(message, field="cursor")
    try:
        path = httpx.URL(cursor).path
    except httpx.InvalidURL:
        path = ""
    if not path.startswith("/") or (collection is not None and not path.endswith(collection)):
        where = f"of {collection}" if collection is not None else ""
        message = f"cursor {cursor!r} is not a page IRI {where} (from pager.cursor)"
        raise InvalidInputError(message, field="cursor")
    return cursor


class SyncPager(Generic[ItemT]):
    """Iterate items (``for item in pager``) or pages (``pager.pages()``) lazily.

    Nothing is fetched before iteration starts; each page is fetched when the previous one is
    used up. A failed page is retried on its own (by the client's read retries), never the
    walk; ``cursor`` and ``resume`` carry a walk over a crash.

    Example:
        >>> pager = client.sms.list()  # doctest: +SKIP
        >>> for sms in pager:  # doctest: +SKIP
        ...     save(sms)
        ...     checkpoint(pager.cursor)  # a str, or None for the first page
        >>> for sms in client.sms.list().resume(load_checkpoint()):  # doctest: +SKIP
        ...     save(sms)

    """

    def __init__(
        self,
        first: Callable[[], Page[ItemT]],
        follow: Callable[[str], Page[ItemT]],
        *,
        collection: str | None = None,
        start: str | None = None,
    ) -> None:
        self._collection = collection
        self._start = start
        self._cursor = start
        self._finished = False
        self._first = first
        self._follow = follow

    @property
    def cursor(self) -> str | None:
        """Where to resume this walk: the IRI of the page in progress.

        The page in progress is the last one fetched (``pages()``) or the one whose items are
        being yielded (iterating items). ``None`` means the first page: nothing was read yet, or
        the first page is in progress, or the walk finished (see ``finished``). Keep it (it is a
        plain string) and pass it to ``resume`` in a later process: that page is read again, so
        at most one page's items are seen twice; deduplicate by ``uuid`` or ``id`` if that
        matters. After ``PaginationError`` it names the last good page.
        """
        return self._cursor

    @property
    def finished(self) -> bool:
        """Whether the walk read the last page (then ``cursor`` is ``None``)."""
        return self._finished

    def resume(self, cursor: str | None) -> SyncPager[ItemT]:
        """A pager over the same listing that starts at ``cursor`` (a ``pager.cursor``).

        Raises:
            InvalidInputError: ``cursor`` is not a page IRI of this listing.

        """
        start = check_cursor(cursor, self._collection)
        return SyncPager(self._first, self._follow, collection=self._collection, start=start)

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.pages():
            yield from page.items

    def pages(self) -> Iterator[Page[ItemT]]:
        """Yield each page, fetching the next one only when asked for it."""
        walk = _Walk(self._start)
        link = self._start
        self._finished = False
        while True:
            self._cursor = link
            page = self._fetch(link)
            yield page
            link = walk.next_after(page, self._cursor)
            if link is None:
                self._cursor, self._finished = None, True
                return

    iter_pages = pages

    def _fetch(self, link: str | None) -> Page[ItemT]:
        for attempt in range(PAGE_PARSE_RETRIES + 1):
            try:
                return self._first() if link is None else self._follow(link)
            except PaginationError:
                raise
            except ResponseValidationError:
                if attempt == PAGE_PARSE_RETRIES:
                    raise
        raise AssertionError  # pragma: no cover - the loop returns or raises


class AsyncPager(Generic[ItemT]):
    """The asynchronous twin of ``SyncPager``: ``async for item in pager``."""

    def __init__(
        self,
        first: Callable[[], Awaitable[Page[ItemT]]],
        follow: Callable[[str], Awaitable[Page[ItemT]]],
        *,
        collection: str | None = None,
        start: str | None = None,
    ) -> None:
        self._collection = collection
        self._start = start
        self._cursor = start
        self._finished = False
        self._first = first
        self._follow = follow

    cursor = SyncPager.cursor
    finished = SyncPager.finished

    def resume(self, cursor: str | None) -> AsyncPager[ItemT]:
        """A pager over the same listing that starts at ``cursor`` (a ``pager.cursor``).

        Raises:
            InvalidInputError: ``cursor`` is not a page IRI of this listing.

        """
        start = check_cursor(cursor, self._collection)
        return AsyncPager(self._first, self._follow, collection=self._collection, start=start)

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.pages():
            for item in page.items:
                yield item

    async def pages(self) -> AsyncIterator[Page[ItemT]]:
        """Yield each page, fetching the next one only when asked for it."""
        walk = _Walk(self._start)
        link = self._start
        self._finished = False
        while True:
            self._cursor = link
            page = await self._fetch(link)
            yield page
            link = walk.next_after(page, self._cursor)
            if link is None:
                self._cursor, self._finished = None, True
                return

    iter_pages = pages

    async def _fetch(self, link: str | None) -> Page[ItemT]:
        for attempt in range(PAGE_PARSE_RETRIES + 1):
            try:
                return await (self._first() if link is None else self._follow(link))
            except PaginationError:
                raise
            except ResponseValidationError:
                if attempt == PAGE_PARSE_RETRIES:
                    raise
        raise AssertionError  # pragma: no cover - the loop returns or raises


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
