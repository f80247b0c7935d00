"""``client.blocked_numbers``: Numbers that never receive messages from the account, blocked by hand or by unsubscription.

Generated from spec/lox24.yaml by scripts/codegen_resources.py; do not edit."""

from __future__ import annotations

from collections.abc import (
    Mapping,
)
from functools import cached_property
from typing import Any, overload

from lox24._pagination import AsyncPager, Page, SyncPager
from lox24._runtime import AsyncRuntime, Endpoint, RawResponse, SyncRuntime
from lox24._runtime import body as _body
from lox24._runtime import path_segment as _segment
from lox24._runtime import query as _query
from lox24._runtime import with_overload_signature as _overload_signature

from ..models.blocked_number import BlockedNumber
from ..models.blocked_number_type import BlockedNumberType
from ..models.blocked_number_write import BlockedNumberWrite

_LIST: Endpoint[BlockedNumber] = Endpoint(
    "GET", "blocked_numbers.list", parse=BlockedNumber.from_dict, kind="collection"
)
_CREATE: Endpoint[BlockedNumber] = Endpoint(
    "POST", "blocked_numbers.create", parse=BlockedNumber.from_dict
)
_GET: Endpoint[BlockedNumber] = Endpoint(
    "GET", "blocked_numbers.get", parse=BlockedNumber.from_dict
)
_DELETE: Endpoint[None] = Endpoint("DELETE", "blocked_numbers.delete", kind="empty")


