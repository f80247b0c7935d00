"""Turn a valid ``SmsWrite`` body into an SMS: refusals, link expansion, counting, price.

The steps, each refusing before anything is changed:

1. a recipient on the blocked-number list is refused (422 naming ``phone``);
2. ``[slink …]`` placeholders are checked (an unknown campaign is a 422 naming ``text``) and the
   text is previewed with stand-in links as long as real ones (``https://l24.pw/xxxxxx``);
3. the preview is encoded and counted (``_sms_text``); over 1530 GSM or 670 UCS-2 characters
   is refused (422 naming ``text``);
4. the price is ``parts_count`` times :data:`PRICE_PER_PART` of the service, taken from the
   balance; a balance that does not cover it is refused (402);
5. only then are the placeholders expanded for real (``_linking.expand_short_links``, once per
   SMS, which charges per-message links and may still refuse with 402: the SMS's price is then
   given back), and the expanded text is what is counted, sent and stored.

A dry run goes through steps 1 to 3 and answers the preview: it creates no link and charges
nothing. Checking on a preview keeps refusals free of side effects without copying link state.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from lox24.sandbox._api._errors import ApiError, Violation
from lox24.sandbox._api._problems import UNPROCESSABLE

from ._linking import (
    PLACEHOLDER,
    SHORT_CODE_LENGTH,
    expand_short_links,
    short_link_cost,
    short_link_url,
)
from ._messaging import Sms
from ._sms_country import country_of, voice_lang_of
from ._sms_lifecycle import accept
from ._sms_text import TextMeasure, measure
from ._store import KEY_ID

if TYPE_CHECKING:
    from ._store import Store

PAYMENT_REQUIRED = 402
DEFAULT_SERVICE = "direct"
SSML_SERVICE = "text2speech_ssml"
VOICE_SERVICES = frozenset({"text2speech", SSML_SERVICE})
#: The price of one SMS part (or voice unit of the same length) by service, in the account's
#: currency, without VAT.
PRICE_PER_PART: Mapping[str, float] = {
    "economy": 0.045,
    "pro": 0.052,
    "direct": 0.056,
    "text2speech": 0.15,
    "text2speech_ssml": 0.15,
}
#: The uuid every dry run answers with; no SMS ever has it.
DRYRUN_UUID = "11111111-2222-3333-4444-555555555555"
_PRICE_DECIMALS = 6


def send(store: Store, body: Mapping[str, Any], *, client_ip: str, now: float) -> Sms:
    """Accept, charge and keep an SMS.

    Args:
        store: The account.
        body: The request body, valid against ``SmsWrite``.
        client_ip: The client's address as the SMS reports it (IPv4).
        now: The sandbox time of the request.

    Returns:
        The stored SMS.

    Raises:
        ApiError: 422 for a blocked recipient, an unknown campaign or a text too long, 402 when
            the balance does not cover the price; nothing is changed then.

    """
    sms_uuid = str(uuid.uuid4())
    planned = compose(store, body, sms_uuid=sms_uuid, client_ip=client_ip, now=now)
    price = float(planned.fields["price"])
    balance, changed_at = store.balance, store.balance_changed_at
    if not store.debit(price, now):
        detail = f"The balance ({store.balance}) does not cover the price ({price})."
        raise ApiError(PAYMENT_REQUIRED, detail)
    phone, text = str(body["phone"]), str(body["text"])
    try:
        expanded = expand_short_links(store, text, sms_uuid=sms_uuid, phone=phone, now=now)
    except ApiError:
        store.balance, store.balance_changed_at = balance, changed_at
        raise
    sms = Sms(sms_uuid, planned.created_at, planned.fields | _counts(_measure(expanded, body)))
    accept(store, sms)
    return sms


def dry_run(store: Store, body: Mapping[str, Any], *, client_ip: str, now: float) -> Sms:
    """Compose the SMS a body would send, keeping and charging nothing (uuid :data:`DRYRUN_UUID`).

    Raises:
        ApiError: 422 for a blocked recipient, an unknown campaign or a text too long.

    """
    return compose(store, body, sms_uuid=DRYRUN_UUID, client_ip=client_ip, now=now)


def check_recipient(store: Store, phone: str) -> None:
    """Refuse a recipient on the blocked-number list with 422 naming ``phone``."""
    if store.messaging.blocked_entry(phone) is not None:
        problem = Violation("phone", "This number is blocked and receives no messages.")
        raise ApiError.invalid(UNPROCESSABLE, [problem])


def check_text(body: Mapping[str, Any]) -> None:
    """Refuse an empty ``text`` with 422 naming it: there is nothing to send or charge."""
    if body.get("text") == "":
        problem = Violation("text", "This value should not be blank.")
        raise ApiError.invalid(UNPROCESSABLE, [problem])


def compose(
    store: Store, body: Mapping[str, Any], *, sms_uuid: str, client_ip: str, now: float
) -> Sms:
    """Build the SMS of ``body`` on the preview of its text; nothing is charged or kept.

    Raises:
        ApiError: 422 naming ``text`` for an empty text, an unknown campaign or a text too
            long, ``phone`` for a blocked recipient.

    """
    check_text(body)
    phone = str(body["phone"])
    check_recipient(store, phone)
    service = body.get("service_code") or DEFAULT_SERVICE
    measured = _measure(preview_links(store, str(body["text"])), body)
    if measured.too_long:
        detail = f"The text counts {measured.chars_count} characters; at most {measured.limit}."
        raise ApiError.invalid(UNPROCESSABLE, [Violation("text", detail)])
    voice_lang = body.get("voice_lang")
    if voice_lang is None and service in VOICE_SERVICES:
        voice_lang = voice_lang_of(phone)
    fields = {
        "bulk_id": None,
        "sender_id": body["sender_id"],
        "phone": phone,
        "iso2": country_of(phone),
        **_counts(measured),
        "is_text_deleted": bool(body.get("is_text_deleted")),
        "price": round(measured.parts_count * PRICE_PER_PART[service], _PRICE_DECIMALS),
        "service_code": service,
        "voice_lang": voice_lang,
        "delivery_at": int(body.get("delivery_at") or 0),
        "source": body.get("source"),
        "callback_data": body.get("callback_data"),
        "key_id": KEY_ID,
        "ip": client_ip,
    }
    return Sms(sms_uuid, int(now), fields)


def preview_links(store: Store, text: str) -> str:
    """``text`` with every placeholder replaced by a stand-in link as long as a real one.

    Raises:
        ApiError: 422 naming ``text`` when a placeholder names no campaign of the account.

    """
    short_link_cost(store, text)
    stand_in = short_link_url("x" * SHORT_CODE_LENGTH)
    return PLACEHOLDER.sub(lambda _: stand_in, text)


def _measure(text: str, body: Mapping[str, Any]) -> TextMeasure:
    ssml = (body.get("service_code") or DEFAULT_SERVICE) == SSML_SERVICE
    return measure(text, is_unicode=body.get("is_unicode"), ssml=ssml)


def _counts(measured: TextMeasure) -> dict[str, Any]:
    return {
        "text": measured.text,
        "is_unicode": measured.is_unicode,
        "chars_count": measured.chars_count,
        "parts_count": measured.parts_count,
    }
