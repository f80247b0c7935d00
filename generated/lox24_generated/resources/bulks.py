"""``client.bulks``: Mass sendings of one text to many recipients or groups.

Generated from spec/lox24.yaml by scripts/codegen_resources.py; do not edit."""

from __future__ import annotations

from collections.abc import (
    Callable,
    Mapping,
    Sequence,
)
from datetime import datetime
from functools import cached_property
from typing import Any, Literal, overload

from lox24._pagination import AsyncPager, Page, SyncPager
from lox24._runtime import AsyncRuntime, Endpoint, RawResponse, SyncRuntime
from lox24._runtime import body as _body
from lox24._runtime import path_segment as _segment
from lox24._runtime import query as _query
from lox24._runtime import with_overload_signature as _overload_signature

from ..models.bulk import Bulk
from ..models.bulk_status import BulkStatus
from ..models.bulk_write import BulkWrite
from ..models.ordering import Ordering
from ..models.service_code import ServiceCode
from ..models.short_link_request import ShortLinkRequest
from ..models.voice_lang import VoiceLang

_LIST: Endpoint[BulkStatus] = Endpoint(
    "GET", "bulks.list", parse=BulkStatus.from_dict, kind="collection"
)
_CREATE: Endpoint[Bulk] = Endpoint("POST", "bulks.create", parse=Bulk.from_dict)
_DRY_RUN: Endpoint[Bulk] = Endpoint("POST", "bulks.dry_run", parse=Bulk.from_dict)
_GET: Endpoint[Bulk] = Endpoint("GET", "bulks.get", parse=Bulk.from_dict)
_DELETE: Endpoint[None] = Endpoint("DELETE", "bulks.delete", kind="empty")
_CANCEL: Endpoint[BulkStatus] = Endpoint(
    "PUT", "bulks.cancel", parse=BulkStatus.from_dict
)
_STATUS: Endpoint[BulkStatus] = Endpoint(
    "GET", "bulks.status", parse=BulkStatus.from_dict
)
_REQUESTS: Endpoint[ShortLinkRequest] = Endpoint(
    "GET", "bulks.requests", parse=ShortLinkRequest.from_dict, kind="collection"
)


