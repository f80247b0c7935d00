"""State of short-link campaigns, short links and their clicks, and text placeholders.

A text may hold ``[slink <campaign code>]`` placeholders; :func:`expand_short_links` replaces
each by a short link on ``l24.pw``:

* a simple campaign (type 1) has one link shared by every message, made on first use, free;
* an advanced campaign (type 2) makes a new link for every placeholder of every message and
  charges :data:`LINK_PRICE` for it. Subscription and unsubscription campaigns report type 2
  and hand out links the same way: each recipient gets a form of their own.

Every message whose text holds a placeholder is remembered with the links made for it, which is
what the per-message click listings answer from. A text without placeholders changes nothing.

Clicks are kept in order of their ``date`` and indexed by what owns them (their link, its
campaign, its message, its bulk: :data:`CLICK_OWNERS`), so that a page of one owner's clicks
costs what it shows, not the number of clicks or links stored.
"""

from __future__ import annotations

import re
import secrets
import string
from collections.abc import Container
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from lox24.sandbox._api._errors import ApiError, Violation

from ._indexed import FieldIndex, Key, SelectionCache, SortedKeys
from ._listings import Listings

if TYPE_CHECKING:
    from ._store import Store

#: The domain of every short link.
LINK_DOMAIN = "l24.pw"
#: What one link of an advanced (or form) campaign costs, without VAT.
LINK_PRICE = 0.005
SIMPLE, ADVANCED = 1, 2
#: The kinds of campaign: a redirect to a URL, or a (un)subscription form.
LINK, SUBSCRIBE, UNSUBSCRIBE = "link", "subscribe", "unsubscribe"
CAMPAIGN_CODE_LENGTH = 8
SHORT_CODE_LENGTH = 6
PLACEHOLDER = re.compile(r"\[slink\s+([^\]\s]*)\s*\]")
PAYMENT_REQUIRED, UNPROCESSABLE = 402, 422
_ALPHABET = string.ascii_letters + string.digits
#: What a click's listing can be scoped to: the link clicked, its campaign, message and bulk.
CLICK_OWNERS = ("short_code", "campaign", "sms", "bulk")


@dataclass(slots=True)
class Campaign:
    """A short-link campaign; ``fields`` holds ``type``, ``name``, ``url`` and ``group_id``."""

    code: str
    kind: str
    created_at: int
    fields: dict[str, Any]
    shared_link: str | None = None

    @property
    def per_message(self) -> bool:
        """Whether every message gets a link of its own (and pays for it)."""
        return bool(self.fields["type"] == ADVANCED)


@dataclass(slots=True)
class ShortLink:
    """One short link; a per-message link remembers the message and phone it was made for."""

    short_code: str
    campaign_code: str
    url: str
    updated_at: int
    sms_uuid: str | None = None
    phone: str | None = None
    bulk_uuid: str | None = None


@dataclass(slots=True)
class Click:
    """One recorded click (a short-link request); ``fields`` are its plain API fields."""

    id: int
    short_code: str
    fields: dict[str, Any]

    @property
    def key(self) -> Key:
        """Its key in the click indexes: its date, then its id (the creation number)."""
        return (int(self.fields["date"]), self.id, str(self.id))


@dataclass(slots=True)
class SentMessage:
    """A message whose placeholders were expanded, with the links made for it alone."""

    created_at: int
    short_codes: list[str] = field(default_factory=list)
    uuid: str = ""


@dataclass(slots=True)
class Subscription:
    """What the (un)subscription forms recorded about one phone entry of a group."""

    subscribed_at: int | None = None
    unsubscribed_at: int | None = None
    unsubscribe_reason: int | None = None


