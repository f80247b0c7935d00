"""``client.phones``: The phone entries that make up a group.

Generated from spec/lox24.yaml by scripts/codegen_resources.py; do not edit."""

from __future__ import annotations

from collections.abc import (
    AsyncIterator,
    Iterable,
    Iterator,
    Mapping,
    Sequence,
)
from functools import cached_property
from typing import Any, overload

from lox24._batch import PhoneImportResult, PhoneInput
from lox24._constants import DEFAULT_BATCH_CONCURRENCY, DEFAULT_BATCH_SIZE
from lox24._pagination import AsyncPager, Page, SyncPager
from lox24._runtime import AsyncRuntime, Endpoint, RawResponse, SyncRuntime
from lox24._runtime import body as _body
from lox24._runtime import path_segment as _segment
from lox24._runtime import with_overload_signature as _overload_signature

from ..models.phone import Phone
from ..models.phone_batch_result_jsonld import PhoneBatchResultJsonld
from ..models.phone_write import PhoneWrite

_LIST: Endpoint[Phone] = Endpoint(
    "GET", "phones.list", parse=Phone.from_dict, kind="collection"
)
_CREATE: Endpoint[Phone] = Endpoint("POST", "phones.create", parse=Phone.from_dict)
_CREATE_BATCH: Endpoint[PhoneBatchResultJsonld] = Endpoint(
    "POST", "phones.create_batch", parse=PhoneBatchResultJsonld.from_dict
)
_GET: Endpoint[Phone] = Endpoint("GET", "phones.get", parse=Phone.from_dict)
_UPDATE: Endpoint[Phone] = Endpoint("PUT", "phones.update", parse=Phone.from_dict)
_DELETE: Endpoint[None] = Endpoint("DELETE", "phones.delete", kind="empty")