class BulksResourceWithRawResponse:
    """``client.bulks``, answering whole responses: Mass sendings of one text to many recipients or groups."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def list(
        self,
        *,
        page: int | None = None,
        text: str | None = None,
        sender_id: str | None = None,
        status_code: int | Sequence[int] | None = None,
        created_at: int | datetime | Sequence[int | datetime] | None = None,
        created_at_gt: int | datetime | None = None,
        created_at_gte: int | datetime | None = None,
        created_at_lt: int | datetime | None = None,
        created_at_lte: int | datetime | None = None,
        created_at_between: str | tuple[int, int] | None = None,
        delivery_at: int | datetime | Sequence[int | datetime] | None = None,
        processed_at: int | datetime | Sequence[int | datetime] | None = None,
        msg_total_count: int | Sequence[int] | None = None,
        source: int | Sequence[int] | None = None,
        key_id: int | Sequence[int] | None = None,
        is_unicode: bool | None = None,
        is_dryrun: bool | None = None,
        is_unicode_exists: bool | None = None,
        order_by: Mapping[
            Literal["created_at", "delivery_at", "processed_at", "msg_total_count"],
            Literal["asc", "desc"] | Ordering,
        ]
        | None = None,
    ) -> RawResponse[Page[BulkStatus]]:
        """List bulk sendings, newest first unless ordered otherwise.

        Args:
            page: ``page``. The page of the collection to return, starting at 1.
            text: ``text``. Bulks whose text contains this.
            sender_id: ``sender_id``. Bulks whose sender id contains this.
            status_code: ``status_code[]``. Bulks with any of these statuses.
            created_at: ``created_at[]``. Created at any of these Unix times.
            created_at_gt: ``created_at[gt]``. Created after this Unix time.
            created_at_gte: ``created_at[gte]``. Created at or after this Unix time.
            created_at_lt: ``created_at[lt]``. Created before this Unix time.
            created_at_lte: ``created_at[lte]``. Created at or before this Unix time.
            created_at_between: ``created_at[between]``. Created within `<from>..<to>` (Unix
                times, both included).
            delivery_at: ``delivery_at[]``. Bulks scheduled for any of these times.
            processed_at: ``processed_at[]``. Bulks processed at any of these times.
            msg_total_count: ``msg_total_count[]``. Bulks with any of these message counts.
            source: ``source[]``. Bulks with any of these source numbers.
            key_id: ``key_id[]``. Bulks created with any of these API keys.
            is_unicode: ``is_unicode``. Bulks with this text encoding flag.
            is_dryrun: ``is_dryrun``. Only simulated bulks (true) or only real ones (false).
            is_unicode_exists: ``exists[is_unicode]``. false selects bulks whose encoding is
                detected automatically (is_unicode is null).
            order_by: Sort by these fields, in this order: ``{field: 'asc' | 'desc'}``.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return self._runtime.page_raw(
            _LIST,
            "/bulks",
            _query(
                (
                    ("page", page),
                    ("text", text),
                    ("sender_id", sender_id),
                    ("status_code[]", status_code),
                    ("created_at[]", created_at),
                    ("created_at[gt]", created_at_gt),
                    ("created_at[gte]", created_at_gte),
                    ("created_at[lt]", created_at_lt),
                    ("created_at[lte]", created_at_lte),
                    ("created_at[between]", created_at_between),
                    ("delivery_at[]", delivery_at),
                    ("processed_at[]", processed_at),
                    ("msg_total_count[]", msg_total_count),
                    ("source[]", source),
                    ("key_id[]", key_id),
                    ("is_unicode", is_unicode),
                    ("is_dryrun", is_dryrun),
                    ("exists[is_unicode]", is_unicode_exists),
                ),
                order_by,
            ),
        )

    def count(
        self,
        *,
        text: str | None = None,
        sender_id: str | None = None,
        status_code: int | Sequence[int] | None = None,
        created_at: int | datetime | Sequence[int | datetime] | None = None,
        created_at_gt: int | datetime | None = None,
        created_at_gte: int | datetime | None = None,
        created_at_lt: int | datetime | None = None,
        created_at_lte: int | datetime | None = None,
        created_at_between: str | tuple[int, int] | None = None,
        delivery_at: int | datetime | Sequence[int | datetime] | None = None,
        processed_at: int | datetime | Sequence[int | datetime] | None = None,
        msg_total_count: int | Sequence[int] | None = None,
        source: int | Sequence[int] | None = None,
        key_id: int | Sequence[int] | None = None,
        is_unicode: bool | None = None,
        is_dryrun: bool | None = None,
        is_unicode_exists: bool | None = None,
    ) -> RawResponse[int]:
        """How many BulkStatus items ``list`` selects with these filters.

        One request for the first page, whose ``hydra:totalItems`` is the answer; its items
        are not parsed.

        Args:
            text: ``text``. Bulks whose text contains this.
            sender_id: ``sender_id``. Bulks whose sender id contains this.
            status_code: ``status_code[]``. Bulks with any of these statuses.
            created_at: ``created_at[]``. Created at any of these Unix times.
            created_at_gt: ``created_at[gt]``. Created after this Unix time.
            created_at_gte: ``created_at[gte]``. Created at or after this Unix time.
            created_at_lt: ``created_at[lt]``. Created before this Unix time.
            created_at_lte: ``created_at[lte]``. Created at or before this Unix time.
            created_at_between: ``created_at[between]``. Created within `<from>..<to>` (Unix
                times, both included).
            delivery_at: ``delivery_at[]``. Bulks scheduled for any of these times.
            processed_at: ``processed_at[]``. Bulks processed at any of these times.
            msg_total_count: ``msg_total_count[]``. Bulks with any of these message counts.
            source: ``source[]``. Bulks with any of these source numbers.
            key_id: ``key_id[]``. Bulks created with any of these API keys.
            is_unicode: ``is_unicode``. Bulks with this text encoding flag.
            is_dryrun: ``is_dryrun``. Only simulated bulks (true) or only real ones (false).
            is_unicode_exists: ``exists[is_unicode]``. false selects bulks whose encoding is
                detected automatically (is_unicode is null).

        Returns:
            The whole response, with the count in ``parsed``.
        """
        return self._runtime.count_raw(
            _LIST,
            "/bulks",
            _query(
                (
                    ("text", text),
                    ("sender_id", sender_id),
                    ("status_code[]", status_code),
                    ("created_at[]", created_at),
                    ("created_at[gt]", created_at_gt),
                    ("created_at[gte]", created_at_gte),
                    ("created_at[lt]", created_at_lt),
                    ("created_at[lte]", created_at_lte),
                    ("created_at[between]", created_at_between),
                    ("delivery_at[]", delivery_at),
                    ("processed_at[]", processed_at),
                    ("msg_total_count[]", msg_total_count),
                    ("source[]", source),
                    ("key_id[]", key_id),
                    ("is_unicode", is_unicode),
                    ("is_dryrun", is_dryrun),
                    ("exists[is_unicode]", is_unicode_exists),
                )
            ),
        )

    @overload
    def create(
        self,
        *,
        sender_id: str,
        text: str,
        phones: Sequence[str] | None = None,
        msg_groups: Sequence[int] | None = None,
        delivery_at: int | datetime | None = None,
        is_unicode: bool | None = None,
        is_text_deleted: bool | None = None,
        service_code: ServiceCode | str | None = None,
        source: int | None = None,
        voice_lang: VoiceLang | str | None = None,
    ) -> RawResponse[Bulk]: ...
    @overload
    def create(self, *, body: BulkWrite | Mapping[str, Any]) -> RawResponse[Bulk]: ...
    @_overload_signature
    def create(
        self,
        *,
        body: BulkWrite | Mapping[str, Any] | None = None,
        sender_id: str | None = None,
        text: str | None = None,
        phones: Sequence[str] | None = None,
        msg_groups: Sequence[int] | None = None,
        delivery_at: int | datetime | None = None,
        is_unicode: bool | None = None,
        is_text_deleted: bool | None = None,
        service_code: ServiceCode | str | None = None,
        source: int | None = None,
        voice_lang: VoiceLang | str | None = None,
    ) -> RawResponse[Bulk]:
        """Send one text to many phones and/or whole groups.

        The bulk is queued (status 0) and then processed in the background (status 5) until it
        ends as processed (10), cancelled (15), failed (20) or without recipients (201). Follow
        it with `get_bulk_status`. The messages are paid from the balance when the bulk is
        created (402 when the balance does not cover them).

        Args:
            body: The whole body as a BulkWrite (or a mapping), instead of the fields.
            sender_id: The sender shown to recipients: a number of up to 15 digits, or up to 11
                letters, digits and spaces. Not every country transmits it.
            text: The text; `[Name colA]`-style placeholders are filled from the group columns.
            phones: See the API reference.
            msg_groups: Ids of groups whose phones receive the bulk.
            delivery_at: When to send; 0 or null means at once.
            is_unicode: true UCS-2, false GSM 7-bit, null detected automatically.
            is_text_deleted: Delete the text after delivery.
            service_code: See the API reference.
            source: Your own number for the itemised bill.
            voice_lang: See the API reference.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return self._runtime.call_raw(
            _CREATE,
            "/bulks",
            None,
            _body(
                body,
                (
                    ("sender_id", sender_id),
                    ("text", text),
                    ("phones", phones),
                    ("msg_groups", msg_groups),
                    ("delivery_at", delivery_at),
                    ("is_unicode", is_unicode),
                    ("is_text_deleted", is_text_deleted),
                    ("service_code", service_code),
                    ("source", source),
                    ("voice_lang", voice_lang),
                ),
                required=(
                    "sender_id",
                    "text",
                ),
                times=("delivery_at",),
                name="bulks.create",
            ),
        )

    @overload
    def dry_run(
        self,
        *,
        sender_id: str,
        text: str,
        phones: Sequence[str] | None = None,
        msg_groups: Sequence[int] | None = None,
        delivery_at: int | datetime | None = None,
        is_unicode: bool | None = None,
        is_text_deleted: bool | None = None,
        service_code: ServiceCode | str | None = None,
        source: int | None = None,
        voice_lang: VoiceLang | str | None = None,
    ) -> RawResponse[Bulk]: ...
    @overload
    def dry_run(self, *, body: BulkWrite | Mapping[str, Any]) -> RawResponse[Bulk]: ...
    @_overload_signature
    def dry_run(
        self,
        *,
        body: BulkWrite | Mapping[str, Any] | None = None,
        sender_id: str | None = None,
        text: str | None = None,
        phones: Sequence[str] | None = None,
        msg_groups: Sequence[int] | None = None,
        delivery_at: int | datetime | None = None,
        is_unicode: bool | None = None,
        is_text_deleted: bool | None = None,
        service_code: ServiceCode | str | None = None,
        source: int | None = None,
        voice_lang: VoiceLang | str | None = None,
    ) -> RawResponse[Bulk]:
        """Simulate a bulk sending without sending or charging anything.

        The simulated bulk is listed with `is_dryrun` true; no SMS is created.

        Args:
            body: The whole body as a BulkWrite (or a mapping), instead of the fields.
            sender_id: The sender shown to recipients: a number of up to 15 digits, or up to 11
                letters, digits and spaces. Not every country transmits it.
            text: The text; `[Name colA]`-style placeholders are filled from the group columns.
            phones: See the API reference.
            msg_groups: Ids of groups whose phones receive the bulk.
            delivery_at: When to send; 0 or null means at once.
            is_unicode: true UCS-2, false GSM 7-bit, null detected automatically.
            is_text_deleted: Delete the text after delivery.
            service_code: See the API reference.
            source: Your own number for the itemised bill.
            voice_lang: See the API reference.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return self._runtime.call_raw(
            _DRY_RUN,
            "/bulks/dryrun",
            None,
            _body(
                body,
                (
                    ("sender_id", sender_id),
                    ("text", text),
                    ("phones", phones),
                    ("msg_groups", msg_groups),
                    ("delivery_at", delivery_at),
                    ("is_unicode", is_unicode),
                    ("is_text_deleted", is_text_deleted),
                    ("service_code", service_code),
                    ("source", source),
                    ("voice_lang", voice_lang),
                ),
                required=(
                    "sender_id",
                    "text",
                ),
                times=("delivery_at",),
                name="bulks.dry_run",
            ),
        )

    def get(self, id: str) -> RawResponse[Bulk]:
        """Read one bulk sending with its text and recipients.

        Args:
            id: ``id``. The bulk's UUID.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return self._runtime.call_raw(_GET, f"/bulks/{_segment(id, 'id')}", None, None)

    def delete(self, id: str) -> RawResponse[None]:
        """Delete a bulk sending, also from the itemised bill.

        Args:
            id: ``id``. The bulk's UUID.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return self._runtime.call_raw(
            _DELETE, f"/bulks/{_segment(id, 'id')}", None, None
        )

    def cancel(self, id: str) -> RawResponse[BulkStatus]:
        """Stop a bulk that is still queued or processing.

        Takes no body. Only a bulk with status 0 or 5 can be cancelled, and only its messages
        not yet handed to the network are stopped; any other bulk is answered with 422.

        Args:
            id: ``id``. The bulk's UUID.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return self._runtime.call_raw(
            _CANCEL, f"/bulks/{_segment(id, 'id')}/cancel", None, None
        )

    def status(self, id: str) -> RawResponse[BulkStatus]:
        """Read the processing state of a bulk.

        Args:
            id: ``id``. The bulk's UUID.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return self._runtime.call_raw(
            _STATUS, f"/bulks/{_segment(id, 'id')}/status", None, None
        )

    def requests(
        self,
        id: str,
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
        """List the clicks on the short links sent with one bulk.

        Args:
            id: ``id``. The bulk's UUID.
            page: ``page``. The page of the collection to return, starting at 1.
            ip: ``ip``. Clicks from an IP address that contains this.
            url: ``url``. Clicks that were redirected to a URL that contains this.
            user_agent: ``user_agent``. Clicks whose user agent contains this.
            country: ``country[]``. Clicks from any of these countries.
            referer: ``referer``. Clicks whose referer contains this.
            date: ``date[]``. Clicks at any of these Unix times.
            type: ``type[]``. Clicks of any of these types.
            browser: ``browser``. Clicks from a browser whose name contains this.
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
            f"/bulks/{_segment(id, 'id')}/requests",
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


class BulksResource:
    """``client.bulks``: Mass sendings of one text to many recipients or groups."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    @cached_property
    def with_raw_response(self) -> BulksResourceWithRawResponse:
        """The same methods, returning the whole response (status, headers, request id)."""
        return BulksResourceWithRawResponse(self._runtime)

    def list(
        self,
        *,
        page: int | None = None,
        text: str | None = None,
        sender_id: str | None = None,
        status_code: int | Sequence[int] | None = None,
        created_at: int | datetime | Sequence[int | datetime] | None = None,
        created_at_gt: int | datetime | None = None,
        created_at_gte: int | datetime | None = None,
        created_at_lt: int | datetime | None = None,
        created_at_lte: int | datetime | None = None,
        created_at_between: str | tuple[int, int] | None = None,
        delivery_at: int | datetime | Sequence[int | datetime] | None = None,
        processed_at: int | datetime | Sequence[int | datetime] | None = None,
        msg_total_count: int | Sequence[int] | None = None,
        source: int | Sequence[int] | None = None,
        key_id: int | Sequence[int] | None = None,
        is_unicode: bool | None = None,
        is_dryrun: bool | None = None,
        is_unicode_exists: bool | None = None,
        order_by: Mapping[
            Literal["created_at", "delivery_at", "processed_at", "msg_total_count"],
            Literal["asc", "desc"] | Ordering,
        ]
        | None = None,
    ) -> SyncPager[BulkStatus]:
        """List bulk sendings, newest first unless ordered otherwise.

        Args:
            page: ``page``. The page of the collection to return, starting at 1.
            text: ``text``. Bulks whose text contains this.
            sender_id: ``sender_id``. Bulks whose sender id contains this.
            status_code: ``status_code[]``. Bulks with any of these statuses.
            created_at: ``created_at[]``. Created at any of these Unix times.
            created_at_gt: ``created_at[gt]``. Created after this Unix time.
            created_at_gte: ``created_at[gte]``. Created at or after this Unix time.
            created_at_lt: ``created_at[lt]``. Created before this Unix time.
            created_at_lte: ``created_at[lte]``. Created at or before this Unix time.
            created_at_between: ``created_at[between]``. Created within `<from>..<to>` (Unix
                times, both included).
            delivery_at: ``delivery_at[]``. Bulks scheduled for any of these times.
            processed_at: ``processed_at[]``. Bulks processed at any of these times.
            msg_total_count: ``msg_total_count[]``. Bulks with any of these message counts.
            source: ``source[]``. Bulks with any of these source numbers.
            key_id: ``key_id[]``. Bulks created with any of these API keys.
            is_unicode: ``is_unicode``. Bulks with this text encoding flag.
            is_dryrun: ``is_dryrun``. Only simulated bulks (true) or only real ones (false).
            is_unicode_exists: ``exists[is_unicode]``. false selects bulks whose encoding is
                detected automatically (is_unicode is null).
            order_by: Sort by these fields, in this order: ``{field: 'asc' | 'desc'}``.

        Returns:
            A lazy pager: iterate it for items, or ``.pages()`` for pages.
        """
        return self._runtime.paginate(
            _LIST,
            "/bulks",
            _query(
                (
                    ("page", page),
                    ("text", text),
                    ("sender_id", sender_id),
                    ("status_code[]", status_code),
                    ("created_at[]", created_at),
                    ("created_at[gt]", created_at_gt),
                    ("created_at[gte]", created_at_gte),
                    ("created_at[lt]", created_at_lt),
                    ("created_at[lte]", created_at_lte),
                    ("created_at[between]", created_at_between),
                    ("delivery_at[]", delivery_at),
                    ("processed_at[]", processed_at),
                    ("msg_total_count[]", msg_total_count),
                    ("source[]", source),
                    ("key_id[]", key_id),
                    ("is_unicode", is_unicode),
                    ("is_dryrun", is_dryrun),
                    ("exists[is_unicode]", is_unicode_exists),
                ),
                order_by,
            ),
        )

    def count(
        self,
        *,
        text: str | None = None,
        sender_id: str | None = None,
        status_code: int | Sequence[int] | None = None,
        created_at: int | datetime | Sequence[int | datetime] | None = None,
        created_at_gt: int | datetime | None = None,
        created_at_gte: int | datetime | None = None,
        created_at_lt: int | datetime | None = None,
        created_at_lte: int | datetime | None = None,
        created_at_between: str | tuple[int, int] | None = None,
        delivery_at: int | datetime | Sequence[int | datetime] | None = None,
        processed_at: int | datetime | Sequence[int | datetime] | None = None,
        msg_total_count: int | Sequence[int] | None = None,
        source: int | Sequence[int] | None = None,
        key_id: int | Sequence[int] | None = None,
        is_unicode: bool | None = None,
        is_dryrun: bool | None = None,
        is_unicode_exists: bool | None = None,
    ) -> int:
        """How many BulkStatus items ``list`` selects with these filters.

        One request for the first page, whose ``hydra:totalItems`` is the answer; its items
        are not parsed.

        Args:
            text: ``text``. Bulks whose text contains this.
            sender_id: ``sender_id``. Bulks whose sender id contains this.
            status_code: ``status_code[]``. Bulks with any of these statuses.
            created_at: ``created_at[]``. Created at any of these Unix times.
            created_at_gt: ``created_at[gt]``. Created after this Unix time.
            created_at_gte: ``created_at[gte]``. Created at or after this Unix time.
            created_at_lt: ``created_at[lt]``. Created before this Unix time.
            created_at_lte: ``created_at[lte]``. Created at or before this Unix time.
            created_at_between: ``created_at[between]``. Created within `<from>..<to>` (Unix
                times, both included).
            delivery_at: ``delivery_at[]``. Bulks scheduled for any of these times.
            processed_at: ``processed_at[]``. Bulks processed at any of these times.
            msg_total_count: ``msg_total_count[]``. Bulks with any of these message counts.
            source: ``source[]``. Bulks with any of these source numbers.
            key_id: ``key_id[]``. Bulks created with any of these API keys.
            is_unicode: ``is_unicode``. Bulks with this text encoding flag.
            is_dryrun: ``is_dryrun``. Only simulated bulks (true) or only real ones (false).
            is_unicode_exists: ``exists[is_unicode]``. false selects bulks whose encoding is
                detected automatically (is_unicode is null).

        Returns:
            The number of items, whatever the page size.
        """
        return self._runtime.count(
            _LIST,
            "/bulks",
            _query(
                (
                    ("text", text),
                    ("sender_id", sender_id),
                    ("status_code[]", status_code),
                    ("created_at[]", created_at),
                    ("created_at[gt]", created_at_gt),
                    ("created_at[gte]", created_at_gte),
                    ("created_at[lt]", created_at_lt),
                    ("created_at[lte]", created_at_lte),
                    ("created_at[between]", created_at_between),
                    ("delivery_at[]", delivery_at),
                    ("processed_at[]", processed_at),
                    ("msg_total_count[]", msg_total_count),
                    ("source[]", source),
                    ("key_id[]", key_id),
                    ("is_unicode", is_unicode),
                    ("is_dryrun", is_dryrun),
                    ("exists[is_unicode]", is_unicode_exists),
                )
            ),
        )

    @overload
    def create(
        self,
        *,
        sender_id: str,
        text: str,
        phones: Sequence[str] | None = None,
        msg_groups: Sequence[int] | None = None,
        delivery_at: int | datetime | None = None,
        is_unicode: bool | None = None,
        is_text_deleted: bool | None = None,
        service_code: ServiceCode | str | None = None,
        source: int | None = None,
        voice_lang: VoiceLang | str | None = None,
    ) -> Bulk: ...
    @overload
    def create(self, *, body: BulkWrite | Mapping[str, Any]) -> Bulk: ...
    @_overload_signature
    def create(
        self,
        *,
        body: BulkWrite | Mapping[str, Any] | None = None,
        sender_id: str | None = None,
        text: str | None = None,
        phones: Sequence[str] | None = None,
        msg_groups: Sequence[int] | None = None,
        delivery_at: int | datetime | None = None,
        is_unicode: bool | None = None,
        is_text_deleted: bool | None = None,
        service_code: ServiceCode | str | None = None,
        source: int | None = None,
        voice_lang: VoiceLang | str | None = None,
    ) -> Bulk:
        """Send one text to many phones and/or whole groups.

        The bulk is queued (status 0) and then processed in the background (status 5) until it
        ends as processed (10), cancelled (15), failed (20) or without recipients (201). Follow
        it with `get_bulk_status`. The messages are paid from the balance when the bulk is
        created (402 when the balance does not cover them).

        Args:
            body: The whole body as a BulkWrite (or a mapping), instead of the fields.
            sender_id: The sender shown to recipients: a number of up to 15 digits, or up to 11
                letters, digits and spaces. Not every country transmits it.
            text: The text; `[Name colA]`-style placeholders are filled from the group columns.
            phones: See the API reference.
            msg_groups: Ids of groups whose phones receive the bulk.
            delivery_at: When to send; 0 or null means at once.
            is_unicode: true UCS-2, false GSM 7-bit, null detected automatically.
            is_text_deleted: Delete the text after delivery.
            service_code: See the API reference.
            source: Your own number for the itemised bill.
            voice_lang: See the API reference.
        """
        return self._runtime.call(
            _CREATE,
            "/bulks",
            None,
            _body(
                body,
                (
                    ("sender_id", sender_id),
                    ("text", text),
                    ("phones", phones),
                    ("msg_groups", msg_groups),
                    ("delivery_at", delivery_at),
                    ("is_unicode", is_unicode),
                    ("is_text_deleted", is_text_deleted),
                    ("service_code", service_code),
                    ("source", source),
                    ("voice_lang", voice_lang),
                ),
                required=(
                    "sender_id",
                    "text",
                ),
                times=("delivery_at",),
                name="bulks.create",
            ),
        )

    @overload
    def dry_run(
        self,
        *,
        sender_id: str,
        text: str,
        phones: Sequence[str] | None = None,
        msg_groups: Sequence[int] | None = None,
        delivery_at: int | datetime | None = None,
        is_unicode: bool | None = None,
        is_text_deleted: bool | None = None,
        service_code: ServiceCode | str | None = None,
        source: int | None = None,
        voice_lang: VoiceLang | str | None = None,
    ) -> Bulk: ...
    @overload
    def dry_run(self, *, body: BulkWrite | Mapping[str, Any]) -> Bulk: ...
    @_overload_signature
    def dry_run(
        self,
        *,
        body: BulkWrite | Mapping[str, Any] | None = None,
        sender_id: str | None = None,
        text: str | None = None,
        phones: Sequence[str] | None = None,
        msg_groups: Sequence[int] | None = None,
        delivery_at: int | datetime | None = None,
        is_unicode: bool | None = None,
        is_text_deleted: bool | None = None,
        service_code: ServiceCode | str | None = None,
        source: int | None = None,
        voice_lang: VoiceLang | str | None = None,
    ) -> Bulk:
        """Simulate a bulk sending without sending or charging anything.

        The simulated bulk is listed with `is_dryrun` true; no SMS is created.

        Args:
            body: The whole body as a BulkWrite (or a mapping), instead of the fields.
            sender_id: The sender shown to recipients: a number of up to 15 digits, or up to 11
                letters, digits and spaces. Not every country transmits it.
            text: The text; `[Name colA]`-style placeholders are filled from the group columns.
            phones: See the API reference.
            msg_groups: Ids of groups whose phones receive the bulk.
            delivery_at: When to send; 0 or null means at once.
            is_unicode: true UCS-2, false GSM 7-bit, null detected automatically.
            is_text_deleted: Delete the text after delivery.
            service_code: See the API reference.
            source: Your own number for the itemised bill.
            voice_lang: See the API reference.
        """
        return self._runtime.call(
            _DRY_RUN,
            "/bulks/dryrun",
            None,
            _body(
                body,
                (
                    ("sender_id", sender_id),
                    ("text", text),
                    ("phones", phones),
                    ("msg_groups", msg_groups),
                    ("delivery_at", delivery_at),
                    ("is_unicode", is_unicode),
                    ("is_text_deleted", is_text_deleted),
                    ("service_code", service_code),
                    ("source", source),
                    ("voice_lang", voice_lang),
                ),
                required=(
                    "sender_id",
                    "text",
                ),
                times=("delivery_at",),
                name="bulks.dry_run",
            ),
        )

    def get(self, id: str) -> Bulk:
        """Read one bulk sending with its text and recipients.

        Args:
            id: ``id``. The bulk's UUID.
        """
        return self._runtime.call(_GET, f"/bulks/{_segment(id, 'id')}", None, None)

    def delete(self, id: str) -> None:
        """Delete a bulk sending, also from the itemised bill.

        Args:
            id: ``id``. The bulk's UUID.
        """
        return self._runtime.call(_DELETE, f"/bulks/{_segment(id, 'id')}", None, None)

    def cancel(self, id: str) -> BulkStatus:
        """Stop a bulk that is still queued or processing.

        Takes no body. Only a bulk with status 0 or 5 can be cancelled, and only its messages
        not yet handed to the network are stopped; any other bulk is answered with 422.

        Args:
            id: ``id``. The bulk's UUID.
        """
        return self._runtime.call(
            _CANCEL, f"/bulks/{_segment(id, 'id')}/cancel", None, None
        )

    def status(self, id: str) -> BulkStatus:
        """Read the processing state of a bulk.

        Args:
            id: ``id``. The bulk's UUID.
        """
        return self._runtime.call(
            _STATUS, f"/bulks/{_segment(id, 'id')}/status", None, None
        )

    def wait(
        self,
        id: str,
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[BulkStatus], object] | None = None,
    ) -> BulkStatus:
        """Poll ``status`` until the BulkStatus reaches a final state; return it.

        The client's clock and sleep are used, so a sandbox with a frozen clock is waited
        for in sandbox time.

        Args:
            id: ``id`` of the BulkStatus.
            timeout: Give up after this many seconds.
            poll_interval: Seconds between two reads.
            on_progress: Called with every state read.

        Raises:
            WaitTimeoutError: Not final within ``timeout`` seconds.

        """
        return self._runtime.wait(
            lambda: self.status(id),
            "bulk_finished",
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
        )

    def requests(
        self,
        id: str,
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
        """List the clicks on the short links sent with one bulk.

        Args:
            id: ``id``. The bulk's UUID.
            page: ``page``. The page of the collection to return, starting at 1.
            ip: ``ip``. Clicks from an IP address that contains this.
            url: ``url``. Clicks that were redirected to a URL that contains this.
            user_agent: ``user_agent``. Clicks whose user agent contains this.
            country: ``country[]``. Clicks from any of these countries.
            referer: ``referer``. Clicks whose referer contains this.
            date: ``date[]``. Clicks at any of these Unix times.
            type: ``type[]``. Clicks of any of these types.
            browser: ``browser``. Clicks from a browser whose name contains this.
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
            f"/bulks/{_segment(id, 'id')}/requests",
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


class AsyncBulksResourceWithRawResponse:
    """``client.bulks`` of an AsyncClient, answering whole responses: Mass sendings of one text to many recipients or groups."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def list(
        self,
        *,
        page: int | None = None,
        text: str | None = None,
        sender_id: str | None = None,
        status_code: int | Sequence[int] | None = None,
        created_at: int | datetime | Sequence[int | datetime] | None = None,
        created_at_gt: int | datetime | None = None,
        created_at_gte: int | datetime | None = None,
        created_at_lt: int | datetime | None = None,
        created_at_lte: int | datetime | None = None,
        created_at_between: str | tuple[int, int] | None = None,
        delivery_at: int | datetime | Sequence[int | datetime] | None = None,
        processed_at: int | datetime | Sequence[int | datetime] | None = None,
        msg_total_count: int | Sequence[int] | None = None,
        source: int | Sequence[int] | None = None,
        key_id: int | Sequence[int] | None = None,
        is_unicode: bool | None = None,
        is_dryrun: bool | None = None,
        is_unicode_exists: bool | None = None,
        order_by: Mapping[
            Literal["created_at", "delivery_at", "processed_at", "msg_total_count"],
            Literal["asc", "desc"] | Ordering,
        ]
        | None = None,
    ) -> RawResponse[Page[BulkStatus]]:
        """List bulk sendings, newest first unless ordered otherwise.

        Args:
            page: ``page``. The page of the collection to return, starting at 1.
            text: ``text``. Bulks whose text contains this.
            sender_id: ``sender_id``. Bulks whose sender id contains this.
            status_code: ``status_code[]``. Bulks with any of these statuses.
            created_at: ``created_at[]``. Created at any of these Unix times.
            created_at_gt: ``created_at[gt]``. Created after this Unix time.
            created_at_gte: ``created_at[gte]``. Created at or after this Unix time.
            created_at_lt: ``created_at[lt]``. Created before this Unix time.
            created_at_lte: ``created_at[lte]``. Created at or before this Unix time.
            created_at_between: ``created_at[between]``. Created within `<from>..<to>` (Unix
                times, both included).
            delivery_at: ``delivery_at[]``. Bulks scheduled for any of these times.
            processed_at: ``processed_at[]``. Bulks processed at any of these times.
            msg_total_count: ``msg_total_count[]``. Bulks with any of these message counts.
            source: ``source[]``. Bulks with any of these source numbers.
            key_id: ``key_id[]``. Bulks created with any of these API keys.
            is_unicode: ``is_unicode``. Bulks with this text encoding flag.
            is_dryrun: ``is_dryrun``. Only simulated bulks (true) or only real ones (false).
            is_unicode_exists: ``exists[is_unicode]``. false selects bulks whose encoding is
                detected automatically (is_unicode is null).
            order_by: Sort by these fields, in this order: ``{field: 'asc' | 'desc'}``.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return await self._runtime.page_raw(
            _LIST,
            "/bulks",
            _query(
                (
                    ("page", page),
                    ("text", text),
                    ("sender_id", sender_id),
                    ("status_code[]", status_code),
                    ("created_at[]", created_at),
                    ("created_at[gt]", created_at_gt),
                    ("created_at[gte]", created_at_gte),
                    ("created_at[lt]", created_at_lt),
                    ("created_at[lte]", created_at_lte),
                    ("created_at[between]", created_at_between),
                    ("delivery_at[]", delivery_at),
                    ("processed_at[]", processed_at),
                    ("msg_total_count[]", msg_total_count),
                    ("source[]", source),
                    ("key_id[]", key_id),
                    ("is_unicode", is_unicode),
                    ("is_dryrun", is_dryrun),
                    ("exists[is_unicode]", is_unicode_exists),
                ),
                order_by,
            ),
        )

    async def count(
        self,
        *,
        text: str | None = None,
        sender_id: str | None = None,
        status_code: int | Sequence[int] | None = None,
        created_at: int | datetime | Sequence[int | datetime] | None = None,
        created_at_gt: int | datetime | None = None,
        created_at_gte: int | datetime | None = None,
        created_at_lt: int | datetime | None = None,
        created_at_lte: int | datetime | None = None,
        created_at_between: str | tuple[int, int] | None = None,
        delivery_at: int | datetime | Sequence[int | datetime] | None = None,
        processed_at: int | datetime | Sequence[int | datetime] | None = None,
        msg_total_count: int | Sequence[int] | None = None,
        source: int | Sequence[int] | None = None,
        key_id: int | Sequence[int] | None = None,
        is_unicode: bool | None = None,
        is_dryrun: bool | None = None,
        is_unicode_exists: bool | None = None,
    ) -> RawResponse[int]:
        """How many BulkStatus items ``list`` selects with these filters.

        One request for the first page, whose ``hydra:totalItems`` is the answer; its items
        are not parsed.

        Args:
            text: ``text``. Bulks whose text contains this.
            sender_id: ``sender_id``. Bulks whose sender id contains this.
            status_code: ``status_code[]``. Bulks with any of these statuses.
            created_at: ``created_at[]``. Created at any of these Unix times.
            created_at_gt: ``created_at[gt]``. Created after this Unix time.
            created_at_gte: ``created_at[gte]``. Created at or after this Unix time.
            created_at_lt: ``created_at[lt]``. Created before this Unix time.
            created_at_lte: ``created_at[lte]``. Created at or before this Unix time.
            created_at_between: ``created_at[between]``. Created within `<from>..<to>` (Unix
                times, both included).
            delivery_at: ``delivery_at[]``. Bulks scheduled for any of these times.
            processed_at: ``processed_at[]``. Bulks processed at any of these times.
            msg_total_count: ``msg_total_count[]``. Bulks with any of these message counts.
            source: ``source[]``. Bulks with any of these source numbers.
            key_id: ``key_id[]``. Bulks created with any of these API keys.
            is_unicode: ``is_unicode``. Bulks with this text encoding flag.
            is_dryrun: ``is_dryrun``. Only simulated bulks (true) or only real ones (false).
            is_unicode_exists: ``exists[is_unicode]``. false selects bulks whose encoding is
                detected automatically (is_unicode is null).

        Returns:
            The whole response, with the count in ``parsed``.
        """
        return await self._runtime.count_raw(
            _LIST,
            "/bulks",
            _query(
                (
                    ("text", text),
                    ("sender_id", sender_id),
                    ("status_code[]", status_code),
                    ("created_at[]", created_at),
                    ("created_at[gt]", created_at_gt),
                    ("created_at[gte]", created_at_gte),
                    ("created_at[lt]", created_at_lt),
                    ("created_at[lte]", created_at_lte),
                    ("created_at[between]", created_at_between),
                    ("delivery_at[]", delivery_at),
                    ("processed_at[]", processed_at),
                    ("msg_total_count[]", msg_total_count),
                    ("source[]", source),
                    ("key_id[]", key_id),
                    ("is_unicode", is_unicode),
                    ("is_dryrun", is_dryrun),
                    ("exists[is_unicode]", is_unicode_exists),
                )
            ),
        )

    @overload
    async def create(
        self,
        *,
        sender_id: str,
        text: str,
        phones: Sequence[str] | None = None,
        msg_groups: Sequence[int] | None = None,
        delivery_at: int | datetime | None = None,
        is_unicode: bool | None = None,
        is_text_deleted: bool | None = None,
        service_code: ServiceCode | str | None = None,
        source: int | None = None,
        voice_lang: VoiceLang | str | None = None,
    ) -> RawResponse[Bulk]: ...
    @overload
    async def create(
        self, *, body: BulkWrite | Mapping[str, Any]
    ) -> RawResponse[Bulk]: ...
    @_overload_signature
    async def create(
        self,
        *,
        body: BulkWrite | Mapping[str, Any] | None = None,
        sender_id: str | None = None,
        text: str | None = None,
        phones: Sequence[str] | None = None,
        msg_groups: Sequence[int] | None = None,
        delivery_at: int | datetime | None = None,
        is_unicode: bool | None = None,
        is_text_deleted: bool | None = None,
        service_code: ServiceCode | str | None = None,
        source: int | None = None,
        voice_lang: VoiceLang | str | None = None,
    ) -> RawResponse[Bulk]:
        """Send one text to many phones and/or whole groups.

        The bulk is queued (status 0) and then processed in the background (status 5) until it
        ends as processed (10), cancelled (15), failed (20) or without recipients (201). Follow
        it with `get_bulk_status`. The messages are paid from the balance when the bulk is
        created (402 when the balance does not cover them).

        Args:
            body: The whole body as a BulkWrite (or a mapping), instead of the fields.
            sender_id: The sender shown to recipients: a number of up to 15 digits, or up to 11
                letters, digits and spaces. Not every country transmits it.
            text: The text; `[Name colA]`-style placeholders are filled from the group columns.
            phones: See the API reference.
            msg_groups: Ids of groups whose phones receive the bulk.
            delivery_at: When to send; 0 or null means at once.
            is_unicode: true UCS-2, false GSM 7-bit, null detected automatically.
            is_text_deleted: Delete the text after delivery.
            service_code: See the API reference.
            source: Your own number for the itemised bill.
            voice_lang: See the API reference.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return await self._runtime.call_raw(
            _CREATE,
            "/bulks",
            None,
            _body(
                body,
                (
                    ("sender_id", sender_id),
                    ("text", text),
                    ("phones", phones),
                    ("msg_groups", msg_groups),
                    ("delivery_at", delivery_at),
                    ("is_unicode", is_unicode),
                    ("is_text_deleted", is_text_deleted),
                    ("service_code", service_code),
                    ("source", source),
                    ("voice_lang", voice_lang),
                ),
                required=(
                    "sender_id",
                    "text",
                ),
                times=("delivery_at",),
                name="bulks.create",
            ),
        )

    @overload
    async def dry_run(
        self,
        *,
        sender_id: str,
        text: str,
        phones: Sequence[str] | None = None,
        msg_groups: Sequence[int] | None = None,
        delivery_at: int | datetime | None = None,
        is_unicode: bool | None = None,
        is_text_deleted: bool | None = None,
        service_code: ServiceCode | str | None = None,
        source: int | None = None,
        voice_lang: VoiceLang | str | None = None,
    ) -> RawResponse[Bulk]: ...
    @overload
    async def dry_run(
        self, *, body: BulkWrite | Mapping[str, Any]
    ) -> RawResponse[Bulk]: ...
    @_overload_signature
    async def dry_run(
        self,
        *,
        body: BulkWrite | Mapping[str, Any] | None = None,
        sender_id: str | None = None,
        text: str | None = None,
        phones: Sequence[str] | None = None,
        msg_groups: Sequence[int] | None = None,
        delivery_at: int | datetime | None = None,
        is_unicode: bool | None = None,
        is_text_deleted: bool | None = None,
        service_code: ServiceCode | str | None = None,
        source: int | None = None,
        voice_lang: VoiceLang | str | None = None,
    ) -> RawResponse[Bulk]:
        """Simulate a bulk sending without sending or charging anything.

        The simulated bulk is listed with `is_dryrun` true; no SMS is created.

        Args:
            body: The whole body as a BulkWrite (or a mapping), instead of the fields.
            sender_id: The sender shown to recipients: a number of up to 15 digits, or up to 11
                letters, digits and spaces. Not every country transmits it.
            text: The text; `[Name colA]`-style placeholders are filled from the group columns.
            phones: See the API reference.
            msg_groups: Ids of groups whose phones receive the bulk.
            delivery_at: When to send; 0 or null means at once.
            is_unicode: true UCS-2, false GSM 7-bit, null detected automatically.
            is_text_deleted: Delete the text after delivery.
            service_code: See the API reference.
            source: Your own number for the itemised bill.
            voice_lang: See the API reference.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return await self._runtime.call_raw(
            _DRY_RUN,
            "/bulks/dryrun",
            None,
            _body(
                body,
                (
                    ("sender_id", sender_id),
                    ("text", text),
                    ("phones", phones),
                    ("msg_groups", msg_groups),
                    ("delivery_at", delivery_at),
                    ("is_unicode", is_unicode),
                    ("is_text_deleted", is_text_deleted),
                    ("service_code", service_code),
                    ("source", source),
                    ("voice_lang", voice_lang),
                ),
                required=(
                    "sender_id",
                    "text",
                ),
                times=("delivery_at",),
                name="bulks.dry_run",
            ),
        )

    async def get(self, id: str) -> RawResponse[Bulk]:
        """Read one bulk sending with its text and recipients.

        Args:
            id: ``id``. The bulk's UUID.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return await self._runtime.call_raw(
            _GET, f"/bulks/{_segment(id, 'id')}", None, None
        )

    async def delete(self, id: str) -> RawResponse[None]:
        """Delete a bulk sending, also from the itemised bill.

        Args:
            id: ``id``. The bulk's UUID.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return await self._runtime.call_raw(
            _DELETE, f"/bulks/{_segment(id, 'id')}", None, None
        )

    async def cancel(self, id: str) -> RawResponse[BulkStatus]:
        """Stop a bulk that is still queued or processing.

        Takes no body. Only a bulk with status 0 or 5 can be cancelled, and only its messages
        not yet handed to the network are stopped; any other bulk is answered with 422.

        Args:
            id: ``id``. The bulk's UUID.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return await self._runtime.call_raw(
            _CANCEL, f"/bulks/{_segment(id, 'id')}/cancel", None, None
        )

    async def status(self, id: str) -> RawResponse[BulkStatus]:
        """Read the processing state of a bulk.

        Args:
            id: ``id``. The bulk's UUID.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return await self._runtime.call_raw(
            _STATUS, f"/bulks/{_segment(id, 'id')}/status", None, None
        )

    async def requests(
        self,
        id: str,
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
        """List the clicks on the short links sent with one bulk.

        Args:
            id: ``id``. The bulk's UUID.
            page: ``page``. The page of the collection to return, starting at 1.
            ip: ``ip``. Clicks from an IP address that contains this.
            url: ``url``. Clicks that were redirected to a URL that contains this.
            user_agent: ``user_agent``. Clicks whose user agent contains this.
            country: ``country[]``. Clicks from any of these countries.
            referer: ``referer``. Clicks whose referer contains this.
            date: ``date[]``. Clicks at any of these Unix times.
            type: ``type[]``. Clicks of any of these types.
            browser: ``browser``. Clicks from a browser whose name contains this.
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
            f"/bulks/{_segment(id, 'id')}/requests",
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