@dataclass(slots=True)
class LinkState:
    """The account's short-link campaigns, short links and recorded clicks.

    Attributes:
        campaigns: The campaigns by code, oldest first.
        retired_codes: Codes of deleted campaigns, never handed out again.
        links: The short links by short code, oldest first.
        clicks: The clicks by id, oldest first.
        messages: Every message whose placeholders were expanded, by UUID.
        subscriptions: Form results by phone id (see :func:`phone_subscription`).
        last_click_id: The id of the latest click (ids start at 1).
        last_unsubscribe_id: The ``unsubscribe_request_id`` of the latest unsubscription.
        links_by_campaign: The short codes of each campaign's links, oldest first.
        click_order: The key of every click, by date.
        clicks_by: The keys of the clicks by owner, for each of :data:`CLICK_OWNERS`.
        click_selections: Click selections no index answers, until the next click.

    """

    campaigns: dict[str, Campaign] = field(default_factory=dict)
    retired_codes: set[str] = field(default_factory=set)
    links: dict[str, ShortLink] = field(default_factory=dict)
    clicks: dict[int, Click] = field(default_factory=dict)
    messages: dict[str, SentMessage] = field(default_factory=dict)
    subscriptions: dict[int, Subscription] = field(default_factory=dict)
    last_click_id: int = 0
    last_unsubscribe_id: int = 0
    links_by_campaign: dict[str, list[str]] = field(default_factory=dict)
    click_order: SortedKeys = field(default_factory=SortedKeys)
    clicks_by: dict[str, FieldIndex] = field(
        default_factory=lambda: {owner: FieldIndex() for owner in CLICK_OWNERS}
    )
    click_selections: SelectionCache = field(default_factory=SelectionCache)
    listings: Listings = field(default_factory=Listings)

    def new_campaign_code(self) -> str:
        """Return an unused campaign code (8 letters and digits)."""
        # Membership is asked of both collections as they are: building their union would cost
        # a pass over every campaign on each new one.
        return _fresh_code(CAMPAIGN_CODE_LENGTH, _Taken(self.campaigns, self.retired_codes))

    def add_click(self, click: Click) -> None:
        """Keep a click on one of the links and index it by its owners."""
        self.clicks[click.id] = click
        self.click_selections.changed()
        key = click.key
        self.click_order.add(key)
        link = self.links[click.short_code]
        owners = (link.short_code, link.campaign_code, link.sms_uuid, link.bulk_uuid)
        for owner, value in zip(CLICK_OWNERS, owners, strict=True):
            if value is not None:
                self.clicks_by[owner].add(value, key)
        message = None if link.sms_uuid is None else self.messages.get(link.sms_uuid)
        if message is not None and click.short_code in message.short_codes:
            self.listings["sms_clicks"].refresh(message)  # its click count

    def owned_clicks(self, owner: str, value: str) -> SortedKeys:
        """The keys of the clicks ``owner`` (one of :data:`CLICK_OWNERS`) ``value`` owns."""
        return self.clicks_by[owner].by_value.get(value) or SortedKeys()

    def campaign_links(self, code: str) -> list[ShortLink]:
        """Return the short links a campaign has handed out, oldest first."""
        return [self.links[c] for c in self.links_by_campaign.get(code, ())]

    def add_link(self, campaign: Campaign, now: float, **owner: str | None) -> ShortLink:
        """Make a new short link leading to ``campaign``'s URL.

        Args:
            campaign: The campaign handing out the link.
            now: The sandbox time.
            **owner: ``sms_uuid``, ``phone`` and ``bulk_uuid`` of a per-message link.

        """
        code = _fresh_code(SHORT_CODE_LENGTH, self.links.keys())
        link = ShortLink(code, campaign.code, campaign.fields["url"], int(now), **owner)
        self.links[code] = link
        self.links_by_campaign.setdefault(campaign.code, []).append(code)
        self.listings["short_links"].add(link)
        return link

    def add_campaign(self, campaign: Campaign) -> None:
        """Keep a new campaign."""
        self.campaigns[campaign.code] = campaign
        self.listings["campaigns"].add(campaign)

    def update_campaign(self, campaign: Campaign, changes: dict[str, Any], now: float) -> None:
        """Change a campaign's fields; its links follow a new URL."""
        if changes.get("url", campaign.fields["url"]) != campaign.fields["url"]:
            links = self.listings["short_links"]
            for link in self.campaign_links(campaign.code):
                link.url = changes["url"]
                link.updated_at = int(now)
                links.refresh(link)
        campaign.fields.update(changes)
        self.listings["campaigns"].refresh(campaign)

    def remove_campaign(self, campaign: Campaign) -> None:
        """Delete a campaign; its links stay, without a campaign, and its code is not reused."""
        del self.campaigns[campaign.code]
        self.retired_codes.add(campaign.code)
        self.listings["campaigns"].remove(campaign)
        links = self.listings["short_links"]
        for link in self.campaign_links(campaign.code):  # their ``campaign`` is null now
            links.refresh(link)

    def add_message_link(self, message: SentMessage, short_code: str) -> None:
        """Record a link made for one message alone (the message is listed from its first)."""
        message.short_codes.append(short_code)
        if len(message.short_codes) == 1:
            self.listings["sms_clicks"].add(message)


