"""``client.incomings``: Received SMS, sent to the account's inbound number or as replies.

Generated from spec/lox24.yaml by scripts/codegen_resources.py; do not edit."""

from __future__ import annotations

from collections.abc import (
    Mapping,
    Sequence,
)
from functools import cached_property
from typing import Literal

from lox24._pagination import AsyncPager, Page, SyncPager
from lox24._runtime import AsyncRuntime, Endpoint, RawResponse, SyncRuntime
from lox24._runtime import path_segment as _segment
from lox24._runtime import query as _query

from ..models.incoming import Incoming
from ..models.ordering import Ordering

_LIST: Endpoint[Incoming] = Endpoint(
    "GET", "incomings.list", parse=Incoming.from_dict, kind="collection"
)
_GET: Endpoint[Incoming] = Endpoint("GET", "incomings.get", parse=Incoming.from_dict)
_DELETE: Endpoint[None] = Endpoint("DELETE", "incomings.delete", kind="empty")


class IncomingsResourceWithRawResponse:
    """``client.incomings``, answering whole responses: Received SMS, sent to the account's inbound number or as replies."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def list(
        self,
        *,
        page: int | None = None,
        text: str | None = None,
        from_: str | None = None,
        to: str | None = None,
        msg_uuid: str | Sequence[str] | None = None,
        order_by: Mapping[Literal["received_at"], Literal["asc", "desc"] | Ordering]
        | None = None,
    ) -> RawResponse[Page[Incoming]]:
        """List received SMS, newest first unless ordered otherwise.

        The inbox holds messages sent to the account's own inbound number and replies to economy
        SMS sent to Germany; a reply names the SMS it answers in `msg_uuid`.

        Args:
            page: ``page``. The page of the collection to return, starting at 1.
            text: ``text``. Messages whose text contains this.
            from_: ``from``. Messages from a number that contains this.
            to: ``to``. Messages to a number that contains this.
            msg_uuid: ``msg_uuid[]``. Replies to any of these SMS.
            order_by: Sort by these fields, in this order: ``{field: 'asc' | 'desc'}``.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return self._runtime.page_raw(
            _LIST,
            "/incomings",
            _query(
                (
                    ("page", page),
                    ("text", text),
                    ("from", from_),
                    ("to", to),
                    ("msg_uuid[]", msg_uuid),
                ),
                order_by,
            ),
        )

    def count(
        self,
        *,
        text: str | None = None,
        from_: str | None = None,
        to: str | None = None,
        msg_uuid: str | Sequence[str] | None = None,
    ) -> RawResponse[int]:
        """How many Incoming items ``list`` selects with these filters.

        One request for the first page, whose ``hydra:totalItems`` is the answer; its items
        are not parsed.

        Args:
            text: ``text``. Messages whose text contains this.
            from_: ``from``. Messages from a number that contains this.
            to: ``to``. Messages to a number that contains this.
            msg_uuid: ``msg_uuid[]``. Replies to any of these SMS.

        Returns:
            The whole response, with the count in ``parsed``.
        """
        return self._runtime.count_raw(
            _LIST,
            "/incomings",
            _query(
                (
                    ("text", text),
                    ("from", from_),
                    ("to", to),
                    ("msg_uuid[]", msg_uuid),
                )
            ),
        )

    def get(self, uuid: str) -> RawResponse[Incoming]:
        """Read one received SMS.

        Args:
            uuid: ``uuid``. The received message's UUID.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return self._runtime.call_raw(
            _GET, f"/incomings/{_segment(uuid, 'uuid')}", None, None
        )

    def delete(self, uuid: str) -> RawResponse[None]:
        """Delete one received SMS.

        The official document declares no 404 here, unlike for every other operation on one
        resource; a message that does not exist (or an id that is not a UUID) is answered with
        404 as everywhere else.

        Args:
            uuid: ``uuid``. The received message's UUID.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return self._runtime.call_raw(
            _DELETE, f"/incomings/{_segment(uuid, 'uuid')}", None, None
        )