class AsyncBulksResource:
    """``client.bulks`` of an AsyncClient: Mass sendings of one text to many recipients or groups."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    @cached_property
    def with_raw_response(self) -> AsyncBulksResourceWithRawResponse:
        """The same methods, returning the whole response (status, headers, request id)."""
        return AsyncBulksResourceWithRawResponse(self._runtime)

    def list(
        self,
        *,
        page: int | None = None,
        text: str | None = None,
        sender_id: str | None = None,
        status_code: int | Sequence[int] | None = None,
        created_at: int | datetime | Sequence[int | datetime] | None = None,
        created_at_gt: int | datetime | None = None,
        created_at_gte: int | datetime | None = None,
        created_at_lt: int | datetime | None = None,
        created_at_lte: int | datetime | None = None,
        created_at_between: str | tuple[int, int] | None = None,
        delivery_at: int | datetime | Sequence[int | datetime] | None = None,
        processed_at: int | datetime | Sequence[int | datetime] | None = None,
        msg_total_count: int | Sequence[int] | None = None,
        source: int | Sequence[int] | None = None,
        key_id: int | Sequence[int] | None = None,
        is_unicode: bool | None = None,
        is_dryrun: bool | None = None,
        is_unicode_exists: bool | None = None,
        order_by: Mapping[
            Literal["created_at", "delivery_at", "processed_at", "msg_total_count"],
            Literal["asc", "desc"] | Ordering,
        ]
        | None = None,
    ) -> AsyncPager[BulkStatus]:
        """List bulk sendings, newest first unless ordered otherwise.

        Args:
            page: ``page``. The page of the collection to return, starting at 1.
            text: ``text``. Bulks whose text contains this.
            sender_id: ``sender_id``. Bulks whose sender id contains this.
            status_code: ``status_code[]``. Bulks with any of these statuses.
            created_at: ``created_at[]``. Created at any of these Unix times.
            created_at_gt: ``created_at[gt]``. Created after this Unix time.
            created_at_gte: ``created_at[gte]``. Created at or after this Unix time.
            created_at_lt: ``created_at[lt]``. Created before this Unix time.
            created_at_lte: ``created_at[lte]``. Created at or before this Unix time.
            created_at_between: ``created_at[between]``. Created within `<from>..<to>` (Unix
                times, both included).
            delivery_at: ``delivery_at[]``. Bulks scheduled for any of these times.
            processed_at: ``processed_at[]``. Bulks processed at any of these times.
            msg_total_count: ``msg_total_count[]``. Bulks with any of these message counts.
            source: ``source[]``. Bulks with any of these source numbers.
            key_id: ``key_id[]``. Bulks created with any of these API keys.
            is_unicode: ``is_unicode``. Bulks with this text encoding flag.
            is_dryrun: ``is_dryrun``. Only simulated bulks (true) or only real ones (false).
            is_unicode_exists: ``exists[is_unicode]``. false selects bulks whose encoding is
                detected automatically (is_unicode is null).
            order_by: Sort by these fields, in this order: ``{field: 'asc' | 'desc'}``.

        Returns:
            A lazy pager: iterate it for items, or ``.pages()`` for pages.
        """
        return self._runtime.paginate(
            _LIST,
            "/bulks",
            _query(
                (
                    ("page", page),
                    ("text", text),
                    ("sender_id", sender_id),
                    ("status_code[]", status_code),
                    ("created_at[]", created_at),
                    ("created_at[gt]", created_at_gt),
                    ("created_at[gte]", created_at_gte),
                    ("created_at[lt]", created_at_lt),
                    ("created_at[lte]", created_at_lte),
                    ("created_at[between]", created_at_between),
                    ("delivery_at[]", delivery_at),
                    ("processed_at[]", processed_at),
                    ("msg_total_count[]", msg_total_count),
                    ("source[]", source),
                    ("key_id[]", key_id),
                    ("is_unicode", is_unicode),
                    ("is_dryrun", is_dryrun),
                    ("exists[is_unicode]", is_unicode_exists),
                ),
                order_by,
            ),
        )

    async def count(
        self,
        *,
        text: str | None = None,
        sender_id: str | None = None,
        status_code: int | Sequence[int] | None = None,
        created_at: int | datetime | Sequence[int | datetime] | None = None,
        created_at_gt: int | datetime | None = None,
        created_at_gte: int | datetime | None = None,
        created_at_lt: int | datetime | None = None,
        created_at_lte: int | datetime | None = None,
        created_at_between: str | tuple[int, int] | None = None,
        delivery_at: int | datetime | Sequence[int | datetime] | None = None,
        processed_at: int | datetime | Sequence[int | datetime] | None = None,
        msg_total_count: int | Sequence[int] | None = None,
        source: int | Sequence[int] | None = None,
        key_id: int | Sequence[int] | None = None,
        is_unicode: bool | None = None,
        is_dryrun: bool | None = None,
        is_unicode_exists: bool | None = None,
    ) -> int:
        """How many BulkStatus items ``list`` selects with these filters.

        One request for the first page, whose ``hydra:totalItems`` is the answer; its items
        are not parsed.

        Args:
            text: ``text``. Bulks whose text contains this.
            sender_id: ``sender_id``. Bulks whose sender id contains this.
            status_code: ``status_code[]``. Bulks with any of these statuses.
            created_at: ``created_at[]``. Created at any of these Unix times.
            created_at_gt: ``created_at[gt]``. Created after this Unix time.
            created_at_gte: ``created_at[gte]``. Created at or after this Unix time.
            created_at_lt: ``created_at[lt]``. Created before this Unix time.
            created_at_lte: ``created_at[lte]``. Created at or before this Unix time.
            created_at_between: ``created_at[between]``. Created within `<from>..<to>` (Unix
                times, both included).
            delivery_at: ``delivery_at[]``. Bulks scheduled for any of these times.
            processed_at: ``processed_at[]``. Bulks processed at any of these times.
            msg_total_count: ``msg_total_count[]``. Bulks with any of these message counts.
            source: ``source[]``. Bulks with any of these source numbers.
            key_id: ``key_id[]``. Bulks created with any of these API keys.
            is_unicode: ``is_unicode``. Bulks with this text encoding flag.
            is_dryrun: ``is_dryrun``. Only simulated bulks (true) or only real ones (false).
            is_unicode_exists: ``exists[is_unicode]``. false selects bulks whose encoding is
                detected automatically (is_unicode is null).

        Returns:
            The number of items, whatever the page size.
        """
        return await self._runtime.count(
            _LIST,
            "/bulks",
            _query(
                (
                    ("text", text),
                    ("sender_id", sender_id),
                    ("status_code[]", status_code),
                    ("created_at[]", created_at),
                    ("created_at[gt]", created_at_gt),
                    ("created_at[gte]", created_at_gte),
                    ("created_at[lt]", created_at_lt),
                    ("created_at[lte]", created_at_lte),
                    ("created_at[between]", created_at_between),
                    ("delivery_at[]", delivery_at),
                    ("processed_at[]", processed_at),
                    ("msg_total_count[]", msg_total_count),
                    ("source[]", source),
                    ("key_id[]", key_id),
                    ("is_unicode", is_unicode),
                    ("is_dryrun", is_dryrun),
                    ("exists[is_unicode]", is_unicode_exists),
                )
            ),
        )

    @overload
    async def create(
        self,
        *,
        sender_id: str,
        text: str,
        phones: Sequence[str] | None = None,
        msg_groups: Sequence[int] | None = None,
        delivery_at: int | datetime | None = None,
        is_unicode: bool | None = None,
        is_text_deleted: bool | None = None,
        service_code: ServiceCode | str | None = None,
        source: int | None = None,
        voice_lang: VoiceLang | str | None = None,
    ) -> Bulk: ...
    @overload
    async def create(self, *, body: BulkWrite | Mapping[str, Any]) -> Bulk: ...
    @_overload_signature
    async def create(
        self,
        *,
        body: BulkWrite | Mapping[str, Any] | None = None,
        sender_id: str | None = None,
        text: str | None = None,
        phones: Sequence[str] | None = None,
        msg_groups: Sequence[int] | None = None,
        delivery_at: int | datetime | None = None,
        is_unicode: bool | None = None,
        is_text_deleted: bool | None = None,
        service_code: ServiceCode | str | None = None,
        source: int | None = None,
        voice_lang: VoiceLang | str | None = None,
    ) -> Bulk:
        """Send one text to many phones and/or whole groups.

        The bulk is queued (status 0) and then processed in the background (status 5) until it
        ends as processed (10), cancelled (15), failed (20) or without recipients (201). Follow
        it with `get_bulk_status`. The messages are paid from the balance when the bulk is
        created (402 when the balance does not cover them).

        Args:
            body: The whole body as a BulkWrite (or a mapping), instead of the fields.
            sender_id: The sender shown to recipients: a number of up to 15 digits, or up to 11
                letters, digits and spaces. Not every country transmits it.
            text: The text; `[Name colA]`-style placeholders are filled from the group columns.
            phones: See the API reference.
            msg_groups: Ids of groups whose phones receive the bulk.
            delivery_at: When to send; 0 or null means at once.
            is_unicode: true UCS-2, false GSM 7-bit, null detected automatically.
            is_text_deleted: Delete the text after delivery.
            service_code: See the API reference.
            source: Your own number for the itemised bill.
            voice_lang: See the API reference.
        """
        return await self._runtime.call(
            _CREATE,
            "/bulks",
            None,
            _body(
                body,
                (
                    ("sender_id", sender_id),
                    ("text", text),
                    ("phones", phones),
                    ("msg_groups", msg_groups),
                    ("delivery_at", delivery_at),
                    ("is_unicode", is_unicode),
                    ("is_text_deleted", is_text_deleted),
                    ("service_code", service_code),
                    ("source", source),
                    ("voice_lang", voice_lang),
                ),
                required=(
                    "sender_id",
                    "text",
                ),
                times=("delivery_at",),
                name="bulks.create",
            ),
        )

    @overload
    async def dry_run(
        self,
        *,
        sender_id: str,
        text: str,
        phones: Sequence[str] | None = None,
        msg_groups: Sequence[int] | None = None,
        delivery_at: int | datetime | None = None,
        is_unicode: bool | None = None,
        is_text_deleted: bool | None = None,
        service_code: ServiceCode | str | None = None,
        source: int | None = None,
        voice_lang: VoiceLang | str | None = None,
    ) -> Bulk: ...
    @overload
    async def dry_run(self, *, body: BulkWrite | Mapping[str, Any]) -> Bulk: ...
    @_overload_signature
    async def dry_run(
        self,
        *,
        body: BulkWrite | Mapping[str, Any] | None = None,
        sender_id: str | None = None,
        text: str | None = None,
        phones: Sequence[str] | None = None,
        msg_groups: Sequence[int] | None = None,
        delivery_at: int | datetime | None = None,
        is_unicode: bool | None = None,
        is_text_deleted: bool | None = None,
        service_code: ServiceCode | str | None = None,
        source: int | None = None,
        voice_lang: VoiceLang | str | None = None,
    ) -> Bulk:
        """Simulate a bulk sending without sending or charging anything.

        The simulated bulk is listed with `is_dryrun` true; no SMS is created.

        Args:
            body: The whole body as a BulkWrite (or a mapping), instead of the fields.
            sender_id: The sender shown to recipients: a number of up to 15 digits, or up to 11
                letters, digits and spaces. Not every country transmits it.
            text: The text; `[Name colA]`-style placeholders are filled from the group columns.
            phones: See the API reference.
            msg_groups: Ids of groups whose phones receive the bulk.
            delivery_at: When to send; 0 or null means at once.
            is_unicode: true UCS-2, false GSM 7-bit, null detected automatically.
            is_text_deleted: Delete the text after delivery.
            service_code: See the API reference.
            source: Your own number for the itemised bill.
            voice_lang: See the API reference.
        """
        return await self._runtime.call(
            _DRY_RUN,
            "/bulks/dryrun",
            None,
            _body(
                body,
                (
                    ("sender_id", sender_id),
                    ("text", text),
                    ("phones", phones),
                    ("msg_groups", msg_groups),
                    ("delivery_at", delivery_at),
                    ("is_unicode", is_unicode),
                    ("is_text_deleted", is_text_deleted),
                    ("service_code", service_code),
                    ("source", source),
                    ("voice_lang", voice_lang),
                ),
                required=(
                    "sender_id",
                    "text",
                ),
                times=("delivery_at",),
                name="bulks.dry_run",
            ),
        )

    async def get(self, id: str) -> Bulk:
        """Read one bulk sending with its text and recipients.

        Args:
            id: ``id``. The bulk's UUID.
        """
        return await self._runtime.call(
            _GET, f"/bulks/{_segment(id, 'id')}", None, None
        )

    async def delete(self, id: str) -> None:
        """Delete a bulk sending, also from the itemised bill.

        Args:
            id: ``id``. The bulk's UUID.
        """
        return await self._runtime.call(
            _DELETE, f"/bulks/{_segment(id, 'id')}", None, None
        )

    async def cancel(self, id: str) -> BulkStatus:
        """Stop a bulk that is still queued or processing.

        Takes no body. Only a bulk with status 0 or 5 can be cancelled, and only its messages
        not yet handed to the network are stopped; any other bulk is answered with 422.

        Args:
            id: ``id``. The bulk's UUID.
        """
        return await self._runtime.call(
            _CANCEL, f"/bulks/{_segment(id, 'id')}/cancel", None, None
        )

    async def status(self, id: str) -> BulkStatus:
        """Read the processing state of a bulk.

        Args:
            id: ``id``. The bulk's UUID.
        """
        return await self._runtime.call(
            _STATUS, f"/bulks/{_segment(id, 'id')}/status", None, None
        )

    async def wait(
        self,
        id: str,
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[BulkStatus], object] | None = None,
    ) -> BulkStatus:
        """Poll ``status`` until the BulkStatus reaches a final state; return it.

        The client's clock and sleep are used, so a sandbox with a frozen clock is waited
        for in sandbox time.

        Args:
            id: ``id`` of the BulkStatus.
            timeout: Give up after this many seconds.
            poll_interval: Seconds between two reads.
            on_progress: Called with every state read.

        Raises:
            WaitTimeoutError: Not final within ``timeout`` seconds.

        """
        return await self._runtime.wait(
            lambda: self.status(id),
            "bulk_finished",
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
        )

    def requests(
        self,
        id: str,
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
        """List the clicks on the short links sent with one bulk.

        Args:
            id: ``id``. The bulk's UUID.
            page: ``page``. The page of the collection to return, starting at 1.
            ip: ``ip``. Clicks from an IP address that contains this.
            url: ``url``. Clicks that were redirected to a URL that contains this.
            user_agent: ``user_agent``. Clicks whose user agent contains this.
            country: ``country[]``. Clicks from any of these countries.
            referer: ``referer``. Clicks whose referer contains this.
            date: ``date[]``. Clicks at any of these Unix times.
            type: ``type[]``. Clicks of any of these types.
            browser: ``browser``. Clicks from a browser whose name contains this.
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
            f"/bulks/{_segment(id, 'id')}/requests",
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
