"""A bulk's messages: planned and charged when it is created, then created as it is processed.

* :func:`plan` lists the recipients (the phones given, then every phone of every group in
  ``msg_groups``, in group and creation order; blocked numbers are left out), personalises and
  measures each text, and prices each SMS like a single one; it refuses a text that is too long
  or names an unknown short-link campaign with 422 before anything changes.
* :func:`charge` takes the whole price from the balance, or refuses with 402 (nothing kept).
* :func:`schedule` puts the bulk on the due queue; :func:`release`, called by the catch-up,
  creates its SMS at the bulk's rate (``_lifecycle.RATE``), so that at any time the SMS that
  exist are the bulk's ``msg_total_count``. Each SMS has ``bulk_id``, its own text, parts and
  price, and the delivery lifecycle of any SMS (``_sms_lifecycle``).
* :func:`stop` (cancel) stops the bulk's SMS not sent yet and refunds what was never created;
  :func:`drop` (delete) refunds what was never created.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from lox24.sandbox._api._errors import ApiError, Violation
from lox24.sandbox._api._problems import UNPROCESSABLE

from ._bulk_plan import BulkPlan, PlannedText, personalise
from ._ids import new_uuid4
from ._lifecycle import RATE, message_count, start_time
from ._linking import PLACEHOLDER, expand_short_links, short_link_cost
from ._messaging import Sms
from ._sms_compose import DEFAULT_SERVICE, PRICE_PER_PART, SSML_SERVICE, VOICE_SERVICES
from ._sms_compose import preview_links as _preview_links
from ._sms_country import country_of, voice_lang_of
from ._sms_lifecycle import NEW, accept, cancel
from ._sms_text import TextMeasure, measure

if TYPE_CHECKING:
    from ._store import Bulk, Store

PAYMENT_REQUIRED = 402
#: The rank of bulk releases in the due queue: before delivery steps at the same time.
DUE_RANK = 0
_PRICE_DECIMALS = 6
Recipient = tuple[str, Mapping[str, Any] | None]


def plan(store: Store, body: Mapping[str, Any], group_ids: list[int]) -> BulkPlan:
    """Plan every message of a bulk with ``body`` sent to its phones and ``group_ids``.

    Raises:
        ApiError: 422 naming ``text`` when a personalised text is too long or names an unknown
            short-link campaign.

    """
    result = BulkPlan()
    service = body.get("service_code") or DEFAULT_SERVICE
    for phone, columns in _recipients(store, body, group_ids):
        text = personalise(str(body["text"]), columns)
        number = result.known_text(text)
        if number is None:
            number = result.add_text(_plan_text(store, text, body, service))
        callback = None if columns is None else columns.get("callback_data")
        result.add_recipient(phone, callback, number)
    return result


def charge(store: Store, planned: BulkPlan, now: float) -> None:
    """Take the price of every message from the balance; 402 (nothing taken) if short."""
    total = planned.total_charge
    if not store.debit(total, now):
        detail = f"The balance ({store.balance}) does not cover the bulk's price ({total})."
        raise ApiError(PAYMENT_REQUIRED, detail)


def schedule(store: Store, bulk: Bulk) -> None:
    """Put the creation of the bulk's first message on the due queue."""
    if bulk.plan is not None and bulk.recipients:
        heapq.heappush(store.due, (_due_at(bulk, 0), DUE_RANK, bulk.seq, 0, bulk))


def release(store: Store, bulk: Bulk, now: float) -> None:
    """Create the bulk's messages of one second that are due at ``now``; schedule the next.

    Messages are created one second at a time so that, across bulks, SMS are kept in the
    order of their creation time.
    """
    planned = bulk.plan
    stopped = store.bulks.get(bulk.uuid) is not bulk or bulk.cancelled_at is not None
    if stopped or planned is None:
        return
    due = message_count(bulk, now)
    second = _created_at(bulk, bulk.released)
    while bulk.released < due and _created_at(bulk, bulk.released) == second:
        _create_sms(store, bulk, planned, bulk.released)
        bulk.released += 1
    if bulk.released < bulk.recipients:
        at = _due_at(bulk, bulk.released)
        # Float rounding must neither stall what is due nor repeat what is not.
        at = min(at, now) if bulk.released < due else max(at, math.nextafter(now, math.inf))
        heapq.heappush(store.due, (at, DUE_RANK, bulk.seq, 0, bulk))


def stop(store: Store, bulk: Bulk, now: float) -> None:
    """After a cancel: stop the bulk's SMS not sent yet, refund the messages never created."""
    if bulk.plan is None:
        return
    for sms in _newest_unsent(store, bulk.uuid):
        cancel(store, sms, now)
    store.credit(bulk.plan.charge_after(bulk.released), now)