class PhonesResourceWithRawResponse:
    """``client.phones``, answering whole responses: The phone entries that make up a group."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def list(self, group_id: int) -> RawResponse[Page[Phone]]:
        """List the phones of a group.

        The official document declares no paging parameter here; the collection is still paged
        like every other one, and the Hydra view carries the links to the other pages.

        Args:
            group_id: ``id``. The group's numeric id.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return self._runtime.page_raw(
            _LIST, f"/groups/{_segment(group_id, 'group_id')}/phones", None
        )

    def count(self, group_id: int) -> RawResponse[int]:
        """How many Phone items ``list`` iterates.

        One request for the first page, whose ``hydra:totalItems`` is the answer; its items
        are not parsed.

        Args:
            group_id: ``id``. The group's numeric id.

        Returns:
            The whole response, with the count in ``parsed``.
        """
        return self._runtime.count_raw(
            _LIST, f"/groups/{_segment(group_id, 'group_id')}/phones", None
        )

    @overload
    def create(
        self,
        group_id: int,
        *,
        phone: str,
        a: str | None = None,
        b: str | None = None,
        c: str | None = None,
        d: str | None = None,
        e: str | None = None,
        callback_data: str | None = None,
    ) -> RawResponse[Phone]: ...
    @overload
    def create(
        self, group_id: int, *, body: PhoneWrite | Mapping[str, Any]
    ) -> RawResponse[Phone]: ...
    @_overload_signature
    def create(
        self,
        group_id: int,
        *,
        body: PhoneWrite | Mapping[str, Any] | None = None,
        phone: str | None = None,
        a: str | None = None,
        b: str | None = None,
        c: str | None = None,
        d: str | None = None,
        e: str | None = None,
        callback_data: str | None = None,
    ) -> RawResponse[Phone]:
        """Add one phone to a group.

        Args:
            group_id: ``id``. The group's numeric id.
            body: The whole body as a PhoneWrite (or a mapping), instead of the fields.
            phone: The number; E.164 is recommended.
            a: The value of one custom column, used by placeholders in bulk texts.
            b: The value of one custom column, used by placeholders in bulk texts.
            c: The value of one custom column, used by placeholders in bulk texts.
            d: The value of one custom column, used by placeholders in bulk texts.
            e: The value of one custom column, used by placeholders in bulk texts.
            callback_data: Your own reference (up to 36 characters), echoed back in delivery
                reports.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return self._runtime.call_raw(
            _CREATE,
            f"/groups/{_segment(group_id, 'group_id')}/phones",
            None,
            _body(
                body,
                (
                    ("phone", phone),
                    ("a", a),
                    ("b", b),
                    ("c", c),
                    ("d", d),
                    ("e", e),
                    ("callback_data", callback_data),
                ),
                required=("phone",),
                times=(),
                name="phones.create",
            ),
        )

    def create_batch(
        self, group_id: int, items: Sequence[PhoneWrite | Mapping[str, Any]]
    ) -> RawResponse[PhoneBatchResultJsonld]:
        """Add many phones to a group in one request.

        The body is an array of phones. The request as a whole succeeds with 201 even when some
        items are invalid: the response has one result per input item, in input order, each with
        the HTTP status of that item (201 when the phone was created, 422 when it was refused)
        and either the created phone or a problem description.

        In JSON-LD the results are the members of a Hydra collection. (The official document
        declares `hydra:member` as a single result there; it is an array of results.)

        Args:
            group_id: ``id``. The group's numeric id.
            items: The PhoneWrite items to send in one request.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return self._runtime.call_raw(
            _CREATE_BATCH,
            f"/groups/{_segment(group_id, 'group_id')}/phones/batch",
            None,
            _body(items, (), name="phones.create_batch"),
        )

    def get(self, id: int) -> RawResponse[Phone]:
        """Read one phone.

        Args:
            id: ``id``. The phone entry's numeric id.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return self._runtime.call_raw(_GET, f"/phones/{_segment(id, 'id')}", None, None)

    @overload
    def update(
        self,
        id: int,
        *,
        phone: str,
        a: str | None = None,
        b: str | None = None,
        c: str | None = None,
        d: str | None = None,
        e: str | None = None,
        callback_data: str | None = None,
    ) -> RawResponse[Phone]: ...
    @overload
    def update(
        self, id: int, *, body: PhoneWrite | Mapping[str, Any]
    ) -> RawResponse[Phone]: ...
    @_overload_signature
    def update(
        self,
        id: int,
        *,
        body: PhoneWrite | Mapping[str, Any] | None = None,
        phone: str | None = None,
        a: str | None = None,
        b: str | None = None,
        c: str | None = None,
        d: str | None = None,
        e: str | None = None,
        callback_data: str | None = None,
    ) -> RawResponse[Phone]:
        """Change a phone's number, columns or callback data.

        Args:
            id: ``id``. The phone entry's numeric id.
            body: The whole body as a PhoneWrite (or a mapping), instead of the fields.
            phone: The number; E.164 is recommended.
            a: The value of one custom column, used by placeholders in bulk texts.
            b: The value of one custom column, used by placeholders in bulk texts.
            c: The value of one custom column, used by placeholders in bulk texts.
            d: The value of one custom column, used by placeholders in bulk texts.
            e: The value of one custom column, used by placeholders in bulk texts.
            callback_data: Your own reference (up to 36 characters), echoed back in delivery
                reports.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return self._runtime.call_raw(
            _UPDATE,
            f"/phones/{_segment(id, 'id')}",
            None,
            _body(
                body,
                (
                    ("phone", phone),
                    ("a", a),
                    ("b", b),
                    ("c", c),
                    ("d", d),
                    ("e", e),
                    ("callback_data", callback_data),
                ),
                required=("phone",),
                times=(),
                name="phones.update",
            ),
        )

    def delete(self, id: int) -> RawResponse[None]:
        """Remove one phone from its group.

        Args:
            id: ``id``. The phone entry's numeric id.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return self._runtime.call_raw(
            _DELETE, f"/phones/{_segment(id, 'id')}", None, None
        )


class PhonesResource:
    """``client.phones``: The phone entries that make up a group."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    @cached_property
    def with_raw_response(self) -> PhonesResourceWithRawResponse:
        """The same methods, returning the whole response (status, headers, request id)."""
        return PhonesResourceWithRawResponse(self._runtime)

    def list(self, group_id: int) -> SyncPager[Phone]:
        """List the phones of a group.

        The official document declares no paging parameter here; the collection is still paged
        like every other one, and the Hydra view carries the links to the other pages.

        Args:
            group_id: ``id``. The group's numeric id.

        Returns:
            A lazy pager: iterate it for items, or ``.pages()`` for pages.
        """
        return self._runtime.paginate(
            _LIST, f"/groups/{_segment(group_id, 'group_id')}/phones", None
        )

    def count(self, group_id: int) -> int:
        """How many Phone items ``list`` iterates.

        One request for the first page, whose ``hydra:totalItems`` is the answer; its items
        are not parsed.

        Args:
            group_id: ``id``. The group's numeric id.

        Returns:
            The number of items, whatever the page size.
        """
        return self._runtime.count(
            _LIST, f"/groups/{_segment(group_id, 'group_id')}/phones", None
        )

    @overload
    def create(
        self,
        group_id: int,
        *,
        phone: str,
        a: str | None = None,
        b: str | None = None,
        c: str | None = None,
        d: str | None = None,
        e: str | None = None,
        callback_data: str | None = None,
    ) -> Phone: ...
    @overload
    def create(
        self, group_id: int, *, body: PhoneWrite | Mapping[str, Any]
    ) -> Phone: ...
    @_overload_signature
    def create(
        self,
        group_id: int,
        *,
        body: PhoneWrite | Mapping[str, Any] | None = None,
        phone: str | None = None,
        a: str | None = None,
        b: str | None = None,
        c: str | None = None,
        d: str | None = None,
        e: str | None = None,
        callback_data: str | None = None,
    ) -> Phone:
        """Add one phone to a group.

        Args:
            group_id: ``id``. The group's numeric id.
            body: The whole body as a PhoneWrite (or a mapping), instead of the fields.
            phone: The number; E.164 is recommended.
            a: The value of one custom column, used by placeholders in bulk texts.
            b: The value of one custom column, used by placeholders in bulk texts.
            c: The value of one custom column, used by placeholders in bulk texts.
            d: The value of one custom column, used by placeholders in bulk texts.
            e: The value of one custom column, used by placeholders in bulk texts.
            callback_data: Your own reference (up to 36 characters), echoed back in delivery
                reports.
        """
        return self._runtime.call(
            _CREATE,
            f"/groups/{_segment(group_id, 'group_id')}/phones",
            None,
            _body(
                body,
                (
                    ("phone", phone),
                    ("a", a),
                    ("b", b),
                    ("c", c),
                    ("d", d),
                    ("e", e),
                    ("callback_data", callback_data),
                ),
                required=("phone",),
                times=(),
                name="phones.create",
            ),
        )

    def create_batch(
        self, group_id: int, items: Sequence[PhoneWrite | Mapping[str, Any]]
    ) -> PhoneBatchResultJsonld:
        """Add many phones to a group in one request.

        The body is an array of phones. The request as a whole succeeds with 201 even when some
        items are invalid: the response has one result per input item, in input order, each with
        the HTTP status of that item (201 when the phone was created, 422 when it was refused)
        and either the created phone or a problem description.

        In JSON-LD the results are the members of a Hydra collection. (The official document
        declares `hydra:member` as a single result there; it is an array of results.)

        Args:
            group_id: ``id``. The group's numeric id.
            items: The PhoneWrite items to send in one request.
        """
        return self._runtime.call(
            _CREATE_BATCH,
            f"/groups/{_segment(group_id, 'group_id')}/phones/batch",
            None,
            _body(items, (), name="phones.create_batch"),
        )

    def import_many(
        self,
        group_id: int,
        rows: Iterable[PhoneInput],
        *,
        chunk_size: int = DEFAULT_BATCH_SIZE,
        concurrency: int = DEFAULT_BATCH_CONCURRENCY,
        skip_existing: bool = False,
        resolve: bool = True,
        window: float | None = None,
    ) -> Iterator[PhoneImportResult]:
        """Send any number of rows through ``create_batch``, in chunks; one result per row.

        ``rows`` is read lazily (a generator over millions of rows works in flat memory).
        Each result is created, present, refused (with the reason), not sent, not created
        or unknown (see ``lox24.PhoneImportResult``). Results come in input order, except
        those of items whose request failed without a clear answer: they are looked up in
        the group after the in-flight window and come last.

        Args:
            group_id: ``id`` of the path.
            rows: Models, mappings of their fields, or plain phone numbers.
            chunk_size: Rows per request.
            concurrency: Requests in flight at once.
            skip_existing: Read the group first (one CSV export) and send no number it
                already holds; those rows are ``present``. Makes a rerun safe.
            resolve: Look up items of unknown outcome in the group at the end.
            window: Seconds to wait before that look-up (default: the client's
                in-flight window).

        Raises:
            Lox24Error: With ``skip_existing``, the group could not be read (nothing
                was sent).

        """
        return self._runtime.import_many(
            _CREATE_BATCH,
            f"/groups/{_segment(group_id, 'group_id')}/phones/batch",
            rows,
            chunk_size=chunk_size,
            concurrency=concurrency,
            lookup_path=f"/groups/{_segment(group_id, 'group_id')}/file/csv",
            skip_existing=skip_existing,
            resolve=resolve,
            window=window,
        )

    def get(self, id: int) -> Phone:
        """Read one phone.

        Args:
            id: ``id``. The phone entry's numeric id.
        """
        return self._runtime.call(_GET, f"/phones/{_segment(id, 'id')}", None, None)

    @overload
    def update(
        self,
        id: int,
        *,
        phone: str,
        a: str | None = None,
        b: str | None = None,
        c: str | None = None,
        d: str | None = None,
        e: str | None = None,
        callback_data: str | None = None,
    ) -> Phone: ...
    @overload
    def update(self, id: int, *, body: PhoneWrite | Mapping[str, Any]) -> Phone: ...
    @_overload_signature
    def update(
        self,
        id: int,
        *,
        body: PhoneWrite | Mapping[str, Any] | None = None,
        phone: str | None = None,
        a: str | None = None,
        b: str | None = None,
        c: str | None = None,
        d: str | None = None,
        e: str | None = None,
        callback_data: str | None = None,
    ) -> Phone:
        """Change a phone's number, columns or callback data.

        Args:
            id: ``id``. The phone entry's numeric id.
            body: The whole body as a PhoneWrite (or a mapping), instead of the fields.
            phone: The number; E.164 is recommended.
            a: The value of one custom column, used by placeholders in bulk texts.
            b: The value of one custom column, used by placeholders in bulk texts.
            c: The value of one custom column, used by placeholders in bulk texts.
            d: The value of one custom column, used by placeholders in bulk texts.
            e: The value of one custom column, used by placeholders in bulk texts.
            callback_data: Your own reference (up to 36 characters), echoed back in delivery
                reports.
        """
        return self._runtime.call(
            _UPDATE,
            f"/phones/{_segment(id, 'id')}",
            None,
            _body(
                body,
                (
                    ("phone", phone),
                    ("a", a),
                    ("b", b),
                    ("c", c),
                    ("d", d),
                    ("e", e),
                    ("callback_data", callback_data),
                ),
                required=("phone",),
                times=(),
                name="phones.update",
            ),
        )

    def delete(self, id: int) -> None:
        """Remove one phone from its group.

        Args:
            id: ``id``. The phone entry's numeric id.
        """
        return self._runtime.call(_DELETE, f"/phones/{_segment(id, 'id')}", None, None)


