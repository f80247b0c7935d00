"""What happens when a recipient fills in the form of a (un)subscription campaign.

* Subscribing adds the number to the campaign's group (or finds it there), records
  ``subscribed_at`` and emits ``phone.subscribe``.
* Unsubscribing blocks the number (type 2, see ``_messaging.block_number``), records
  ``unsubscribed_at`` and the reason on the number's entries in the campaign's group (if it has
  one) and emits ``phone.unsubscribe`` with a growing ``unsubscribe_request_id``.

Both name the short link the recipient opened: the newest link the campaign made for that
number, or else a link of the campaign's own (made on first need, free of charge). Everything is
checked before anything changes.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from lox24.sandbox._api._errors import ApiError

from ._linking import SUBSCRIBE, UNSUBSCRIBE, Campaign, ShortLink, Subscription
from ._messaging import UNSUBSCRIBED, block_number
from ._phonenumbers import normalise_phone

if TYPE_CHECKING:
    from ._store import Group, Phone, Store

BAD_REQUEST, NOT_FOUND, UNPROCESSABLE = 400, 404, 422
#: The reasons an unsubscription form offers, by ``reason.id``.
REASONS: Mapping[int, str] = {
    1: "I never subscribed",
    2: "I receive too many messages",
    3: "I am not interested any more",
    4: "I do not understand the content",
    5: "I do not like the company",
    6: "Other",
}
_KINDS: Mapping[str, str] = {SUBSCRIBE: "a subscription", UNSUBSCRIBE: "an unsubscription"}


def subscribe(store: Store, campaign_code: str, phone: str, *, at: float) -> dict[str, Any]:
    """Subscribe ``phone`` through the form of a subscription campaign, at sandbox time ``at``.

    Returns:
        The data of the ``phone.subscribe`` event.

    Raises:
        ApiError: 404 for an unknown campaign; 422 when it is no subscription campaign or its
            group is gone; 400 for a number that cannot be brought into E.164 form.

    """
    campaign = _campaign(store, campaign_code, SUBSCRIBE)
    group = store.groups.get(campaign.fields["group_id"])
    if group is None:
        raise ApiError(UNPROCESSABLE, "campaign_code: The campaign's group no longer exists.")
    number = _number(phone)
    link = _opened_link(store, campaign, number, at)
    entries = _entries(store, group, number) or [store.add_phone(group, {"phone": number})]
    for entry in entries:
        store.links.subscriptions[entry.id] = Subscription(subscribed_at=int(at))
        store.listings["phones"].refresh(entry)  # its subscription fields
    data = _event_data(store, campaign, link, number, at)
    data["additional_data"] = []
    store.events.emit("phone.subscribe", data, at)
    return copy.deepcopy(data)


def unsubscribe(
    store: Store, campaign_code: str, phone: str, reason_id: int, *, text: str, at: float
) -> dict[str, Any]:
    """Unsubscribe ``phone`` through the form of an unsubscription campaign, at time ``at``.

    Returns:
        The data of the ``phone.unsubscribe`` event.

    Raises:
        ApiError: 404 for an unknown campaign; 422 when it is no unsubscription campaign; 400
            for a number that cannot be brought into E.164 form or an unknown reason.

    """
    campaign = _campaign(store, campaign_code, UNSUBSCRIBE)
    number = _number(phone)
    if isinstance(reason_id, bool) or reason_id not in REASONS:
        raise ApiError(BAD_REQUEST, "reason_id: The value you selected is not a valid choice.")
    group_id = campaign.fields["group_id"]
    group = None if group_id is None else store.groups.get(group_id)
    link = _opened_link(store, campaign, number, at)
    block_number(store, number, UNSUBSCRIBED, at)
    for entry in [] if group is None else _entries(store, group, number):
        found = store.links.subscriptions.setdefault(entry.id, Subscription())
        found.unsubscribed_at, found.unsubscribe_reason = int(at), reason_id
        store.listings["phones"].refresh(entry)  # its subscription fields
    store.links.last_unsubscribe_id += 1
    data = _event_data(store, campaign, link, number, at)
    data["unsubscribe_request_id"] = store.links.last_unsubscribe_id
    data["additional_data"] = {
        "reason": {"id": reason_id, "label": REASONS[reason_id]},
        "additional_text": text,
    }
    store.events.emit("phone.unsubscribe", data, at)
    return copy.deepcopy(data)


def _campaign(store: Store, code: str, kind: str) -> Campaign:
    campaign = store.links.campaigns.get(code)
    if campaign is None:
        raise ApiError(NOT_FOUND, f"campaign_code: The campaign '{code}' does not exist.")
    if campaign.kind != kind:
        detail = f"campaign_code: The campaign '{code}' is not {_KINDS[kind]} campaign."
        raise ApiError(UNPROCESSABLE, detail)
    return campaign


def _number(phone: str) -> str:
    number = normalise_phone(phone)
    if number is None:
        raise ApiError(BAD_REQUEST, "phone: This value is not a valid phone number.")
    return number


def _entries(store: Store, group: Group, number: str) -> list[Phone]:
    return [p for p in store.group_phones(group) if p.fields["phone"] == number]


def _opened_link(store: Store, campaign: Campaign, number: str, at: float) -> ShortLink:
    state = store.links
    made = [
        link
        for link in state.campaign_links(campaign.code)
        if link.phone is not None and normalise_phone(link.phone) == number
    ]
    if made:
        return made[-1]
    if campaign.shared_link is None:
        campaign.shared_link = state.add_link(campaign, at).short_code
    return state.links[campaign.shared_link]


def _event_data(
    store: Store, campaign: Campaign, link: ShortLink, number: str, at: float
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "phone": number,
        "user_id": store.customer_id,
        "timestamp": int(at),
        "campaign_code": campaign.code,
        "short_link_code": link.short_code,
    }
    if campaign.fields["group_id"] is not None:
        data["group_id"] = campaign.fields["group_id"]
    return data