class BlockedNumbersResourceWithRawResponse:
    """``client.blocked_numbers``, answering whole responses: Numbers that never receive messages from the account, blocked by hand or by unsubscription."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def list(
        self, *, number: str | None = None, type: BlockedNumberType | int | None = None
    ) -> RawResponse[Page[BlockedNumber]]:
        """List the numbers that never receive messages from this account.

        The official document declares no paging parameter for this collection; the Hydra view
        still carries the links to further pages if there are any.

        Args:
            number: ``number``. The blocked number with exactly this value (for example
                `+491701234567`).
            type: ``type``. Only entries of this kind (1 blocked by you, 2 unsubscribed through
                a campaign). The official document types this filter as a string; the values are the
                integers of `BlockedNumberType`.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return self._runtime.page_raw(
            _LIST,
            "/blocked_numbers",
            _query(
                (
                    ("number", number),
                    ("type", type),
                )
            ),
        )

    def count(
        self, *, number: str | None = None, type: BlockedNumberType | int | None = None
    ) -> RawResponse[int]:
        """How many BlockedNumber items ``list`` selects with these filters.

        One request for the first page, whose ``hydra:totalItems`` is the answer; its items
        are not parsed.

        Args:
            number: ``number``. The blocked number with exactly this value (for example
                `+491701234567`).
            type: ``type``. Only entries of this kind (1 blocked by you, 2 unsubscribed through
                a campaign). The official document types this filter as a string; the values are the
                integers of `BlockedNumberType`.

        Returns:
            The whole response, with the count in ``parsed``.
        """
        return self._runtime.count_raw(
            _LIST,
            "/blocked_numbers",
            _query(
                (
                    ("number", number),
                    ("type", type),
                )
            ),
        )

    @overload
    def create(self, *, number: str) -> RawResponse[BlockedNumber]: ...
    @overload
    def create(
        self, *, body: BlockedNumberWrite | Mapping[str, Any]
    ) -> RawResponse[BlockedNumber]: ...
    @_overload_signature
    def create(
        self,
        *,
        body: BlockedNumberWrite | Mapping[str, Any] | None = None,
        number: str | None = None,
    ) -> RawResponse[BlockedNumber]:
        """Block a number so that no message of this account reaches it.

        This is the only operation whose body may also be sent as JSON-LD; both media types
        carry the same fields. Blocking a number that is already blocked is answered with 409.

        Args:
            body: The whole body as a BlockedNumberWrite (or a mapping), instead of the fields.
            number: See the API reference.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return self._runtime.call_raw(
            _CREATE,
            "/blocked_numbers",
            None,
            _body(
                body,
                (("number", number),),
                required=("number",),
                times=(),
                name="blocked_numbers.create",
            ),
        )

    def get(self, id: int) -> RawResponse[BlockedNumber]:
        """Read one blocked number.

        Args:
            id: ``id``. The blocked number's numeric id.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return self._runtime.call_raw(
            _GET, f"/blocked_numbers/{_segment(id, 'id')}", None, None
        )

    def delete(self, id: int) -> RawResponse[None]:
        """Unblock a number.

        The official document declares only 204 and 404 here. The token is required by every
        operation (the document's global security applies here too), so the answers to a missing
        or wrong token and to a blocked address are declared as everywhere else.

        Args:
            id: ``id``. The blocked number's numeric id.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return self._runtime.call_raw(
            _DELETE, f"/blocked_numbers/{_segment(id, 'id')}", None, None
        )


class BlockedNumbersResource:
    """``client.blocked_numbers``: Numbers that never receive messages from the account, blocked by hand or by unsubscription."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    @cached_property
    def with_raw_response(self) -> BlockedNumbersResourceWithRawResponse:
        """The same methods, returning the whole response (status, headers, request id)."""
        return BlockedNumbersResourceWithRawResponse(self._runtime)

    def list(
        self, *, number: str | None = None, type: BlockedNumberType | int | None = None
    ) -> SyncPager[BlockedNumber]:
        """List the numbers that never receive messages from this account.

        The official document declares no paging parameter for this collection; the Hydra view
        still carries the links to further pages if there are any.

        Args:
            number: ``number``. The blocked number with exactly this value (for example
                `+491701234567`).
            type: ``type``. Only entries of this kind (1 blocked by you, 2 unsubscribed through
                a campaign). The official document types this filter as a string; the values are the
                integers of `BlockedNumberType`.

        Returns:
            A lazy pager: iterate it for items, or ``.pages()`` for pages.
        """
        return self._runtime.paginate(
            _LIST,
            "/blocked_numbers",
            _query(
                (
                    ("number", number),
                    ("type", type),
                )
            ),
        )

    def count(
        self, *, number: str | None = None, type: BlockedNumberType | int | None = None
    ) -> int:
        """How many BlockedNumber items ``list`` selects with these filters.

        One request for the first page, whose ``hydra:totalItems`` is the answer; its items
        are not parsed.

        Args:
            number: ``number``. The blocked number with exactly this value (for example
                `+491701234567`).
            type: ``type``. Only entries of this kind (1 blocked by you, 2 unsubscribed through
                a campaign). The official document types this filter as a string; the values are the
                integers of `BlockedNumberType`.

        Returns:
            The number of items, whatever the page size.
        """
        return self._runtime.count(
            _LIST,
            "/blocked_numbers",
            _query(
                (
                    ("number", number),
                    ("type", type),
                )
            ),
        )

    @overload
    def create(self, *, number: str) -> BlockedNumber: ...
    @overload
    def create(
        self, *, body: BlockedNumberWrite | Mapping[str, Any]
    ) -> BlockedNumber: ...
    @_overload_signature
    def create(
        self,
        *,
        body: BlockedNumberWrite | Mapping[str, Any] | None = None,
        number: str | None = None,
    ) -> BlockedNumber:
        """Block a number so that no message of this account reaches it.

        This is the only operation whose body may also be sent as JSON-LD; both media types
        carry the same fields. Blocking a number that is already blocked is answered with 409.

        Args:
            body: The whole body as a BlockedNumberWrite (or a mapping), instead of the fields.
            number: See the API reference.
        """
        return self._runtime.call(
            _CREATE,
            "/blocked_numbers",
            None,
            _body(
                body,
                (("number", number),),
                required=("number",),
                times=(),
                name="blocked_numbers.create",
            ),
        )

    def get(self, id: int) -> BlockedNumber:
        """Read one blocked number.

        Args:
            id: ``id``. The blocked number's numeric id.
        """
        return self._runtime.call(
            _GET, f"/blocked_numbers/{_segment(id, 'id')}", None, None
        )

    def delete(self, id: int) -> None:
        """Unblock a number.

        The official document declares only 204 and 404 here. The token is required by every
        operation (the document's global security applies here too), so the answers to a missing
        or wrong token and to a blocked address are declared as everywhere else.

        Args:
            id: ``id``. The blocked number's numeric id.
        """
        return self._runtime.call(
            _DELETE, f"/blocked_numbers/{_segment(id, 'id')}", None, None
        )


