"""``client.sms``: Single SMS and voice messages, their delivery reports, click counts and batch cancel or delete.

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
from lox24._reconcile import Reconciliation
from lox24._runtime import AsyncRuntime, Endpoint, RawResponse, SyncRuntime
from lox24._runtime import body as _body
from lox24._runtime import path_segment as _segment
from lox24._runtime import query as _query
from lox24._runtime import with_overload_signature as _overload_signature

from ..models.ordering import Ordering
from ..models.service_code import ServiceCode
from ..models.short_link_request import ShortLinkRequest
from ..models.sms import Sms
from ..models.sms_batch_result import SmsBatchResult
from ..models.sms_clicks import SmsClicks
from ..models.sms_write import SmsWrite
from ..models.voice_lang import VoiceLang

_LIST: Endpoint[Sms] = Endpoint(
    "GET", "sms.list", parse=Sms.from_dict, kind="collection"
)
_SEND: Endpoint[Sms] = Endpoint("POST", "sms.send", parse=Sms.from_dict)
_DRY_RUN: Endpoint[Sms] = Endpoint("POST", "sms.dry_run", parse=Sms.from_dict)
_LIST_CLICKS: Endpoint[SmsClicks] = Endpoint(
    "GET", "sms.list_clicks", parse=SmsClicks.from_dict, kind="collection"
)
_CANCEL_MANY: Endpoint[SmsBatchResult] = Endpoint(
    "POST", "sms.cancel_many", parse=SmsBatchResult.from_dict
)
_DELETE_MANY: Endpoint[SmsBatchResult] = Endpoint(
    "POST", "sms.delete_many", parse=SmsBatchResult.from_dict
)
_GET: Endpoint[Sms] = Endpoint("GET", "sms.get", parse=Sms.from_dict)
_DELETE: Endpoint[None] = Endpoint("DELETE", "sms.delete", kind="empty")
_CLICKS: Endpoint[SmsClicks] = Endpoint("GET", "sms.clicks", parse=SmsClicks.from_dict)
_REQUESTS: Endpoint[ShortLinkRequest] = Endpoint(
    "GET", "sms.requests", parse=ShortLinkRequest.from_dict, kind="collection"
)


class SmsResourceWithRawResponse:
    """``client.sms``, answering whole responses: Single SMS and voice messages, their delivery reports, click counts and batch cancel or delete."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def list(
        self,
        *,
        page: int | None = None,
        is_sent: bool | None = None,
        is_unicode: bool | None = None,
        uuid: str | Sequence[str] | None = None,
        iso2: str | Sequence[str] | None = None,
        dlr_code: int | Sequence[int] | None = None,
        status_code: int | Sequence[int] | None = None,
        gateway_sent_at: int | datetime | Sequence[int | datetime] | None = None,
        gateway_sent_at_gt: int | datetime | None = None,
        gateway_sent_at_gte: int | datetime | None = None,
        gateway_sent_at_lt: int | datetime | None = None,
        gateway_sent_at_lte: int | datetime | None = None,
        gateway_sent_at_between: str | tuple[int, int] | None = None,
        delivery_at: int | datetime | Sequence[int | datetime] | None = None,
        delivery_at_gt: int | datetime | None = None,
        delivery_at_gte: int | datetime | None = None,
        delivery_at_lt: int | datetime | None = None,
        delivery_at_lte: int | datetime | None = None,
        delivery_at_between: str | tuple[int, int] | None = None,
        created_at: int | datetime | Sequence[int | datetime] | None = None,
        created_at_gt: int | datetime | None = None,
        created_at_gte: int | datetime | None = None,
        created_at_lt: int | datetime | None = None,
        created_at_lte: int | datetime | None = None,
        created_at_between: str | tuple[int, int] | None = None,
        chars_count: int | Sequence[int] | None = None,
        chars_count_gt: int | None = None,
        chars_count_gte: int | None = None,
        chars_count_lt: int | None = None,
        chars_count_lte: int | None = None,
        chars_count_between: str | tuple[int, int] | None = None,
        parts_count: int | Sequence[int] | None = None,
        parts_count_gt: int | None = None,
        parts_count_gte: int | None = None,
        parts_count_lt: int | None = None,
        parts_count_lte: int | None = None,
        parts_count_between: str | tuple[int, int] | None = None,
        bulk: str | Sequence[str] | None = None,
        source: int | Sequence[int] | None = None,
        source_gt: int | None = None,
        source_gte: int | None = None,
        source_lt: int | None = None,
        source_lte: int | None = None,
        source_between: str | tuple[int, int] | None = None,
        text: str | None = None,
        phone: str | None = None,
        sender_id: str | None = None,
        ip: str | None = None,
        key_id: int | Sequence[int] | None = None,
        callback_data: str | Sequence[str] | None = None,
        order_by: Mapping[
            Literal["created_at", "gateway_sent_at"], Literal["asc", "desc"] | Ordering
        ]
        | None = None,
    ) -> RawResponse[Page[Sms]]:
        """List sent, scheduled and cancelled SMS, newest first unless ordered otherwise.

        Args:
            page: ``page``. The page of the collection to return, starting at 1.
            is_sent: ``is_sent``. Only messages already handed to the network (true) or only the
                others (false).
            is_unicode: ``is_unicode``. Only messages sent as Unicode (true) or only those sent
                as GSM 7-bit (false).
            uuid: ``uuid[]``. The messages with any of these UUIDs.
            iso2: ``iso2[]``. Messages to recipients in any of these countries.
            dlr_code: ``dlr_code[]``. Messages whose delivery report has any of these codes.
            status_code: ``status_code[]``. Messages in any of these states.
            gateway_sent_at: ``gateway_sent_at[]``. Messages handed to the network at any of
                these Unix times.
            gateway_sent_at_gt: ``gateway_sent_at[gt]``. Messages handed to the network after
                this Unix time.
            gateway_sent_at_gte: ``gateway_sent_at[gte]``. Messages handed to the network at or
                after this Unix time.
            gateway_sent_at_lt: ``gateway_sent_at[lt]``. Messages handed to the network before
                this Unix time.
            gateway_sent_at_lte: ``gateway_sent_at[lte]``. Messages handed to the network at or
                before this Unix time.
            gateway_sent_at_between: ``gateway_sent_at[between]``. Messages handed to the
                network within `<from>..<to>` (Unix times, both included).
            delivery_at: ``delivery_at[]``. Messages scheduled for any of these Unix times.
            delivery_at_gt: ``delivery_at[gt]``. Messages scheduled after this Unix time.
            delivery_at_gte: ``delivery_at[gte]``. Messages scheduled at or after this Unix
                time.
            delivery_at_lt: ``delivery_at[lt]``. Messages scheduled before this Unix time.
            delivery_at_lte: ``delivery_at[lte]``. Messages scheduled at or before this Unix
                time.
            delivery_at_between: ``delivery_at[between]``. Messages scheduled within
                `<from>..<to>` (Unix times, both included).
            created_at: ``created_at[]``. Created at any of these Unix times.
            created_at_gt: ``created_at[gt]``. Created after this Unix time.
            created_at_gte: ``created_at[gte]``. Created at or after this Unix time.
            created_at_lt: ``created_at[lt]``. Created before this Unix time.
            created_at_lte: ``created_at[lte]``. Created at or before this Unix time.
            created_at_between: ``created_at[between]``. Created within `<from>..<to>` (Unix
                times, both included).
            chars_count: ``chars_count[]``. Messages with any of these character counts.
            chars_count_gt: ``chars_count[gt]``. Messages with more than this many characters.
            chars_count_gte: ``chars_count[gte]``. Messages with at least this many characters.
            chars_count_lt: ``chars_count[lt]``. Messages with fewer than this many characters.
            chars_count_lte: ``chars_count[lte]``. Messages with at most this many characters.
            chars_count_between: ``chars_count[between]``. Messages with `<from>..<to>`
                characters (both included).
            parts_count: ``parts_count[]``. Messages made of any of these numbers of parts.
            parts_count_gt: ``parts_count[gt]``. Messages made of more than this many parts.
            parts_count_gte: ``parts_count[gte]``. Messages made of at least this many parts.
            parts_count_lt: ``parts_count[lt]``. Messages made of fewer than this many parts.
            parts_count_lte: ``parts_count[lte]``. Messages made of at most this many parts.
            parts_count_between: ``parts_count[between]``. Messages made of `<from>..<to>` parts
                (both included).
            bulk: ``bulk[]``. Messages created by any of these bulks.
            source: ``source[]``. Messages with any of these source numbers.
            source_gt: ``source[gt]``. Messages with a source number above this.
            source_gte: ``source[gte]``. Messages with a source number of at least this.
            source_lt: ``source[lt]``. Messages with a source number below this.
            source_lte: ``source[lte]``. Messages with a source number of at most this.
            source_between: ``source[between]``. Messages with a source number within
                `<from>..<to>` (both included).
            text: ``text``. Messages whose text contains this.
            phone: ``phone``. Messages to a number that contains this (for example `4979`).
            sender_id: ``sender_id``. Messages whose sender id contains this.
            ip: ``ip``. Messages sent from an IP address that contains this.
            key_id: ``key_id[]``. Messages sent with any of these API keys.
            callback_data: ``callback_data[]``. Messages whose callback data is any of these.
            order_by: Sort by these fields, in this order: ``{field: 'asc' | 'desc'}``.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return self._runtime.page_raw(
            _LIST,
            "/sms",
            _query(
                (
                    ("page", page),
                    ("is_sent", is_sent),
                    ("is_unicode", is_unicode),
                    ("uuid[]", uuid),
                    ("iso2[]", iso2),
                    ("dlr_code[]", dlr_code),
                    ("status_code[]", status_code),
                    ("gateway_sent_at[]", gateway_sent_at),
                    ("gateway_sent_at[gt]", gateway_sent_at_gt),
                    ("gateway_sent_at[gte]", gateway_sent_at_gte),
                    ("gateway_sent_at[lt]", gateway_sent_at_lt),
                    ("gateway_sent_at[lte]", gateway_sent_at_lte),
                    ("gateway_sent_at[between]", gateway_sent_at_between),
                    ("delivery_at[]", delivery_at),
                    ("delivery_at[gt]", delivery_at_gt),
                    ("delivery_at[gte]", delivery_at_gte),
                    ("delivery_at[lt]", delivery_at_lt),
                    ("delivery_at[lte]", delivery_at_lte),
                    ("delivery_at[between]", delivery_at_between),
                    ("created_at[]", created_at),
                    ("created_at[gt]", created_at_gt),
                    ("created_at[gte]", created_at_gte),
                    ("created_at[lt]", created_at_lt),
                    ("created_at[lte]", created_at_lte),
                    ("created_at[between]", created_at_between),
                    ("chars_count[]", chars_count),
                    ("chars_count[gt]", chars_count_gt),
                    ("chars_count[gte]", chars_count_gte),
                    ("chars_count[lt]", chars_count_lt),
                    ("chars_count[lte]", chars_count_lte),
                    ("chars_count[between]", chars_count_between),
                    ("parts_count[]", parts_count),
                    ("parts_count[gt]", parts_count_gt),
                    ("parts_count[gte]", parts_count_gte),
                    ("parts_count[lt]", parts_count_lt),
                    ("parts_count[lte]", parts_count_lte),
                    ("parts_count[between]", parts_count_between),
                    ("bulk[]", bulk),
                    ("source[]", source),
                    ("source[gt]", source_gt),
                    ("source[gte]", source_gte),
                    ("source[lt]", source_lt),
                    ("source[lte]", source_lte),
                    ("source[between]", source_between),
                    ("text", text),
                    ("phone", phone),
                    ("sender_id", sender_id),
                    ("ip", ip),
                    ("key_id[]", key_id),
                    ("callback_data[]", callback_data),
                ),
                order_by,
            ),
        )

    def count(
        self,
        *,
        is_sent: bool | None = None,
        is_unicode: bool | None = None,
        uuid: str | Sequence[str] | None = None,
        iso2: str | Sequence[str] | None = None,
        dlr_code: int | Sequence[int] | None = None,
        status_code: int | Sequence[int] | None = None,
        gateway_sent_at: int | datetime | Sequence[int | datetime] | None = None,
        gateway_sent_at_gt: int | datetime | None = None,
        gateway_sent_at_gte: int | datetime | None = None,
        gateway_sent_at_lt: int | datetime | None = None,
        gateway_sent_at_lte: int | datetime | None = None,
        gateway_sent_at_between: str | tuple[int, int] | None = None,
        delivery_at: int | datetime | Sequence[int | datetime] | None = None,
        delivery_at_gt: int | datetime | None = None,
        delivery_at_gte: int | datetime | None = None,
        delivery_at_lt: int | datetime | None = None,
        delivery_at_lte: int | datetime | None = None,
        delivery_at_between: str | tuple[int, int] | None = None,
        created_at: int | datetime | Sequence[int | datetime] | None = None,
        created_at_gt: int | datetime | None = None,
        created_at_gte: int | datetime | None = None,
        created_at_lt: int | datetime | None = None,
        created_at_lte: int | datetime | None = None,
        created_at_between: str | tuple[int, int] | None = None,
        chars_count: int | Sequence[int] | None = None,
        chars_count_gt: int | None = None,
        chars_count_gte: int | None = None,
        chars_count_lt: int | None = None,
        chars_count_lte: int | None = None,
        chars_count_between: str | tuple[int, int] | None = None,
        parts_count: int | Sequence[int] | None = None,
        parts_count_gt: int | None = None,
        parts_count_gte: int | None = None,
        parts_count_lt: int | None = None,
        parts_count_lte: int | None = None,
        parts_count_between: str | tuple[int, int] | None = None,
        bulk: str | Sequence[str] | None = None,
        source: int | Sequence[int] | None = None,
        source_gt: int | None = None,
        source_gte: int | None = None,
        source_lt: int | None = None,
        source_lte: int | None = None,
        source_between: str | tuple[int, int] | None = None,
        text: str | None = None,
        phone: str | None = None,
        sender_id: str | None = None,
        ip: str | None = None,
        key_id: int | Sequence[int] | None = None,
        callback_data: str | Sequence[str] | None = None,
    ) -> RawResponse[int]:
        """How many Sms items ``list`` selects with these filters.

        One request for the first page, whose ``hydra:totalItems`` is the answer; its items
        are not parsed.

        Args:
            is_sent: ``is_sent``. Only messages already handed to the network (true) or only the
                others (false).
            is_unicode: ``is_unicode``. Only messages sent as Unicode (true) or only those sent
                as GSM 7-bit (false).
            uuid: ``uuid[]``. The messages with any of these UUIDs.
            iso2: ``iso2[]``. Messages to recipients in any of these countries.
            dlr_code: ``dlr_code[]``. Messages whose delivery report has any of these codes.
            status_code: ``status_code[]``. Messages in any of these states.
            gateway_sent_at: ``gateway_sent_at[]``. Messages handed to the network at any of
                these Unix times.
            gateway_sent_at_gt: ``gateway_sent_at[gt]``. Messages handed to the network after
                this Unix time.
            gateway_sent_at_gte: ``gateway_sent_at[gte]``. Messages handed to the network at or
                after this Unix time.
            gateway_sent_at_lt: ``gateway_sent_at[lt]``. Messages handed to the network before
                this Unix time.
            gateway_sent_at_lte: ``gateway_sent_at[lte]``. Messages handed to the network at or
                before this Unix time.
            gateway_sent_at_between: ``gateway_sent_at[between]``. Messages handed to the
                network within `<from>..<to>` (Unix times, both included).
            delivery_at: ``delivery_at[]``. Messages scheduled for any of these Unix times.
            delivery_at_gt: ``delivery_at[gt]``. Messages scheduled after this Unix time.
            delivery_at_gte: ``delivery_at[gte]``. Messages scheduled at or after this Unix
                time.
            delivery_at_lt: ``delivery_at[lt]``. Messages scheduled before this Unix time.
            delivery_at_lte: ``delivery_at[lte]``. Messages scheduled at or before this Unix
                time.
            delivery_at_between: ``delivery_at[between]``. Messages scheduled within
                `<from>..<to>` (Unix times, both included).
            created_at: ``created_at[]``. Created at any of these Unix times.
            created_at_gt: ``created_at[gt]``. Created after this Unix time.
            created_at_gte: ``created_at[gte]``. Created at or after this Unix time.
            created_at_lt: ``created_at[lt]``. Created before this Unix time.
            created_at_lte: ``created_at[lte]``. Created at or before this Unix time.
            created_at_between: ``created_at[between]``. Created within `<from>..<to>` (Unix
                times, both included).
            chars_count: ``chars_count[]``. Messages with any of these character counts.
            chars_count_gt: ``chars_count[gt]``. Messages with more than this many characters.
            chars_count_gte: ``chars_count[gte]``. Messages with at least this many characters.
            chars_count_lt: ``chars_count[lt]``. Messages with fewer than this many characters.
            chars_count_lte: ``chars_count[lte]``. Messages with at most this many characters.
            chars_count_between: ``chars_count[between]``. Messages with `<from>..<to>`
                characters (both included).
            parts_count: ``parts_count[]``. Messages made of any of these numbers of parts.
            parts_count_gt: ``parts_count[gt]``. Messages made of more than this many parts.
            parts_count_gte: ``parts_count[gte]``. Messages made of at least this many parts.
            parts_count_lt: ``parts_count[lt]``. Messages made of fewer than this many parts.
            parts_count_lte: ``parts_count[lte]``. Messages made of at most this many parts.
            parts_count_between: ``parts_count[between]``. Messages made of `<from>..<to>` parts
                (both included).
            bulk: ``bulk[]``. Messages created by any of these bulks.
            source: ``source[]``. Messages with any of these source numbers.
            source_gt: ``source[gt]``. Messages with a source number above this.
            source_gte: ``source[gte]``. Messages with a source number of at least this.
            source_lt: ``source[lt]``. Messages with a source number below this.
            source_lte: ``source[lte]``. Messages with a source number of at most this.
            source_between: ``source[between]``. Messages with a source number within
                `<from>..<to>` (both included).
            text: ``text``. Messages whose text contains this.
            phone: ``phone``. Messages to a number that contains this (for example `4979`).
            sender_id: ``sender_id``. Messages whose sender id contains this.
            ip: ``ip``. Messages sent from an IP address that contains this.
            key_id: ``key_id[]``. Messages sent with any of these API keys.
            callback_data: ``callback_data[]``. Messages whose callback data is any of these.

        Returns:
            The whole response, with the count in ``parsed``.
        """
        return self._runtime.count_raw(
            _LIST,
            "/sms",
            _query(
                (
                    ("is_sent", is_sent),
                    ("is_unicode", is_unicode),
                    ("uuid[]", uuid),
                    ("iso2[]", iso2),
                    ("dlr_code[]", dlr_code),
                    ("status_code[]", status_code),
                    ("gateway_sent_at[]", gateway_sent_at),
                    ("gateway_sent_at[gt]", gateway_sent_at_gt),
                    ("gateway_sent_at[gte]", gateway_sent_at_gte),
                    ("gateway_sent_at[lt]", gateway_sent_at_lt),
                    ("gateway_sent_at[lte]", gateway_sent_at_lte),
                    ("gateway_sent_at[between]", gateway_sent_at_between),
                    ("delivery_at[]", delivery_at),
                    ("delivery_at[gt]", delivery_at_gt),
                    ("delivery_at[gte]", delivery_at_gte),
                    ("delivery_at[lt]", delivery_at_lt),
                    ("delivery_at[lte]", delivery_at_lte),
                    ("delivery_at[between]", delivery_at_between),
                    ("created_at[]", created_at),
                    ("created_at[gt]", created_at_gt),
                    ("created_at[gte]", created_at_gte),
                    ("created_at[lt]", created_at_lt),
                    ("created_at[lte]", created_at_lte),
                    ("created_at[between]", created_at_between),
                    ("chars_count[]", chars_count),
                    ("chars_count[gt]", chars_count_gt),
                    ("chars_count[gte]", chars_count_gte),
                    ("chars_count[lt]", chars_count_lt),
                    ("chars_count[lte]", chars_count_lte),
                    ("chars_count[between]", chars_count_between),
                    ("parts_count[]", parts_count),
                    ("parts_count[gt]", parts_count_gt),
                    ("parts_count[gte]", parts_count_gte),
                    ("parts_count[lt]", parts_count_lt),
                    ("parts_count[lte]", parts_count_lte),
                    ("parts_count[between]", parts_count_between),
                    ("bulk[]", bulk),
                    ("source[]", source),
                    ("source[gt]", source_gt),
                    ("source[gte]", source_gte),
                    ("source[lt]", source_lt),
                    ("source[lte]", source_lte),
                    ("source[between]", source_between),
                    ("text", text),
                    ("phone", phone),
                    ("sender_id", sender_id),
                    ("ip", ip),
                    ("key_id[]", key_id),
                    ("callback_data[]", callback_data),
                )
            ),
        )

    @overload
    def send(
        self,
        *,
        sender_id: str,
        phone: str,
        text: str,
        delivery_at: int | datetime | None = None,
        is_unicode: bool | None = None,
        is_text_deleted: bool | None = None,
        service_code: ServiceCode | str | None = None,
        voice_lang: VoiceLang | str | None = None,
        source: int | None = None,
        callback_data: str | None = None,
    ) -> RawResponse[Sms]: ...
    @overload
    def send(self, *, body: SmsWrite | Mapping[str, Any]) -> RawResponse[Sms]: ...
    @_overload_signature
    def send(
        self,
        *,
        body: SmsWrite | Mapping[str, Any] | None = None,
        sender_id: str | None = None,
        phone: str | None = None,
        text: str | None = None,
        delivery_at: int | datetime | None = None,
        is_unicode: bool | None = None,
        is_text_deleted: bool | None = None,
        service_code: ServiceCode | str | None = None,
        voice_lang: VoiceLang | str | None = None,
        source: int | None = None,
        callback_data: str | None = None,
    ) -> RawResponse[Sms]:
        """Send one SMS or voice message, now or at a scheduled time.

        The message is charged when it is accepted. Its delivery reports arrive with the
        `sms.delivery` webhook (carrying your `callback_data`) or can be read with `get_sms`.

        Args:
            body: The whole body as a SmsWrite (or a mapping), instead of the fields.
            sender_id: The sender shown to recipients: a number of up to 15 digits, or up to 11
                letters, digits and spaces. Not every country transmits it.
            phone: The recipient; stored and answered in E.164 form.
            text: The message text (UTF-8).
            delivery_at: When to send; 0 or null means at once.
            is_unicode: true UCS-2
            is_text_deleted: Delete the text after delivery; null follows the account setting.
            service_code: See the API reference.
            voice_lang: See the API reference.
            source: Your own number for the itemised bill.
            callback_data: Your own reference (up to 36 characters), echoed back in delivery
                reports.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return self._runtime.call_raw(
            _SEND,
            "/sms",
            None,
            _body(
                body,
                (
                    ("sender_id", sender_id),
                    ("phone", phone),
                    ("text", text),
                    ("delivery_at", delivery_at),
                    ("is_unicode", is_unicode),
                    ("is_text_deleted", is_text_deleted),
                    ("service_code", service_code),
                    ("voice_lang", voice_lang),
                    ("source", source),
                    ("callback_data", callback_data),
                ),
                required=(
                    "sender_id",
                    "phone",
                    "text",
                ),
                times=("delivery_at",),
                name="sms.send",
            ),
        )

    @overload
    def dry_run(
        self,
        *,
        sender_id: str,
        phone: str,
        text: str,
        delivery_at: int | datetime | None = None,
        is_unicode: bool | None = None,
        is_text_deleted: bool | None = None,
        service_code: ServiceCode | str | None = None,
        voice_lang: VoiceLang | str | None = None,
        source: int | None = None,
        callback_data: str | None = None,
    ) -> RawResponse[Sms]: ...
    @overload
    def dry_run(self, *, body: SmsWrite | Mapping[str, Any]) -> RawResponse[Sms]: ...
    @_overload_signature
    def dry_run(
        self,
        *,
        body: SmsWrite | Mapping[str, Any] | None = None,
        sender_id: str | None = None,
        phone: str | None = None,
        text: str | None = None,
        delivery_at: int | datetime | None = None,
        is_unicode: bool | None = None,
        is_text_deleted: bool | None = None,
        service_code: ServiceCode | str | None = None,
        voice_lang: VoiceLang | str | None = None,
        source: int | None = None,
        callback_data: str | None = None,
    ) -> RawResponse[Sms]:
        """Simulate sending an SMS without sending, storing or charging anything.

        The request is checked like a real one and answered with the message it would create.
        Nothing is kept: the answer always carries the placeholder UUID
        `11111111-2222-3333-4444-555555555555`, which `get_sms` does not find. A delivery report
        is still pushed, with the `sms.delivery.dryrun` webhook and status 0.

        Args:
            body: The whole body as a SmsWrite (or a mapping), instead of the fields.
            sender_id: The sender shown to recipients: a number of up to 15 digits, or up to 11
                letters, digits and spaces. Not every country transmits it.
            phone: The recipient; stored and answered in E.164 form.
            text: The message text (UTF-8).
            delivery_at: When to send; 0 or null means at once.
            is_unicode: true UCS-2
            is_text_deleted: Delete the text after delivery; null follows the account setting.
            service_code: See the API reference.
            voice_lang: See the API reference.
            source: Your own number for the itemised bill.
            callback_data: Your own reference (up to 36 characters), echoed back in delivery
                reports.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return self._runtime.call_raw(
            _DRY_RUN,
            "/sms/dryrun",
            None,
            _body(
                body,
                (
                    ("sender_id", sender_id),
                    ("phone", phone),
                    ("text", text),
                    ("delivery_at", delivery_at),
                    ("is_unicode", is_unicode),
                    ("is_text_deleted", is_text_deleted),
                    ("service_code", service_code),
                    ("voice_lang", voice_lang),
                    ("source", source),
                    ("callback_data", callback_data),
                ),
                required=(
                    "sender_id",
                    "phone",
                    "text",
                ),
                times=("delivery_at",),
                name="sms.dry_run",
            ),
        )

    def list_clicks(
        self,
        *,
        page: int | None = None,
        requests_count: int | Sequence[int] | None = None,
        requests_count_gt: int | None = None,
        requests_count_gte: int | None = None,
        requests_count_lt: int | None = None,
        requests_count_lte: int | None = None,
        requests_count_between: str | tuple[int, int] | None = None,
        created_at: int | datetime | Sequence[int | datetime] | None = None,
        created_at_gt: int | datetime | None = None,
        created_at_gte: int | datetime | None = None,
        created_at_lt: int | datetime | None = None,
        created_at_lte: int | datetime | None = None,
        created_at_between: str | tuple[int, int] | None = None,
        order_by: Mapping[Literal["created_at"], Literal["asc", "desc"] | Ordering]
        | None = None,
    ) -> RawResponse[Page[SmsClicks]]:
        """List SMS with the number of clicks on their short links.

        Only messages with a link of an advanced campaign (type 2) are counted per message.

        Args:
            page: ``page``. The page of the collection to return, starting at 1.
            requests_count: ``requests_count[]``. Messages clicked any of these numbers of
                times.
            requests_count_gt: ``requests_count[gt]``. Messages clicked more than this many
                times.
            requests_count_gte: ``requests_count[gte]``. Messages clicked at least this many
                times.
            requests_count_lt: ``requests_count[lt]``. Messages clicked fewer than this many
                times.
            requests_count_lte: ``requests_count[lte]``. Messages clicked at most this many
                times.
            requests_count_between: ``requests_count[between]``. Messages clicked `<from>..<to>`
                times (both included).
            created_at: ``created_at[]``. Created at any of these Unix times.
            created_at_gt: ``created_at[gt]``. Created after this Unix time.
            created_at_gte: ``created_at[gte]``. Created at or after this Unix time.
            created_at_lt: ``created_at[lt]``. Created before this Unix time.
            created_at_lte: ``created_at[lte]``. Created at or before this Unix time.
            created_at_between: ``created_at[between]``. Created within `<from>..<to>` (Unix
                times, both included).
            order_by: Sort by these fields, in this order: ``{field: 'asc' | 'desc'}``.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return self._runtime.page_raw(
            _LIST_CLICKS,
            "/sms/clicks",
            _query(
                (
                    ("page", page),
                    ("requests_count[]", requests_count),
                    ("requests_count[gt]", requests_count_gt),
                    ("requests_count[gte]", requests_count_gte),
                    ("requests_count[lt]", requests_count_lt),
                    ("requests_count[lte]", requests_count_lte),
                    ("requests_count[between]", requests_count_between),
                    ("created_at[]", created_at),
                    ("created_at[gt]", created_at_gt),
                    ("created_at[gte]", created_at_gte),
                    ("created_at[lt]", created_at_lt),
                    ("created_at[lte]", created_at_lte),
                    ("created_at[between]", created_at_between),
                ),
                order_by,
            ),
        )

    def cancel_many(
        self,
        *,
        is_sent: bool | None = None,
        is_unicode: bool | None = None,
        uuid: str | Sequence[str] | None = None,
        iso2: str | Sequence[str] | None = None,
        dlr_code: int | Sequence[int] | None = None,
        status_code: int | Sequence[int] | None = None,
        gateway_sent_at: int | datetime | Sequence[int | datetime] | None = None,
        gateway_sent_at_gt: int | datetime | None = None,
        gateway_sent_at_gte: int | datetime | None = None,
        gateway_sent_at_lt: int | datetime | None = None,
        gateway_sent_at_lte: int | datetime | None = None,
        gateway_sent_at_between: str | tuple[int, int] | None = None,
        delivery_at: int | datetime | Sequence[int | datetime] | None = None,
        delivery_at_gt: int | datetime | None = None,
        delivery_at_gte: int | datetime | None = None,
        delivery_at_lt: int | datetime | None = None,
        delivery_at_lte: int | datetime | None = None,
        delivery_at_between: str | tuple[int, int] | None = None,
        created_at: int | datetime | Sequence[int | datetime] | None = None,
        created_at_gt: int | datetime | None = None,
        created_at_gte: int | datetime | None = None,
        created_at_lt: int | datetime | None = None,
        created_at_lte: int | datetime | None = None,
        created_at_between: str | tuple[int, int] | None = None,
        chars_count: int | Sequence[int] | None = None,
        chars_count_gt: int | None = None,
        chars_count_gte: int | None = None,
        chars_count_lt: int | None = None,
        chars_count_lte: int | None = None,
        chars_count_between: str | tuple[int, int] | None = None,
        parts_count: int | Sequence[int] | None = None,
        parts_count_gt: int | None = None,
        parts_count_gte: int | None = None,
        parts_count_lt: int | None = None,
        parts_count_lte: int | None = None,
        parts_count_between: str | tuple[int, int] | None = None,
        bulk: str | Sequence[str] | None = None,
        source: int | Sequence[int] | None = None,
        source_gt: int | None = None,
        source_gte: int | None = None,
        source_lt: int | None = None,
        source_lte: int | None = None,
        source_between: str | tuple[int, int] | None = None,
        text: str | None = None,
        phone: str | None = None,
        sender_id: str | None = None,
        ip: str | None = None,
        key_id: int | Sequence[int] | None = None,
        callback_data: str | Sequence[str] | None = None,
        order_by: Mapping[
            Literal["created_at", "gateway_sent_at"], Literal["asc", "desc"] | Ordering
        ]
        | None = None,
    ) -> RawResponse[SmsBatchResult]:
        """Stop every selected SMS that has not been handed to the network yet.

        Takes no body: the messages are selected with the same query filters as `list_sms`
        (there is no paging). Mostly useful for scheduled messages; a message meant to go out at
        once can only be caught in the few seconds it waits in the queue. The answer counts the
        stopped messages, under the key `deleted_sms_count`.

        Args:
            is_sent: ``is_sent``. Only messages already handed to the network (true) or only the
                others (false).
            is_unicode: ``is_unicode``. Only messages sent as Unicode (true) or only those sent
                as GSM 7-bit (false).
            uuid: ``uuid[]``. The messages with any of these UUIDs.
            iso2: ``iso2[]``. Messages to recipients in any of these countries.
            dlr_code: ``dlr_code[]``. Messages whose delivery report has any of these codes.
            status_code: ``status_code[]``. Messages in any of these states.
            gateway_sent_at: ``gateway_sent_at[]``. Messages handed to the network at any of
                these Unix times.
            gateway_sent_at_gt: ``gateway_sent_at[gt]``. Messages handed to the network after
                this Unix time.
            gateway_sent_at_gte: ``gateway_sent_at[gte]``. Messages handed to the network at or
                after this Unix time.
            gateway_sent_at_lt: ``gateway_sent_at[lt]``. Messages handed to the network before
                this Unix time.
            gateway_sent_at_lte: ``gateway_sent_at[lte]``. Messages handed to the network at or
                before this Unix time.
            gateway_sent_at_between: ``gateway_sent_at[between]``. Messages handed to the
                network within `<from>..<to>` (Unix times, both included).
            delivery_at: ``delivery_at[]``. Messages scheduled for any of these Unix times.
            delivery_at_gt: ``delivery_at[gt]``. Messages scheduled after this Unix time.
            delivery_at_gte: ``delivery_at[gte]``. Messages scheduled at or after this Unix
                time.
            delivery_at_lt: ``delivery_at[lt]``. Messages scheduled before this Unix time.
            delivery_at_lte: ``delivery_at[lte]``. Messages scheduled at or before this Unix
                time.
            delivery_at_between: ``delivery_at[between]``. Messages scheduled within
                `<from>..<to>` (Unix times, both included).
            created_at: ``created_at[]``. Created at any of these Unix times.
            created_at_gt: ``created_at[gt]``. Created after this Unix time.
            created_at_gte: ``created_at[gte]``. Created at or after this Unix time.
            created_at_lt: ``created_at[lt]``. Created before this Unix time.
            created_at_lte: ``created_at[lte]``. Created at or before this Unix time.
            created_at_between: ``created_at[between]``. Created within `<from>..<to>` (Unix
                times, both included).
            chars_count: ``chars_count[]``. Messages with any of these character counts.
            chars_count_gt: ``chars_count[gt]``. Messages with more than this many characters.
            chars_count_gte: ``chars_count[gte]``. Messages with at least this many characters.
            chars_count_lt: ``chars_count[lt]``. Messages with fewer than this many characters.
            chars_count_lte: ``chars_count[lte]``. Messages with at most this many characters.
            chars_count_between: ``chars_count[between]``. Messages with `<from>..<to>`
                characters (both included).
            parts_count: ``parts_count[]``. Messages made of any of these numbers of parts.
            parts_count_gt: ``parts_count[gt]``. Messages made of more than this many parts.
            parts_count_gte: ``parts_count[gte]``. Messages made of at least this many parts.
            parts_count_lt: ``parts_count[lt]``. Messages made of fewer than this many parts.
            parts_count_lte: ``parts_count[lte]``. Messages made of at most this many parts.
            parts_count_between: ``parts_count[between]``. Messages made of `<from>..<to>` parts
                (both included).
            bulk: ``bulk[]``. Messages created by any of these bulks.
            source: ``source[]``. Messages with any of these source numbers.
            source_gt: ``source[gt]``. Messages with a source number above this.
            source_gte: ``source[gte]``. Messages with a source number of at least this.
            source_lt: ``source[lt]``. Messages with a source number below this.
            source_lte: ``source[lte]``. Messages with a source number of at most this.
            source_between: ``source[between]``. Messages with a source number within
                `<from>..<to>` (both included).
            text: ``text``. Messages whose text contains this.
            phone: ``phone``. Messages to a number that contains this (for example `4979`).
            sender_id: ``sender_id``. Messages whose sender id contains this.
            ip: ``ip``. Messages sent from an IP address that contains this.
            key_id: ``key_id[]``. Messages sent with any of these API keys.
            callback_data: ``callback_data[]``. Messages whose callback data is any of these.
            order_by: Sort by these fields, in this order: ``{field: 'asc' | 'desc'}``.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return self._runtime.call_raw(
            _CANCEL_MANY,
            "/sms/ops/batch_cancel",
            _query(
                (
                    ("is_sent", is_sent),
                    ("is_unicode", is_unicode),
                    ("uuid[]", uuid),
                    ("iso2[]", iso2),
                    ("dlr_code[]", dlr_code),
                    ("status_code[]", status_code),
                    ("gateway_sent_at[]", gateway_sent_at),
                    ("gateway_sent_at[gt]", gateway_sent_at_gt),
                    ("gateway_sent_at[gte]", gateway_sent_at_gte),
                    ("gateway_sent_at[lt]", gateway_sent_at_lt),
                    ("gateway_sent_at[lte]", gateway_sent_at_lte),
                    ("gateway_sent_at[between]", gateway_sent_at_between),
                    ("delivery_at[]", delivery_at),
                    ("delivery_at[gt]", delivery_at_gt),
                    ("delivery_at[gte]", delivery_at_gte),
                    ("delivery_at[lt]", delivery_at_lt),
                    ("delivery_at[lte]", delivery_at_lte),
                    ("delivery_at[between]", delivery_at_between),
                    ("created_at[]", created_at),
                    ("created_at[gt]", created_at_gt),
                    ("created_at[gte]", created_at_gte),
                    ("created_at[lt]", created_at_lt),
                    ("created_at[lte]", created_at_lte),
                    ("created_at[between]", created_at_between),
                    ("chars_count[]", chars_count),
                    ("chars_count[gt]", chars_count_gt),
                    ("chars_count[gte]", chars_count_gte),
                    ("chars_count[lt]", chars_count_lt),
                    ("chars_count[lte]", chars_count_lte),
                    ("chars_count[between]", chars_count_between),
                    ("parts_count[]", parts_count),
                    ("parts_count[gt]", parts_count_gt),
                    ("parts_count[gte]", parts_count_gte),
                    ("parts_count[lt]", parts_count_lt),
                    ("parts_count[lte]", parts_count_lte),
                    ("parts_count[between]", parts_count_between),
                    ("bulk[]", bulk),
                    ("source[]", source),
                    ("source[gt]", source_gt),
                    ("source[gte]", source_gte),
                    ("source[lt]", source_lt),
                    ("source[lte]", source_lte),
                    ("source[between]", source_between),
                    ("text", text),
                    ("phone", phone),
                    ("sender_id", sender_id),
                    ("ip", ip),
                    ("key_id[]", key_id),
                    ("callback_data[]", callback_data),
                ),
                order_by,
            ),
            None,
        )

    def delete_many(
        self,
        *,
        is_sent: bool | None = None,
        is_unicode: bool | None = None,
        uuid: str | Sequence[str] | None = None,
        iso2: str | Sequence[str] | None = None,
        dlr_code: int | Sequence[int] | None = None,
        status_code: int | Sequence[int] | None = None,
        gateway_sent_at: int | datetime | Sequence[int | datetime] | None = None,
        gateway_sent_at_gt: int | datetime | None = None,
        gateway_sent_at_gte: int | datetime | None = None,
        gateway_sent_at_lt: int | datetime | None = None,
        gateway_sent_at_lte: int | datetime | None = None,
        gateway_sent_at_between: str | tuple[int, int] | None = None,
        delivery_at: int | datetime | Sequence[int | datetime] | None = None,
        delivery_at_gt: int | datetime | None = None,
        delivery_at_gte: int | datetime | None = None,
        delivery_at_lt: int | datetime | None = None,
        delivery_at_lte: int | datetime | None = None,
        delivery_at_between: str | tuple[int, int] | None = None,
        created_at: int | datetime | Sequence[int | datetime] | None = None,
        created_at_gt: int | datetime | None = None,
        created_at_gte: int | datetime | None = None,
        created_at_lt: int | datetime | None = None,
        created_at_lte: int | datetime | None = None,
        created_at_between: str | tuple[int, int] | None = None,
        chars_count: int | Sequence[int] | None = None,
        chars_count_gt: int | None = None,
        chars_count_gte: int | None = None,
        chars_count_lt: int | None = None,
        chars_count_lte: int | None = None,
        chars_count_between: str | tuple[int, int] | None = None,
        parts_count: int | Sequence[int] | None = None,
        parts_count_gt: int | None = None,
        parts_count_gte: int | None = None,
        parts_count_lt: int | None = None,
        parts_count_lte: int | None = None,
        parts_count_between: str | tuple[int, int] | None = None,
        bulk: str | Sequence[str] | None = None,
        source: int | Sequence[int] | None = None,
        source_gt: int | None = None,
        source_gte: int | None = None,
        source_lt: int | None = None,
        source_lte: int | None = None,
        source_between: str | tuple[int, int] | None = None,
        text: str | None = None,
        phone: str | None = None,
        sender_id: str | None = None,
        ip: str | None = None,
        key_id: int | Sequence[int] | None = None,
        callback_data: str | Sequence[str] | None = None,
        order_by: Mapping[
            Literal["created_at", "gateway_sent_at"], Literal["asc", "desc"] | Ordering
        ]
        | None = None,
    ) -> RawResponse[SmsBatchResult]:
        """Delete every selected SMS for good, also from the itemised bill.

        Takes no body: the messages are selected with the same query filters as `list_sms`
        (there is no paging). The deletion cannot be undone. The answer counts the deleted
        messages.

        Args:
            is_sent: ``is_sent``. Only messages already handed to the network (true) or only the
                others (false).
            is_unicode: ``is_unicode``. Only messages sent as Unicode (true) or only those sent
                as GSM 7-bit (false).
            uuid: ``uuid[]``. The messages with any of these UUIDs.
            iso2: ``iso2[]``. Messages to recipients in any of these countries.
            dlr_code: ``dlr_code[]``. Messages whose delivery report has any of these codes.
            status_code: ``status_code[]``. Messages in any of these states.
            gateway_sent_at: ``gateway_sent_at[]``. Messages handed to the network at any of
                these Unix times.
            gateway_sent_at_gt: ``gateway_sent_at[gt]``. Messages handed to the network after
                this Unix time.
            gateway_sent_at_gte: ``gateway_sent_at[gte]``. Messages handed to the network at or
                after this Unix time.
            gateway_sent_at_lt: ``gateway_sent_at[lt]``. Messages handed to the network before
                this Unix time.
            gateway_sent_at_lte: ``gateway_sent_at[lte]``. Messages handed to the network at or
                before this Unix time.
            gateway_sent_at_between: ``gateway_sent_at[between]``. Messages handed to the
                network within `<from>..<to>` (Unix times, both included).
            delivery_at: ``delivery_at[]``. Messages scheduled for any of these Unix times.
            delivery_at_gt: ``delivery_at[gt]``. Messages scheduled after this Unix time.
            delivery_at_gte: ``delivery_at[gte]``. Messages scheduled at or after this Unix
                time.
            delivery_at_lt: ``delivery_at[lt]``. Messages scheduled before this Unix time.
            delivery_at_lte: ``delivery_at[lte]``. Messages scheduled at or before this Unix
                time.
            delivery_at_between: ``delivery_at[between]``. Messages scheduled within
                `<from>..<to>` (Unix times, both included).
            created_at: ``created_at[]``. Created at any of these Unix times.
            created_at_gt: ``created_at[gt]``. Created after this Unix time.
            created_at_gte: ``created_at[gte]``. Created at or after this Unix time.
            created_at_lt: ``created_at[lt]``. Created before this Unix time.
            created_at_lte: ``created_at[lte]``. Created at or before this Unix time.
            created_at_between: ``created_at[between]``. Created within `<from>..<to>` (Unix
                times, both included).
            chars_count: ``chars_count[]``. Messages with any of these character counts.
            chars_count_gt: ``chars_count[gt]``. Messages with more than this many characters.
            chars_count_gte: ``chars_count[gte]``. Messages with at least this many characters.
            chars_count_lt: ``chars_count[lt]``. Messages with fewer than this many characters.
            chars_count_lte: ``chars_count[lte]``. Messages with at most this many characters.
            chars_count_between: ``chars_count[between]``. Messages with `<from>..<to>`
                characters (both included).
            parts_count: ``parts_count[]``. Messages made of any of these numbers of parts.
            parts_count_gt: ``parts_count[gt]``. Messages made of more than this many parts.
            parts_count_gte: ``parts_count[gte]``. Messages made of at least this many parts.
            parts_count_lt: ``parts_count[lt]``. Messages made of fewer than this many parts.
            parts_count_lte: ``parts_count[lte]``. Messages made of at most this many parts.
            parts_count_between: ``parts_count[between]``. Messages made of `<from>..<to>` parts
                (both included).
            bulk: ``bulk[]``. Messages created by any of these bulks.
            source: ``source[]``. Messages with any of these source numbers.
            source_gt: ``source[gt]``. Messages with a source number above this.
            source_gte: ``source[gte]``. Messages with a source number of at least this.
            source_lt: ``source[lt]``. Messages with a source number below this.
            source_lte: ``source[lte]``. Messages with a source number of at most this.
            source_between: ``source[between]``. Messages with a source number within
                `<from>..<to>` (both included).
            text: ``text``. Messages whose text contains this.
            phone: ``phone``. Messages to a number that contains this (for example `4979`).
            sender_id: ``sender_id``. Messages whose sender id contains this.
            ip: ``ip``. Messages sent from an IP address that contains this.
            key_id: ``key_id[]``. Messages sent with any of these API keys.
            callback_data: ``callback_data[]``. Messages whose callback data is any of these.
            order_by: Sort by these fields, in this order: ``{field: 'asc' | 'desc'}``.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return self._runtime.call_raw(
            _DELETE_MANY,
            "/sms/ops/batch_delete",
            _query(
                (
                    ("is_sent", is_sent),
                    ("is_unicode", is_unicode),
                    ("uuid[]", uuid),
                    ("iso2[]", iso2),
                    ("dlr_code[]", dlr_code),
                    ("status_code[]", status_code),
                    ("gateway_sent_at[]", gateway_sent_at),
                    ("gateway_sent_at[gt]", gateway_sent_at_gt),
                    ("gateway_sent_at[gte]", gateway_sent_at_gte),
                    ("gateway_sent_at[lt]", gateway_sent_at_lt),
                    ("gateway_sent_at[lte]", gateway_sent_at_lte),
                    ("gateway_sent_at[between]", gateway_sent_at_between),
                    ("delivery_at[]", delivery_at),
                    ("delivery_at[gt]", delivery_at_gt),
                    ("delivery_at[gte]", delivery_at_gte),
                    ("delivery_at[lt]", delivery_at_lt),
                    ("delivery_at[lte]", delivery_at_lte),
                    ("delivery_at[between]", delivery_at_between),
                    ("created_at[]", created_at),
                    ("created_at[gt]", created_at_gt),
                    ("created_at[gte]", created_at_gte),
                    ("created_at[lt]", created_at_lt),
                    ("created_at[lte]", created_at_lte),
                    ("created_at[between]", created_at_between),
                    ("chars_count[]", chars_count),
                    ("chars_count[gt]", chars_count_gt),
                    ("chars_count[gte]", chars_count_gte),
                    ("chars_count[lt]", chars_count_lt),
                    ("chars_count[lte]", chars_count_lte),
                    ("chars_count[between]", chars_count_between),
                    ("parts_count[]", parts_count),
                    ("parts_count[gt]", parts_count_gt),
                    ("parts_count[gte]", parts_count_gte),
                    ("parts_count[lt]", parts_count_lt),
                    ("parts_count[lte]", parts_count_lte),
                    ("parts_count[between]", parts_count_between),
                    ("bulk[]", bulk),
                    ("source[]", source),
                    ("source[gt]", source_gt),
                    ("source[gte]", source_gte),
                    ("source[lt]", source_lt),
                    ("source[lte]", source_lte),
                    ("source[between]", source_between),
                    ("text", text),
                    ("phone", phone),
                    ("sender_id", sender_id),
                    ("ip", ip),
                    ("key_id[]", key_id),
                    ("callback_data[]", callback_data),
                ),
                order_by,
            ),
            None,
        )

    def get(self, uuid: str) -> RawResponse[Sms]:
        """Read one SMS with its current status and delivery report.

        Args:
            uuid: ``uuid``. The SMS's UUID.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return self._runtime.call_raw(
            _GET, f"/sms/{_segment(uuid, 'uuid')}", None, None
        )

    def delete(self, uuid: str) -> RawResponse[None]:
        """Delete one SMS, also from the itemised bill.

        Args:
            uuid: ``uuid``. The SMS's UUID.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return self._runtime.call_raw(
            _DELETE, f"/sms/{_segment(uuid, 'uuid')}", None, None
        )

    def clicks(self, uuid: str) -> RawResponse[SmsClicks]:
        """Read how often the short link of one SMS was clicked.

        Returns a single object, although the official operation id speaks of a collection; the
        official code samples also use the wrong path `/sms/clicks/{uuid}`. Clicks are only
        counted per message for links of advanced campaigns (type 2).

        Args:
            uuid: ``uuid``. The SMS's UUID.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return self._runtime.call_raw(
            _CLICKS, f"/sms/{_segment(uuid, 'uuid')}/clicks", None, None
        )

    def requests(
        self,
        uuid: str,
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
        """List the clicks on the short link of one SMS.

        Args:
            uuid: ``uuid``. The SMS's UUID.
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
            f"/sms/{_segment(uuid, 'uuid')}/requests",
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