class IncomingsResource:
    """``client.incomings``: Received SMS, sent to the account's inbound number or as replies."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    @cached_property
    def with_raw_response(self) -> IncomingsResourceWithRawResponse:
        """The same methods, returning the whole response (status, headers, request id)."""
        return IncomingsResourceWithRawResponse(self._runtime)

    def list(
        self,
        *,
        page: int | None = None,
        text: str | None = None,
        from_: str | None = None,
        to: str | None = None,
        msg_uuid: str | Sequence[str] | None = None,
        order_by: Mapping[Literal["received_at"], Literal["asc", "desc"] | Ordering]
        | None = None,
    ) -> SyncPager[Incoming]:
        """List received SMS, newest first unless ordered otherwise.

        The inbox holds messages sent to the account's own inbound number and replies to economy
        SMS sent to Germany; a reply names the SMS it answers in `msg_uuid`.

        Args:
            page: ``page``. The page of the collection to return, starting at 1.
            text: ``text``. Messages whose text contains this.
            from_: ``from``. Messages from a number that contains this.
            to: ``to``. Messages to a number that contains this.
            msg_uuid: ``msg_uuid[]``. Replies to any of these SMS.
            order_by: Sort by these fields, in this order: ``{field: 'asc' | 'desc'}``.

        Returns:
            A lazy pager: iterate it for items, or ``.pages()`` for pages.
        """
        return self._runtime.paginate(
            _LIST,
            "/incomings",
            _query(
                (
                    ("page", page),
                    ("text", text),
                    ("from", from_),
                    ("to", to),
                    ("msg_uuid[]", msg_uuid),
                ),
                order_by,
            ),
        )

    def count(
        self,
        *,
        text: str | None = None,
        from_: str | None = None,
        to: str | None = None,
        msg_uuid: str | Sequence[str] | None = None,
    ) -> int:
        """How many Incoming items ``list`` selects with these filters.

        One request for the first page, whose ``hydra:totalItems`` is the answer; its items
        are not parsed.

        Args:
            text: ``text``. Messages whose text contains this.
            from_: ``from``. Messages from a number that contains this.
            to: ``to``. Messages to a number that contains this.
            msg_uuid: ``msg_uuid[]``. Replies to any of these SMS.

        Returns:
            The number of items, whatever the page size.
        """
        return self._runtime.count(
            _LIST,
            "/incomings",
            _query(
                (
                    ("text", text),
                    ("from", from_),
                    ("to", to),
                    ("msg_uuid[]", msg_uuid),
                )
            ),
        )

    def get(self, uuid: str) -> Incoming:
        """Read one received SMS.

        Args:
            uuid: ``uuid``. The received message's UUID.
        """
        return self._runtime.call(
            _GET, f"/incomings/{_segment(uuid, 'uuid')}", None, None
        )

    def delete(self, uuid: str) -> None:
        """Delete one received SMS.

        The official document declares no 404 here, unlike for every other operation on one
        resource; a message that does not exist (or an id that is not a UUID) is answered with
        404 as everywhere else.

        Args:
            uuid: ``uuid``. The received message's UUID.
        """
        return self._runtime.call(
            _DELETE, f"/incomings/{_segment(uuid, 'uuid')}", None, None
        )


class AsyncIncomingsResourceWithRawResponse:
    """``client.incomings`` of an AsyncClient, answering whole responses: Received SMS, sent to the account's inbound number or as replies."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def list(
        self,
        *,
        page: int | None = None,
        text: str | None = None,
        from_: str | None = None,
        to: str | None = None,
        msg_uuid: str | Sequence[str] | None = None,
        order_by: Mapping[Literal["received_at"], Literal["asc", "desc"] | Ordering]
        | None = None,
    ) -> RawResponse[Page[Incoming]]:
        """List received SMS, newest first unless ordered otherwise.

        The inbox holds messages sent to the account's own inbound number and replies to economy
        SMS sent to Germany; a reply names the SMS it answers in `msg_uuid`.

        Args:
            page: ``page``. The page of the collection to return, starting at 1.
            text: ``text``. Messages whose text contains this.
            from_: ``from``. Messages from a number that contains this.
            to: ``to``. Messages to a number that contains this.
            msg_uuid: ``msg_uuid[]``. Replies to any of these SMS.
            order_by: Sort by these fields, in this order: ``{field: 'asc' | 'desc'}``.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return await self._runtime.page_raw(
            _LIST,
            "/incomings",
            _query(
                (
                    ("page", page),
                    ("text", text),
                    ("from", from_),
                    ("to", to),
                    ("msg_uuid[]", msg_uuid),
                ),
                order_by,
            ),
        )

    async def count(
        self,
        *,
        text: str | None = None,
        from_: str | None = None,
        to: str | None = None,
        msg_uuid: str | Sequence[str] | None = None,
    ) -> RawResponse[int]:
        """How many Incoming items ``list`` selects with these filters.

        One request for the first page, whose ``hydra:totalItems`` is the answer; its items
        are not parsed.

        Args:
            text: ``text``. Messages whose text contains this.
            from_: ``from``. Messages from a number that contains this.
            to: ``to``. Messages to a number that contains this.
            msg_uuid: ``msg_uuid[]``. Replies to any of these SMS.

        Returns:
            The whole response, with the count in ``parsed``.
        """
        return await self._runtime.count_raw(
            _LIST,
            "/incomings",
            _query(
                (
                    ("text", text),
                    ("from", from_),
                    ("to", to),
                    ("msg_uuid[]", msg_uuid),
                )
            ),
        )

    async def get(self, uuid: str) -> RawResponse[Incoming]:
        """Read one received SMS.

        Args:
            uuid: ``uuid``. The received message's UUID.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return await self._runtime.call_raw(
            _GET, f"/incomings/{_segment(uuid, 'uuid')}", None, None
        )

    async def delete(self, uuid: str) -> RawResponse[None]:
        """Delete one received SMS.

        The official document declares no 404 here, unlike for every other operation on one
        resource; a message that does not exist (or an id that is not a UUID) is answered with
        404 as everywhere else.

        Args:
            uuid: ``uuid``. The received message's UUID.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return await self._runtime.call_raw(
            _DELETE, f"/incomings/{_segment(uuid, 'uuid')}", None, None
        )


class AsyncIncomingsResource:
    """``client.incomings`` of an AsyncClient: Received SMS, sent to the account's inbound number or as replies."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    @cached_property
    def with_raw_response(self) -> AsyncIncomingsResourceWithRawResponse:
        """The same methods, returning the whole response (status, headers, request id)."""
        return AsyncIncomingsResourceWithRawResponse(self._runtime)

    def list(
        self,
        *,
        page: int | None = None,
        text: str | None = None,
        from_: str | None = None,
        to: str | None = None,
        msg_uuid: str | Sequence[str] | None = None,
        order_by: Mapping[Literal["received_at"], Literal["asc", "desc"] | Ordering]
        | None = None,
    ) -> AsyncPager[Incoming]:
        """List received SMS, newest first unless ordered otherwise.

        The inbox holds messages sent to the account's own inbound number and replies to economy
        SMS sent to Germany; a reply names the SMS it answers in `msg_uuid`.

        Args:
            page: ``page``. The page of the collection to return, starting at 1.
            text: ``text``. Messages whose text contains this.
            from_: ``from``. Messages from a number that contains this.
            to: ``to``. Messages to a number that contains this.
            msg_uuid: ``msg_uuid[]``. Replies to any of these SMS.
            order_by: Sort by these fields, in this order: ``{field: 'asc' | 'desc'}``.

        Returns:
            A lazy pager: iterate it for items, or ``.pages()`` for pages.
        """
        return self._runtime.paginate(
            _LIST,
            "/incomings",
            _query(
                (
                    ("page", page),
                    ("text", text),
                    ("from", from_),
                    ("to", to),
                    ("msg_uuid[]", msg_uuid),
                ),
                order_by,
            ),
        )

    async def count(
        self,
        *,
        text: str | None = None,
        from_: str | None = None,
        to: str | None = None,
        msg_uuid: str | Sequence[str] | None = None,
    ) -> int:
        """How many Incoming items ``list`` selects with these filters.

        One request for the first page, whose ``hydra:totalItems`` is the answer; its items
        are not parsed.

        Args:
            text: ``text``. Messages whose text contains this.
            from_: ``from``. Messages from a number that contains this.
            to: ``to``. Messages to a number that contains this.
            msg_uuid: ``msg_uuid[]``. Replies to any of these SMS.

        Returns:
            The number of items, whatever the page size.
        """
        return await self._runtime.count(
            _LIST,
            "/incomings",
            _query(
                (
                    ("text", text),
                    ("from", from_),
                    ("to", to),
                    ("msg_uuid[]", msg_uuid),
                )
            ),
        )

    async def get(self, uuid: str) -> Incoming:
        """Read one received SMS.

        Args:
            uuid: ``uuid``. The received message's UUID.
        """
        return await self._runtime.call(
            _GET, f"/incomings/{_segment(uuid, 'uuid')}", None, None
        )

    async def delete(self, uuid: str) -> None:
        """Delete one received SMS.

        The official document declares no 404 here, unlike for every other operation on one
        resource; a message that does not exist (or an id that is not a UUID) is answered with
        404 as everywhere else.

        Args:
            uuid: ``uuid``. The received message's UUID.
        """
        return await self._runtime.call(
            _DELETE, f"/incomings/{_segment(uuid, 'uuid')}", None, None
        )
