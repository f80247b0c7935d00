"""``client.short_links``: The individual short links that campaigns hand out.

Generated from spec/lox24.yaml by scripts/codegen_resources.py; do not edit."""

from __future__ import annotations

from collections.abc import (
    Mapping,
    Sequence,
)
from datetime import datetime
from functools import cached_property
from typing import Literal

from lox24._pagination import AsyncPager, Page, SyncPager
from lox24._runtime import AsyncRuntime, Endpoint, RawResponse, SyncRuntime
from lox24._runtime import path_segment as _segment
from lox24._runtime import query as _query

from ..models.ordering import Ordering
from ..models.short_link import ShortLink
from ..models.short_link_request import ShortLinkRequest

_LIST_REQUESTS: Endpoint[ShortLinkRequest] = Endpoint(
    "GET",
    "short_links.list_requests",
    parse=ShortLinkRequest.from_dict,
    kind="collection",
)
_GET_REQUEST: Endpoint[ShortLinkRequest] = Endpoint(
    "GET", "short_links.get_request", parse=ShortLinkRequest.from_dict
)
_LIST: Endpoint[ShortLink] = Endpoint(
    "GET", "short_links.list", parse=ShortLink.from_dict, kind="collection"
)
_GET: Endpoint[ShortLink] = Endpoint(
    "GET", "short_links.get", parse=ShortLink.from_dict
)
_REQUESTS: Endpoint[ShortLinkRequest] = Endpoint(
    "GET", "short_links.requests", parse=ShortLinkRequest.from_dict, kind="collection"
)