class SmsResource:
    """``client.sms``: Single SMS and voice messages, their delivery reports, click counts and batch cancel or delete."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    @cached_property
    def with_raw_response(self) -> SmsResourceWithRawResponse:
        """The same methods, returning the whole response (status, headers, request id)."""
        return SmsResourceWithRawResponse(self._runtime)

    def list(
        self,
        *,
        page: int | None = None,
        is_sent: bool | None = None,
        is_unicode: bool | None = None,
        uuid: str | Sequence[str] | None = None,
        iso2: str | Sequence[str] | None = None,
        dlr_code: int | Sequence[int] | None = None,
        status_code: int | Sequence[int] | None = None,
        gateway_sent_at: int | datetime | Sequence[int | datetime] | None = None,
        gateway_sent_at_gt: int | datetime | None = None,
        gateway_sent_at_gte: int | datetime | None = None,
        gateway_sent_at_lt: int | datetime | None = None,
        gateway_sent_at_lte: int | datetime | None = None,
        gateway_sent_at_between: str | tuple[int, int] | None = None,
        delivery_at: int | datetime | Sequence[int | datetime] | None = None,
        delivery_at_gt: int | datetime | None = None,
        delivery_at_gte: int | datetime | None = None,
        delivery_at_lt: int | datetime | None = None,
        delivery_at_lte: int | datetime | None = None,
        delivery_at_between: str | tuple[int, int] | None = None,
        created_at: int | datetime | Sequence[int | datetime] | None = None,
        created_at_gt: int | datetime | None = None,
        created_at_gte: int | datetime | None = None,
        created_at_lt: int | datetime | None = None,
        created_at_lte: int | datetime | None = None,
        created_at_between: str | tuple[int, int] | None = None,
        chars_count: int | Sequence[int] | None = None,
        chars_count_gt: int | None = None,
        chars_count_gte: int | None = None,
        chars_count_lt: int | None = None,
        chars_count_lte: int | None = None,
        chars_count_between: str | tuple[int, int] | None = None,
        parts_count: int | Sequence[int] | None = None,
        parts_count_gt: int | None = None,
        parts_count_gte: int | None = None,
        parts_count_lt: int | None = None,
        parts_count_lte: int | None = None,
        parts_count_between: str | tuple[int, int] | None = None,
        bulk: str | Sequence[str] | None = None,
        source: int | Sequence[int] | None = None,
        source_gt: int | None = None,
        source_gte: int | None = None,
        source_lt: int | None = None,
        source_lte: int | None = None,
        source_between: str | tuple[int, int] | None = None,
        text: str | None = None,
        phone: str | None = None,
        sender_id: str | None = None,
        ip: str | None = None,
        key_id: int | Sequence[int] | None = None,
        callback_data: str | Sequence[str] | None = None,
        order_by: Mapping[
            Literal["created_at", "gateway_sent_at"], Literal["asc", "desc"] | Ordering
        ]
        | None = None,
    ) -> SyncPager[Sms]:
        """List sent, scheduled and cancelled SMS, newest first unless ordered otherwise.

        Args:
            page: ``page``. The page of the collection to return, starting at 1.
            is_sent: ``is_sent``. Only messages already handed to the network (true) or only the
                others (false).
            is_unicode: ``is_unicode``. Only messages sent as Unicode (true) or only those sent
                as GSM 7-bit (false).
            uuid: ``uuid[]``. The messages with any of these UUIDs.
            iso2: ``iso2[]``. Messages to recipients in any of these countries.
            dlr_code: ``dlr_code[]``. Messages whose delivery report has any of these codes.
            status_code: ``status_code[]``. Messages in any of these states.
            gateway_sent_at: ``gateway_sent_at[]``. Messages handed to the network at any of
                these Unix times.
            gateway_sent_at_gt: ``gateway_sent_at[gt]``. Messages handed to the network after
                this Unix time.
            gateway_sent_at_gte: ``gateway_sent_at[gte]``. Messages handed to the network at or
                after this Unix time.
            gateway_sent_at_lt: ``gateway_sent_at[lt]``. Messages handed to the network before
                this Unix time.
            gateway_sent_at_lte: ``gateway_sent_at[lte]``. Messages handed to the network at or
                before this Unix time.
            gateway_sent_at_between: ``gateway_sent_at[between]``. Messages handed to the
                network within `<from>..<to>` (Unix times, both included).
            delivery_at: ``delivery_at[]``. Messages scheduled for any of these Unix times.
            delivery_at_gt: ``delivery_at[gt]``. Messages scheduled after this Unix time.
            delivery_at_gte: ``delivery_at[gte]``. Messages scheduled at or after this Unix
                time.
            delivery_at_lt: ``delivery_at[lt]``. Messages scheduled before this Unix time.
            delivery_at_lte: ``delivery_at[lte]``. Messages scheduled at or before this Unix
                time.
            delivery_at_between: ``delivery_at[between]``. Messages scheduled within
                `<from>..<to>` (Unix times, both included).
            created_at: ``created_at[]``. Created at any of these Unix times.
            created_at_gt: ``created_at[gt]``. Created after this Unix time.
            created_at_gte: ``created_at[gte]``. Created at or after this Unix time.
            created_at_lt: ``created_at[lt]``. Created before this Unix time.
            created_at_lte: ``created_at[lte]``. Created at or before this Unix time.
            created_at_between: ``created_at[between]``. Created within `<from>..<to>` (Unix
                times, both included).
            chars_count: ``chars_count[]``. Messages with any of these character counts.
            chars_count_gt: ``chars_count[gt]``. Messages with more than this many characters.
            chars_count_gte: ``chars_count[gte]``. Messages with at least this many characters.
            chars_count_lt: ``chars_count[lt]``. Messages with fewer than this many characters.
            chars_count_lte: ``chars_count[lte]``. Messages with at most this many characters.
            chars_count_between: ``chars_count[between]``. Messages with `<from>..<to>`
                characters (both included).
            parts_count: ``parts_count[]``. Messages made of any of these numbers of parts.
            parts_count_gt: ``parts_count[gt]``. Messages made of more than this many parts.
            parts_count_gte: ``parts_count[gte]``. Messages made of at least this many parts.
            parts_count_lt: ``parts_count[lt]``. Messages made of fewer than this many parts.
            parts_count_lte: ``parts_count[lte]``. Messages made of at most this many parts.
            parts_count_between: ``parts_count[between]``. Messages made of `<from>..<to>` parts
                (both included).
            bulk: ``bulk[]``. Messages created by any of these bulks.
            source: ``source[]``. Messages with any of these source numbers.
            source_gt: ``source[gt]``. Messages with a source number above this.
            source_gte: ``source[gte]``. Messages with a source number of at least this.
            source_lt: ``source[lt]``. Messages with a source number below this.
            source_lte: ``source[lte]``. Messages with a source number of at most this.
            source_between: ``source[between]``. Messages with a source number within
                `<from>..<to>` (both included).
            text: ``text``. Messages whose text contains this.
            phone: ``phone``. Messages to a number that contains this (for example `4979`).
            sender_id: ``sender_id``. Messages whose sender id contains this.
            ip: ``ip``. Messages sent from an IP address that contains this.
            key_id: ``key_id[]``. Messages sent with any of these API keys.
            callback_data: ``callback_data[]``. Messages whose callback data is any of these.
            order_by: Sort by these fields, in this order: ``{field: 'asc' | 'desc'}``.

        Returns:
            A lazy pager: iterate it for items, or ``.pages()`` for pages.
        """
        return self._runtime.paginate(
            _LIST,
            "/sms",
            _query(
                (
                    ("page", page),
                    ("is_sent", is_sent),
                    ("is_unicode", is_unicode),
                    ("uuid[]", uuid),
                    ("iso2[]", iso2),
                    ("dlr_code[]", dlr_code),
                    ("status_code[]", status_code),
                    ("gateway_sent_at[]", gateway_sent_at),
                    ("gateway_sent_at[gt]", gateway_sent_at_gt),
                    ("gateway_sent_at[gte]", gateway_sent_at_gte),
                    ("gateway_sent_at[lt]", gateway_sent_at_lt),
                    ("gateway_sent_at[lte]", gateway_sent_at_lte),
                    ("gateway_sent_at[between]", gateway_sent_at_between),
                    ("delivery_at[]", delivery_at),
                    ("delivery_at[gt]", delivery_at_gt),
                    ("delivery_at[gte]", delivery_at_gte),
                    ("delivery_at[lt]", delivery_at_lt),
                    ("delivery_at[lte]", delivery_at_lte),
                    ("delivery_at[between]", delivery_at_between),
                    ("created_at[]", created_at),
                    ("created_at[gt]", created_at_gt),
                    ("created_at[gte]", created_at_gte),
                    ("created_at[lt]", created_at_lt),
                    ("created_at[lte]", created_at_lte),
                    ("created_at[between]", created_at_between),
                    ("chars_count[]", chars_count),
                    ("chars_count[gt]", chars_count_gt),
                    ("chars_count[gte]", chars_count_gte),
                    ("chars_count[lt]", chars_count_lt),
                    ("chars_count[lte]", chars_count_lte),
                    ("chars_count[between]", chars_count_between),
                    ("parts_count[]", parts_count),
                    ("parts_count[gt]", parts_count_gt),
                    ("parts_count[gte]", parts_count_gte),
                    ("parts_count[lt]", parts_count_lt),
                    ("parts_count[lte]", parts_count_lte),
                    ("parts_count[between]", parts_count_between),
                    ("bulk[]", bulk),
                    ("source[]", source),
                    ("source[gt]", source_gt),
                    ("source[gte]", source_gte),
                    ("source[lt]", source_lt),
                    ("source[lte]", source_lte),
                    ("source[between]", source_between),
                    ("text", text),
                    ("phone", phone),
                    ("sender_id", sender_id),
                    ("ip", ip),
                    ("key_id[]", key_id),
                    ("callback_data[]", callback_data),
                ),
                order_by,
            ),
        )

    def reconcile(
        self, callback_data: str, *, window: float | None = None
    ) -> Reconciliation[Sms]:
        """Tell whether a write whose outcome is unknown created the Sms sent with this ``callback_data``.

        Waits out the in-flight window first (the client's write and read timeouts, on
        the client's clock), then lists once: so a request still on its way is not taken
        for a lost one. ``created`` is then true with the item in ``item``, or false: then
        sending again is safe.

        Args:
            callback_data: The reference sent with the write; it should be unique.
            window: Seconds to wait instead of the client's timeouts.

        """
        return self._runtime.reconcile(
            callback_data, lambda value: self.list(callback_data=value), window=window
        )

    def count(
        self,
        *,
        is_sent: bool | None = None,
        is_unicode: bool | None = None,
        uuid: str | Sequence[str] | None = None,
        iso2: str | Sequence[str] | None = None,
        dlr_code: int | Sequence[int] | None = None,
        status_code: int | Sequence[int] | None = None,
        gateway_sent_at: int | datetime | Sequence[int | datetime] | None = None,
        gateway_sent_at_gt: int | datetime | None = None,
        gateway_sent_at_gte: int | datetime | None = None,
        gateway_sent_at_lt: int | datetime | None = None,
        gateway_sent_at_lte: int | datetime | None = None,
        gateway_sent_at_between: str | tuple[int, int] | None = None,
        delivery_at: int | datetime | Sequence[int | datetime] | None = None,
        delivery_at_gt: int | datetime | None = None,
        delivery_at_gte: int | datetime | None = None,
        delivery_at_lt: int | datetime | None = None,
        delivery_at_lte: int | datetime | None = None,
        delivery_at_between: str | tuple[int, int] | None = None,
        created_at: int | datetime | Sequence[int | datetime] | None = None,
        created_at_gt: int | datetime | None = None,
        created_at_gte: int | datetime | None = None,
        created_at_lt: int | datetime | None = None,
        created_at_lte: int | datetime | None = None,
        created_at_between: str | tuple[int, int] | None = None,
        chars_count: int | Sequence[int] | None = None,
        chars_count_gt: int | None = None,
        chars_count_gte: int | None = None,
        chars_count_lt: int | None = None,
        chars_count_lte: int | None = None,
        chars_count_between: str | tuple[int, int] | None = None,
        parts_count: int | Sequence[int] | None = None,
        parts_count_gt: int | None = None,
        parts_count_gte: int | None = None,
        parts_count_lt: int | None = None,
        parts_count_lte: int | None = None,
        parts_count_between: str | tuple[int, int] | None = None,
        bulk: str | Sequence[str] | None = None,
        source: int | Sequence[int] | None = None,
        source_gt: int | None = None,
        source_gte: int | None = None,
        source_lt: int | None = None,
        source_lte: int | None = None,
        source_between: str | tuple[int, int] | None = None,
        text: str | None = None,
        phone: str | None = None,
        sender_id: str | None = None,
        ip: str | None = None,
        key_id: int | Sequence[int] | None = None,
        callback_data: str | Sequence[str] | None = None,
    ) -> int:
        """How many Sms items ``list`` selects with these filters.

        One request for the first page, whose ``hydra:totalItems`` is the answer; its items
        are not parsed.

        Args:
            is_sent: ``is_sent``. Only messages already handed to the network (true) or only the
                others (false).
            is_unicode: ``is_unicode``. Only messages sent as Unicode (true) or only those sent
                as GSM 7-bit (false).
            uuid: ``uuid[]``. The messages with any of these UUIDs.
            iso2: ``iso2[]``. Messages to recipients in any of these countries.
            dlr_code: ``dlr_code[]``. Messages whose delivery report has any of these codes.
            status_code: ``status_code[]``. Messages in any of these states.
            gateway_sent_at: ``gateway_sent_at[]``. Messages handed to the network at any of
                these Unix times.
            gateway_sent_at_gt: ``gateway_sent_at[gt]``. Messages handed to the network after
                this Unix time.
            gateway_sent_at_gte: ``gateway_sent_at[gte]``. Messages handed to the network at or
                after this Unix time.
            gateway_sent_at_lt: ``gateway_sent_at[lt]``. Messages handed to the network before
                this Unix time.
            gateway_sent_at_lte: ``gateway_sent_at[lte]``. Messages handed to the network at or
                before this Unix time.
            gateway_sent_at_between: ``gateway_sent_at[between]``. Messages handed to the
                network within `<from>..<to>` (Unix times, both included).
            delivery_at: ``delivery_at[]``. Messages scheduled for any of these Unix times.
            delivery_at_gt: ``delivery_at[gt]``. Messages scheduled after this Unix time.
            delivery_at_gte: ``delivery_at[gte]``. Messages scheduled at or after this Unix
                time.
            delivery_at_lt: ``delivery_at[lt]``. Messages scheduled before this Unix time.
            delivery_at_lte: ``delivery_at[lte]``. Messages scheduled at or before this Unix
                time.
            delivery_at_between: ``delivery_at[between]``. Messages scheduled within
                `<from>..<to>` (Unix times, both included).
            created_at: ``created_at[]``. Created at any of these Unix times.
            created_at_gt: ``created_at[gt]``. Created after this Unix time.
            created_at_gte: ``created_at[gte]``. Created at or after this Unix time.
            created_at_lt: ``created_at[lt]``. Created before this Unix time.
            created_at_lte: ``created_at[lte]``. Created at or before this Unix time.
            created_at_between: ``created_at[between]``. Created within `<from>..<to>` (Unix
                times, both included).
            chars_count: ``chars_count[]``. Messages with any of these character counts.
            chars_count_gt: ``chars_count[gt]``. Messages with more than this many characters.
            chars_count_gte: ``chars_count[gte]``. Messages with at least this many characters.
            chars_count_lt: ``chars_count[lt]``. Messages with fewer than this many characters.
            chars_count_lte: ``chars_count[lte]``. Messages with at most this many characters.
            chars_count_between: ``chars_count[between]``. Messages with `<from>..<to>`
                characters (both included).
            parts_count: ``parts_count[]``. Messages made of any of these numbers of parts.
            parts_count_gt: ``parts_count[gt]``. Messages made of more than this many parts.
            parts_count_gte: ``parts_count[gte]``. Messages made of at least this many parts.
            parts_count_lt: ``parts_count[lt]``. Messages made of fewer than this many parts.
            parts_count_lte: ``parts_count[lte]``. Messages made of at most this many parts.
            parts_count_between: ``parts_count[between]``. Messages made of `<from>..<to>` parts
                (both included).
            bulk: ``bulk[]``. Messages created by any of these bulks.
            source: ``source[]``. Messages with any of these source numbers.
            source_gt: ``source[gt]``. Messages with a source number above this.
            source_gte: ``source[gte]``. Messages with a source number of at least this.
            source_lt: ``source[lt]``. Messages with a source number below this.
            source_lte: ``source[lte]``. Messages with a source number of at most this.
            source_between: ``source[between]``. Messages with a source number within
                `<from>..<to>` (both included).
            text: ``text``. Messages whose text contains this.
            phone: ``phone``. Messages to a number that contains this (for example `4979`).
            sender_id: ``sender_id``. Messages whose sender id contains this.
            ip: ``ip``. Messages sent from an IP address that contains this.
            key_id: ``key_id[]``. Messages sent with any of these API keys.
            callback_data: ``callback_data[]``. Messages whose callback data is any of these.

        Returns:
            The number of items, whatever the page size.
        """
        return self._runtime.count(
            _LIST,
            "/sms",
            _query(
                (
                    ("is_sent", is_sent),
                    ("is_unicode", is_unicode),
                    ("uuid[]", uuid),
                    ("iso2[]", iso2),
                    ("dlr_code[]", dlr_code),
                    ("status_code[]", status_code),
                    ("gateway_sent_at[]", gateway_sent_at),
                    ("gateway_sent_at[gt]", gateway_sent_at_gt),
                    ("gateway_sent_at[gte]", gateway_sent_at_gte),
                    ("gateway_sent_at[lt]", gateway_sent_at_lt),
                    ("gateway_sent_at[lte]", gateway_sent_at_lte),
                    ("gateway_sent_at[between]", gateway_sent_at_between),
                    ("delivery_at[]", delivery_at),
                    ("delivery_at[gt]", delivery_at_gt),
                    ("delivery_at[gte]", delivery_at_gte),
                    ("delivery_at[lt]", delivery_at_lt),
                    ("delivery_at[lte]", delivery_at_lte),
                    ("delivery_at[between]", delivery_at_between),
                    ("created_at[]", created_at),
                    ("created_at[gt]", created_at_gt),
                    ("created_at[gte]", created_at_gte),
                    ("created_at[lt]", created_at_lt),
                    ("created_at[lte]", created_at_lte),
                    ("created_at[between]", created_at_between),
                    ("chars_count[]", chars_count),
                    ("chars_count[gt]", chars_count_gt),
                    ("chars_count[gte]", chars_count_gte),
                    ("chars_count[lt]", chars_count_lt),
                    ("chars_count[lte]", chars_count_lte),
                    ("chars_count[between]", chars_count_between),
                    ("parts_count[]", parts_count),
                    ("parts_count[gt]", parts_count_gt),
                    ("parts_count[gte]", parts_count_gte),
                    ("parts_count[lt]", parts_count_lt),
                    ("parts_count[lte]", parts_count_lte),
                    ("parts_count[between]", parts_count_between),
                    ("bulk[]", bulk),
                    ("source[]", source),
                    ("source[gt]", source_gt),
                    ("source[gte]", source_gte),
                    ("source[lt]", source_lt),
                    ("source[lte]", source_lte),
                    ("source[between]", source_between),
                    ("text", text),
                    ("phone", phone),
                    ("sender_id", sender_id),
                    ("ip", ip),
                    ("key_id[]", key_id),
                    ("callback_data[]", callback_data),
                )
            ),
        )

    @overload
    def send(
        self,
        *,
        sender_id: str,
        phone: str,
        text: str,
        delivery_at: int | datetime | None = None,
        is_unicode: bool | None = None,
        is_text_deleted: bool | None = None,
        service_code: ServiceCode | str | None = None,
        voice_lang: VoiceLang | str | None = None,
        source: int | None = None,
        callback_data: str | None = None,
    ) -> Sms: ...
    @overload
    def send(self, *, body: SmsWrite | Mapping[str, Any]) -> Sms: ...
    @_overload_signature
    def send(
        self,
        *,
        body: SmsWrite | Mapping[str, Any] | None = None,
        sender_id: str | None = None,
        phone: str | None = None,
        text: str | None = None,
        delivery_at: int | datetime | None = None,
        is_unicode: bool | None = None,
        is_text_deleted: bool | None = None,
        service_code: ServiceCode | str | None = None,
        voice_lang: VoiceLang | str | None = None,
        source: int | None = None,
        callback_data: str | None = None,
    ) -> Sms:
        """Send one SMS or voice message, now or at a scheduled time.

        The message is charged when it is accepted. Its delivery reports arrive with the
        `sms.delivery` webhook (carrying your `callback_data`) or can be read with `get_sms`.

        Args:
            body: The whole body as a SmsWrite (or a mapping), instead of the fields.
            sender_id: The sender shown to recipients: a number of up to 15 digits, or up to 11
                letters, digits and spaces. Not every country transmits it.
            phone: The recipient; stored and answered in E.164 form.
            text: The message text (UTF-8).
            delivery_at: When to send; 0 or null means at once.
            is_unicode: true UCS-2
            is_text_deleted: Delete the text after delivery; null follows the account setting.
            service_code: See the API reference.
            voice_lang: See the API reference.
            source: Your own number for the itemised bill.
            callback_data: Your own reference (up to 36 characters), echoed back in delivery
                reports.
        """
        return self._runtime.call(
            _SEND,
            "/sms",
            None,
            _body(
                body,
                (
                    ("sender_id", sender_id),
                    ("phone", phone),
                    ("text", text),
                    ("delivery_at", delivery_at),
                    ("is_unicode", is_unicode),
                    ("is_text_deleted", is_text_deleted),
                    ("service_code", service_code),
                    ("voice_lang", voice_lang),
                    ("source", source),
                    ("callback_data", callback_data),
                ),
                required=(
                    "sender_id",
                    "phone",
                    "text",
                ),
                times=("delivery_at",),
                name="sms.send",
            ),
        )

    @overload
    def dry_run(
        self,
        *,
        sender_id: str,
        phone: str,
        text: str,
        delivery_at: int | datetime | None = None,
        is_unicode: bool | None = None,
        is_text_deleted: bool | None = None,
        service_code: ServiceCode | str | None = None,
        voice_lang: VoiceLang | str | None = None,
        source: int | None = None,
        callback_data: str | None = None,
    ) -> Sms: ...
    @overload
    def dry_run(self, *, body: SmsWrite | Mapping[str, Any]) -> Sms: ...
    @_overload_signature
    def dry_run(
        self,
        *,
        body: SmsWrite | Mapping[str, Any] | None = None,
        sender_id: str | None = None,
        phone: str | None = None,
        text: str | None = None,
        delivery_at: int | datetime | None = None,
        is_unicode: bool | None = None,
        is_text_deleted: bool | None = None,
        service_code: ServiceCode | str | None = None,
        voice_lang: VoiceLang | str | None = None,
        source: int | None = None,
        callback_data: str | None = None,
    ) -> Sms:
        """Simulate sending an SMS without sending, storing or charging anything.

        The request is checked like a real one and answered with the message it would create.
        Nothing is kept: the answer always carries the placeholder UUID
        `11111111-2222-3333-4444-555555555555`, which `get_sms` does not find. A delivery report
        is still pushed, with the `sms.delivery.dryrun` webhook and status 0.

        Args:
            body: The whole body as a SmsWrite (or a mapping), instead of the fields.
            sender_id: The sender shown to recipients: a number of up to 15 digits, or up to 11
                letters, digits and spaces. Not every country transmits it.
            phone: The recipient; stored and answered in E.164 form.
            text: The message text (UTF-8).
            delivery_at: When to send; 0 or null means at once.
            is_unicode: true UCS-2
            is_text_deleted: Delete the text after delivery; null follows the account setting.
            service_code: See the API reference.
            voice_lang: See the API reference.
            source: Your own number for the itemised bill.
            callback_data: Your own reference (up to 36 characters), echoed back in delivery
                reports.
        """
        return self._runtime.call(
            _DRY_RUN,
            "/sms/dryrun",
            None,
            _body(
                body,
                (
                    ("sender_id", sender_id),
                    ("phone", phone),
                    ("text", text),
                    ("delivery_at", delivery_at),
                    ("is_unicode", is_unicode),
                    ("is_text_deleted", is_text_deleted),
                    ("service_code", service_code),
                    ("voice_lang", voice_lang),
                    ("source", source),
                    ("callback_data", callback_data),
                ),
                required=(
                    "sender_id",
                    "phone",
                    "text",
                ),
                times=("delivery_at",),
                name="sms.dry_run",
            ),
        )

    def list_clicks(
        self,
        *,
        page: int | None = None,
        requests_count: int | Sequence[int] | None = None,
        requests_count_gt: int | None = None,
        requests_count_gte: int | None = None,
        requests_count_lt: int | None = None,
        requests_count_lte: int | None = None,
        requests_count_between: str | tuple[int, int] | None = None,
        created_at: int | datetime | Sequence[int | datetime] | None = None,
        created_at_gt: int | datetime | None = None,
        created_at_gte: int | datetime | None = None,
        created_at_lt: int | datetime | None = None,
        created_at_lte: int | datetime | None = None,
        created_at_between: str | tuple[int, int] | None = None,
        order_by: Mapping[Literal["created_at"], Literal["asc", "desc"] | Ordering]
        | None = None,
    ) -> SyncPager[SmsClicks]:
        """List SMS with the number of clicks on their short links.

        Only messages with a link of an advanced campaign (type 2) are counted per message.

        Args:
            page: ``page``. The page of the collection to return, starting at 1.
            requests_count: ``requests_count[]``. Messages clicked any of these numbers of
                times.
            requests_count_gt: ``requests_count[gt]``. Messages clicked more than this many
                times.
            requests_count_gte: ``requests_count[gte]``. Messages clicked at least this many
                times.
            requests_count_lt: ``requests_count[lt]``. Messages clicked fewer than this many
                times.
            requests_count_lte: ``requests_count[lte]``. Messages clicked at most this many
                times.
            requests_count_between: ``requests_count[between]``. Messages clicked `<from>..<to>`
                times (both included).
            created_at: ``created_at[]``. Created at any of these Unix times.
            created_at_gt: ``created_at[gt]``. Created after this Unix time.
            created_at_gte: ``created_at[gte]``. Created at or after this Unix time.
            created_at_lt: ``created_at[lt]``. Created before this Unix time.
            created_at_lte: ``created_at[lte]``. Created at or before this Unix time.
            created_at_between: ``created_at[between]``. Created within `<from>..<to>` (Unix
                times, both included).
            order_by: Sort by these fields, in this order: ``{field: 'asc' | 'desc'}``.

        Returns:
            A lazy pager: iterate it for items, or ``.pages()`` for pages.
        """
        return self._runtime.paginate(
            _LIST_CLICKS,
            "/sms/clicks",
            _query(
                (
                    ("page", page),
                    ("requests_count[]", requests_count),
                    ("requests_count[gt]", requests_count_gt),
                    ("requests_count[gte]", requests_count_gte),
                    ("requests_count[lt]", requests_count_lt),
                    ("requests_count[lte]", requests_count_lte),
                    ("requests_count[between]", requests_count_between),
                    ("created_at[]", created_at),
                    ("created_at[gt]", created_at_gt),
                    ("created_at[gte]", created_at_gte),
                    ("created_at[lt]", created_at_lt),
                    ("created_at[lte]", created_at_lte),
                    ("created_at[between]", created_at_between),
                ),
                order_by,
            ),
        )

    def cancel_many(
        self,
        *,
        is_sent: bool | None = None,
        is_unicode: bool | None = None,
        uuid: str | Sequence[str] | None = None,
        iso2: str | Sequence[str] | None = None,
        dlr_code: int | Sequence[int] | None = None,
        status_code: int | Sequence[int] | None = None,
        gateway_sent_at: int | datetime | Sequence[int | datetime] | None = None,
        gateway_sent_at_gt: int | datetime | None = None,
        gateway_sent_at_gte: int | datetime | None = None,
        gateway_sent_at_lt: int | datetime | None = None,
        gateway_sent_at_lte: int | datetime | None = None,
        gateway_sent_at_between: str | tuple[int, int] | None = None,
        delivery_at: int | datetime | Sequence[int | datetime] | None = None,
        delivery_at_gt: int | datetime | None = None,
        delivery_at_gte: int | datetime | None = None,
        delivery_at_lt: int | datetime | None = None,
        delivery_at_lte: int | datetime | None = None,
        delivery_at_between: str | tuple[int, int] | None = None,
        created_at: int | datetime | Sequence[int | datetime] | None = None,
        created_at_gt: int | datetime | None = None,
        created_at_gte: int | datetime | None = None,
        created_at_lt: int | datetime | None = None,
        created_at_lte: int | datetime | None = None,
        created_at_between: str | tuple[int, int] | None = None,
        chars_count: int | Sequence[int] | None = None,
        chars_count_gt: int | None = None,
        chars_count_gte: int | None = None,
        chars_count_lt: int | None = None,
        chars_count_lte: int | None = None,
        chars_count_between: str | tuple[int, int] | None = None,
        parts_count: int | Sequence[int] | None = None,
        parts_count_gt: int | None = None,
        parts_count_gte: int | None = None,
        parts_count_lt: int | None = None,
        parts_count_lte: int | None = None,
        parts_count_between: str | tuple[int, int] | None = None,
        bulk: str | Sequence[str] | None = None,
        source: int | Sequence[int] | None = None,
        source_gt: int | None = None,
        source_gte: int | None = None,
        source_lt: int | None = None,
        source_lte: int | None = None,
        source_between: str | tuple[int, int] | None = None,
        text: str | None = None,
        phone: str | None = None,
        sender_id: str | None = None,
        ip: str | None = None,
        key_id: int | Sequence[int] | None = None,
        callback_data: str | Sequence[str] | None = None,
        order_by: Mapping[
            Literal["created_at", "gateway_sent_at"], Literal["asc", "desc"] | Ordering
        ]
        | None = None,
    ) -> SmsBatchResult:
        """Stop every selected SMS that has not been handed to the network yet.

        Takes no body: the messages are selected with the same query filters as `list_sms`
        (there is no paging). Mostly useful for scheduled messages; a message meant to go out at
        once can only be caught in the few seconds it waits in the queue. The answer counts the
        stopped messages, under the key `deleted_sms_count`.

        Args:
            is_sent: ``is_sent``. Only messages already handed to the network (true) or only the
                others (false).
            is_unicode: ``is_unicode``. Only messages sent as Unicode (true) or only those sent
                as GSM 7-bit (false).
            uuid: ``uuid[]``. The messages with any of these UUIDs.
            iso2: ``iso2[]``. Messages to recipients in any of these countries.
            dlr_code: ``dlr_code[]``. Messages whose delivery report has any of these codes.
            status_code: ``status_code[]``. Messages in any of these states.
            gateway_sent_at: ``gateway_sent_at[]``. Messages handed to the network at any of
                these Unix times.
            gateway_sent_at_gt: ``gateway_sent_at[gt]``. Messages handed to the network after
                this Unix time.
            gateway_sent_at_gte: ``gateway_sent_at[gte]``. Messages handed to the network at or
                after this Unix time.
            gateway_sent_at_lt: ``gateway_sent_at[lt]``. Messages handed to the network before
                this Unix time.
            gateway_sent_at_lte: ``gateway_sent_at[lte]``. Messages handed to the network at or
                before this Unix time.
            gateway_sent_at_between: ``gateway_sent_at[between]``. Messages handed to the
                network within `<from>..<to>` (Unix times, both included).
            delivery_at: ``delivery_at[]``. Messages scheduled for any of these Unix times.
            delivery_at_gt: ``delivery_at[gt]``. Messages scheduled after this Unix time.
            delivery_at_gte: ``delivery_at[gte]``. Messages scheduled at or after this Unix
                time.
            delivery_at_lt: ``delivery_at[lt]``. Messages scheduled before this Unix time.
            delivery_at_lte: ``delivery_at[lte]``. Messages scheduled at or before this Unix
                time.
            delivery_at_between: ``delivery_at[between]``. Messages scheduled within
                `<from>..<to>` (Unix times, both included).
            created_at: ``created_at[]``. Created at any of these Unix times.
            created_at_gt: ``created_at[gt]``. Created after this Unix time.
            created_at_gte: ``created_at[gte]``. Created at or after this Unix time.
            created_at_lt: ``created_at[lt]``. Created before this Unix time.
            created_at_lte: ``created_at[lte]``. Created at or before this Unix time.
            created_at_between: ``created_at[between]``. Created within `<from>..<to>` (Unix
                times, both included).
            chars_count: ``chars_count[]``. Messages with any of these character counts.
            chars_count_gt: ``chars_count[gt]``. Messages with more than this many characters.
            chars_count_gte: ``chars_count[gte]``. Messages with at least this many characters.
            chars_count_lt: ``chars_count[lt]``. Messages with fewer than this many characters.
            chars_count_lte: ``chars_count[lte]``. Messages with at most this many characters.
            chars_count_between: ``chars_count[between]``. Messages with `<from>..<to>`
                characters (both included).
            parts_count: ``parts_count[]``. Messages made of any of these numbers of parts.
            parts_count_gt: ``parts_count[gt]``. Messages made of more than this many parts.
            parts_count_gte: ``parts_count[gte]``. Messages made of at least this many parts.
            parts_count_lt: ``parts_count[lt]``. Messages made of fewer than this many parts.
            parts_count_lte: ``parts_count[lte]``. Messages made of at most this many parts.
            parts_count_between: ``parts_count[between]``. Messages made of `<from>..<to>` parts
                (both included).
            bulk: ``bulk[]``. Messages created by any of these bulks.
            source: ``source[]``. Messages with any of these source numbers.
            source_gt: ``source[gt]``. Messages with a source number above this.
            source_gte: ``source[gte]``. Messages with a source number of at least this.
            source_lt: ``source[lt]``. Messages with a source number below this.
            source_lte: ``source[lte]``. Messages with a source number of at most this.
            source_between: ``source[between]``. Messages with a source number within
                `<from>..<to>` (both included).
            text: ``text``. Messages whose text contains this.
            phone: ``phone``. Messages to a number that contains this (for example `4979`).
            sender_id: ``sender_id``. Messages whose sender id contains this.
            ip: ``ip``. Messages sent from an IP address that contains this.
            key_id: ``key_id[]``. Messages sent with any of these API keys.
            callback_data: ``callback_data[]``. Messages whose callback data is any of these.
            order_by: Sort by these fields, in this order: ``{field: 'asc' | 'desc'}``.
        """
        return self._runtime.call(
            _CANCEL_MANY,
            "/sms/ops/batch_cancel",
            _query(
                (
                    ("is_sent", is_sent),
                    ("is_unicode", is_unicode),
                    ("uuid[]", uuid),
                    ("iso2[]", iso2),
                    ("dlr_code[]", dlr_code),
                    ("status_code[]", status_code),
                    ("gateway_sent_at[]", gateway_sent_at),
                    ("gateway_sent_at[gt]", gateway_sent_at_gt),
                    ("gateway_sent_at[gte]", gateway_sent_at_gte),
                    ("gateway_sent_at[lt]", gateway_sent_at_lt),
                    ("gateway_sent_at[lte]", gateway_sent_at_lte),
                    ("gateway_sent_at[between]", gateway_sent_at_between),
                    ("delivery_at[]", delivery_at),
                    ("delivery_at[gt]", delivery_at_gt),
                    ("delivery_at[gte]", delivery_at_gte),
                    ("delivery_at[lt]", delivery_at_lt),
                    ("delivery_at[lte]", delivery_at_lte),
                    ("delivery_at[between]", delivery_at_between),
                    ("created_at[]", created_at),
                    ("created_at[gt]", created_at_gt),
                    ("created_at[gte]", created_at_gte),
                    ("created_at[lt]", created_at_lt),
                    ("created_at[lte]", created_at_lte),
                    ("created_at[between]", created_at_between),
                    ("chars_count[]", chars_count),
                    ("chars_count[gt]", chars_count_gt),
                    ("chars_count[gte]", chars_count_gte),
                    ("chars_count[lt]", chars_count_lt),
                    ("chars_count[lte]", chars_count_lte),
                    ("chars_count[between]", chars_count_between),
                    ("parts_count[]", parts_count),
                    ("parts_count[gt]", parts_count_gt),
                    ("parts_count[gte]", parts_count_gte),
                    ("parts_count[lt]", parts_count_lt),
                    ("parts_count[lte]", parts_count_lte),
                    ("parts_count[between]", parts_count_between),
                    ("bulk[]", bulk),
                    ("source[]", source),
                    ("source[gt]", source_gt),
                    ("source[gte]", source_gte),
                    ("source[lt]", source_lt),
                    ("source[lte]", source_lte),
                    ("source[between]", source_between),
                    ("text", text),
                    ("phone", phone),
                    ("sender_id", sender_id),
                    ("ip", ip),
                    ("key_id[]", key_id),
                    ("callback_data[]", callback_data),
                ),
                order_by,
            ),
            None,
        )

    def delete_many(
        self,
        *,
        is_sent: bool | None = None,
        is_unicode: bool | None = None,
        uuid: str | Sequence[str] | None = None,
        iso2: str | Sequence[str] | None = None,
        dlr_code: int | Sequence[int] | None = None,
        status_code: int | Sequence[int] | None = None,
        gateway_sent_at: int | datetime | Sequence[int | datetime] | None = None,
        gateway_sent_at_gt: int | datetime | None = None,
        gateway_sent_at_gte: int | datetime | None = None,
        gateway_sent_at_lt: int | datetime | None = None,
        gateway_sent_at_lte: int | datetime | None = None,
        gateway_sent_at_between: str | tuple[int, int] | None = None,
        delivery_at: int | datetime | Sequence[int | datetime] | None = None,
        delivery_at_gt: int | datetime | None = None,
        delivery_at_gte: int | datetime | None = None,
        delivery_at_lt: int | datetime | None = None,
        delivery_at_lte: int | datetime | None = None,
        delivery_at_between: str | tuple[int, int] | None = None,
        created_at: int | datetime | Sequence[int | datetime] | None = None,
        created_at_gt: int | datetime | None = None,
        created_at_gte: int | datetime | None = None,
        created_at_lt: int | datetime | None = None,
        created_at_lte: int | datetime | None = None,
        created_at_between: str | tuple[int, int] | None = None,
        chars_count: int | Sequence[int] | None = None,
        chars_count_gt: int | None = None,
        chars_count_gte: int | None = None,
        chars_count_lt: int | None = None,
        chars_count_lte: int | None = None,
        chars_count_between: str | tuple[int, int] | None = None,
        parts_count: int | Sequence[int] | None = None,
        parts_count_gt: int | None = None,
        parts_count_gte: int | None = None,
        parts_count_lt: int | None = None,
        parts_count_lte: int | None = None,
        parts_count_between: str | tuple[int, int] | None = None,
        bulk: str | Sequence[str] | None = None,
        source: int | Sequence[int] | None = None,
        source_gt: int | None = None,
        source_gte: int | None = None,
        source_lt: int | None = None,
        source_lte: int | None = None,
        source_between: str | tuple[int, int] | None = None,
        text: str | None = None,
        phone: str | None = None,
        sender_id: str | None = None,
        ip: str | None = None,
        key_id: int | Sequence[int] | None = None,
        callback_data: str | Sequence[str] | None = None,
        order_by: Mapping[
            Literal["created_at", "gateway_sent_at"], Literal["asc", "desc"] | Ordering
        ]
        | None = None,
    ) -> SmsBatchResult:
        """Delete every selected SMS for good, also from the itemised bill.

        Takes no body: the messages are selected with the same query filters as `list_sms`
        (there is no paging). The deletion cannot be undone. The answer counts the deleted
        messages.

        Args:
            is_sent: ``is_sent``. Only messages already handed to the network (true) or only the
                others (false).
            is_unicode: ``is_unicode``. Only messages sent as Unicode (true) or only those sent
                as GSM 7-bit (false).
            uuid: ``uuid[]``. The messages with any of these UUIDs.
            iso2: ``iso2[]``. Messages to recipients in any of these countries.
            dlr_code: ``dlr_code[]``. Messages whose delivery report has any of these codes.
            status_code: ``status_code[]``. Messages in any of these states.
            gateway_sent_at: ``gateway_sent_at[]``. Messages handed to the network at any of
                these Unix times.
            gateway_sent_at_gt: ``gateway_sent_at[gt]``. Messages handed to the network after
                this Unix time.
            gateway_sent_at_gte: ``gateway_sent_at[gte]``. Messages handed to the network at or
                after this Unix time.
            gateway_sent_at_lt: ``gateway_sent_at[lt]``. Messages handed to the network before
                this Unix time.
            gateway_sent_at_lte: ``gateway_sent_at[lte]``. Messages handed to the network at or
                before this Unix time.
            gateway_sent_at_between: ``gateway_sent_at[between]``. Messages handed to the
                network within `<from>..<to>` (Unix times, both included).
            delivery_at: ``delivery_at[]``. Messages scheduled for any of these Unix times.
            delivery_at_gt: ``delivery_at[gt]``. Messages scheduled after this Unix time.
            delivery_at_gte: ``delivery_at[gte]``. Messages scheduled at or after this Unix
                time.
            delivery_at_lt: ``delivery_at[lt]``. Messages scheduled before this Unix time.
            delivery_at_lte: ``delivery_at[lte]``. Messages scheduled at or before this Unix
                time.
            delivery_at_between: ``delivery_at[between]``. Messages scheduled within
                `<from>..<to>` (Unix times, both included).
            created_at: ``created_at[]``. Created at any of these Unix times.
            created_at_gt: ``created_at[gt]``. Created after this Unix time.
            created_at_gte: ``created_at[gte]``. Created at or after this Unix time.
            created_at_lt: ``created_at[lt]``. Created before this Unix time.
            created_at_lte: ``created_at[lte]``. Created at or before this Unix time.
            created_at_between: ``created_at[between]``. Created within `<from>..<to>` (Unix
                times, both included).
            chars_count: ``chars_count[]``. Messages with any of these character counts.
            chars_count_gt: ``chars_count[gt]``. Messages with more than this many characters.
            chars_count_gte: ``chars_count[gte]``. Messages with at least this many characters.
            chars_count_lt: ``chars_count[lt]``. Messages with fewer than this many characters.
            chars_count_lte: ``chars_count[lte]``. Messages with at most this many characters.
            chars_count_between: ``chars_count[between]``. Messages with `<from>..<to>`
                characters (both included).
            parts_count: ``parts_count[]``. Messages made of any of these numbers of parts.
            parts_count_gt: ``parts_count[gt]``. Messages made of more than this many parts.
            parts_count_gte: ``parts_count[gte]``. Messages made of at least this many parts.
            parts_count_lt: ``parts_count[lt]``. Messages made of fewer than this many parts.
            parts_count_lte: ``parts_count[lte]``. Messages made of at most this many parts.
            parts_count_between: ``parts_count[between]``. Messages made of `<from>..<to>` parts
                (both included).
            bulk: ``bulk[]``. Messages created by any of these bulks.
            source: ``source[]``. Messages with any of these source numbers.
            source_gt: ``source[gt]``. Messages with a source number above this.
            source_gte: ``source[gte]``. Messages with a source number of at least this.
            source_lt: ``source[lt]``. Messages with a source number below this.
            source_lte: ``source[lte]``. Messages with a source number of at most this.
            source_between: ``source[between]``. Messages with a source number within
                `<from>..<to>` (both included).
            text: ``text``. Messages whose text contains this.
            phone: ``phone``. Messages to a number that contains this (for example `4979`).
            sender_id: ``sender_id``. Messages whose sender id contains this.
            ip: ``ip``. Messages sent from an IP address that contains this.
            key_id: ``key_id[]``. Messages sent with any of these API keys.
            callback_data: ``callback_data[]``. Messages whose callback data is any of these.
            order_by: Sort by these fields, in this order: ``{field: 'asc' | 'desc'}``.
        """
        return self._runtime.call(
            _DELETE_MANY,
            "/sms/ops/batch_delete",
            _query(
                (
                    ("is_sent", is_sent),
                    ("is_unicode", is_unicode),
                    ("uuid[]", uuid),
                    ("iso2[]", iso2),
                    ("dlr_code[]", dlr_code),
                    ("status_code[]", status_code),
                    ("gateway_sent_at[]", gateway_sent_at),
                    ("gateway_sent_at[gt]", gateway_sent_at_gt),
                    ("gateway_sent_at[gte]", gateway_sent_at_gte),
                    ("gateway_sent_at[lt]", gateway_sent_at_lt),
                    ("gateway_sent_at[lte]", gateway_sent_at_lte),
                    ("gateway_sent_at[between]", gateway_sent_at_between),
                    ("delivery_at[]", delivery_at),
                    ("delivery_at[gt]", delivery_at_gt),
                    ("delivery_at[gte]", delivery_at_gte),
                    ("delivery_at[lt]", delivery_at_lt),
                    ("delivery_at[lte]", delivery_at_lte),
                    ("delivery_at[between]", delivery_at_between),
                    ("created_at[]", created_at),
                    ("created_at[gt]", created_at_gt),
                    ("created_at[gte]", created_at_gte),
                    ("created_at[lt]", created_at_lt),
                    ("created_at[lte]", created_at_lte),
                    ("created_at[between]", created_at_between),
                    ("chars_count[]", chars_count),
                    ("chars_count[gt]", chars_count_gt),
                    ("chars_count[gte]", chars_count_gte),
                    ("chars_count[lt]", chars_count_lt),
                    ("chars_count[lte]", chars_count_lte),
                    ("chars_count[between]", chars_count_between),
                    ("parts_count[]", parts_count),
                    ("parts_count[gt]", parts_count_gt),
                    ("parts_count[gte]", parts_count_gte),
                    ("parts_count[lt]", parts_count_lt),
                    ("parts_count[lte]", parts_count_lte),
                    ("parts_count[between]", parts_count_between),
                    ("bulk[]", bulk),
                    ("source[]", source),
                    ("source[gt]", source_gt),
                    ("source[gte]", source_gte),
                    ("source[lt]", source_lt),
                    ("source[lte]", source_lte),
                    ("source[between]", source_between),
                    ("text", text),
                    ("phone", phone),
                    ("sender_id", sender_id),
                    ("ip", ip),
                    ("key_id[]", key_id),
                    ("callback_data[]", callback_data),
                ),
                order_by,
            ),
            None,
        )

    def get(self, uuid: str) -> Sms:
        """Read one SMS with its current status and delivery report.

        Args:
            uuid: ``uuid``. The SMS's UUID.
        """
        return self._runtime.call(_GET, f"/sms/{_segment(uuid, 'uuid')}", None, None)

    def wait_for_delivery(
        self,
        uuid: str,
        *,
        timeout: float = 600.0,
        poll_interval: float = 5.0,
        on_progress: Callable[[Sms], object] | None = None,
    ) -> Sms:
        """Poll ``get`` until the Sms reaches a final state; return it.

        The client's clock and sleep are used, so a sandbox with a frozen clock is waited
        for in sandbox time.

        Args:
            uuid: ``uuid`` of the Sms.
            timeout: Give up after this many seconds.
            poll_interval: Seconds between two reads.
            on_progress: Called with every state read.

        Raises:
            WaitTimeoutError: Not final within ``timeout`` seconds.

        """
        return self._runtime.wait(
            lambda: self.get(uuid),
            "delivery_final",
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
        )

    def delete(self, uuid: str) -> None:
        """Delete one SMS, also from the itemised bill.

        Args:
            uuid: ``uuid``. The SMS's UUID.
        """
        return self._runtime.call(_DELETE, f"/sms/{_segment(uuid, 'uuid')}", None, None)

    def clicks(self, uuid: str) -> SmsClicks:
        """Read how often the short link of one SMS was clicked.

        Returns a single object, although the official operation id speaks of a collection; the
        official code samples also use the wrong path `/sms/clicks/{uuid}`. Clicks are only
        counted per message for links of advanced campaigns (type 2).

        Args:
            uuid: ``uuid``. The SMS's UUID.
        """
        return self._runtime.call(
            _CLICKS, f"/sms/{_segment(uuid, 'uuid')}/clicks", None, None
        )

    def requests(
        self,
        uuid: str,
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
        """List the clicks on the short link of one SMS.

        Args:
            uuid: ``uuid``. The SMS's UUID.
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
            f"/sms/{_segment(uuid, 'uuid')}/requests",
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


class AsyncSmsResourceWithRawResponse:
    """``client.sms`` of an AsyncClient, answering whole responses: Single SMS and voice messages, their delivery reports, click counts and batch cancel or delete."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def list(
        self,
        *,
        page: int | None = None,
        is_sent: bool | None = None,
        is_unicode: bool | None = None,
        uuid: str | Sequence[str] | None = None,
        iso2: str | Sequence[str] | None = None,
        dlr_code: int | Sequence[int] | None = None,
        status_code: int | Sequence[int] | None = None,
        gateway_sent_at: int | datetime | Sequence[int | datetime] | None = None,
        gateway_sent_at_gt: int | datetime | None = None,
        gateway_sent_at_gte: int | datetime | None = None,
        gateway_sent_at_lt: int | datetime | None = None,
        gateway_sent_at_lte: int | datetime | None = None,
        gateway_sent_at_between: str | tuple[int, int] | None = None,
        delivery_at: int | datetime | Sequence[int | datetime] | None = None,
        delivery_at_gt: int | datetime | None = None,
        delivery_at_gte: int | datetime | None = None,
        delivery_at_lt: int | datetime | None = None,
        delivery_at_lte: int | datetime | None = None,
        delivery_at_between: str | tuple[int, int] | None = None,
        created_at: int | datetime | Sequence[int | datetime] | None = None,
        created_at_gt: int | datetime | None = None,
        created_at_gte: int | datetime | None = None,
        created_at_lt: int | datetime | None = None,
        created_at_lte: int | datetime | None = None,
        created_at_between: str | tuple[int, int] | None = None,
        chars_count: int | Sequence[int] | None = None,
        chars_count_gt: int | None = None,
        chars_count_gte: int | None = None,
        chars_count_lt: int | None = None,
        chars_count_lte: int | None = None,
        chars_count_between: str | tuple[int, int] | None = None,
        parts_count: int | Sequence[int] | None = None,
        parts_count_gt: int | None = None,
        parts_count_gte: int | None = None,
        parts_count_lt: int | None = None,
        parts_count_lte: int | None = None,
        parts_count_between: str | tuple[int, int] | None = None,
        bulk: str | Sequence[str] | None = None,
        source: int | Sequence[int] | None = None,
        source_gt: int | None = None,
        source_gte: int | None = None,
        source_lt: int | None = None,
        source_lte: int | None = None,
        source_between: str | tuple[int, int] | None = None,
        text: str | None = None,
        phone: str | None = None,
        sender_id: str | None = None,
        ip: str | None = None,
        key_id: int | Sequence[int] | None = None,
        callback_data: str | Sequence[str] | None = None,
        order_by: Mapping[
            Literal["created_at", "gateway_sent_at"], Literal["asc", "desc"] | Ordering
        ]
        | None = None,
    ) -> RawResponse[Page[Sms]]:
        """List sent, scheduled and cancelled SMS, newest first unless ordered otherwise.

        Args:
            page: ``page``. The page of the collection to return, starting at 1.
            is_sent: ``is_sent``. Only messages already handed to the network (true) or only the
                others (false).
            is_unicode: ``is_unicode``. Only messages sent as Unicode (true) or only those sent
                as GSM 7-bit (false).
            uuid: ``uuid[]``. The messages with any of these UUIDs.
            iso2: ``iso2[]``. Messages to recipients in any of these countries.
            dlr_code: ``dlr_code[]``. Messages whose delivery report has any of these codes.
            status_code: ``status_code[]``. Messages in any of these states.
            gateway_sent_at: ``gateway_sent_at[]``. Messages handed to the network at any of
                these Unix times.
            gateway_sent_at_gt: ``gateway_sent_at[gt]``. Messages handed to the network after
                this Unix time.
            gateway_sent_at_gte: ``gateway_sent_at[gte]``. Messages handed to the network at or
                after this Unix time.
            gateway_sent_at_lt: ``gateway_sent_at[lt]``. Messages handed to the network before
                this Unix time.
            gateway_sent_at_lte: ``gateway_sent_at[lte]``. Messages handed to the network at or
                before this Unix time.
            gateway_sent_at_between: ``gateway_sent_at[between]``. Messages handed to the
                network within `<from>..<to>` (Unix times, both included).
            delivery_at: ``delivery_at[]``. Messages scheduled for any of these Unix times.
            delivery_at_gt: ``delivery_at[gt]``. Messages scheduled after this Unix time.
            delivery_at_gte: ``delivery_at[gte]``. Messages scheduled at or after this Unix
                time.
            delivery_at_lt: ``delivery_at[lt]``. Messages scheduled before this Unix time.
            delivery_at_lte: ``delivery_at[lte]``. Messages scheduled at or before this Unix
                time.
            delivery_at_between: ``delivery_at[between]``. Messages scheduled within
                `<from>..<to>` (Unix times, both included).
            created_at: ``created_at[]``. Created at any of these Unix times.
            created_at_gt: ``created_at[gt]``. Created after this Unix time.
            created_at_gte: ``created_at[gte]``. Created at or after this Unix time.
            created_at_lt: ``created_at[lt]``. Created before this Unix time.
            created_at_lte: ``created_at[lte]``. Created at or before this Unix time.
            created_at_between: ``created_at[between]``. Created within `<from>..<to>` (Unix
                times, both included).
            chars_count: ``chars_count[]``. Messages with any of these character counts.
            chars_count_gt: ``chars_count[gt]``. Messages with more than this many characters.
            chars_count_gte: ``chars_count[gte]``. Messages with at least this many characters.
            chars_count_lt: ``chars_count[lt]``. Messages with fewer than this many characters.
            chars_count_lte: ``chars_count[lte]``. Messages with at most this many characters.
            chars_count_between: ``chars_count[between]``. Messages with `<from>..<to>`
                characters (both included).
            parts_count: ``parts_count[]``. Messages made of any of these numbers of parts.
            parts_count_gt: ``parts_count[gt]``. Messages made of more than this many parts.
            parts_count_gte: ``parts_count[gte]``. Messages made of at least this many parts.
            parts_count_lt: ``parts_count[lt]``. Messages made of fewer than this many parts.
            parts_count_lte: ``parts_count[lte]``. Messages made of at most this many parts.
            parts_count_between: ``parts_count[between]``. Messages made of `<from>..<to>` parts
                (both included).
            bulk: ``bulk[]``. Messages created by any of these bulks.
            source: ``source[]``. Messages with any of these source numbers.
            source_gt: ``source[gt]``. Messages with a source number above this.
            source_gte: ``source[gte]``. Messages with a source number of at least this.
            source_lt: ``source[lt]``. Messages with a source number below this.
            source_lte: ``source[lte]``. Messages with a source number of at most this.
            source_between: ``source[between]``. Messages with a source number within
                `<from>..<to>` (both included).
            text: ``text``. Messages whose text contains this.
            phone: ``phone``. Messages to a number that contains this (for example `4979`).
            sender_id: ``sender_id``. Messages whose sender id contains this.
            ip: ``ip``. Messages sent from an IP address that contains this.
            key_id: ``key_id[]``. Messages sent with any of these API keys.
            callback_data: ``callback_data[]``. Messages whose callback data is any of these.
            order_by: Sort by these fields, in this order: ``{field: 'asc' | 'desc'}``.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return await self._runtime.page_raw(
            _LIST,
            "/sms",
            _query(
                (
                    ("page", page),
                    ("is_sent", is_sent),
                    ("is_unicode", is_unicode),
                    ("uuid[]", uuid),
                    ("iso2[]", iso2),
                    ("dlr_code[]", dlr_code),
                    ("status_code[]", status_code),
                    ("gateway_sent_at[]", gateway_sent_at),
                    ("gateway_sent_at[gt]", gateway_sent_at_gt),
                    ("gateway_sent_at[gte]", gateway_sent_at_gte),
                    ("gateway_sent_at[lt]", gateway_sent_at_lt),
                    ("gateway_sent_at[lte]", gateway_sent_at_lte),
                    ("gateway_sent_at[between]", gateway_sent_at_between),
                    ("delivery_at[]", delivery_at),
                    ("delivery_at[gt]", delivery_at_gt),
                    ("delivery_at[gte]", delivery_at_gte),
                    ("delivery_at[lt]", delivery_at_lt),
                    ("delivery_at[lte]", delivery_at_lte),
                    ("delivery_at[between]", delivery_at_between),
                    ("created_at[]", created_at),
                    ("created_at[gt]", created_at_gt),
                    ("created_at[gte]", created_at_gte),
                    ("created_at[lt]", created_at_lt),
                    ("created_at[lte]", created_at_lte),
                    ("created_at[between]", created_at_between),
                    ("chars_count[]", chars_count),
                    ("chars_count[gt]", chars_count_gt),
                    ("chars_count[gte]", chars_count_gte),
                    ("chars_count[lt]", chars_count_lt),
                    ("chars_count[lte]", chars_count_lte),
                    ("chars_count[between]", chars_count_between),
                    ("parts_count[]", parts_count),
                    ("parts_count[gt]", parts_count_gt),
                    ("parts_count[gte]", parts_count_gte),
                    ("parts_count[lt]", parts_count_lt),
                    ("parts_count[lte]", parts_count_lte),
                    ("parts_count[between]", parts_count_between),
                    ("bulk[]", bulk),
                    ("source[]", source),
                    ("source[gt]", source_gt),
                    ("source[gte]", source_gte),
                    ("source[lt]", source_lt),
                    ("source[lte]", source_lte),
                    ("source[between]", source_between),
                    ("text", text),
                    ("phone", phone),
                    ("sender_id", sender_id),
                    ("ip", ip),
                    ("key_id[]", key_id),
                    ("callback_data[]", callback_data),
                ),
                order_by,
            ),
        )

    async def count(
        self,
        *,
        is_sent: bool | None = None,
        is_unicode: bool | None = None,
        uuid: str | Sequence[str] | None = None,
        iso2: str | Sequence[str] | None = None,
        dlr_code: int | Sequence[int] | None = None,
        status_code: int | Sequence[int] | None = None,
        gateway_sent_at: int | datetime | Sequence[int | datetime] | None = None,
        gateway_sent_at_gt: int | datetime | None = None,
        gateway_sent_at_gte: int | datetime | None = None,
        gateway_sent_at_lt: int | datetime | None = None,
        gateway_sent_at_lte: int | datetime | None = None,
        gateway_sent_at_between: str | tuple[int, int] | None = None,
        delivery_at: int | datetime | Sequence[int | datetime] | None = None,
        delivery_at_gt: int | datetime | None = None,
        delivery_at_gte: int | datetime | None = None,
        delivery_at_lt: int | datetime | None = None,
        delivery_at_lte: int | datetime | None = None,
        delivery_at_between: str | tuple[int, int] | None = None,
        created_at: int | datetime | Sequence[int | datetime] | None = None,
        created_at_gt: int | datetime | None = None,
        created_at_gte: int | datetime | None = None,
        created_at_lt: int | datetime | None = None,
        created_at_lte: int | datetime | None = None,
        created_at_between: str | tuple[int, int] | None = None,
        chars_count: int | Sequence[int] | None = None,
        chars_count_gt: int | None = None,
        chars_count_gte: int | None = None,
        chars_count_lt: int | None = None,
        chars_count_lte: int | None = None,
        chars_count_between: str | tuple[int, int] | None = None,
        parts_count: int | Sequence[int] | None = None,
        parts_count_gt: int | None = None,
        parts_count_gte: int | None = None,
        parts_count_lt: int | None = None,
        parts_count_lte: int | None = None,
        parts_count_between: str | tuple[int, int] | None = None,
        bulk: str | Sequence[str] | None = None,
        source: int | Sequence[int] | None = None,
        source_gt: int | None = None,
        source_gte: int | None = None,
        source_lt: int | None = None,
        source_lte: int | None = None,
        source_between: str | tuple[int, int] | None = None,
        text: str | None = None,
        phone: str | None = None,
        sender_id: str | None = None,
        ip: str | None = None,
        key_id: int | Sequence[int] | None = None,
        callback_data: str | Sequence[str] | None = None,
    ) -> RawResponse[int]:
        """How many Sms items ``list`` selects with these filters.

        One request for the first page, whose ``hydra:totalItems`` is the answer; its items
        are not parsed.

        Args:
            is_sent: ``is_sent``. Only messages already handed to the network (true) or only the
                others (false).
            is_unicode: ``is_unicode``. Only messages sent as Unicode (true) or only those sent
                as GSM 7-bit (false).
            uuid: ``uuid[]``. The messages with any of these UUIDs.
            iso2: ``iso2[]``. Messages to recipients in any of these countries.
            dlr_code: ``dlr_code[]``. Messages whose delivery report has any of these codes.
            status_code: ``status_code[]``. Messages in any of these states.
            gateway_sent_at: ``gateway_sent_at[]``. Messages handed to the network at any of
                these Unix times.
            gateway_sent_at_gt: ``gateway_sent_at[gt]``. Messages handed to the network after
                this Unix time.
            gateway_sent_at_gte: ``gateway_sent_at[gte]``. Messages handed to the network at or
                after this Unix time.
            gateway_sent_at_lt: ``gateway_sent_at[lt]``. Messages handed to the network before
                this Unix time.
            gateway_sent_at_lte: ``gateway_sent_at[lte]``. Messages handed to the network at or
                before this Unix time.
            gateway_sent_at_between: ``gateway_sent_at[between]``. Messages handed to the
                network within `<from>..<to>` (Unix times, both included).
            delivery_at: ``delivery_at[]``. Messages scheduled for any of these Unix times.
            delivery_at_gt: ``delivery_at[gt]``. Messages scheduled after this Unix time.
            delivery_at_gte: ``delivery_at[gte]``. Messages scheduled at or after this Unix
                time.
            delivery_at_lt: ``delivery_at[lt]``. Messages scheduled before this Unix time.
            delivery_at_lte: ``delivery_at[lte]``. Messages scheduled at or before this Unix
                time.
            delivery_at_between: ``delivery_at[between]``. Messages scheduled within
                `<from>..<to>` (Unix times, both included).
            created_at: ``created_at[]``. Created at any of these Unix times.
            created_at_gt: ``created_at[gt]``. Created after this Unix time.
            created_at_gte: ``created_at[gte]``. Created at or after this Unix time.
            created_at_lt: ``created_at[lt]``. Created before this Unix time.
            created_at_lte: ``created_at[lte]``. Created at or before this Unix time.
            created_at_between: ``created_at[between]``. Created within `<from>..<to>` (Unix
                times, both included).
            chars_count: ``chars_count[]``. Messages with any of these character counts.
            chars_count_gt: ``chars_count[gt]``. Messages with more than this many characters.
            chars_count_gte: ``chars_count[gte]``. Messages with at least this many characters.
            chars_count_lt: ``chars_count[lt]``. Messages with fewer than this many characters.
            chars_count_lte: ``chars_count[lte]``. Messages with at most this many characters.
            chars_count_between: ``chars_count[between]``. Messages with `<from>..<to>`
                characters (both included).
            parts_count: ``parts_count[]``. Messages made of any of these numbers of parts.
            parts_count_gt: ``parts_count[gt]``. Messages made of more than this many parts.
            parts_count_gte: ``parts_count[gte]``. Messages made of at least this many parts.
            parts_count_lt: ``parts_count[lt]``. Messages made of fewer than this many parts.
            parts_count_lte: ``parts_count[lte]``. Messages made of at most this many parts.
            parts_count_between: ``parts_count[between]``. Messages made of `<from>..<to>` parts
                (both included).
            bulk: ``bulk[]``. Messages created by any of these bulks.
            source: ``source[]``. Messages with any of these source numbers.
            source_gt: ``source[gt]``. Messages with a source number above this.
            source_gte: ``source[gte]``. Messages with a source number of at least this.
            source_lt: ``source[lt]``. Messages with a source number below this.
            source_lte: ``source[lte]``. Messages with a source number of at most this.
            source_between: ``source[between]``. Messages with a source number within
                `<from>..<to>` (both included).
            text: ``text``. Messages whose text contains this.
            phone: ``phone``. Messages to a number that contains this (for example `4979`).
            sender_id: ``sender_id``. Messages whose sender id contains this.
            ip: ``ip``. Messages sent from an IP address that contains this.
            key_id: ``key_id[]``. Messages sent with any of these API keys.
            callback_data: ``callback_data[]``. Messages whose callback data is any of these.

        Returns:
            The whole response, with the count in ``parsed``.
        """
        return await self._runtime.count_raw(
            _LIST,
            "/sms",
            _query(
                (
                    ("is_sent", is_sent),
                    ("is_unicode", is_unicode),
                    ("uuid[]", uuid),
                    ("iso2[]", iso2),
                    ("dlr_code[]", dlr_code),
                    ("status_code[]", status_code),
                    ("gateway_sent_at[]", gateway_sent_at),
                    ("gateway_sent_at[gt]", gateway_sent_at_gt),
                    ("gateway_sent_at[gte]", gateway_sent_at_gte),
                    ("gateway_sent_at[lt]", gateway_sent_at_lt),
                    ("gateway_sent_at[lte]", gateway_sent_at_lte),
                    ("gateway_sent_at[between]", gateway_sent_at_between),
                    ("delivery_at[]", delivery_at),
                    ("delivery_at[gt]", delivery_at_gt),
                    ("delivery_at[gte]", delivery_at_gte),
                    ("delivery_at[lt]", delivery_at_lt),
                    ("delivery_at[lte]", delivery_at_lte),
                    ("delivery_at[between]", delivery_at_between),
                    ("created_at[]", created_at),
                    ("created_at[gt]", created_at_gt),
                    ("created_at[gte]", created_at_gte),
                    ("created_at[lt]", created_at_lt),
                    ("created_at[lte]", created_at_lte),
                    ("created_at[between]", created_at_between),
                    ("chars_count[]", chars_count),
                    ("chars_count[gt]", chars_count_gt),
                    ("chars_count[gte]", chars_count_gte),
                    ("chars_count[lt]", chars_count_lt),
                    ("chars_count[lte]", chars_count_lte),
                    ("chars_count[between]", chars_count_between),
                    ("parts_count[]", parts_count),
                    ("parts_count[gt]", parts_count_gt),
                    ("parts_count[gte]", parts_count_gte),
                    ("parts_count[lt]", parts_count_lt),
                    ("parts_count[lte]", parts_count_lte),
                    ("parts_count[between]", parts_count_between),
                    ("bulk[]", bulk),
                    ("source[]", source),
                    ("source[gt]", source_gt),
                    ("source[gte]", source_gte),
                    ("source[lt]", source_lt),
                    ("source[lte]", source_lte),
                    ("source[between]", source_between),
                    ("text", text),
                    ("phone", phone),
                    ("sender_id", sender_id),
                    ("ip", ip),
                    ("key_id[]", key_id),
                    ("callback_data[]", callback_data),
                )
            ),
        )

    @overload
    async def send(
        self,
        *,
        sender_id: str,
        phone: str,
        text: str,
        delivery_at: int | datetime | None = None,
        is_unicode: bool | None = None,
        is_text_deleted: bool | None = None,
        service_code: ServiceCode | str | None = None,
        voice_lang: VoiceLang | str | None = None,
        source: int | None = None,
        callback_data: str | None = None,
    ) -> RawResponse[Sms]: ...
    @overload
    async def send(self, *, body: SmsWrite | Mapping[str, Any]) -> RawResponse[Sms]: ...
    @_overload_signature
    async def send(
        self,
        *,
        body: SmsWrite | Mapping[str, Any] | None = None,
        sender_id: str | None = None,
        phone: str | None = None,
        text: str | None = None,
        delivery_at: int | datetime | None = None,
        is_unicode: bool | None = None,
        is_text_deleted: bool | None = None,
        service_code: ServiceCode | str | None = None,
        voice_lang: VoiceLang | str | None = None,
        source: int | None = None,
        callback_data: str | None = None,
    ) -> RawResponse[Sms]:
        """Send one SMS or voice message, now or at a scheduled time.

        The message is charged when it is accepted. Its delivery reports arrive with the
        `sms.delivery` webhook (carrying your `callback_data`) or can be read with `get_sms`.

        Args:
            body: The whole body as a SmsWrite (or a mapping), instead of the fields.
            sender_id: The sender shown to recipients: a number of up to 15 digits, or up to 11
                letters, digits and spaces. Not every country transmits it.
            phone: The recipient; stored and answered in E.164 form.
            text: The message text (UTF-8).
            delivery_at: When to send; 0 or null means at once.
            is_unicode: true UCS-2
            is_text_deleted: Delete the text after delivery; null follows the account setting.
            service_code: See the API reference.
            voice_lang: See the API reference.
            source: Your own number for the itemised bill.
            callback_data: Your own reference (up to 36 characters), echoed back in delivery
                reports.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return await self._runtime.call_raw(
            _SEND,
            "/sms",
            None,
            _body(
                body,
                (
                    ("sender_id", sender_id),
                    ("phone", phone),
                    ("text", text),
                    ("delivery_at", delivery_at),
                    ("is_unicode", is_unicode),
                    ("is_text_deleted", is_text_deleted),
                    ("service_code", service_code),
                    ("voice_lang", voice_lang),
                    ("source", source),
                    ("callback_data", callback_data),
                ),
                required=(
                    "sender_id",
                    "phone",
                    "text",
                ),
                times=("delivery_at",),
                name="sms.send",
            ),
        )

    @overload
    async def dry_run(
        self,
        *,
        sender_id: str,
        phone: str,
        text: str,
        delivery_at: int | datetime | None = None,
        is_unicode: bool | None = None,
        is_text_deleted: bool | None = None,
        service_code: ServiceCode | str | None = None,
        voice_lang: VoiceLang | str | None = None,
        source: int | None = None,
        callback_data: str | None = None,
    ) -> RawResponse[Sms]: ...
    @overload
    async def dry_run(
        self, *, body: SmsWrite | Mapping[str, Any]
    ) -> RawResponse[Sms]: ...
    @_overload_signature
    async def dry_run(
        self,
        *,
        body: SmsWrite | Mapping[str, Any] | None = None,
        sender_id: str | None = None,
        phone: str | None = None,
        text: str | None = None,
        delivery_at: int | datetime | None = None,
        is_unicode: bool | None = None,
        is_text_deleted: bool | None = None,
        service_code: ServiceCode | str | None = None,
        voice_lang: VoiceLang | str | None = None,
        source: int | None = None,
        callback_data: str | None = None,
    ) -> RawResponse[Sms]:
        """Simulate sending an SMS without sending, storing or charging anything.

        The request is checked like a real one and answered with the message it would create.
        Nothing is kept: the answer always carries the placeholder UUID
        `11111111-2222-3333-4444-555555555555`, which `get_sms` does not find. A delivery report
        is still pushed, with the `sms.delivery.dryrun` webhook and status 0.

        Args:
            body: The whole body as a SmsWrite (or a mapping), instead of the fields.
            sender_id: The sender shown to recipients: a number of up to 15 digits, or up to 11
                letters, digits and spaces. Not every country transmits it.
            phone: The recipient; stored and answered in E.164 form.
            text: The message text (UTF-8).
            delivery_at: When to send; 0 or null means at once.
            is_unicode: true UCS-2
            is_text_deleted: Delete the text after delivery; null follows the account setting.
            service_code: See the API reference.
            voice_lang: See the API reference.
            source: Your own number for the itemised bill.
            callback_data: Your own reference (up to 36 characters), echoed back in delivery
                reports.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return await self._runtime.call_raw(
            _DRY_RUN,
            "/sms/dryrun",
            None,
            _body(
                body,
                (
                    ("sender_id", sender_id),
                    ("phone", phone),
                    ("text", text),
                    ("delivery_at", delivery_at),
                    ("is_unicode", is_unicode),
                    ("is_text_deleted", is_text_deleted),
                    ("service_code", service_code),
                    ("voice_lang", voice_lang),
                    ("source", source),
                    ("callback_data", callback_data),
                ),
                required=(
                    "sender_id",
                    "phone",
                    "text",
                ),
                times=("delivery_at",),
                name="sms.dry_run",
            ),
        )

    async def list_clicks(
        self,
        *,
        page: int | None = None,
        requests_count: int | Sequence[int] | None = None,
        requests_count_gt: int | None = None,
        requests_count_gte: int | None = None,
        requests_count_lt: int | None = None,
        requests_count_lte: int | None = None,
        requests_count_between: str | tuple[int, int] | None = None,
        created_at: int | datetime | Sequence[int | datetime] | None = None,
        created_at_gt: int | datetime | None = None,
        created_at_gte: int | datetime | None = None,
        created_at_lt: int | datetime | None = None,
        created_at_lte: int | datetime | None = None,
        created_at_between: str | tuple[int, int] | None = None,
        order_by: Mapping[Literal["created_at"], Literal["asc", "desc"] | Ordering]
        | None = None,
    ) -> RawResponse[Page[SmsClicks]]:
        """List SMS with the number of clicks on their short links.

        Only messages with a link of an advanced campaign (type 2) are counted per message.

        Args:
            page: ``page``. The page of the collection to return, starting at 1.
            requests_count: ``requests_count[]``. Messages clicked any of these numbers of
                times.
            requests_count_gt: ``requests_count[gt]``. Messages clicked more than this many
                times.
            requests_count_gte: ``requests_count[gte]``. Messages clicked at least this many
                times.
            requests_count_lt: ``requests_count[lt]``. Messages clicked fewer than this many
                times.
            requests_count_lte: ``requests_count[lte]``. Messages clicked at most this many
                times.
            requests_count_between: ``requests_count[between]``. Messages clicked `<from>..<to>`
                times (both included).
            created_at: ``created_at[]``. Created at any of these Unix times.
            created_at_gt: ``created_at[gt]``. Created after this Unix time.
            created_at_gte: ``created_at[gte]``. Created at or after this Unix time.
            created_at_lt: ``created_at[lt]``. Created before this Unix time.
            created_at_lte: ``created_at[lte]``. Created at or before this Unix time.
            created_at_between: ``created_at[between]``. Created within `<from>..<to>` (Unix
                times, both included).
            order_by: Sort by these fields, in this order: ``{field: 'asc' | 'desc'}``.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return await self._runtime.page_raw(
            _LIST_CLICKS,
            "/sms/clicks",
            _query(
                (
                    ("page", page),
                    ("requests_count[]", requests_count),
                    ("requests_count[gt]", requests_count_gt),
                    ("requests_count[gte]", requests_count_gte),
                    ("requests_count[lt]", requests_count_lt),
                    ("requests_count[lte]", requests_count_lte),
                    ("requests_count[between]", requests_count_between),
                    ("created_at[]", created_at),
                    ("created_at[gt]", created_at_gt),
                    ("created_at[gte]", created_at_gte),
                    ("created_at[lt]", created_at_lt),
                    ("created_at[lte]", created_at_lte),
                    ("created_at[between]", created_at_between),
                ),
                order_by,
            ),
        )

    async def cancel_many(
        self,
        *,
        is_sent: bool | None = None,
        is_unicode: bool | None = None,
        uuid: str | Sequence[str] | None = None,
        iso2: str | Sequence[str] | None = None,
        dlr_code: int | Sequence[int] | None = None,
        status_code: int | Sequence[int] | None = None,
        gateway_sent_at: int | datetime | Sequence[int | datetime] | None = None,
        gateway_sent_at_gt: int | datetime | None = None,
        gateway_sent_at_gte: int | datetime | None = None,
        gateway_sent_at_lt: int | datetime | None = None,
        gateway_sent_at_lte: int | datetime | None = None,
        gateway_sent_at_between: str | tuple[int, int] | None = None,
        delivery_at: int | datetime | Sequence[int | datetime] | None = None,
        delivery_at_gt: int | datetime | None = None,
        delivery_at_gte: int | datetime | None = None,
        delivery_at_lt: int | datetime | None = None,
        delivery_at_lte: int | datetime | None = None,
        delivery_at_between: str | tuple[int, int] | None = None,
        created_at: int | datetime | Sequence[int | datetime] | None = None,
        created_at_gt: int | datetime | None = None,
        created_at_gte: int | datetime | None = None,
        created_at_lt: int | datetime | None = None,
        created_at_lte: int | datetime | None = None,
        created_at_between: str | tuple[int, int] | None = None,
        chars_count: int | Sequence[int] | None = None,
        chars_count_gt: int | None = None,
        chars_count_gte: int | None = None,
        chars_count_lt: int | None = None,
        chars_count_lte: int | None = None,
        chars_count_between: str | tuple[int, int] | None = None,
        parts_count: int | Sequence[int] | None = None,
        parts_count_gt: int | None = None,
        parts_count_gte: int | None = None,
        parts_count_lt: int | None = None,
        parts_count_lte: int | None = None,
        parts_count_between: str | tuple[int, int] | None = None,
        bulk: str | Sequence[str] | None = None,
        source: int | Sequence[int] | None = None,
        source_gt: int | None = None,
        source_gte: int | None = None,
        source_lt: int | None = None,
        source_lte: int | None = None,
        source_between: str | tuple[int, int] | None = None,
        text: str | None = None,
        phone: str | None = None,
        sender_id: str | None = None,
        ip: str | None = None,
        key_id: int | Sequence[int] | None = None,
        callback_data: str | Sequence[str] | None = None,
        order_by: Mapping[
            Literal["created_at", "gateway_sent_at"], Literal["asc", "desc"] | Ordering
        ]
        | None = None,
    ) -> RawResponse[SmsBatchResult]:
        """Stop every selected SMS that has not been handed to the network yet.

        Takes no body: the messages are selected with the same query filters as `list_sms`
        (there is no paging). Mostly useful for scheduled messages; a message meant to go out at
        once can only be caught in the few seconds it waits in the queue. The answer counts the
        stopped messages, under the key `deleted_sms_count`.

        Args:
            is_sent: ``is_sent``. Only messages already handed to the network (true) or only the
                others (false).
            is_unicode: ``is_unicode``. Only messages sent as Unicode (true) or only those sent
                as GSM 7-bit (false).
            uuid: ``uuid[]``. The messages with any of these UUIDs.
            iso2: ``iso2[]``. Messages to recipients in any of these countries.
            dlr_code: ``dlr_code[]``. Messages whose delivery report has any of these codes.
            status_code: ``status_code[]``. Messages in any of these states.
            gateway_sent_at: ``gateway_sent_at[]``. Messages handed to the network at any of
                these Unix times.
            gateway_sent_at_gt: ``gateway_sent_at[gt]``. Messages handed to the network after
                this Unix time.
            gateway_sent_at_gte: ``gateway_sent_at[gte]``. Messages handed to the network at or
                after this Unix time.
            gateway_sent_at_lt: ``gateway_sent_at[lt]``. Messages handed to the network before
                this Unix time.
            gateway_sent_at_lte: ``gateway_sent_at[lte]``. Messages handed to the network at or
                before this Unix time.
            gateway_sent_at_between: ``gateway_sent_at[between]``. Messages handed to the
                network within `<from>..<to>` (Unix times, both included).
            delivery_at: ``delivery_at[]``. Messages scheduled for any of these Unix times.
            delivery_at_gt: ``delivery_at[gt]``. Messages scheduled after this Unix time.
            delivery_at_gte: ``delivery_at[gte]``. Messages scheduled at or after this Unix
                time.
            delivery_at_lt: ``delivery_at[lt]``. Messages scheduled before this Unix time.
            delivery_at_lte: ``delivery_at[lte]``. Messages scheduled at or before this Unix
                time.
            delivery_at_between: ``delivery_at[between]``. Messages scheduled within
                `<from>..<to>` (Unix times, both included).
            created_at: ``created_at[]``. Created at any of these Unix times.
            created_at_gt: ``created_at[gt]``. Created after this Unix time.
            created_at_gte: ``created_at[gte]``. Created at or after this Unix time.
            created_at_lt: ``created_at[lt]``. Created before this Unix time.
            created_at_lte: ``created_at[lte]``. Created at or before this Unix time.
            created_at_between: ``created_at[between]``. Created within `<from>..<to>` (Unix
                times, both included).
            chars_count: ``chars_count[]``. Messages with any of these character counts.
            chars_count_gt: ``chars_count[gt]``. Messages with more than this many characters.
            chars_count_gte: ``chars_count[gte]``. Messages with at least this many characters.
            chars_count_lt: ``chars_count[lt]``. Messages with fewer than this many characters.
            chars_count_lte: ``chars_count[lte]``. Messages with at most this many characters.
            chars_count_between: ``chars_count[between]``. Messages with `<from>..<to>`
                characters (both included).
            parts_count: ``parts_count[]``. Messages made of any of these numbers of parts.
            parts_count_gt: ``parts_count[gt]``. Messages made of more than this many parts.
            parts_count_gte: ``parts_count[gte]``. Messages made of at least this many parts.
            parts_count_lt: ``parts_count[lt]``. Messages made of fewer than this many parts.
            parts_count_lte: ``parts_count[lte]``. Messages made of at most this many parts.
            parts_count_between: ``parts_count[between]``. Messages made of `<from>..<to>` parts
                (both included).
            bulk: ``bulk[]``. Messages created by any of these bulks.
            source: ``source[]``. Messages with any of these source numbers.
            source_gt: ``source[gt]``. Messages with a source number above this.
            source_gte: ``source[gte]``. Messages with a source number of at least this.
            source_lt: ``source[lt]``. Messages with a source number below this.
            source_lte: ``source[lte]``. Messages with a source number of at most this.
            source_between: ``source[between]``. Messages with a source number within
                `<from>..<to>` (both included).
            text: ``text``. Messages whose text contains this.
            phone: ``phone``. Messages to a number that contains this (for example `4979`).
            sender_id: ``sender_id``. Messages whose sender id contains this.
            ip: ``ip``. Messages sent from an IP address that contains this.
            key_id: ``key_id[]``. Messages sent with any of these API keys.
            callback_data: ``callback_data[]``. Messages whose callback data is any of these.
            order_by: Sort by these fields, in this order: ``{field: 'asc' | 'desc'}``.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return await self._runtime.call_raw(
            _CANCEL_MANY,
            "/sms/ops/batch_cancel",
            _query(
                (
                    ("is_sent", is_sent),
                    ("is_unicode", is_unicode),
                    ("uuid[]", uuid),
                    ("iso2[]", iso2),
                    ("dlr_code[]", dlr_code),
                    ("status_code[]", status_code),
                    ("gateway_sent_at[]", gateway_sent_at),
                    ("gateway_sent_at[gt]", gateway_sent_at_gt),
                    ("gateway_sent_at[gte]", gateway_sent_at_gte),
                    ("gateway_sent_at[lt]", gateway_sent_at_lt),
                    ("gateway_sent_at[lte]", gateway_sent_at_lte),
                    ("gateway_sent_at[between]", gateway_sent_at_between),
                    ("delivery_at[]", delivery_at),
                    ("delivery_at[gt]", delivery_at_gt),
                    ("delivery_at[gte]", delivery_at_gte),
                    ("delivery_at[lt]", delivery_at_lt),
                    ("delivery_at[lte]", delivery_at_lte),
                    ("delivery_at[between]", delivery_at_between),
                    ("created_at[]", created_at),
                    ("created_at[gt]", created_at_gt),
                    ("created_at[gte]", created_at_gte),
                    ("created_at[lt]", created_at_lt),
                    ("created_at[lte]", created_at_lte),
                    ("created_at[between]", created_at_between),
                    ("chars_count[]", chars_count),
                    ("chars_count[gt]", chars_count_gt),
                    ("chars_count[gte]", chars_count_gte),
                    ("chars_count[lt]", chars_count_lt),
                    ("chars_count[lte]", chars_count_lte),
                    ("chars_count[between]", chars_count_between),
                    ("parts_count[]", parts_count),
                    ("parts_count[gt]", parts_count_gt),
                    ("parts_count[gte]", parts_count_gte),
                    ("parts_count[lt]", parts_count_lt),
                    ("parts_count[lte]", parts_count_lte),
                    ("parts_count[between]", parts_count_between),
                    ("bulk[]", bulk),
                    ("source[]", source),
                    ("source[gt]", source_gt),
                    ("source[gte]", source_gte),
                    ("source[lt]", source_lt),
                    ("source[lte]", source_lte),
                    ("source[between]", source_between),
                    ("text", text),
                    ("phone", phone),
                    ("sender_id", sender_id),
                    ("ip", ip),
                    ("key_id[]", key_id),
                    ("callback_data[]", callback_data),
                ),
                order_by,
            ),
            None,
        )

    async def delete_many(
        self,
        *,
        is_sent: bool | None = None,
        is_unicode: bool | None = None,
        uuid: str | Sequence[str] | None = None,
        iso2: str | Sequence[str] | None = None,
        dlr_code: int | Sequence[int] | None = None,
        status_code: int | Sequence[int] | None = None,
        gateway_sent_at: int | datetime | Sequence[int | datetime] | None = None,
        gateway_sent_at_gt: int | datetime | None = None,
        gateway_sent_at_gte: int | datetime | None = None,
        gateway_sent_at_lt: int | datetime | None = None,
        gateway_sent_at_lte: int | datetime | None = None,
        gateway_sent_at_between: str | tuple[int, int] | None = None,
        delivery_at: int | datetime | Sequence[int | datetime] | None = None,
        delivery_at_gt: int | datetime | None = None,
        delivery_at_gte: int | datetime | None = None,
        delivery_at_lt: int | datetime | None = None,
        delivery_at_lte: int | datetime | None = None,
        delivery_at_between: str | tuple[int, int] | None = None,
        created_at: int | datetime | Sequence[int | datetime] | None = None,
        created_at_gt: int | datetime | None = None,
        created_at_gte: int | datetime | None = None,
        created_at_lt: int | datetime | None = None,
        created_at_lte: int | datetime | None = None,
        created_at_between: str | tuple[int, int] | None = None,
        chars_count: int | Sequence[int] | None = None,
        chars_count_gt: int | None = None,
        chars_count_gte: int | None = None,
        chars_count_lt: int | None = None,
        chars_count_lte: int | None = None,
        chars_count_between: str | tuple[int, int] | None = None,
        parts_count: int | Sequence[int] | None = None,
        parts_count_gt: int | None = None,
        parts_count_gte: int | None = None,
        parts_count_lt: int | None = None,
        parts_count_lte: int | None = None,
        parts_count_between: str | tuple[int, int] | None = None,
        bulk: str | Sequence[str] | None = None,
        source: int | Sequence[int] | None = None,
        source_gt: int | None = None,
        source_gte: int | None = None,
        source_lt: int | None = None,
        source_lte: int | None = None,
        source_between: str | tuple[int, int] | None = None,
        text: str | None = None,
        phone: str | None = None,
        sender_id: str | None = None,
        ip: str | None = None,
        key_id: int | Sequence[int] | None = None,
        callback_data: str | Sequence[str] | None = None,
        order_by: Mapping[
            Literal["created_at", "gateway_sent_at"], Literal["asc", "desc"] | Ordering
        ]
        | None = None,
    ) -> RawResponse[SmsBatchResult]:
        """Delete every selected SMS for good, also from the itemised bill.

        Takes no body: the messages are selected with the same query filters as `list_sms`
        (there is no paging). The deletion cannot be undone. The answer counts the deleted
        messages.

        Args:
            is_sent: ``is_sent``. Only messages already handed to the network (true) or only the
                others (false).
            is_unicode: ``is_unicode``. Only messages sent as Unicode (true) or only those sent
                as GSM 7-bit (false).
            uuid: ``uuid[]``. The messages with any of these UUIDs.
            iso2: ``iso2[]``. Messages to recipients in any of these countries.
            dlr_code: ``dlr_code[]``. Messages whose delivery report has any of these codes.
            status_code: ``status_code[]``. Messages in any of these states.
            gateway_sent_at: ``gateway_sent_at[]``. Messages handed to the network at any of
                these Unix times.
            gateway_sent_at_gt: ``gateway_sent_at[gt]``. Messages handed to the network after
                this Unix time.
            gateway_sent_at_gte: ``gateway_sent_at[gte]``. Messages handed to the network at or
                after this Unix time.
            gateway_sent_at_lt: ``gateway_sent_at[lt]``. Messages handed to the network before
                this Unix time.
            gateway_sent_at_lte: ``gateway_sent_at[lte]``. Messages handed to the network at or
                before this Unix time.
            gateway_sent_at_between: ``gateway_sent_at[between]``. Messages handed to the
                network within `<from>..<to>` (Unix times, both included).
            delivery_at: ``delivery_at[]``. Messages scheduled for any of these Unix times.
            delivery_at_gt: ``delivery_at[gt]``. Messages scheduled after this Unix time.
            delivery_at_gte: ``delivery_at[gte]``. Messages scheduled at or after this Unix
                time.
            delivery_at_lt: ``delivery_at[lt]``. Messages scheduled before this Unix time.
            delivery_at_lte: ``delivery_at[lte]``. Messages scheduled at or before this Unix
                time.
            delivery_at_between: ``delivery_at[between]``. Messages scheduled within
                `<from>..<to>` (Unix times, both included).
            created_at: ``created_at[]``. Created at any of these Unix times.
            created_at_gt: ``created_at[gt]``. Created after this Unix time.
            created_at_gte: ``created_at[gte]``. Created at or after this Unix time.
            created_at_lt: ``created_at[lt]``. Created before this Unix time.
            created_at_lte: ``created_at[lte]``. Created at or before this Unix time.
            created_at_between: ``created_at[between]``. Created within `<from>..<to>` (Unix
                times, both included).
            chars_count: ``chars_count[]``. Messages with any of these character counts.
            chars_count_gt: ``chars_count[gt]``. Messages with more than this many characters.
            chars_count_gte: ``chars_count[gte]``. Messages with at least this many characters.
            chars_count_lt: ``chars_count[lt]``. Messages with fewer than this many characters.
            chars_count_lte: ``chars_count[lte]``. Messages with at most this many characters.
            chars_count_between: ``chars_count[between]``. Messages with `<from>..<to>`
                characters (both included).
            parts_count: ``parts_count[]``. Messages made of any of these numbers of parts.
            parts_count_gt: ``parts_count[gt]``. Messages made of more than this many parts.
            parts_count_gte: ``parts_count[gte]``. Messages made of at least this many parts.
            parts_count_lt: ``parts_count[lt]``. Messages made of fewer than this many parts.
            parts_count_lte: ``parts_count[lte]``. Messages made of at most this many parts.
            parts_count_between: ``parts_count[between]``. Messages made of `<from>..<to>` parts
                (both included).
            bulk: ``bulk[]``. Messages created by any of these bulks.
            source: ``source[]``. Messages with any of these source numbers.
            source_gt: ``source[gt]``. Messages with a source number above this.
            source_gte: ``source[gte]``. Messages with a source number of at least this.
            source_lt: ``source[lt]``. Messages with a source number below this.
            source_lte: ``source[lte]``. Messages with a source number of at most this.
            source_between: ``source[between]``. Messages with a source number within
                `<from>..<to>` (both included).
            text: ``text``. Messages whose text contains this.
            phone: ``phone``. Messages to a number that contains this (for example `4979`).
            sender_id: ``sender_id``. Messages whose sender id contains this.
            ip: ``ip``. Messages sent from an IP address that contains this.
            key_id: ``key_id[]``. Messages sent with any of these API keys.
            callback_data: ``callback_data[]``. Messages whose callback data is any of these.
            order_by: Sort by these fields, in this order: ``{field: 'asc' | 'desc'}``.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return await self._runtime.call_raw(
            _DELETE_MANY,
            "/sms/ops/batch_delete",
            _query(
                (
                    ("is_sent", is_sent),
                    ("is_unicode", is_unicode),
                    ("uuid[]", uuid),
                    ("iso2[]", iso2),
                    ("dlr_code[]", dlr_code),
                    ("status_code[]", status_code),
                    ("gateway_sent_at[]", gateway_sent_at),
                    ("gateway_sent_at[gt]", gateway_sent_at_gt),
                    ("gateway_sent_at[gte]", gateway_sent_at_gte),
                    ("gateway_sent_at[lt]", gateway_sent_at_lt),
                    ("gateway_sent_at[lte]", gateway_sent_at_lte),
                    ("gateway_sent_at[between]", gateway_sent_at_between),
                    ("delivery_at[]", delivery_at),
                    ("delivery_at[gt]", delivery_at_gt),
                    ("delivery_at[gte]", delivery_at_gte),
                    ("delivery_at[lt]", delivery_at_lt),
                    ("delivery_at[lte]", delivery_at_lte),
                    ("delivery_at[between]", delivery_at_between),
                    ("created_at[]", created_at),
                    ("created_at[gt]", created_at_gt),
                    ("created_at[gte]", created_at_gte),
                    ("created_at[lt]", created_at_lt),
                    ("created_at[lte]", created_at_lte),
                    ("created_at[between]", created_at_between),
                    ("chars_count[]", chars_count),
                    ("chars_count[gt]", chars_count_gt),
                    ("chars_count[gte]", chars_count_gte),
                    ("chars_count[lt]", chars_count_lt),
                    ("chars_count[lte]", chars_count_lte),
                    ("chars_count[between]", chars_count_between),
                    ("parts_count[]", parts_count),
                    ("parts_count[gt]", parts_count_gt),
                    ("parts_count[gte]", parts_count_gte),
                    ("parts_count[lt]", parts_count_lt),
                    ("parts_count[lte]", parts_count_lte),
                    ("parts_count[between]", parts_count_between),
                    ("bulk[]", bulk),
                    ("source[]", source),
                    ("source[gt]", source_gt),
                    ("source[gte]", source_gte),
                    ("source[lt]", source_lt),
                    ("source[lte]", source_lte),
                    ("source[between]", source_between),
                    ("text", text),
                    ("phone", phone),
                    ("sender_id", sender_id),
                    ("ip", ip),
                    ("key_id[]", key_id),
                    ("callback_data[]", callback_data),
                ),
                order_by,
            ),
            None,
        )

    async def get(self, uuid: str) -> RawResponse[Sms]:
        """Read one SMS with its current status and delivery report.

        Args:
            uuid: ``uuid``. The SMS's UUID.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return await self._runtime.call_raw(
            _GET, f"/sms/{_segment(uuid, 'uuid')}", None, None
        )

    async def delete(self, uuid: str) -> RawResponse[None]:
        """Delete one SMS, also from the itemised bill.

        Args:
            uuid: ``uuid``. The SMS's UUID.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return await self._runtime.call_raw(
            _DELETE, f"/sms/{_segment(uuid, 'uuid')}", None, None
        )

    async def clicks(self, uuid: str) -> RawResponse[SmsClicks]:
        """Read how often the short link of one SMS was clicked.

        Returns a single object, although the official operation id speaks of a collection; the
        official code samples also use the wrong path `/sms/clicks/{uuid}`. Clicks are only
        counted per message for links of advanced campaigns (type 2).

        Args:
            uuid: ``uuid``. The SMS's UUID.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return await self._runtime.call_raw(
            _CLICKS, f"/sms/{_segment(uuid, 'uuid')}/clicks", None, None
        )

    async def requests(
        self,
        uuid: str,
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
        """List the clicks on the short link of one SMS.

        Args:
            uuid: ``uuid``. The SMS's UUID.
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
            f"/sms/{_segment(uuid, 'uuid')}/requests",
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


class AsyncSmsResource:
    """``client.sms`` of an AsyncClient: Single SMS and voice messages, their delivery reports, click counts and batch cancel or delete."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    @cached_property
    def with_raw_response(self) -> AsyncSmsResourceWithRawResponse:
        """The same methods, returning the whole response (status, headers, request id)."""
        return AsyncSmsResourceWithRawResponse(self._runtime)

    def list(
        self,
        *,
        page: int | None = None,
        is_sent: bool | None = None,
        is_unicode: bool | None = None,
        uuid: str | Sequence[str] | None = None,
        iso2: str | Sequence[str] | None = None,
        dlr_code: int | Sequence[int] | None = None,
        status_code: int | Sequence[int] | None = None,
        gateway_sent_at: int | datetime | Sequence[int | datetime] | None = None,
        gateway_sent_at_gt: int | datetime | None = None,
        gateway_sent_at_gte: int | datetime | None = None,
        gateway_sent_at_lt: int | datetime | None = None,
        gateway_sent_at_lte: int | datetime | None = None,
        gateway_sent_at_between: str | tuple[int, int] | None = None,
        delivery_at: int | datetime | Sequence[int | datetime] | None = None,
        delivery_at_gt: int | datetime | None = None,
        delivery_at_gte: int | datetime | None = None,
        delivery_at_lt: int | datetime | None = None,
        delivery_at_lte: int | datetime | None = None,
        delivery_at_between: str | tuple[int, int] | None = None,
        created_at: int | datetime | Sequence[int | datetime] | None = None,
        created_at_gt: int | datetime | None = None,
        created_at_gte: int | datetime | None = None,
        created_at_lt: int | datetime | None = None,
        created_at_lte: int | datetime | None = None,
        created_at_between: str | tuple[int, int] | None = None,
        chars_count: int | Sequence[int] | None = None,
        chars_count_gt: int | None = None,
        chars_count_gte: int | None = None,
        chars_count_lt: int | None = None,
        chars_count_lte: int | None = None,
        chars_count_between: str | tuple[int, int] | None = None,
        parts_count: int | Sequence[int] | None = None,
        parts_count_gt: int | None = None,
        parts_count_gte: int | None = None,
        parts_count_lt: int | None = None,
        parts_count_lte: int | None = None,
        parts_count_between: str | tuple[int, int] | None = None,
        bulk: str | Sequence[str] | None = None,
        source: int | Sequence[int] | None = None,
        source_gt: int | None = None,
        source_gte: int | None = None,
        source_lt: int | None = None,
        source_lte: int | None = None,
        source_between: str | tuple[int, int] | None = None,
        text: str | None = None,
        phone: str | None = None,
        sender_id: str | None = None,
        ip: str | None = None,
        key_id: int | Sequence[int] | None = None,
        callback_data: str | Sequence[str] | None = None,
        order_by: Mapping[
            Literal["created_at", "gateway_sent_at"], Literal["asc", "desc"] | Ordering
        ]
        | None = None,
    ) -> AsyncPager[Sms]:
        """List sent, scheduled and cancelled SMS, newest first unless ordered otherwise.

        Args:
            page: ``page``. The page of the collection to return, starting at 1.
            is_sent: ``is_sent``. Only messages already handed to the network (true) or only the
                others (false).
            is_unicode: ``is_unicode``. Only messages sent as Unicode (true) or only those sent
                as GSM 7-bit (false).
            uuid: ``uuid[]``. The messages with any of these UUIDs.
            iso2: ``iso2[]``. Messages to recipients in any of these countries.
            dlr_code: ``dlr_code[]``. Messages whose delivery report has any of these codes.
            status_code: ``status_code[]``. Messages in any of these states.
            gateway_sent_at: ``gateway_sent_at[]``. Messages handed to the network at any of
                these Unix times.
            gateway_sent_at_gt: ``gateway_sent_at[gt]``. Messages handed to the network after
                this Unix time.
            gateway_sent_at_gte: ``gateway_sent_at[gte]``. Messages handed to the network at or
                after this Unix time.
            gateway_sent_at_lt: ``gateway_sent_at[lt]``. Messages handed to the network before
                this Unix time.
            gateway_sent_at_lte: ``gateway_sent_at[lte]``. Messages handed to the network at or
                before this Unix time.
            gateway_sent_at_between: ``gateway_sent_at[between]``. Messages handed to the
                network within `<from>..<to>` (Unix times, both included).
            delivery_at: ``delivery_at[]``. Messages scheduled for any of these Unix times.
            delivery_at_gt: ``delivery_at[gt]``. Messages scheduled after this Unix time.
            delivery_at_gte: ``delivery_at[gte]``. Messages scheduled at or after this Unix
                time.
            delivery_at_lt: ``delivery_at[lt]``. Messages scheduled before this Unix time.
            delivery_at_lte: ``delivery_at[lte]``. Messages scheduled at or before this Unix
                time.
            delivery_at_between: ``delivery_at[between]``. Messages scheduled within
                `<from>..<to>` (Unix times, both included).
            created_at: ``created_at[]``. Created at any of these Unix times.
            created_at_gt: ``created_at[gt]``. Created after this Unix time.
            created_at_gte: ``created_at[gte]``. Created at or after this Unix time.
            created_at_lt: ``created_at[lt]``. Created before this Unix time.
            created_at_lte: ``created_at[lte]``. Created at or before this Unix time.
            created_at_between: ``created_at[between]``. Created within `<from>..<to>` (Unix
                times, both included).
            chars_count: ``chars_count[]``. Messages with any of these character counts.
            chars_count_gt: ``chars_count[gt]``. Messages with more than this many characters.
            chars_count_gte: ``chars_count[gte]``. Messages with at least this many characters.
            chars_count_lt: ``chars_count[lt]``. Messages with fewer than this many characters.
            chars_count_lte: ``chars_count[lte]``. Messages with at most this many characters.
            chars_count_between: ``chars_count[between]``. Messages with `<from>..<to>`
                characters (both included).
            parts_count: ``parts_count[]``. Messages made of any of these numbers of parts.
            parts_count_gt: ``parts_count[gt]``. Messages made of more than this many parts.
            parts_count_gte: ``parts_count[gte]``. Messages made of at least this many parts.
            parts_count_lt: ``parts_count[lt]``. Messages made of fewer than this many parts.
            parts_count_lte: ``parts_count[lte]``. Messages made of at most this many parts.
            parts_count_between: ``parts_count[between]``. Messages made of `<from>..<to>` parts
                (both included).
            bulk: ``bulk[]``. Messages created by any of these bulks.
            source: ``source[]``. Messages with any of these source numbers.
            source_gt: ``source[gt]``. Messages with a source number above this.
            source_gte: ``source[gte]``. Messages with a source number of at least this.
            source_lt: ``source[lt]``. Messages with a source number below this.
            source_lte: ``source[lte]``. Messages with a source number of at most this.
            source_between: ``source[between]``. Messages with a source number within
                `<from>..<to>` (both included).
            text: ``text``. Messages whose text contains this.
            phone: ``phone``. Messages to a number that contains this (for example `4979`).
            sender_id: ``sender_id``. Messages whose sender id contains this.
            ip: ``ip``. Messages sent from an IP address that contains this.
            key_id: ``key_id[]``. Messages sent with any of these API keys.
            callback_data: ``callback_data[]``. Messages whose callback data is any of these.
            order_by: Sort by these fields, in this order: ``{field: 'asc' | 'desc'}``.

        Returns:
            A lazy pager: iterate it for items, or ``.pages()`` for pages.
        """
        return self._runtime.paginate(
            _LIST,
            "/sms",
            _query(
                (
                    ("page", page),
                    ("is_sent", is_sent),
                    ("is_unicode", is_unicode),
                    ("uuid[]", uuid),
                    ("iso2[]", iso2),
                    ("dlr_code[]", dlr_code),
                    ("status_code[]", status_code),
                    ("gateway_sent_at[]", gateway_sent_at),
                    ("gateway_sent_at[gt]", gateway_sent_at_gt),
                    ("gateway_sent_at[gte]", gateway_sent_at_gte),
                    ("gateway_sent_at[lt]", gateway_sent_at_lt),
                    ("gateway_sent_at[lte]", gateway_sent_at_lte),
                    ("gateway_sent_at[between]", gateway_sent_at_between),
                    ("delivery_at[]", delivery_at),
                    ("delivery_at[gt]", delivery_at_gt),
                    ("delivery_at[gte]", delivery_at_gte),
                    ("delivery_at[lt]", delivery_at_lt),
                    ("delivery_at[lte]", delivery_at_lte),
                    ("delivery_at[between]", delivery_at_between),
                    ("created_at[]", created_at),
                    ("created_at[gt]", created_at_gt),
                    ("created_at[gte]", created_at_gte),
                    ("created_at[lt]", created_at_lt),
                    ("created_at[lte]", created_at_lte),
                    ("created_at[between]", created_at_between),
                    ("chars_count[]", chars_count),
                    ("chars_count[gt]", chars_count_gt),
                    ("chars_count[gte]", chars_count_gte),
                    ("chars_count[lt]", chars_count_lt),
                    ("chars_count[lte]", chars_count_lte),
                    ("chars_count[between]", chars_count_between),
                    ("parts_count[]", parts_count),
                    ("parts_count[gt]", parts_count_gt),
                    ("parts_count[gte]", parts_count_gte),
                    ("parts_count[lt]", parts_count_lt),
                    ("parts_count[lte]", parts_count_lte),
                    ("parts_count[between]", parts_count_between),
                    ("bulk[]", bulk),
                    ("source[]", source),
                    ("source[gt]", source_gt),
                    ("source[gte]", source_gte),
                    ("source[lt]", source_lt),
                    ("source[lte]", source_lte),
                    ("source[between]", source_between),
                    ("text", text),
                    ("phone", phone),
                    ("sender_id", sender_id),
                    ("ip", ip),
                    ("key_id[]", key_id),
                    ("callback_data[]", callback_data),
                ),
                order_by,
            ),
        )

    async def reconcile(
        self, callback_data: str, *, window: float | None = None
    ) -> Reconciliation[Sms]:
        """Tell whether a write whose outcome is unknown created the Sms sent with this ``callback_data``.

        Waits out the in-flight window first (the client's write and read timeouts, on
        the client's clock), then lists once: so a request still on its way is not taken
        for a lost one. ``created`` is then true with the item in ``item``, or false: then
        sending again is safe.

        Args:
            callback_data: The reference sent with the write; it should be unique.
            window: Seconds to wait instead of the client's timeouts.

        """
        return await self._runtime.reconcile(
            callback_data, lambda value: self.list(callback_data=value), window=window
        )

    async def count(
        self,
        *,
        is_sent: bool | None = None,
        is_unicode: bool | None = None,
        uuid: str | Sequence[str] | None = None,
        iso2: str | Sequence[str] | None = None,
        dlr_code: int | Sequence[int] | None = None,
        status_code: int | Sequence[int] | None = None,
        gateway_sent_at: int | datetime | Sequence[int | datetime] | None = None,
        gateway_sent_at_gt: int | datetime | None = None,
        gateway_sent_at_gte: int | datetime | None = None,
        gateway_sent_at_lt: int | datetime | None = None,
        gateway_sent_at_lte: int | datetime | None = None,
        gateway_sent_at_between: str | tuple[int, int] | None = None,
        delivery_at: int | datetime | Sequence[int | datetime] | None = None,
        delivery_at_gt: int | datetime | None = None,
        delivery_at_gte: int | datetime | None = None,
        delivery_at_lt: int | datetime | None = None,
        delivery_at_lte: int | datetime | None = None,
        delivery_at_between: str | tuple[int, int] | None = None,
        created_at: int | datetime | Sequence[int | datetime] | None = None,
        created_at_gt: int | datetime | None = None,
        created_at_gte: int | datetime | None = None,
        created_at_lt: int | datetime | None = None,
        created_at_lte: int | datetime | None = None,
        created_at_between: str | tuple[int, int] | None = None,
        chars_count: int | Sequence[int] | None = None,
        chars_count_gt: int | None = None,
        chars_count_gte: int | None = None,
        chars_count_lt: int | None = None,
        chars_count_lte: int | None = None,
        chars_count_between: str | tuple[int, int] | None = None,
        parts_count: int | Sequence[int] | None = None,
        parts_count_gt: int | None = None,
        parts_count_gte: int | None = None,
        parts_count_lt: int | None = None,
        parts_count_lte: int | None = None,
        parts_count_between: str | tuple[int, int] | None = None,
        bulk: str | Sequence[str] | None = None,
        source: int | Sequence[int] | None = None,
        source_gt: int | None = None,
        source_gte: int | None = None,
        source_lt: int | None = None,
        source_lte: int | None = None,
        source_between: str | tuple[int, int] | None = None,
        text: str | None = None,
        phone: str | None = None,
        sender_id: str | None = None,
        ip: str | None = None,
        key_id: int | Sequence[int] | None = None,
        callback_data: str | Sequence[str] | None = None,
    ) -> int:
        """How many Sms items ``list`` selects with these filters.

        One request for the first page, whose ``hydra:totalItems`` is the answer; its items
        are not parsed.

        Args:
            is_sent: ``is_sent``. Only messages already handed to the network (true) or only the
                others (false).
            is_unicode: ``is_unicode``. Only messages sent as Unicode (true) or only those sent
                as GSM 7-bit (false).
            uuid: ``uuid[]``. The messages with any of these UUIDs.
            iso2: ``iso2[]``. Messages to recipients in any of these countries.
            dlr_code: ``dlr_code[]``. Messages whose delivery report has any of these codes.
            status_code: ``status_code[]``. Messages in any of these states.
            gateway_sent_at: ``gateway_sent_at[]``. Messages handed to the network at any of
                these Unix times.
            gateway_sent_at_gt: ``gateway_sent_at[gt]``. Messages handed to the network after
                this Unix time.
            gateway_sent_at_gte: ``gateway_sent_at[gte]``. Messages handed to the network at or
                after this Unix time.
            gateway_sent_at_lt: ``gateway_sent_at[lt]``. Messages handed to the network before
                this Unix time.
            gateway_sent_at_lte: ``gateway_sent_at[lte]``. Messages handed to the network at or
                before this Unix time.
            gateway_sent_at_between: ``gateway_sent_at[between]``. Messages handed to the
                network within `<from>..<to>` (Unix times, both included).
            delivery_at: ``delivery_at[]``. Messages scheduled for any of these Unix times.
            delivery_at_gt: ``delivery_at[gt]``. Messages scheduled after this Unix time.
            delivery_at_gte: ``delivery_at[gte]``. Messages scheduled at or after this Unix
                time.
            delivery_at_lt: ``delivery_at[lt]``. Messages scheduled before this Unix time.
            delivery_at_lte: ``delivery_at[lte]``. Messages scheduled at or before this Unix
                time.
            delivery_at_between: ``delivery_at[between]``. Messages scheduled within
                `<from>..<to>` (Unix times, both included).
            created_at: ``created_at[]``. Created at any of these Unix times.
            created_at_gt: ``created_at[gt]``. Created after this Unix time.
            created_at_gte: ``created_at[gte]``. Created at or after this Unix time.
            created_at_lt: ``created_at[lt]``. Created before this Unix time.
            created_at_lte: ``created_at[lte]``. Created at or before this Unix time.
            created_at_between: ``created_at[between]``. Created within `<from>..<to>` (Unix
                times, both included).
            chars_count: ``chars_count[]``. Messages with any of these character counts.
            chars_count_gt: ``chars_count[gt]``. Messages with more than this many characters.
            chars_count_gte: ``chars_count[gte]``. Messages with at least this many characters.
            chars_count_lt: ``chars_count[lt]``. Messages with fewer than this many characters.
            chars_count_lte: ``chars_count[lte]``. Messages with at most this many characters.
            chars_count_between: ``chars_count[between]``. Messages with `<from>..<to>`
                characters (both included).
            parts_count: ``parts_count[]``. Messages made of any of these numbers of parts.
            parts_count_gt: ``parts_count[gt]``. Messages made of more than this many parts.
            parts_count_gte: ``parts_count[gte]``. Messages made of at least this many parts.
            parts_count_lt: ``parts_count[lt]``. Messages made of fewer than this many parts.
            parts_count_lte: ``parts_count[lte]``. Messages made of at most this many parts.
            parts_count_between: ``parts_count[between]``. Messages made of `<from>..<to>` parts
                (both included).
            bulk: ``bulk[]``. Messages created by any of these bulks.
            source: ``source[]``. Messages with any of these source numbers.
            source_gt: ``source[gt]``. Messages with a source number above this.
            source_gte: ``source[gte]``. Messages with a source number of at least this.
            source_lt: ``source[lt]``. Messages with a source number below this.
            source_lte: ``source[lte]``. Messages with a source number of at most this.
            source_between: ``source[between]``. Messages with a source number within
                `<from>..<to>` (both included).
            text: ``text``. Messages whose text contains this.
            phone: ``phone``. Messages to a number that contains this (for example `4979`).
            sender_id: ``sender_id``. Messages whose sender id contains this.
            ip: ``ip``. Messages sent from an IP address that contains this.
            key_id: ``key_id[]``. Messages sent with any of these API keys.
            callback_data: ``callback_data[]``. Messages whose callback data is any of these.

        Returns:
            The number of items, whatever the page size.
        """
        return await self._runtime.count(
            _LIST,
            "/sms",
            _query(
                (
                    ("is_sent", is_sent),
                    ("is_unicode", is_unicode),
                    ("uuid[]", uuid),
                    ("iso2[]", iso2),
                    ("dlr_code[]", dlr_code),
                    ("status_code[]", status_code),
                    ("gateway_sent_at[]", gateway_sent_at),
                    ("gateway_sent_at[gt]", gateway_sent_at_gt),
                    ("gateway_sent_at[gte]", gateway_sent_at_gte),
                    ("gateway_sent_at[lt]", gateway_sent_at_lt),
                    ("gateway_sent_at[lte]", gateway_sent_at_lte),
                    ("gateway_sent_at[between]", gateway_sent_at_between),
                    ("delivery_at[]", delivery_at),
                    ("delivery_at[gt]", delivery_at_gt),
                    ("delivery_at[gte]", delivery_at_gte),
                    ("delivery_at[lt]", delivery_at_lt),
                    ("delivery_at[lte]", delivery_at_lte),
                    ("delivery_at[between]", delivery_at_between),
                    ("created_at[]", created_at),
                    ("created_at[gt]", created_at_gt),
                    ("created_at[gte]", created_at_gte),
                    ("created_at[lt]", created_at_lt),
                    ("created_at[lte]", created_at_lte),
                    ("created_at[between]", created_at_between),
                    ("chars_count[]", chars_count),
                    ("chars_count[gt]", chars_count_gt),
                    ("chars_count[gte]", chars_count_gte),
                    ("chars_count[lt]", chars_count_lt),
                    ("chars_count[lte]", chars_count_lte),
                    ("chars_count[between]", chars_count_between),
                    ("parts_count[]", parts_count),
                    ("parts_count[gt]", parts_count_gt),
                    ("parts_count[gte]", parts_count_gte),
                    ("parts_count[lt]", parts_count_lt),
                    ("parts_count[lte]", parts_count_lte),
                    ("parts_count[between]", parts_count_between),
                    ("bulk[]", bulk),
                    ("source[]", source),
                    ("source[gt]", source_gt),
                    ("source[gte]", source_gte),
                    ("source[lt]", source_lt),
                    ("source[lte]", source_lte),
                    ("source[between]", source_between),
                    ("text", text),
                    ("phone", phone),
                    ("sender_id", sender_id),
                    ("ip", ip),
                    ("key_id[]", key_id),
                    ("callback_data[]", callback_data),
                )
            ),
        )

    @overload
    async def send(
        self,
        *,
        sender_id: str,
        phone: str,
        text: str,
        delivery_at: int | datetime | None = None,
        is_unicode: bool | None = None,
        is_text_deleted: bool | None = None,
        service_code: ServiceCode | str | None = None,
        voice_lang: VoiceLang | str | None = None,
        source: int | None = None,
        callback_data: str | None = None,
    ) -> Sms: ...
    @overload
    async def send(self, *, body: SmsWrite | Mapping[str, Any]) -> Sms: ...
    @_overload_signature
    async def send(
        self,
        *,
        body: SmsWrite | Mapping[str, Any] | None = None,
        sender_id: str | None = None,
        phone: str | None = None,
        text: str | None = None,
        delivery_at: int | datetime | None = None,
        is_unicode: bool | None = None,
        is_text_deleted: bool | None = None,
        service_code: ServiceCode | str | None = None,
        voice_lang: VoiceLang | str | None = None,
        source: int | None = None,
        callback_data: str | None = None,
    ) -> Sms:
        """Send one SMS or voice message, now or at a scheduled time.

        The message is charged when it is accepted. Its delivery reports arrive with the
        `sms.delivery` webhook (carrying your `callback_data`) or can be read with `get_sms`.

        Args:
            body: The whole body as a SmsWrite (or a mapping), instead of the fields.
            sender_id: The sender shown to recipients: a number of up to 15 digits, or up to 11
                letters, digits and spaces. Not every country transmits it.
            phone: The recipient; stored and answered in E.164 form.
            text: The message text (UTF-8).
            delivery_at: When to send; 0 or null means at once.
            is_unicode: true UCS-2
            is_text_deleted: Delete the text after delivery; null follows the account setting.
            service_code: See the API reference.
            voice_lang: See the API reference.
            source: Your own number for the itemised bill.
            callback_data: Your own reference (up to 36 characters), echoed back in delivery
                reports.
        """
        return await self._runtime.call(
            _SEND,
            "/sms",
            None,
            _body(
                body,
                (
                    ("sender_id", sender_id),
                    ("phone", phone),
                    ("text", text),
                    ("delivery_at", delivery_at),
                    ("is_unicode", is_unicode),
                    ("is_text_deleted", is_text_deleted),
                    ("service_code", service_code),
                    ("voice_lang", voice_lang),
                    ("source", source),
                    ("callback_data", callback_data),
                ),
                required=(
                    "sender_id",
                    "phone",
                    "text",
                ),
                times=("delivery_at",),
                name="sms.send",
            ),
        )

    @overload
    async def dry_run(
        self,
        *,
        sender_id: str,
        phone: str,
        text: str,
        delivery_at: int | datetime | None = None,
        is_unicode: bool | None = None,
        is_text_deleted: bool | None = None,
        service_code: ServiceCode | str | None = None,
        voice_lang: VoiceLang | str | None = None,
        source: int | None = None,
        callback_data: str | None = None,
    ) -> Sms: ...
    @overload
    async def dry_run(self, *, body: SmsWrite | Mapping[str, Any]) -> Sms: ...
    @_overload_signature
    async def dry_run(
        self,
        *,
        body: SmsWrite | Mapping[str, Any] | None = None,
        sender_id: str | None = None,
        phone: str | None = None,
        text: str | None = None,
        delivery_at: int | datetime | None = None,
        is_unicode: bool | None = None,
        is_text_deleted: bool | None = None,
        service_code: ServiceCode | str | None = None,
        voice_lang: VoiceLang | str | None = None,
        source: int | None = None,
        callback_data: str | None = None,
    ) -> Sms:
        """Simulate sending an SMS without sending, storing or charging anything.

        The request is checked like a real one and answered with the message it would create.
        Nothing is kept: the answer always carries the placeholder UUID
        `11111111-2222-3333-4444-555555555555`, which `get_sms` does not find. A delivery report
        is still pushed, with the `sms.delivery.dryrun` webhook and status 0.

        Args:
            body: The whole body as a SmsWrite (or a mapping), instead of the fields.
            sender_id: The sender shown to recipients: a number of up to 15 digits, or up to 11
                letters, digits and spaces. Not every country transmits it.
            phone: The recipient; stored and answered in E.164 form.
            text: The message text (UTF-8).
            delivery_at: When to send; 0 or null means at once.
            is_unicode: true UCS-2
            is_text_deleted: Delete the text after delivery; null follows the account setting.
            service_code: See the API reference.
            voice_lang: See the API reference.
            source: Your own number for the itemised bill.
            callback_data: Your own reference (up to 36 characters), echoed back in delivery
                reports.
        """
        return await self._runtime.call(
            _DRY_RUN,
            "/sms/dryrun",
            None,
            _body(
                body,
                (
                    ("sender_id", sender_id),
                    ("phone", phone),
                    ("text", text),
                    ("delivery_at", delivery_at),
                    ("is_unicode", is_unicode),
                    ("is_text_deleted", is_text_deleted),
                    ("service_code", service_code),
                    ("voice_lang", voice_lang),
                    ("source", source),
                    ("callback_data", callback_data),
                ),
                required=(
                    "sender_id",
                    "phone",
                    "text",
                ),
                times=("delivery_at",),
                name="sms.dry_run",
            ),
        )

    def list_clicks(
        self,
        *,
        page: int | None = None,
        requests_count: int | Sequence[int] | None = None,
        requests_count_gt: int | None = None,
        requests_count_gte: int | None = None,
        requests_count_lt: int | None = None,
        requests_count_lte: int | None = None,
        requests_count_between: str | tuple[int, int] | None = None,
        created_at: int | datetime | Sequence[int | datetime] | None = None,
        created_at_gt: int | datetime | None = None,
        created_at_gte: int | datetime | None = None,
        created_at_lt: int | datetime | None = None,
        created_at_lte: int | datetime | None = None,
        created_at_between: str | tuple[int, int] | None = None,
        order_by: Mapping[Literal["created_at"], Literal["asc", "desc"] | Ordering]
        | None = None,
    ) -> AsyncPager[SmsClicks]:
        """List SMS with the number of clicks on their short links.

        Only messages with a link of an advanced campaign (type 2) are counted per message.

        Args:
            page: ``page``. The page of the collection to return, starting at 1.
            requests_count: ``requests_count[]``. Messages clicked any of these numbers of
                times.
            requests_count_gt: ``requests_count[gt]``. Messages clicked more than this many
                times.
            requests_count_gte: ``requests_count[gte]``. Messages clicked at least this many
                times.
            requests_count_lt: ``requests_count[lt]``. Messages clicked fewer than this many
                times.
            requests_count_lte: ``requests_count[lte]``. Messages clicked at most this many
                times.
            requests_count_between: ``requests_count[between]``. Messages clicked `<from>..<to>`
                times (both included).
            created_at: ``created_at[]``. Created at any of these Unix times.
            created_at_gt: ``created_at[gt]``. Created after this Unix time.
            created_at_gte: ``created_at[gte]``. Created at or after this Unix time.
            created_at_lt: ``created_at[lt]``. Created before this Unix time.
            created_at_lte: ``created_at[lte]``. Created at or before this Unix time.
            created_at_between: ``created_at[between]``. Created within `<from>..<to>` (Unix
                times, both included).
            order_by: Sort by these fields, in this order: ``{field: 'asc' | 'desc'}``.

        Returns:
            A lazy pager: iterate it for items, or ``.pages()`` for pages.
        """
        return self._runtime.paginate(
            _LIST_CLICKS,
            "/sms/clicks",
            _query(
                (
                    ("page", page),
                    ("requests_count[]", requests_count),
                    ("requests_count[gt]", requests_count_gt),
                    ("requests_count[gte]", requests_count_gte),
                    ("requests_count[lt]", requests_count_lt),
                    ("requests_count[lte]", requests_count_lte),
                    ("requests_count[between]", requests_count_between),
                    ("created_at[]", created_at),
                    ("created_at[gt]", created_at_gt),
                    ("created_at[gte]", created_at_gte),
                    ("created_at[lt]", created_at_lt),
                    ("created_at[lte]", created_at_lte),
                    ("created_at[between]", created_at_between),
                ),
                order_by,
            ),
        )

    async def cancel_many(
        self,
        *,
        is_sent: bool | None = None,
        is_unicode: bool | None = None,
        uuid: str | Sequence[str] | None = None,
        iso2: str | Sequence[str] | None = None,
        dlr_code: int | Sequence[int] | None = None,
        status_code: int | Sequence[int] | None = None,
        gateway_sent_at: int | datetime | Sequence[int | datetime] | None = None,
        gateway_sent_at_gt: int | datetime | None = None,
        gateway_sent_at_gte: int | datetime | None = None,
        gateway_sent_at_lt: int | datetime | None = None,
        gateway_sent_at_lte: int | datetime | None = None,
        gateway_sent_at_between: str | tuple[int, int] | None = None,
        delivery_at: int | datetime | Sequence[int | datetime] | None = None,
        delivery_at_gt: int | datetime | None = None,
        delivery_at_gte: int | datetime | None = None,
        delivery_at_lt: int | datetime | None = None,
        delivery_at_lte: int | datetime | None = None,
        delivery_at_between: str | tuple[int, int] | None = None,
        created_at: int | datetime | Sequence[int | datetime] | None = None,
        created_at_gt: int | datetime | None = None,
        created_at_gte: int | datetime | None = None,
        created_at_lt: int | datetime | None = None,
        created_at_lte: int | datetime | None = None,
        created_at_between: str | tuple[int, int] | None = None,
        chars_count: int | Sequence[int] | None = None,
        chars_count_gt: int | None = None,
        chars_count_gte: int | None = None,
        chars_count_lt: int | None = None,
        chars_count_lte: int | None = None,
        chars_count_between: str | tuple[int, int] | None = None,
        parts_count: int | Sequence[int] | None = None,
        parts_count_gt: int | None = None,
        parts_count_gte: int | None = None,
        parts_count_lt: int | None = None,
        parts_count_lte: int | None = None,
        parts_count_between: str | tuple[int, int] | None = None,
        bulk: str | Sequence[str] | None = None,
        source: int | Sequence[int] | None = None,
        source_gt: int | None = None,
        source_gte: int | None = None,
        source_lt: int | None = None,
        source_lte: int | None = None,
        source_between: str | tuple[int, int] | None = None,
        text: str | None = None,
        phone: str | None = None,
        sender_id: str | None = None,
        ip: str | None = None,
        key_id: int | Sequence[int] | None = None,
        callback_data: str | Sequence[str] | None = None,
        order_by: Mapping[
            Literal["created_at", "gateway_sent_at"], Literal["asc", "desc"] | Ordering
        ]
        | None = None,
    ) -> SmsBatchResult:
        """Stop every selected SMS that has not been handed to the network yet.

        Takes no body: the messages are selected with the same query filters as `list_sms`
        (there is no paging). Mostly useful for scheduled messages; a message meant to go out at
        once can only be caught in the few seconds it waits in the queue. The answer counts the
        stopped messages, under the key `deleted_sms_count`.

        Args:
            is_sent: ``is_sent``. Only messages already handed to the network (true) or only the
                others (false).
            is_unicode: ``is_unicode``. Only messages sent as Unicode (true) or only those sent
                as GSM 7-bit (false).
            uuid: ``uuid[]``. The messages with any of these UUIDs.
            iso2: ``iso2[]``. Messages to recipients in any of these countries.
            dlr_code: ``dlr_code[]``. Messages whose delivery report has any of these codes.
            status_code: ``status_code[]``. Messages in any of these states.
            gateway_sent_at: ``gateway_sent_at[]``. Messages handed to the network at any of
                these Unix times.
            gateway_sent_at_gt: ``gateway_sent_at[gt]``. Messages handed to the network after
                this Unix time.
            gateway_sent_at_gte: ``gateway_sent_at[gte]``. Messages handed to the network at or
                after this Unix time.
            gateway_sent_at_lt: ``gateway_sent_at[lt]``. Messages handed to the network before
                this Unix time.
            gateway_sent_at_lte: ``gateway_sent_at[lte]``. Messages handed to the network at or
                before this Unix time.
            gateway_sent_at_between: ``gateway_sent_at[between]``. Messages handed to the
                network within `<from>..<to>` (Unix times, both included).
            delivery_at: ``delivery_at[]``. Messages scheduled for any of these Unix times.
            delivery_at_gt: ``delivery_at[gt]``. Messages scheduled after this Unix time.
            delivery_at_gte: ``delivery_at[gte]``. Messages scheduled at or after this Unix
                time.
            delivery_at_lt: ``delivery_at[lt]``. Messages scheduled before this Unix time.
            delivery_at_lte: ``delivery_at[lte]``. Messages scheduled at or before this Unix
                time.
            delivery_at_between: ``delivery_at[between]``. Messages scheduled within
                `<from>..<to>` (Unix times, both included).
            created_at: ``created_at[]``. Created at any of these Unix times.
            created_at_gt: ``created_at[gt]``. Created after this Unix time.
            created_at_gte: ``created_at[gte]``. Created at or after this Unix time.
            created_at_lt: ``created_at[lt]``. Created before this Unix time.
            created_at_lte: ``created_at[lte]``. Created at or before this Unix time.
            created_at_between: ``created_at[between]``. Created within `<from>..<to>` (Unix
                times, both included).
            chars_count: ``chars_count[]``. Messages with any of these character counts.
            chars_count_gt: ``chars_count[gt]``. Messages with more than this many characters.
            chars_count_gte: ``chars_count[gte]``. Messages with at least this many characters.
            chars_count_lt: ``chars_count[lt]``. Messages with fewer than this many characters.
            chars_count_lte: ``chars_count[lte]``. Messages with at most this many characters.
            chars_count_between: ``chars_count[between]``. Messages with `<from>..<to>`
                characters (both included).
            parts_count: ``parts_count[]``. Messages made of any of these numbers of parts.
            parts_count_gt: ``parts_count[gt]``. Messages made of more than this many parts.
            parts_count_gte: ``parts_count[gte]``. Messages made of at least this many parts.
            parts_count_lt: ``parts_count[lt]``. Messages made of fewer than this many parts.
            parts_count_lte: ``parts_count[lte]``. Messages made of at most this many parts.
            parts_count_between: ``parts_count[between]``. Messages made of `<from>..<to>` parts
                (both included).
            bulk: ``bulk[]``. Messages created by any of these bulks.
            source: ``source[]``. Messages with any of these source numbers.
            source_gt: ``source[gt]``. Messages with a source number above this.
            source_gte: ``source[gte]``. Messages with a source number of at least this.
            source_lt: ``source[lt]``. Messages with a source number below this.
            source_lte: ``source[lte]``. Messages with a source number of at most this.
            source_between: ``source[between]``. Messages with a source number within
                `<from>..<to>` (both included).
            text: ``text``. Messages whose text contains this.
            phone: ``phone``. Messages to a number that contains this (for example `4979`).
            sender_id: ``sender_id``. Messages whose sender id contains this.
            ip: ``ip``. Messages sent from an IP address that contains this.
            key_id: ``key_id[]``. Messages sent with any of these API keys.
            callback_data: ``callback_data[]``. Messages whose callback data is any of these.
            order_by: Sort by these fields, in this order: ``{field: 'asc' | 'desc'}``.
        """
        return await self._runtime.call(
            _CANCEL_MANY,
            "/sms/ops/batch_cancel",
            _query(
                (
                    ("is_sent", is_sent),
                    ("is_unicode", is_unicode),
                    ("uuid[]", uuid),
                    ("iso2[]", iso2),
                    ("dlr_code[]", dlr_code),
                    ("status_code[]", status_code),
                    ("gateway_sent_at[]", gateway_sent_at),
                    ("gateway_sent_at[gt]", gateway_sent_at_gt),
                    ("gateway_sent_at[gte]", gateway_sent_at_gte),
                    ("gateway_sent_at[lt]", gateway_sent_at_lt),
                    ("gateway_sent_at[lte]", gateway_sent_at_lte),
                    ("gateway_sent_at[between]", gateway_sent_at_between),
                    ("delivery_at[]", delivery_at),
                    ("delivery_at[gt]", delivery_at_gt),
                    ("delivery_at[gte]", delivery_at_gte),
                    ("delivery_at[lt]", delivery_at_lt),
                    ("delivery_at[lte]", delivery_at_lte),
                    ("delivery_at[between]", delivery_at_between),
                    ("created_at[]", created_at),
                    ("created_at[gt]", created_at_gt),
                    ("created_at[gte]", created_at_gte),
                    ("created_at[lt]", created_at_lt),
                    ("created_at[lte]", created_at_lte),
                    ("created_at[between]", created_at_between),
                    ("chars_count[]", chars_count),
                    ("chars_count[gt]", chars_count_gt),
                    ("chars_count[gte]", chars_count_gte),
                    ("chars_count[lt]", chars_count_lt),
                    ("chars_count[lte]", chars_count_lte),
                    ("chars_count[between]", chars_count_between),
                    ("parts_count[]", parts_count),
                    ("parts_count[gt]", parts_count_gt),
                    ("parts_count[gte]", parts_count_gte),
                    ("parts_count[lt]", parts_count_lt),
                    ("parts_count[lte]", parts_count_lte),
                    ("parts_count[between]", parts_count_between),
                    ("bulk[]", bulk),
                    ("source[]", source),
                    ("source[gt]", source_gt),
                    ("source[gte]", source_gte),
                    ("source[lt]", source_lt),
                    ("source[lte]", source_lte),
                    ("source[between]", source_between),
                    ("text", text),
                    ("phone", phone),
                    ("sender_id", sender_id),
                    ("ip", ip),
                    ("key_id[]", key_id),
                    ("callback_data[]", callback_data),
                ),
                order_by,
            ),
            None,
        )

    async def delete_many(
        self,
        *,
        is_sent: bool | None = None,
        is_unicode: bool | None = None,
        uuid: str | Sequence[str] | None = None,
        iso2: str | Sequence[str] | None = None,
        dlr_code: int | Sequence[int] | None = None,
        status_code: int | Sequence[int] | None = None,
        gateway_sent_at: int | datetime | Sequence[int | datetime] | None = None,
        gateway_sent_at_gt: int | datetime | None = None,
        gateway_sent_at_gte: int | datetime | None = None,
        gateway_sent_at_lt: int | datetime | None = None,
        gateway_sent_at_lte: int | datetime | None = None,
        gateway_sent_at_between: str | tuple[int, int] | None = None,
        delivery_at: int | datetime | Sequence[int | datetime] | None = None,
        delivery_at_gt: int | datetime | None = None,
        delivery_at_gte: int | datetime | None = None,
        delivery_at_lt: int | datetime | None = None,
        delivery_at_lte: int | datetime | None = None,
        delivery_at_between: str | tuple[int, int] | None = None,
        created_at: int | datetime | Sequence[int | datetime] | None = None,
        created_at_gt: int | datetime | None = None,
        created_at_gte: int | datetime | None = None,
        created_at_lt: int | datetime | None = None,
        created_at_lte: int | datetime | None = None,
        created_at_between: str | tuple[int, int] | None = None,
        chars_count: int | Sequence[int] | None = None,
        chars_count_gt: int | None = None,
        chars_count_gte: int | None = None,
        chars_count_lt: int | None = None,
        chars_count_lte: int | None = None,
        chars_count_between: str | tuple[int, int] | None = None,
        parts_count: int | Sequence[int] | None = None,
        parts_count_gt: int | None = None,
        parts_count_gte: int | None = None,
        parts_count_lt: int | None = None,
        parts_count_lte: int | None = None,
        parts_count_between: str | tuple[int, int] | None = None,
        bulk: str | Sequence[str] | None = None,
        source: int | Sequence[int] | None = None,
        source_gt: int | None = None,
        source_gte: int | None = None,
        source_lt: int | None = None,
        source_lte: int | None = None,
        source_between: str | tuple[int, int] | None = None,
        text: str | None = None,
        phone: str | None = None,
        sender_id: str | None = None,
        ip: str | None = None,
        key_id: int | Sequence[int] | None = None,
        callback_data: str | Sequence[str] | None = None,
        order_by: Mapping[
            Literal["created_at", "gateway_sent_at"], Literal["asc", "desc"] | Ordering
        ]
        | None = None,
    ) -> SmsBatchResult:
        """Delete every selected SMS for good, also from the itemised bill.

        Takes no body: the messages are selected with the same query filters as `list_sms`
        (there is no paging). The deletion cannot be undone. The answer counts the deleted
        messages.

        Args:
            is_sent: ``is_sent``. Only messages already handed to the network (true) or only the
                others (false).
            is_unicode: ``is_unicode``. Only messages sent as Unicode (true) or only those sent
                as GSM 7-bit (false).
            uuid: ``uuid[]``. The messages with any of these UUIDs.
            iso2: ``iso2[]``. Messages to recipients in any of these countries.
            dlr_code: ``dlr_code[]``. Messages whose delivery report has any of these codes.
            status_code: ``status_code[]``. Messages in any of these states.
            gateway_sent_at: ``gateway_sent_at[]``. Messages handed to the network at any of
                these Unix times.
            gateway_sent_at_gt: ``gateway_sent_at[gt]``. Messages handed to the network after
                this Unix time.
            gateway_sent_at_gte: ``gateway_sent_at[gte]``. Messages handed to the network at or
                after this Unix time.
            gateway_sent_at_lt: ``gateway_sent_at[lt]``. Messages handed to the network before
                this Unix time.
            gateway_sent_at_lte: ``gateway_sent_at[lte]``. Messages handed to the network at or
                before this Unix time.
            gateway_sent_at_between: ``gateway_sent_at[between]``. Messages handed to the
                network within `<from>..<to>` (Unix times, both included).
            delivery_at: ``delivery_at[]``. Messages scheduled for any of these Unix times.
            delivery_at_gt: ``delivery_at[gt]``. Messages scheduled after this Unix time.
            delivery_at_gte: ``delivery_at[gte]``. Messages scheduled at or after this Unix
                time.
            delivery_at_lt: ``delivery_at[lt]``. Messages scheduled before this Unix time.
            delivery_at_lte: ``delivery_at[lte]``. Messages scheduled at or before this Unix
                time.
            delivery_at_between: ``delivery_at[between]``. Messages scheduled within
                `<from>..<to>` (Unix times, both included).
            created_at: ``created_at[]``. Created at any of these Unix times.
            created_at_gt: ``created_at[gt]``. Created after this Unix time.
            created_at_gte: ``created_at[gte]``. Created at or after this Unix time.
            created_at_lt: ``created_at[lt]``. Created before this Unix time.
            created_at_lte: ``created_at[lte]``. Created at or before this Unix time.
            created_at_between: ``created_at[between]``. Created within `<from>..<to>` (Unix
                times, both included).
            chars_count: ``chars_count[]``. Messages with any of these character counts.
            chars_count_gt: ``chars_count[gt]``. Messages with more than this many characters.
            chars_count_gte: ``chars_count[gte]``. Messages with at least this many characters.
            chars_count_lt: ``chars_count[lt]``. Messages with fewer than this many characters.
            chars_count_lte: ``chars_count[lte]``. Messages with at most this many characters.
            chars_count_between: ``chars_count[between]``. Messages with `<from>..<to>`
                characters (both included).
            parts_count: ``parts_count[]``. Messages made of any of these numbers of parts.
            parts_count_gt: ``parts_count[gt]``. Messages made of more than this many parts.
            parts_count_gte: ``parts_count[gte]``. Messages made of at least this many parts.
            parts_count_lt: ``parts_count[lt]``. Messages made of fewer than this many parts.
            parts_count_lte: ``parts_count[lte]``. Messages made of at most this many parts.
            parts_count_between: ``parts_count[between]``. Messages made of `<from>..<to>` parts
                (both included).
            bulk: ``bulk[]``. Messages created by any of these bulks.
            source: ``source[]``. Messages with any of these source numbers.
            source_gt: ``source[gt]``. Messages with a source number above this.
            source_gte: ``source[gte]``. Messages with a source number of at least this.
            source_lt: ``source[lt]``. Messages with a source number below this.
            source_lte: ``source[lte]``. Messages with a source number of at most this.
            source_between: ``source[between]``. Messages with a source number within
                `<from>..<to>` (both included).
            text: ``text``. Messages whose text contains this.
            phone: ``phone``. Messages to a number that contains this (for example `4979`).
            sender_id: ``sender_id``. Messages whose sender id contains this.
            ip: ``ip``. Messages sent from an IP address that contains this.
            key_id: ``key_id[]``. Messages sent with any of these API keys.
            callback_data: ``callback_data[]``. Messages whose callback data is any of these.
            order_by: Sort by these fields, in this order: ``{field: 'asc' | 'desc'}``.
        """
        return await self._runtime.call(
            _DELETE_MANY,
            "/sms/ops/batch_delete",
            _query(
                (
                    ("is_sent", is_sent),
                    ("is_unicode", is_unicode),
                    ("uuid[]", uuid),
                    ("iso2[]", iso2),
                    ("dlr_code[]", dlr_code),
                    ("status_code[]", status_code),
                    ("gateway_sent_at[]", gateway_sent_at),
                    ("gateway_sent_at[gt]", gateway_sent_at_gt),
                    ("gateway_sent_at[gte]", gateway_sent_at_gte),
                    ("gateway_sent_at[lt]", gateway_sent_at_lt),
                    ("gateway_sent_at[lte]", gateway_sent_at_lte),
                    ("gateway_sent_at[between]", gateway_sent_at_between),
                    ("delivery_at[]", delivery_at),
                    ("delivery_at[gt]", delivery_at_gt),
                    ("delivery_at[gte]", delivery_at_gte),
                    ("delivery_at[lt]", delivery_at_lt),
                    ("delivery_at[lte]", delivery_at_lte),
                    ("delivery_at[between]", delivery_at_between),
                    ("created_at[]", created_at),
                    ("created_at[gt]", created_at_gt),
                    ("created_at[gte]", created_at_gte),
                    ("created_at[lt]", created_at_lt),
                    ("created_at[lte]", created_at_lte),
                    ("created_at[between]", created_at_between),
                    ("chars_count[]", chars_count),
                    ("chars_count[gt]", chars_count_gt),
                    ("chars_count[gte]", chars_count_gte),
                    ("chars_count[lt]", chars_count_lt),
                    ("chars_count[lte]", chars_count_lte),
                    ("chars_count[between]", chars_count_between),
                    ("parts_count[]", parts_count),
                    ("parts_count[gt]", parts_count_gt),
                    ("parts_count[gte]", parts_count_gte),
                    ("parts_count[lt]", parts_count_lt),
                    ("parts_count[lte]", parts_count_lte),
                    ("parts_count[between]", parts_count_between),
                    ("bulk[]", bulk),
                    ("source[]", source),
                    ("source[gt]", source_gt),
                    ("source[gte]", source_gte),
                    ("source[lt]", source_lt),
                    ("source[lte]", source_lte),
                    ("source[between]", source_between),
                    ("text", text),
                    ("phone", phone),
                    ("sender_id", sender_id),
                    ("ip", ip),
                    ("key_id[]", key_id),
                    ("callback_data[]", callback_data),
                ),
                order_by,
            ),
            None,
        )

    async def get(self, uuid: str) -> Sms:
        """Read one SMS with its current status and delivery report.

        Args:
            uuid: ``uuid``. The SMS's UUID.
        """
        return await self._runtime.call(
            _GET, f"/sms/{_segment(uuid, 'uuid')}", None, None
        )

    async def wait_for_delivery(
        self,
        uuid: str,
        *,
        timeout: float = 600.0,
        poll_interval: float = 5.0,
        on_progress: Callable[[Sms], object] | None = None,
    ) -> Sms:
        """Poll ``get`` until the Sms reaches a final state; return it.

        The client's clock and sleep are used, so a sandbox with a frozen clock is waited
        for in sandbox time.

        Args:
            uuid: ``uuid`` of the Sms.
            timeout: Give up after this many seconds.
            poll_interval: Seconds between two reads.
            on_progress: Called with every state read.

        Raises:
            WaitTimeoutError: Not final within ``timeout`` seconds.

        """
        return await self._runtime.wait(
            lambda: self.get(uuid),
            "delivery_final",
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
        )

    async def delete(self, uuid: str) -> None:
        """Delete one SMS, also from the itemised bill.

        Args:
            uuid: ``uuid``. The SMS's UUID.
        """
        return await self._runtime.call(
            _DELETE, f"/sms/{_segment(uuid, 'uuid')}", None, None
        )

    async def clicks(self, uuid: str) -> SmsClicks:
        """Read how often the short link of one SMS was clicked.

        Returns a single object, although the official operation id speaks of a collection; the
        official code samples also use the wrong path `/sms/clicks/{uuid}`. Clicks are only
        counted per message for links of advanced campaigns (type 2).

        Args:
            uuid: ``uuid``. The SMS's UUID.
        """
        return await self._runtime.call(
            _CLICKS, f"/sms/{_segment(uuid, 'uuid')}/clicks", None, None
        )

    def requests(
        self,
        uuid: str,
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
        """List the clicks on the short link of one SMS.

        Args:
            uuid: ``uuid``. The SMS's UUID.
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
            f"/sms/{_segment(uuid, 'uuid')}/requests",
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