def drop(store: Store, bulk: Bulk, now: float) -> None:
    """After a delete: refund the messages never created (a cancelled bulk was refunded)."""
    if bulk.plan is not None and bulk.cancelled_at is None:
        store.credit(bulk.plan.charge_after(bulk.released), now)


def _recipients(store: Store, body: Mapping[str, Any], group_ids: list[int]) -> Iterator[Recipient]:
    blocked = store.messaging.blocked_entry
    for phone in body.get("phones") or []:
        if blocked(str(phone)) is None:
            yield str(phone), None
    for group_id in group_ids:
        for entry in store.group_phones(store.groups[group_id]):
            number = str(entry.fields["phone"])
            if blocked(number) is None:
                yield number, entry.fields


def _plan_text(store: Store, text: str, body: Mapping[str, Any], service: str) -> PlannedText:
    measured = _measure(_preview_links(store, text), body)
    if measured.too_long:
        detail = f"The text counts {measured.chars_count} characters; at most {measured.limit}."
        raise ApiError.invalid(UNPROCESSABLE, [Violation("text", detail)])
    per_part = PRICE_PER_PART.get(service, PRICE_PER_PART[DEFAULT_SERVICE])
    price = round(measured.parts_count * per_part, _PRICE_DECIMALS)
    return PlannedText(text, _counts(measured), price, short_link_cost(store, text))


def _create_sms(store: Store, bulk: Bulk, planned: BulkPlan, number: int) -> None:
    """Create and schedule message ``number`` of ``bulk``."""
    phone, text = planned.phones[number], planned.text(number)
    created_at = _created_at(bulk, number)
    sms_uuid = new_uuid4()
    counts = text.counts
    if PLACEHOLDER.search(text.text):  # links are made per message, already paid for
        expanded = expand_short_links(
            store, text.text, sms_uuid=sms_uuid, phone=phone, now=created_at,
            bulk_uuid=bulk.uuid, charge=False,
        )  # fmt: skip
        counts = _counts(_measure(expanded, bulk.fields))
    sms_fields = _common_fields(bulk, phone) | {
        **counts,
        "price": text.price,
        "callback_data": planned.callback_data[number],
    }
    accept(store, Sms(sms_uuid, created_at, sms_fields))


def _common_fields(bulk: Bulk, phone: str) -> dict[str, Any]:
    """The fields an SMS of ``bulk`` to ``phone`` takes from the bulk and the number."""
    fields = bulk.fields
    service = fields["service_code"]
    voice_lang = fields["voice_lang"]
    if voice_lang is None and service in VOICE_SERVICES:
        voice_lang = voice_lang_of(phone)
    return {
        "bulk_id": bulk.uuid,
        "sender_id": fields["sender_id"],
        "phone": phone,
        "iso2": country_of(phone),
        "is_text_deleted": fields["is_text_deleted"],
        "service_code": service,
        "voice_lang": voice_lang,
        "delivery_at": int(fields.get("delivery_at") or 0),
        "source": fields["source"],
        "key_id": fields["key_id"],
        "ip": fields["ip"],
    }


def _newest_unsent(store: Store, bulk_uuid: str) -> list[Sms]:
    """The bulk's SMS still at status 0: its newest ones (a bulk sends in creation order)."""
    found = store.messaging.sms_indexes["bulk_id"].by_value.get(bulk_uuid)
    unsent: list[Sms] = []
    for key in reversed(found.keys if found is not None else []):
        sms = store.messaging.sms[key[2]]
        if sms.status_code != NEW:
            break
        unsent.append(sms)
    return unsent


def _created_at(bulk: Bulk, number: int) -> int:
    """The second message ``number`` of ``bulk`` is created in."""
    return start_time(bulk) + (number + 1) // RATE


def _due_at(bulk: Bulk, number: int) -> float:
    """When message ``number`` of ``bulk`` is due (when ``msg_total_count`` passes it)."""
    return start_time(bulk) + (number + 1) / RATE


def _measure(text: str, fields: Mapping[str, Any]) -> TextMeasure:
    ssml = (fields.get("service_code") or DEFAULT_SERVICE) == SSML_SERVICE
    return measure(text, is_unicode=fields.get("is_unicode"), ssml=ssml)


def _counts(measured: TextMeasure) -> dict[str, Any]:
    return {
        "text": measured.text,
        "is_unicode": measured.is_unicode,
        "chars_count": measured.chars_count,
        "parts_count": measured.parts_count,
    }