class ShortLinksResourceWithRawResponse:
    """``client.short_links``, answering whole responses: The individual short links that campaigns hand out."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def list_requests(
        self,
        *,
        page: int | None = None,
        ip: str | None = None,
        url: str | None = None,
        user_agent: str | None = None,
        country: str | Sequence[str] | None = None,
        referer: str | None = None,
        date: int | datetime | Sequence[int | datetime] | None = None,
        type: int | Sequence[int] | None = None,
        browser: str | None = None,
        browser_version: str | None = None,
        os: str | None = None,
        os_version: str | None = None,
        software_type: str | None = None,
        hardware_type: str | None = None,
        date_between: str | tuple[int, int] | None = None,
        date_gt: int | datetime | None = None,
        date_gte: int | datetime | None = None,
        date_lt: int | datetime | None = None,
        date_lte: int | datetime | None = None,
        order_by: Mapping[Literal["date"], Literal["asc", "desc"] | Ordering]
        | None = None,
    ) -> RawResponse[Page[ShortLinkRequest]]:
        """List every click on any short link of the account.

        Args:
            page: ``page``. The page of the collection to return, starting at 1.
            ip: ``ip``. Clicks from an IP address that contains this.
            url: ``url``. Clicks that were redirected to a URL that contains this.
            user_agent: ``user_agent``. Clicks whose user agent contains this.
            country: ``country[]``. Clicks from any of these countries.
            referer: ``referer``. Clicks whose referer contains this.
            date: ``date[]``. Clicks at any of these Unix times.
            type: ``type[]``. Clicks of any of these types.
            browser: ``browser``. Clicks from a browser whose name contains this.
            browser_version: ``browser_version``. Clicks from a browser whose version contains
                this.
            os: ``os``. Clicks from an operating system whose name contains this.
            os_version: ``os_version``. Clicks from an operating system whose version contains
                this.
            software_type: ``software_type``. Clicks from software whose kind contains this.
            hardware_type: ``hardware_type``. Clicks from hardware whose kind contains this.
            date_between: ``date[between]``. Clicks within `<from>..<to>` (Unix times, both
                included).
            date_gt: ``date[gt]``. Clicks after this Unix time.
            date_gte: ``date[gte]``. Clicks at or after this Unix time.
            date_lt: ``date[lt]``. Clicks before this Unix time.
            date_lte: ``date[lte]``. Clicks at or before this Unix time.
            order_by: Sort by these fields, in this order: ``{field: 'asc' | 'desc'}``.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return self._runtime.page_raw(
            _LIST_REQUESTS,
            "/short_link_requests",
            _query(
                (
                    ("page", page),
                    ("ip", ip),
                    ("url", url),
                    ("user_agent", user_agent),
                    ("country[]", country),
                    ("referer", referer),
                    ("date[]", date),
                    ("type[]", type),
                    ("browser", browser),
                    ("browser_version", browser_version),
                    ("os", os),
                    ("os_version", os_version),
                    ("software_type", software_type),
                    ("hardware_type", hardware_type),
                    ("date[between]", date_between),
                    ("date[gt]", date_gt),
                    ("date[gte]", date_gte),
                    ("date[lt]", date_lt),
                    ("date[lte]", date_lte),
                ),
                order_by,
            ),
        )

    def get_request(self, id: str) -> RawResponse[ShortLinkRequest]:
        """Read one click on a short link.

        Args:
            id: ``id``. The click's id (a number; the official document types the path segment
                as a string).

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return self._runtime.call_raw(
            _GET_REQUEST, f"/short_link_requests/{_segment(id, 'id')}", None, None
        )

    def list(
        self,
        *,
        page: int | None = None,
        url: str | None = None,
        updated_at: int | datetime | Sequence[int | datetime] | None = None,
        order_by: Mapping[Literal["updated_at"], Literal["asc", "desc"] | Ordering]
        | None = None,
    ) -> RawResponse[Page[ShortLink]]:
        """List every short link of the account.

        Args:
            page: ``page``. The page of the collection to return, starting at 1.
            url: ``url``. Links whose destination URL contains this (case does not matter).
            updated_at: ``updated_at[]``. Links last changed at any of these Unix times.
            order_by: Sort by these fields, in this order: ``{field: 'asc' | 'desc'}``.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return self._runtime.page_raw(
            _LIST,
            "/short_links",
            _query(
                (
                    ("page", page),
                    ("url", url),
                    ("updated_at[]", updated_at),
                ),
                order_by,
            ),
        )

    def count(
        self,
        *,
        url: str | None = None,
        updated_at: int | datetime | Sequence[int | datetime] | None = None,
    ) -> RawResponse[int]:
        """How many ShortLink items ``list`` selects with these filters.

        One request for the first page, whose ``hydra:totalItems`` is the answer; its items
        are not parsed.

        Args:
            url: ``url``. Links whose destination URL contains this (case does not matter).
            updated_at: ``updated_at[]``. Links last changed at any of these Unix times.

        Returns:
            The whole response, with the count in ``parsed``.
        """
        return self._runtime.count_raw(
            _LIST,
            "/short_links",
            _query(
                (
                    ("url", url),
                    ("updated_at[]", updated_at),
                )
            ),
        )

    def get(self, short_code: str) -> RawResponse[ShortLink]:
        """Read one short link.

        Args:
            short_code: ``shortCode``. The short link's code (its `short_code`), for example
                `baaIoP`.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return self._runtime.call_raw(
            _GET, f"/short_links/{_segment(short_code, 'short_code')}", None, None
        )

    def requests(
        self,
        short_code: str,
        *,
        page: int | None = None,
        ip: str | None = None,
        url: str | None = None,
        user_agent: str | None = None,
        country: str | Sequence[str] | None = None,
        referer: str | None = None,
        date: int | datetime | Sequence[int | datetime] | None = None,
        type: int | Sequence[int] | None = None,
        browser: str | None = None,
        browser_version: str | None = None,
        os: str | None = None,
        os_version: str | None = None,
        software_type: str | None = None,
        hardware_type: str | None = None,
        date_between: str | tuple[int, int] | None = None,
        date_gt: int | datetime | None = None,
        date_gte: int | datetime | None = None,
        date_lt: int | datetime | None = None,
        date_lte: int | datetime | None = None,
        order_by: Mapping[Literal["date"], Literal["asc", "desc"] | Ordering]
        | None = None,
    ) -> RawResponse[Page[ShortLinkRequest]]:
        """List the clicks on one short link.

        Args:
            short_code: ``shortCode``. The short link's code (its `short_code`), for example
                `baaIoP`.
            page: ``page``. The page of the collection to return, starting at 1.
            ip: ``ip``. Clicks from an IP address that contains this.
            url: ``url``. Clicks that were redirected to a URL that contains this.
            user_agent: ``user_agent``. Clicks whose user agent contains this.
            country: ``country[]``. Clicks from any of these countries.
            referer: ``referer``. Clicks whose referer contains this.
            date: ``date[]``. Clicks at any of these Unix times.
            type: ``type[]``. Clicks of any of these types.
            browser: ``browser``. Clicks from a browser whose name contains this.
            browser_version: ``browser_version``. Clicks from a browser whose version contains
                this.
            os: ``os``. Clicks from an operating system whose name contains this.
            os_version: ``os_version``. Clicks from an operating system whose version contains
                this.
            software_type: ``software_type``. Clicks from software whose kind contains this.
            hardware_type: ``hardware_type``. Clicks from hardware whose kind contains this.
            date_between: ``date[between]``. Clicks within `<from>..<to>` (Unix times, both
                included).
            date_gt: ``date[gt]``. Clicks after this Unix time.
            date_gte: ``date[gte]``. Clicks at or after this Unix time.
            date_lt: ``date[lt]``. Clicks before this Unix time.
            date_lte: ``date[lte]``. Clicks at or before this Unix time.
            order_by: Sort by these fields, in this order: ``{field: 'asc' | 'desc'}``.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return self._runtime.page_raw(
            _REQUESTS,
            f"/short_links/{_segment(short_code, 'short_code')}/requests",
            _query(
                (
                    ("page", page),
                    ("ip", ip),
                    ("url", url),
                    ("user_agent", user_agent),
                    ("country[]", country),
                    ("referer", referer),
                    ("date[]", date),
                    ("type[]", type),
                    ("browser", browser),
                    ("browser_version", browser_version),
                    ("os", os),
                    ("os_version", os_version),
                    ("software_type", software_type),
                    ("hardware_type", hardware_type),
                    ("date[between]", date_between),
                    ("date[gt]", date_gt),
                    ("date[gte]", date_gte),
                    ("date[lt]", date_lt),
                    ("date[lte]", date_lte),
                ),
                order_by,
            ),
        )