class AsyncBlockedNumbersResourceWithRawResponse:
    """``client.blocked_numbers`` of an AsyncClient, answering whole responses: Numbers that never receive messages from the account, blocked by hand or by unsubscription."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def list(
        self, *, number: str | None = None, type: BlockedNumberType | int | None = None
    ) -> RawResponse[Page[BlockedNumber]]:
        """List the numbers that never receive messages from this account.

        The official document declares no paging parameter for this collection; the Hydra view
        still carries the links to further pages if there are any.

        Args:
            number: ``number``. The blocked number with exactly this value (for example
                `+491701234567`).
            type: ``type``. Only entries of this kind (1 blocked by you, 2 unsubscribed through
                a campaign). The official document types this filter as a string; the values are the
                integers of `BlockedNumberType`.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return await self._runtime.page_raw(
            _LIST,
            "/blocked_numbers",
            _query(
                (
                    ("number", number),
                    ("type", type),
                )
            ),
        )

    async def count(
        self, *, number: str | None = None, type: BlockedNumberType | int | None = None
    ) -> RawResponse[int]:
        """How many BlockedNumber items ``list`` selects with these filters.

        One request for the first page, whose ``hydra:totalItems`` is the answer; its items
        are not parsed.

        Args:
            number: ``number``. The blocked number with exactly this value (for example
                `+491701234567`).
            type: ``type``. Only entries of this kind (1 blocked by you, 2 unsubscribed through
                a campaign). The official document types this filter as a string; the values are the
                integers of `BlockedNumberType`.

        Returns:
            The whole response, with the count in ``parsed``.
        """
        return await self._runtime.count_raw(
            _LIST,
            "/blocked_numbers",
            _query(
                (
                    ("number", number),
                    ("type", type),
                )
            ),
        )

    @overload
    async def create(self, *, number: str) -> RawResponse[BlockedNumber]: ...
    @overload
    async def create(
        self, *, body: BlockedNumberWrite | Mapping[str, Any]
    ) -> RawResponse[BlockedNumber]: ...
    @_overload_signature
    async def create(
        self,
        *,
        body: BlockedNumberWrite | Mapping[str, Any] | None = None,
        number: str | None = None,
    ) -> RawResponse[BlockedNumber]:
        """Block a number so that no message of this account reaches it.

        This is the only operation whose body may also be sent as JSON-LD; both media types
        carry the same fields. Blocking a number that is already blocked is answered with 409.

        Args:
            body: The whole body as a BlockedNumberWrite (or a mapping), instead of the fields.
            number: See the API reference.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return await self._runtime.call_raw(
            _CREATE,
            "/blocked_numbers",
            None,
            _body(
                body,
                (("number", number),),
                required=("number",),
                times=(),
                name="blocked_numbers.create",
            ),
        )

    async def get(self, id: int) -> RawResponse[BlockedNumber]:
        """Read one blocked number.

        Args:
            id: ``id``. The blocked number's numeric id.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return await self._runtime.call_raw(
            _GET, f"/blocked_numbers/{_segment(id, 'id')}", None, None
        )

    async def delete(self, id: int) -> RawResponse[None]:
        """Unblock a number.

        The official document declares only 204 and 404 here. The token is required by every
        operation (the document's global security applies here too), so the answers to a missing
        or wrong token and to a blocked address are declared as everywhere else.

        Args:
            id: ``id``. The blocked number's numeric id.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return await self._runtime.call_raw(
            _DELETE, f"/blocked_numbers/{_segment(id, 'id')}", None, None
        )


class AsyncBlockedNumbersResource:
    """``client.blocked_numbers`` of an AsyncClient: Numbers that never receive messages from the account, blocked by hand or by unsubscription."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    @cached_property
    def with_raw_response(self) -> AsyncBlockedNumbersResourceWithRawResponse:
        """The same methods, returning the whole response (status, headers, request id)."""
        return AsyncBlockedNumbersResourceWithRawResponse(self._runtime)

    def list(
        self, *, number: str | None = None, type: BlockedNumberType | int | None = None
    ) -> AsyncPager[BlockedNumber]:
        """List the numbers that never receive messages from this account.

        The official document declares no paging parameter for this collection; the Hydra view
        still carries the links to further pages if there are any.

        Args:
            number: ``number``. The blocked number with exactly this value (for example
                `+491701234567`).
            type: ``type``. Only entries of this kind (1 blocked by you, 2 unsubscribed through
                a campaign). The official document types this filter as a string; the values are the
                integers of `BlockedNumberType`.

        Returns:
            A lazy pager: iterate it for items, or ``.pages()`` for pages.
        """
        return self._runtime.paginate(
            _LIST,
            "/blocked_numbers",
            _query(
                (
                    ("number", number),
                    ("type", type),
                )
            ),
        )

    async def count(
        self, *, number: str | None = None, type: BlockedNumberType | int | None = None
    ) -> int:
        """How many BlockedNumber items ``list`` selects with these filters.

        One request for the first page, whose ``hydra:totalItems`` is the answer; its items
        are not parsed.

        Args:
            number: ``number``. The blocked number with exactly this value (for example
                `+491701234567`).
            type: ``type``. Only entries of this kind (1 blocked by you, 2 unsubscribed through
                a campaign). The official document types this filter as a string; the values are the
                integers of `BlockedNumberType`.

        Returns:
            The number of items, whatever the page size.
        """
        return await self._runtime.count(
            _LIST,
            "/blocked_numbers",
            _query(
                (
                    ("number", number),
                    ("type", type),
                )
            ),
        )

    @overload
    async def create(self, *, number: str) -> BlockedNumber: ...
    @overload
    async def create(
        self, *, body: BlockedNumberWrite | Mapping[str, Any]
    ) -> BlockedNumber: ...
    @_overload_signature
    async def create(
        self,
        *,
        body: BlockedNumberWrite | Mapping[str, Any] | None = None,
        number: str | None = None,
    ) -> BlockedNumber:
        """Block a number so that no message of this account reaches it.

        This is the only operation whose body may also be sent as JSON-LD; both media types
        carry the same fields. Blocking a number that is already blocked is answered with 409.

        Args:
            body: The whole body as a BlockedNumberWrite (or a mapping), instead of the fields.
            number: See the API reference.
        """
        return await self._runtime.call(
            _CREATE,
            "/blocked_numbers",
            None,
            _body(
                body,
                (("number", number),),
                required=("number",),
                times=(),
                name="blocked_numbers.create",
            ),
        )

    async def get(self, id: int) -> BlockedNumber:
        """Read one blocked number.

        Args:
            id: ``id``. The blocked number's numeric id.
        """
        return await self._runtime.call(
            _GET, f"/blocked_numbers/{_segment(id, 'id')}", None, None
        )

    async def delete(self, id: int) -> None:
        """Unblock a number.

        The official document declares only 204 and 404 here. The token is required by every
        operation (the document's global security applies here too), so the answers to a missing
        or wrong token and to a blocked address are declared as everywhere else.

        Args:
            id: ``id``. The blocked number's numeric id.
        """
        return await self._runtime.call(
            _DELETE, f"/blocked_numbers/{_segment(id, 'id')}", None, None
        )