def short_link_url(short_code: str) -> str:
    """The address of a short link."""
    return f"https://{LINK_DOMAIN}/{short_code}"


def phone_subscription(store: Store, phone_id: int) -> dict[str, int | None]:
    """``subscribed_at``, ``unsubscribed_at`` and ``unsubscribe_reason`` of a phone entry."""
    found = store.links.subscriptions.get(phone_id) or Subscription()
    return {
        "subscribed_at": found.subscribed_at,
        "unsubscribed_at": found.unsubscribed_at,
        "unsubscribe_reason": found.unsubscribe_reason,
    }


def short_link_cost(store: Store, text: str) -> float:
    """What expanding the placeholders of ``text`` costs (0 without per-message links).

    Raises:
        ApiError: 422 naming ``text`` when a placeholder names no campaign of the account.

    """
    return _cost(_placeholder_campaigns(store, text))


def expand_short_links(
    store: Store,
    text: str,
    *,
    sms_uuid: str,
    phone: str,
    now: float,
    bulk_uuid: str | None = None,
    charge: bool = True,
) -> str:
    """Replace ``[slink <campaign code>]`` placeholders in an SMS text by short links.

    Call it once per message sent. A text without placeholders is returned as it is, and nothing
    is created or charged when it raises.

    Args:
        store: The account's data.
        text: The text as the client sent it.
        sms_uuid: The UUID of the message being sent.
        phone: The recipient, remembered by per-message links.
        now: The sandbox time of sending.
        bulk_uuid: The bulk the message belongs to, if any (for ``/bulks/{id}/requests``).
        charge: Whether to take the links' cost from the balance (a bulk charged it already).

    Returns:
        The text to send, every placeholder replaced by ``https://l24.pw/<short code>``.

    Raises:
        ApiError: 422 naming ``text`` for a placeholder that names no campaign of the account;
            402 when the balance does not cover the per-message links.

    """
    campaigns = _placeholder_campaigns(store, text)
    if not campaigns:
        return text
    cost = _cost(campaigns) if charge else 0.0
    if not store.debit(cost, now):
        detail = f"The balance does not cover the short links of the text ({cost})."
        raise ApiError(PAYMENT_REQUIRED, detail)
    message = store.links.messages.setdefault(sms_uuid, SentMessage(int(now), uuid=sms_uuid))
    owner = {"sms_uuid": sms_uuid, "phone": phone, "bulk_uuid": bulk_uuid}
    codes = iter([_link_for(store.links, c, message, now, owner) for c in campaigns])
    return PLACEHOLDER.sub(lambda _: short_link_url(next(codes)), text)


def _link_for(
    state: LinkState,
    campaign: Campaign,
    message: SentMessage,
    now: float,
    owner: dict[str, str | None],
) -> str:
    """The short code for one placeholder: the shared link, or a new one for the message."""
    if not campaign.per_message:
        return _shared_link(state, campaign, now)
    link = state.add_link(campaign, now, **owner)
    state.add_message_link(message, link.short_code)
    return link.short_code


def _cost(campaigns: list[Campaign]) -> float:
    return round(sum(LINK_PRICE for c in campaigns if c.per_message), 6)


def _placeholder_campaigns(store: Store, text: str) -> list[Campaign]:
    """The campaign of every placeholder of ``text``, in order; 422 for an unknown code."""
    found = []
    for code in PLACEHOLDER.findall(text):
        campaign = store.links.campaigns.get(code)
        if campaign is None:
            problem = Violation("text", f"The short-link campaign '{code}' does not exist.")
            raise ApiError.invalid(UNPROCESSABLE, [problem])
        found.append(campaign)
    return found


def _shared_link(state: LinkState, campaign: Campaign, now: float) -> str:
    if campaign.shared_link is None:
        campaign.shared_link = state.add_link(campaign, now).short_code
    return campaign.shared_link


@dataclass(frozen=True)
class _Taken:
    """Codes in use in any of several collections, asked without copying them."""

    first: Container[str]
    second: Container[str]

    def __contains__(self, code: object) -> bool:
        return code in self.first or code in self.second


def _fresh_code(length: int, taken: Container[str]) -> str:
    while True:
        code = "".join(secrets.choice(_ALPHABET) for _ in range(length))
        if code not in taken:
            return code