class AsyncPhonesResourceWithRawResponse:
    """``client.phones`` of an AsyncClient, answering whole responses: The phone entries that make up a group."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def list(self, group_id: int) -> RawResponse[Page[Phone]]:
        """List the phones of a group.

        The official document declares no paging parameter here; the collection is still paged
        like every other one, and the Hydra view carries the links to the other pages.

        Args:
            group_id: ``id``. The group's numeric id.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return await self._runtime.page_raw(
            _LIST, f"/groups/{_segment(group_id, 'group_id')}/phones", None
        )

    async def count(self, group_id: int) -> RawResponse[int]:
        """How many Phone items ``list`` iterates.

        One request for the first page, whose ``hydra:totalItems`` is the answer; its items
        are not parsed.

        Args:
            group_id: ``id``. The group's numeric id.

        Returns:
            The whole response, with the count in ``parsed``.
        """
        return await self._runtime.count_raw(
            _LIST, f"/groups/{_segment(group_id, 'group_id')}/phones", None
        )

    @overload
    async def create(
        self,
        group_id: int,
        *,
        phone: str,
        a: str | None = None,
        b: str | None = None,
        c: str | None = None,
        d: str | None = None,
        e: str | None = None,
        callback_data: str | None = None,
    ) -> RawResponse[Phone]: ...
    @overload
    async def create(
        self, group_id: int, *, body: PhoneWrite | Mapping[str, Any]
    ) -> RawResponse[Phone]: ...
    @_overload_signature
    async def create(
        self,
        group_id: int,
        *,
        body: PhoneWrite | Mapping[str, Any] | None = None,
        phone: str | None = None,
        a: str | None = None,
        b: str | None = None,
        c: str | None = None,
        d: str | None = None,
        e: str | None = None,
        callback_data: str | None = None,
    ) -> RawResponse[Phone]:
        """Add one phone to a group.

        Args:
            group_id: ``id``. The group's numeric id.
            body: The whole body as a PhoneWrite (or a mapping), instead of the fields.
            phone: The number; E.164 is recommended.
            a: The value of one custom column, used by placeholders in bulk texts.
            b: The value of one custom column, used by placeholders in bulk texts.
            c: The value of one custom column, used by placeholders in bulk texts.
            d: The value of one custom column, used by placeholders in bulk texts.
            e: The value of one custom column, used by placeholders in bulk texts.
            callback_data: Your own reference (up to 36 characters), echoed back in delivery
                reports.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return await self._runtime.call_raw(
            _CREATE,
            f"/groups/{_segment(group_id, 'group_id')}/phones",
            None,
            _body(
                body,
                (
                    ("phone", phone),
                    ("a", a),
                    ("b", b),
                    ("c", c),
                    ("d", d),
                    ("e", e),
                    ("callback_data", callback_data),
                ),
                required=("phone",),
                times=(),
                name="phones.create",
            ),
        )

    async def create_batch(
        self, group_id: int, items: Sequence[PhoneWrite | Mapping[str, Any]]
    ) -> RawResponse[PhoneBatchResultJsonld]:
        """Add many phones to a group in one request.

        The body is an array of phones. The request as a whole succeeds with 201 even when some
        items are invalid: the response has one result per input item, in input order, each with
        the HTTP status of that item (201 when the phone was created, 422 when it was refused)
        and either the created phone or a problem description.

        In JSON-LD the results are the members of a Hydra collection. (The official document
        declares `hydra:member` as a single result there; it is an array of results.)

        Args:
            group_id: ``id``. The group's numeric id.
            items: The PhoneWrite items to send in one request.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return await self._runtime.call_raw(
            _CREATE_BATCH,
            f"/groups/{_segment(group_id, 'group_id')}/phones/batch",
            None,
            _body(items, (), name="phones.create_batch"),
        )

    async def get(self, id: int) -> RawResponse[Phone]:
        """Read one phone.

        Args:
            id: ``id``. The phone entry's numeric id.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return await self._runtime.call_raw(
            _GET, f"/phones/{_segment(id, 'id')}", None, None
        )

    @overload
    async def update(
        self,
        id: int,
        *,
        phone: str,
        a: str | None = None,
        b: str | None = None,
        c: str | None = None,
        d: str | None = None,
        e: str | None = None,
        callback_data: str | None = None,
    ) -> RawResponse[Phone]: ...
    @overload
    async def update(
        self, id: int, *, body: PhoneWrite | Mapping[str, Any]
    ) -> RawResponse[Phone]: ...
    @_overload_signature
    async def update(
        self,
        id: int,
        *,
        body: PhoneWrite | Mapping[str, Any] | None = None,
        phone: str | None = None,
        a: str | None = None,
        b: str | None = None,
        c: str | None = None,
        d: str | None = None,
        e: str | None = None,
        callback_data: str | None = None,
    ) -> RawResponse[Phone]:
        """Change a phone's number, columns or callback data.

        Args:
            id: ``id``. The phone entry's numeric id.
            body: The whole body as a PhoneWrite (or a mapping), instead of the fields.
            phone: The number; E.164 is recommended.
            a: The value of one custom column, used by placeholders in bulk texts.
            b: The value of one custom column, used by placeholders in bulk texts.
            c: The value of one custom column, used by placeholders in bulk texts.
            d: The value of one custom column, used by placeholders in bulk texts.
            e: The value of one custom column, used by placeholders in bulk texts.
            callback_data: Your own reference (up to 36 characters), echoed back in delivery
                reports.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return await self._runtime.call_raw(
            _UPDATE,
            f"/phones/{_segment(id, 'id')}",
            None,
            _body(
                body,
                (
                    ("phone", phone),
                    ("a", a),
                    ("b", b),
                    ("c", c),
                    ("d", d),
                    ("e", e),
                    ("callback_data", callback_data),
                ),
                required=("phone",),
                times=(),
                name="phones.update",
            ),
        )

    async def delete(self, id: int) -> RawResponse[None]:
        """Remove one phone from its group.

        Args:
            id: ``id``. The phone entry's numeric id.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return await self._runtime.call_raw(
            _DELETE, f"/phones/{_segment(id, 'id')}", None, None
        )


class AsyncPhonesResource:
    """``client.phones`` of an AsyncClient: The phone entries that make up a group."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    @cached_property
    def with_raw_response(self) -> AsyncPhonesResourceWithRawResponse:
        """The same methods, returning the whole response (status, headers, request id)."""
        return AsyncPhonesResourceWithRawResponse(self._runtime)

    def list(self, group_id: int) -> AsyncPager[Phone]:
        """List the phones of a group.

        The official document declares no paging parameter here; the collection is still paged
        like every other one, and the Hydra view carries the links to the other pages.

        Args:
            group_id: ``id``. The group's numeric id.

        Returns:
            A lazy pager: iterate it for items, or ``.pages()`` for pages.
        """
        return self._runtime.paginate(
            _LIST, f"/groups/{_segment(group_id, 'group_id')}/phones", None
        )

    async def count(self, group_id: int) -> int:
        """How many Phone items ``list`` iterates.

        One request for the first page, whose ``hydra:totalItems`` is the answer; its items
        are not parsed.

        Args:
            group_id: ``id``. The group's numeric id.

        Returns:
            The number of items, whatever the page size.
        """
        return await self._runtime.count(
            _LIST, f"/groups/{_segment(group_id, 'group_id')}/phones", None
        )

    @overload
    async def create(
        self,
        group_id: int,
        *,
        phone: str,
        a: str | None = None,
        b: str | None = None,
        c: str | None = None,
        d: str | None = None,
        e: str | None = None,
        callback_data: str | None = None,
    ) -> Phone: ...
    @overload
    async def create(
        self, group_id: int, *, body: PhoneWrite | Mapping[str, Any]
    ) -> Phone: ...
    @_overload_signature
    async def create(
        self,
        group_id: int,
        *,
        body: PhoneWrite | Mapping[str, Any] | None = None,
        phone: str | None = None,
        a: str | None = None,
        b: str | None = None,
        c: str | None = None,
        d: str | None = None,
        e: str | None = None,
        callback_data: str | None = None,
    ) -> Phone:
        """Add one phone to a group.

        Args:
            group_id: ``id``. The group's numeric id.
            body: The whole body as a PhoneWrite (or a mapping), instead of the fields.
            phone: The number; E.164 is recommended.
            a: The value of one custom column, used by placeholders in bulk texts.
            b: The value of one custom column, used by placeholders in bulk texts.
            c: The value of one custom column, used by placeholders in bulk texts.
            d: The value of one custom column, used by placeholders in bulk texts.
            e: The value of one custom column, used by placeholders in bulk texts.
            callback_data: Your own reference (up to 36 characters), echoed back in delivery
                reports.
        """
        return await self._runtime.call(
            _CREATE,
            f"/groups/{_segment(group_id, 'group_id')}/phones",
            None,
            _body(
                body,
                (
                    ("phone", phone),
                    ("a", a),
                    ("b", b),
                    ("c", c),
                    ("d", d),
                    ("e", e),
                    ("callback_data", callback_data),
                ),
                required=("phone",),
                times=(),
                name="phones.create",
            ),
        )

    async def create_batch(
        self, group_id: int, items: Sequence[PhoneWrite | Mapping[str, Any]]
    ) -> PhoneBatchResultJsonld:
        """Add many phones to a group in one request.

        The body is an array of phones. The request as a whole succeeds with 201 even when some
        items are invalid: the response has one result per input item, in input order, each with
        the HTTP status of that item (201 when the phone was created, 422 when it was refused)
        and either the created phone or a problem description.

        In JSON-LD the results are the members of a Hydra collection. (The official document
        declares `hydra:member` as a single result there; it is an array of results.)

        Args:
            group_id: ``id``. The group's numeric id.
            items: The PhoneWrite items to send in one request.
        """
        return await self._runtime.call(
            _CREATE_BATCH,
            f"/groups/{_segment(group_id, 'group_id')}/phones/batch",
            None,
            _body(items, (), name="phones.create_batch"),
        )

    def import_many(
        self,
        group_id: int,
        rows: Iterable[PhoneInput],
        *,
        chunk_size: int = DEFAULT_BATCH_SIZE,
        concurrency: int = DEFAULT_BATCH_CONCURRENCY,
        skip_existing: bool = False,
        resolve: bool = True,
        window: float | None = None,
    ) -> AsyncIterator[PhoneImportResult]:
        """Send any number of rows through ``create_batch``, in chunks; one result per row.

        ``rows`` is read lazily (a generator over millions of rows works in flat memory).
        Each result is created, present, refused (with the reason), not sent, not created
        or unknown (see ``lox24.PhoneImportResult``). Results come in input order, except
        those of items whose request failed without a clear answer: they are looked up in
        the group after the in-flight window and come last.

        Args:
            group_id: ``id`` of the path.
            rows: Models, mappings of their fields, or plain phone numbers.
            chunk_size: Rows per request.
            concurrency: Requests in flight at once.
            skip_existing: Read the group first (one CSV export) and send no number it
                already holds; those rows are ``present``. Makes a rerun safe.
            resolve: Look up items of unknown outcome in the group at the end.
            window: Seconds to wait before that look-up (default: the client's
                in-flight window).

        Raises:
            Lox24Error: With ``skip_existing``, the group could not be read (nothing
                was sent).

        """
        return self._runtime.import_many(
            _CREATE_BATCH,
            f"/groups/{_segment(group_id, 'group_id')}/phones/batch",
            rows,
            chunk_size=chunk_size,
            concurrency=concurrency,
            lookup_path=f"/groups/{_segment(group_id, 'group_id')}/file/csv",
            skip_existing=skip_existing,
            resolve=resolve,
            window=window,
        )

    async def get(self, id: int) -> Phone:
        """Read one phone.

        Args:
            id: ``id``. The phone entry's numeric id.
        """
        return await self._runtime.call(
            _GET, f"/phones/{_segment(id, 'id')}", None, None
        )

    @overload
    async def update(
        self,
        id: int,
        *,
        phone: str,
        a: str | None = None,
        b: str | None = None,
        c: str | None = None,
        d: str | None = None,
        e: str | None = None,
        callback_data: str | None = None,
    ) -> Phone: ...
    @overload
    async def update(
        self, id: int, *, body: PhoneWrite | Mapping[str, Any]
    ) -> Phone: ...
    @_overload_signature
    async def update(
        self,
        id: int,
        *,
        body: PhoneWrite | Mapping[str, Any] | None = None,
        phone: str | None = None,
        a: str | None = None,
        b: str | None = None,
        c: str | None = None,
        d: str | None = None,
        e: str | None = None,
        callback_data: str | None = None,
    ) -> Phone:
        """Change a phone's number, columns or callback data.

        Args:
            id: ``id``. The phone entry's numeric id.
            body: The whole body as a PhoneWrite (or a mapping), instead of the fields.
            phone: The number; E.164 is recommended.
            a: The value of one custom column, used by placeholders in bulk texts.
            b: The value of one custom column, used by placeholders in bulk texts.
            c: The value of one custom column, used by placeholders in bulk texts.
            d: The value of one custom column, used by placeholders in bulk texts.
            e: The value of one custom column, used by placeholders in bulk texts.
            callback_data: Your own reference (up to 36 characters), echoed back in delivery
                reports.
        """
        return await self._runtime.call(
            _UPDATE,
            f"/phones/{_segment(id, 'id')}",
            None,
            _body(
                body,
                (
                    ("phone", phone),
                    ("a", a),
                    ("b", b),
                    ("c", c),
                    ("d", d),
                    ("e", e),
                    ("callback_data", callback_data),
                ),
                required=("phone",),
                times=(),
                name="phones.update",
            ),
        )

    async def delete(self, id: int) -> None:
        """Remove one phone from its group.

        Args:
            id: ``id``. The phone entry's numeric id.
        """
        return await self._runtime.call(
            _DELETE, f"/phones/{_segment(id, 'id')}", None, None
        )