class ShortLinksResource:
    """``client.short_links``: The individual short links that campaigns hand out."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    @cached_property
    def with_raw_response(self) -> ShortLinksResourceWithRawResponse:
        """The same methods, returning the whole response (status, headers, request id)."""
        return ShortLinksResourceWithRawResponse(self._runtime)

    def list_requests(
        self,
        *,
        page: int | None = None,
        ip: str | None = None,
        url: str | None = None,
        user_agent: str | None = None,
        country: str | Sequence[str] | None = None,
        referer: str | None = None,
        date: int | datetime | Sequence[int | datetime] | None = None,
        type: int | Sequence[int] | None = None,
        browser: str | None = None,
        browser_version: str | None = None,
        os: str | None = None,
        os_version: str | None = None,
        software_type: str | None = None,
        hardware_type: str | None = None,
        date_between: str | tuple[int, int] | None = None,
        date_gt: int | datetime | None = None,
        date_gte: int | datetime | None = None,
        date_lt: int | datetime | None = None,
        date_lte: int | datetime | None = None,
        order_by: Mapping[Literal["date"], Literal["asc", "desc"] | Ordering]
        | None = None,
    ) -> SyncPager[ShortLinkRequest]:
        """List every click on any short link of the account.

        Args:
            page: ``page``. The page of the collection to return, starting at 1.
            ip: ``ip``. Clicks from an IP address that contains this.
            url: ``url``. Clicks that were redirected to a URL that contains this.
            user_agent: ``user_agent``. Clicks whose user agent contains this.
            country: ``country[]``. Clicks from any of these countries.
            referer: ``referer``. Clicks whose referer contains this.
            date: ``date[]``. Clicks at any of these Unix times.
            type: ``type[]``. Clicks of any of these types.
            browser: ``browser``. Clicks from a browser whose name contains this.
            browser_version: ``browser_version``. Clicks from a browser whose version contains
                this.
            os: ``os``. Clicks from an operating system whose name contains this.
            os_version: ``os_version``. Clicks from an operating system whose version contains
                this.
            software_type: ``software_type``. Clicks from software whose kind contains this.
            hardware_type: ``hardware_type``. Clicks from hardware whose kind contains this.
            date_between: ``date[between]``. Clicks within `<from>..<to>` (Unix times, both
                included).
            date_gt: ``date[gt]``. Clicks after this Unix time.
            date_gte: ``date[gte]``. Clicks at or after this Unix time.
            date_lt: ``date[lt]``. Clicks before this Unix time.
            date_lte: ``date[lte]``. Clicks at or before this Unix time.
            order_by: Sort by these fields, in this order: ``{field: 'asc' | 'desc'}``.

        Returns:
            A lazy pager: iterate it for items, or ``.pages()`` for pages.
        """
        return self._runtime.paginate(
            _LIST_REQUESTS,
            "/short_link_requests",
            _query(
                (
                    ("page", page),
                    ("ip", ip),
                    ("url", url),
                    ("user_agent", user_agent),
                    ("country[]", country),
                    ("referer", referer),
                    ("date[]", date),
                    ("type[]", type),
                    ("browser", browser),
                    ("browser_version", browser_version),
                    ("os", os),
                    ("os_version", os_version),
                    ("software_type", software_type),
                    ("hardware_type", hardware_type),
                    ("date[between]", date_between),
                    ("date[gt]", date_gt),
                    ("date[gte]", date_gte),
                    ("date[lt]", date_lt),
                    ("date[lte]", date_lte),
                ),
                order_by,
            ),
        )

    def get_request(self, id: str) -> ShortLinkRequest:
        """Read one click on a short link.

        Args:
            id: ``id``. The click's id (a number; the official document types the path segment
                as a string).
        """
        return self._runtime.call(
            _GET_REQUEST, f"/short_link_requests/{_segment(id, 'id')}", None, None
        )

    def list(
        self,
        *,
        page: int | None = None,
        url: str | None = None,
        updated_at: int | datetime | Sequence[int | datetime] | None = None,
        order_by: Mapping[Literal["updated_at"], Literal["asc", "desc"] | Ordering]
        | None = None,
    ) -> SyncPager[ShortLink]:
        """List every short link of the account.

        Args:
            page: ``page``. The page of the collection to return, starting at 1.
            url: ``url``. Links whose destination URL contains this (case does not matter).
            updated_at: ``updated_at[]``. Links last changed at any of these Unix times.
            order_by: Sort by these fields, in this order: ``{field: 'asc' | 'desc'}``.

        Returns:
            A lazy pager: iterate it for items, or ``.pages()`` for pages.
        """
        return self._runtime.paginate(
            _LIST,
            "/short_links",
            _query(
                (
                    ("page", page),
                    ("url", url),
                    ("updated_at[]", updated_at),
                ),
                order_by,
            ),
        )

    def count(
        self,
        *,
        url: str | None = None,
        updated_at: int | datetime | Sequence[int | datetime] | None = None,
    ) -> int:
        """How many ShortLink items ``list`` selects with these filters.

        One request for the first page, whose ``hydra:totalItems`` is the answer; its items
        are not parsed.

        Args:
            url: ``url``. Links whose destination URL contains this (case does not matter).
            updated_at: ``updated_at[]``. Links last changed at any of these Unix times.

        Returns:
            The number of items, whatever the page size.
        """
        return self._runtime.count(
            _LIST,
            "/short_links",
            _query(
                (
                    ("url", url),
                    ("updated_at[]", updated_at),
                )
            ),
        )

    def get(self, short_code: str) -> ShortLink:
        """Read one short link.

        Args:
            short_code: ``shortCode``. The short link's code (its `short_code`), for example
                `baaIoP`.
        """
        return self._runtime.call(
            _GET, f"/short_links/{_segment(short_code, 'short_code')}", None, None
        )

    def requests(
        self,
        short_code: str,
        *,
        page: int | None = None,
        ip: str | None = None,
        url: str | None = None,
        user_agent: str | None = None,
        country: str | Sequence[str] | None = None,
        referer: str | None = None,
        date: int | datetime | Sequence[int | datetime] | None = None,
        type: int | Sequence[int] | None = None,
        browser: str | None = None,
        browser_version: str | None = None,
        os: str | None = None,
        os_version: str | None = None,
        software_type: str | None = None,
        hardware_type: str | None = None,
        date_between: str | tuple[int, int] | None = None,
        date_gt: int | datetime | None = None,
        date_gte: int | datetime | None = None,
        date_lt: int | datetime | None = None,
        date_lte: int | datetime | None = None,
        order_by: Mapping[Literal["date"], Literal["asc", "desc"] | Ordering]
        | None = None,
    ) -> SyncPager[ShortLinkRequest]:
        """List the clicks on one short link.

        Args:
            short_code: ``shortCode``. The short link's code (its `short_code`), for example
                `baaIoP`.
            page: ``page``. The page of the collection to return, starting at 1.
            ip: ``ip``. Clicks from an IP address that contains this.
            url: ``url``. Clicks that were redirected to a URL that contains this.
            user_agent: ``user_agent``. Clicks whose user agent contains this.
            country: ``country[]``. Clicks from any of these countries.
            referer: ``referer``. Clicks whose referer contains this.
            date: ``date[]``. Clicks at any of these Unix times.
            type: ``type[]``. Clicks of any of these types.
            browser: ``browser``. Clicks from a browser whose name contains this.
            browser_version: ``browser_version``. Clicks from a browser whose version contains
                this.
            os: ``os``. Clicks from an operating system whose name contains this.
            os_version: ``os_version``. Clicks from an operating system whose version contains
                this.
            software_type: ``software_type``. Clicks from software whose kind contains this.
            hardware_type: ``hardware_type``. Clicks from hardware whose kind contains this.
            date_between: ``date[between]``. Clicks within `<from>..<to>` (Unix times, both
                included).
            date_gt: ``date[gt]``. Clicks after this Unix time.
            date_gte: ``date[gte]``. Clicks at or after this Unix time.
            date_lt: ``date[lt]``. Clicks before this Unix time.
            date_lte: ``date[lte]``. Clicks at or before this Unix time.
            order_by: Sort by these fields, in this order: ``{field: 'asc' | 'desc'}``.

        Returns:
            A lazy pager: iterate it for items, or ``.pages()`` for pages.
        """
        return self._runtime.paginate(
            _REQUESTS,
            f"/short_links/{_segment(short_code, 'short_code')}/requests",
            _query(
                (
                    ("page", page),
                    ("ip", ip),
                    ("url", url),
                    ("user_agent", user_agent),
                    ("country[]", country),
                    ("referer", referer),
                    ("date[]", date),
                    ("type[]", type),
                    ("browser", browser),
                    ("browser_version", browser_version),
                    ("os", os),
                    ("os_version", os_version),
                    ("software_type", software_type),
                    ("hardware_type", hardware_type),
                    ("date[between]", date_between),
                    ("date[gt]", date_gt),
                    ("date[gte]", date_gte),
                    ("date[lt]", date_lt),
                    ("date[lte]", date_lte),
                ),
                order_by,
            ),
        )


class AsyncShortLinksResourceWithRawResponse:
    """``client.short_links`` of an AsyncClient, answering whole responses: The individual short links that campaigns hand out."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def list_requests(
        self,
        *,
        page: int | None = None,
        ip: str | None = None,
        url: str | None = None,
        user_agent: str | None = None,
        country: str | Sequence[str] | None = None,
        referer: str | None = None,
        date: int | datetime | Sequence[int | datetime] | None = None,
        type: int | Sequence[int] | None = None,
        browser: str | None = None,
        browser_version: str | None = None,
        os: str | None = None,
        os_version: str | None = None,
        software_type: str | None = None,
        hardware_type: str | None = None,
        date_between: str | tuple[int, int] | None = None,
        date_gt: int | datetime | None = None,
        date_gte: int | datetime | None = None,
        date_lt: int | datetime | None = None,
        date_lte: int | datetime | None = None,
        order_by: Mapping[Literal["date"], Literal["asc", "desc"] | Ordering]
        | None = None,
    ) -> RawResponse[Page[ShortLinkRequest]]:
        """List every click on any short link of the account.

        Args:
            page: ``page``. The page of the collection to return, starting at 1.
            ip: ``ip``. Clicks from an IP address that contains this.
            url: ``url``. Clicks that were redirected to a URL that contains this.
            user_agent: ``user_agent``. Clicks whose user agent contains this.
            country: ``country[]``. Clicks from any of these countries.
            referer: ``referer``. Clicks whose referer contains this.
            date: ``date[]``. Clicks at any of these Unix times.
            type: ``type[]``. Clicks of any of these types.
            browser: ``browser``. Clicks from a browser whose name contains this.
            browser_version: ``browser_version``. Clicks from a browser whose version contains
                this.
            os: ``os``. Clicks from an operating system whose name contains this.
            os_version: ``os_version``. Clicks from an operating system whose version contains
                this.
            software_type: ``software_type``. Clicks from software whose kind contains this.
            hardware_type: ``hardware_type``. Clicks from hardware whose kind contains this.
            date_between: ``date[between]``. Clicks within `<from>..<to>` (Unix times, both
                included).
            date_gt: ``date[gt]``. Clicks after this Unix time.
            date_gte: ``date[gte]``. Clicks at or after this Unix time.
            date_lt: ``date[lt]``. Clicks before this Unix time.
            date_lte: ``date[lte]``. Clicks at or before this Unix time.
            order_by: Sort by these fields, in this order: ``{field: 'asc' | 'desc'}``.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return await self._runtime.page_raw(
            _LIST_REQUESTS,
            "/short_link_requests",
            _query(
                (
                    ("page", page),
                    ("ip", ip),
                    ("url", url),
                    ("user_agent", user_agent),
                    ("country[]", country),
                    ("referer", referer),
                    ("date[]", date),
                    ("type[]", type),
                    ("browser", browser),
                    ("browser_version", browser_version),
                    ("os", os),
                    ("os_version", os_version),
                    ("software_type", software_type),
                    ("hardware_type", hardware_type),
                    ("date[between]", date_between),
                    ("date[gt]", date_gt),
                    ("date[gte]", date_gte),
                    ("date[lt]", date_lt),
                    ("date[lte]", date_lte),
                ),
                order_by,
            ),
        )

    async def get_request(self, id: str) -> RawResponse[ShortLinkRequest]:
        """Read one click on a short link.

        Args:
            id: ``id``. The click's id (a number; the official document types the path segment
                as a string).

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return await self._runtime.call_raw(
            _GET_REQUEST, f"/short_link_requests/{_segment(id, 'id')}", None, None
        )

    async def list(
        self,
        *,
        page: int | None = None,
        url: str | None = None,
        updated_at: int | datetime | Sequence[int | datetime] | None = None,
        order_by: Mapping[Literal["updated_at"], Literal["asc", "desc"] | Ordering]
        | None = None,
    ) -> RawResponse[Page[ShortLink]]:
        """List every short link of the account.

        Args:
            page: ``page``. The page of the collection to return, starting at 1.
            url: ``url``. Links whose destination URL contains this (case does not matter).
            updated_at: ``updated_at[]``. Links last changed at any of these Unix times.
            order_by: Sort by these fields, in this order: ``{field: 'asc' | 'desc'}``.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return await self._runtime.page_raw(
            _LIST,
            "/short_links",
            _query(
                (
                    ("page", page),
                    ("url", url),
                    ("updated_at[]", updated_at),
                ),
                order_by,
            ),
        )

    async def count(
        self,
        *,
        url: str | None = None,
        updated_at: int | datetime | Sequence[int | datetime] | None = None,
    ) -> RawResponse[int]:
        """How many ShortLink items ``list`` selects with these filters.

        One request for the first page, whose ``hydra:totalItems`` is the answer; its items
        are not parsed.

        Args:
            url: ``url``. Links whose destination URL contains this (case does not matter).
            updated_at: ``updated_at[]``. Links last changed at any of these Unix times.

        Returns:
            The whole response, with the count in ``parsed``.
        """
        return await self._runtime.count_raw(
            _LIST,
            "/short_links",
            _query(
                (
                    ("url", url),
                    ("updated_at[]", updated_at),
                )
            ),
        )

    async def get(self, short_code: str) -> RawResponse[ShortLink]:
        """Read one short link.

        Args:
            short_code: ``shortCode``. The short link's code (its `short_code`), for example
                `baaIoP`.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return await self._runtime.call_raw(
            _GET, f"/short_links/{_segment(short_code, 'short_code')}", None, None
        )

    async def requests(
        self,
        short_code: str,
        *,
        page: int | None = None,
        ip: str | None = None,
        url: str | None = None,
        user_agent: str | None = None,
        country: str | Sequence[str] | None = None,
        referer: str | None = None,
        date: int | datetime | Sequence[int | datetime] | None = None,
        type: int | Sequence[int] | None = None,
        browser: str | None = None,
        browser_version: str | None = None,
        os: str | None = None,
        os_version: str | None = None,
        software_type: str | None = None,
        hardware_type: str | None = None,
        date_between: str | tuple[int, int] | None = None,
        date_gt: int | datetime | None = None,
        date_gte: int | datetime | None = None,
        date_lt: int | datetime | None = None,
        date_lte: int | datetime | None = None,
        order_by: Mapping[Literal["date"], Literal["asc", "desc"] | Ordering]
        | None = None,
    ) -> RawResponse[Page[ShortLinkRequest]]:
        """List the clicks on one short link.

        Args:
            short_code: ``shortCode``. The short link's code (its `short_code`), for example
                `baaIoP`.
            page: ``page``. The page of the collection to return, starting at 1.
            ip: ``ip``. Clicks from an IP address that contains this.
            url: ``url``. Clicks that were redirected to a URL that contains this.
            user_agent: ``user_agent``. Clicks whose user agent contains this.
            country: ``country[]``. Clicks from any of these countries.
            referer: ``referer``. Clicks whose referer contains this.
            date: ``date[]``. Clicks at any of these Unix times.
            type: ``type[]``. Clicks of any of these types.
            browser: ``browser``. Clicks from a browser whose name contains this.
            browser_version: ``browser_version``. Clicks from a browser whose version contains
                this.
            os: ``os``. Clicks from an operating system whose name contains this.
            os_version: ``os_version``. Clicks from an operating system whose version contains
                this.
            software_type: ``software_type``. Clicks from software whose kind contains this.
            hardware_type: ``hardware_type``. Clicks from hardware whose kind contains this.
            date_between: ``date[between]``. Clicks within `<from>..<to>` (Unix times, both
                included).
            date_gt: ``date[gt]``. Clicks after this Unix time.
            date_gte: ``date[gte]``. Clicks at or after this Unix time.
            date_lt: ``date[lt]``. Clicks before this Unix time.
            date_lte: ``date[lte]``. Clicks at or before this Unix time.
            order_by: Sort by these fields, in this order: ``{field: 'asc' | 'desc'}``.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return await self._runtime.page_raw(
            _REQUESTS,
            f"/short_links/{_segment(short_code, 'short_code')}/requests",
            _query(
                (
                    ("page", page),
                    ("ip", ip),
                    ("url", url),
                    ("user_agent", user_agent),
                    ("country[]", country),
                    ("referer", referer),
                    ("date[]", date),
                    ("type[]", type),
                    ("browser", browser),
                    ("browser_version", browser_version),
                    ("os", os),
                    ("os_version", os_version),
                    ("software_type", software_type),
                    ("hardware_type", hardware_type),
                    ("date[between]", date_between),
                    ("date[gt]", date_gt),
                    ("date[gte]", date_gte),
                    ("date[lt]", date_lt),
                    ("date[lte]", date_lte),
                ),
                order_by,
            ),
        )


class AsyncShortLinksResource:
    """``client.short_links`` of an AsyncClient: The individual short links that campaigns hand out."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    @cached_property
    def with_raw_response(self) -> AsyncShortLinksResourceWithRawResponse:
        """The same methods, returning the whole response (status, headers, request id)."""
        return AsyncShortLinksResourceWithRawResponse(self._runtime)

    def list_requests(
        self,
        *,
        page: int | None = None,
        ip: str | None = None,
        url: str | None = None,
        user_agent: str | None = None,
        country: str | Sequence[str] | None = None,
        referer: str | None = None,
        date: int | datetime | Sequence[int | datetime] | None = None,
        type: int | Sequence[int] | None = None,
        browser: str | None = None,
        browser_version: str | None = None,
        os: str | None = None,
        os_version: str | None = None,
        software_type: str | None = None,
        hardware_type: str | None = None,
        date_between: str | tuple[int, int] | None = None,
        date_gt: int | datetime | None = None,
        date_gte: int | datetime | None = None,
        date_lt: int | datetime | None = None,
        date_lte: int | datetime | None = None,
        order_by: Mapping[Literal["date"], Literal["asc", "desc"] | Ordering]
        | None = None,
    ) -> AsyncPager[ShortLinkRequest]:
        """List every click on any short link of the account.

        Args:
            page: ``page``. The page of the collection to return, starting at 1.
            ip: ``ip``. Clicks from an IP address that contains this.
            url: ``url``. Clicks that were redirected to a URL that contains this.
            user_agent: ``user_agent``. Clicks whose user agent contains this.
            country: ``country[]``. Clicks from any of these countries.
            referer: ``referer``. Clicks whose referer contains this.
            date: ``date[]``. Clicks at any of these Unix times.
            type: ``type[]``. Clicks of any of these types.
            browser: ``browser``. Clicks from a browser whose name contains this.
            browser_version: ``browser_version``. Clicks from a browser whose version contains
                this.
            os: ``os``. Clicks from an operating system whose name contains this.
            os_version: ``os_version``. Clicks from an operating system whose version contains
                this.
            software_type: ``software_type``. Clicks from software whose kind contains this.
            hardware_type: ``hardware_type``. Clicks from hardware whose kind contains this.
            date_between: ``date[between]``. Clicks within `<from>..<to>` (Unix times, both
                included).
            date_gt: ``date[gt]``. Clicks after this Unix time.
            date_gte: ``date[gte]``. Clicks at or after this Unix time.
            date_lt: ``date[lt]``. Clicks before this Unix time.
            date_lte: ``date[lte]``. Clicks at or before this Unix time.
            order_by: Sort by these fields, in this order: ``{field: 'asc' | 'desc'}``.

        Returns:
            A lazy pager: iterate it for items, or ``.pages()`` for pages.
        """
        return self._runtime.paginate(
            _LIST_REQUESTS,
            "/short_link_requests",
            _query(
                (
                    ("page", page),
                    ("ip", ip),
                    ("url", url),
                    ("user_agent", user_agent),
                    ("country[]", country),
                    ("referer", referer),
                    ("date[]", date),
                    ("type[]", type),
                    ("browser", browser),
                    ("browser_version", browser_version),
                    ("os", os),
                    ("os_version", os_version),
                    ("software_type", software_type),
                    ("hardware_type", hardware_type),
                    ("date[between]", date_between),
                    ("date[gt]", date_gt),
                    ("date[gte]", date_gte),
                    ("date[lt]", date_lt),
                    ("date[lte]", date_lte),
                ),
                order_by,
            ),
        )

    async def get_request(self, id: str) -> ShortLinkRequest:
        """Read one click on a short link.

        Args:
            id: ``id``. The click's id (a number; the official document types the path segment
                as a string).
        """
        return await self._runtime.call(
            _GET_REQUEST, f"/short_link_requests/{_segment(id, 'id')}", None, None
        )

    def list(
        self,
        *,
        page: int | None = None,
        url: str | None = None,
        updated_at: int | datetime | Sequence[int | datetime] | None = None,
        order_by: Mapping[Literal["updated_at"], Literal["asc", "desc"] | Ordering]
        | None = None,
    ) -> AsyncPager[ShortLink]:
        """List every short link of the account.

        Args:
            page: ``page``. The page of the collection to return, starting at 1.
            url: ``url``. Links whose destination URL contains this (case does not matter).
            updated_at: ``updated_at[]``. Links last changed at any of these Unix times.
            order_by: Sort by these fields, in this order: ``{field: 'asc' | 'desc'}``.

        Returns:
            A lazy pager: iterate it for items, or ``.pages()`` for pages.
        """
        return self._runtime.paginate(
            _LIST,
            "/short_links",
            _query(
                (
                    ("page", page),
                    ("url", url),
                    ("updated_at[]", updated_at),
                ),
                order_by,
            ),
        )

    async def count(
        self,
        *,
        url: str | None = None,
        updated_at: int | datetime | Sequence[int | datetime] | None = None,
    ) -> int:
        """How many ShortLink items ``list`` selects with these filters.

        One request for the first page, whose ``hydra:totalItems`` is the answer; its items
        are not parsed.

        Args:
            url: ``url``. Links whose destination URL contains this (case does not matter).
            updated_at: ``updated_at[]``. Links last changed at any of these Unix times.

        Returns:
            The number of items, whatever the page size.
        """
        return await self._runtime.count(
            _LIST,
            "/short_links",
            _query(
                (
                    ("url", url),
                    ("updated_at[]", updated_at),
                )
            ),
        )

    async def get(self, short_code: str) -> ShortLink:
        """Read one short link.

        Args:
            short_code: ``shortCode``. The short link's code (its `short_code`), for example
                `baaIoP`.
        """
        return await self._runtime.call(
            _GET, f"/short_links/{_segment(short_code, 'short_code')}", None, None
        )

    def requests(
        self,
        short_code: str,
        *,
        page: int | None = None,
        ip: str | None = None,
        url: str | None = None,
        user_agent: str | None = None,
        country: str | Sequence[str] | None = None,
        referer: str | None = None,
        date: int | datetime | Sequence[int | datetime] | None = None,
        type: int | Sequence[int] | None = None,
        browser: str | None = None,
        browser_version: str | None = None,
        os: str | None = None,
        os_version: str | None = None,
        software_type: str | None = None,
        hardware_type: str | None = None,
        date_between: str | tuple[int, int] | None = None,
        date_gt: int | datetime | None = None,
        date_gte: int | datetime | None = None,
        date_lt: int | datetime | None = None,
        date_lte: int | datetime | None = None,
        order_by: Mapping[Literal["date"], Literal["asc", "desc"] | Ordering]
        | None = None,
    ) -> AsyncPager[ShortLinkRequest]:
        """List the clicks on one short link.

        Args:
            short_code: ``shortCode``. The short link's code (its `short_code`), for example
                `baaIoP`.
            page: ``page``. The page of the collection to return, starting at 1.
            ip: ``ip``. Clicks from an IP address that contains this.
            url: ``url``. Clicks that were redirected to a URL that contains this.
            user_agent: ``user_agent``. Clicks whose user agent contains this.
            country: ``country[]``. Clicks from any of these countries.
            referer: ``referer``. Clicks whose referer contains this.
            date: ``date[]``. Clicks at any of these Unix times.
            type: ``type[]``. Clicks of any of these types.
            browser: ``browser``. Clicks from a browser whose name contains this.
            browser_version: ``browser_version``. Clicks from a browser whose version contains
                this.
            os: ``os``. Clicks from an operating system whose name contains this.
            os_version: ``os_version``. Clicks from an operating system whose version contains
                this.
            software_type: ``software_type``. Clicks from software whose kind contains this.
            hardware_type: ``hardware_type``. Clicks from hardware whose kind contains this.
            date_between: ``date[between]``. Clicks within `<from>..<to>` (Unix times, both
                included).
            date_gt: ``date[gt]``. Clicks after this Unix time.
            date_gte: ``date[gte]``. Clicks at or after this Unix time.
            date_lt: ``date[lt]``. Clicks before this Unix time.
            date_lte: ``date[lte]``. Clicks at or before this Unix time.
            order_by: Sort by these fields, in this order: ``{field: 'asc' | 'desc'}``.

        Returns:
            A lazy pager: iterate it for items, or ``.pages()`` for pages.
        """
        return self._runtime.paginate(
            _REQUESTS,
            f"/short_links/{_segment(short_code, 'short_code')}/requests",
            _query(
                (
                    ("page", page),
                    ("ip", ip),
                    ("url", url),
                    ("user_agent", user_agent),
                    ("country[]", country),
                    ("referer", referer),
                    ("date[]", date),
                    ("type[]", type),
                    ("browser", browser),
                    ("browser_version", browser_version),
                    ("os", os),
                    ("os_version", os_version),
                    ("software_type", software_type),
                    ("hardware_type", hardware_type),
                    ("date[between]", date_between),
                    ("date[gt]", date_gt),
                    ("date[gte]", date_gte),
                    ("date[lt]", date_lt),
                    ("date[lte]", date_lte),
                ),
                order_by,
            ),
        )
