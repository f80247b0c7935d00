"""How campaigns, short links, clicks and per-message click counts are answered.

Each ``*_row`` function gives the plain fields the collection engine filters and orders by; each
``present_*`` function turns such a row into the resource that is answered.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from lox24.sandbox._api._replies import Resource, Row

from ._indexed import IndexedRows, Key
from ._linking import Campaign, Click, LinkState, SentMessage, ShortLink

if TYPE_CHECKING:
    from ._store import Store

CAMPAIGN_TYPE = "ShortLinkCampaign"
LINK_TYPE = "ShortLink"
REQUEST_TYPE = "ShortLinkRequest"
SMS_CLICKS_TYPE = "SmsClicks"


def campaign_iri(code: str) -> str:
    """The IRI of a campaign."""
    return f"/short_link_campaigns/{code}"


def short_link_iri(short_code: str) -> str:
    """The IRI of a short link."""
    return f"/short_links/{short_code}"


def campaign_row(campaign: Campaign) -> dict[str, Any]:
    """Every field of a campaign (``id`` is its code)."""
    fields = campaign.fields
    return {
        "id": campaign.code,
        "type": fields["type"],
        "name": fields["name"],
        "url": fields["url"],
        "group_id": fields["group_id"],
        "created_at": campaign.created_at,
    }


def present_campaign(row: Row) -> Resource:
    """Present a campaign row."""
    return Resource(CAMPAIGN_TYPE, campaign_iri(row["id"]), row)


def link_row(state: LinkState, link: ShortLink) -> dict[str, Any]:
    """Every field of a short link; ``campaign`` is null once the campaign is deleted."""
    live = link.campaign_code in state.campaigns
    return {
        "short_code": link.short_code,
        "url": link.url,
        "campaign": campaign_iri(link.campaign_code) if live else None,
        "requests": f"{short_link_iri(link.short_code)}/requests",
        "updated_at": link.updated_at,
    }


def present_link(row: Row) -> Resource:
    """Present a short-link row."""
    return Resource(LINK_TYPE, short_link_iri(row["short_code"]), row)


def request_row(click: Click) -> dict[str, Any]:
    """Every field of a click."""
    return {"id": click.id, **click.fields}


def present_request(row: Row) -> Resource:
    """Present a click row."""
    return Resource(REQUEST_TYPE, f"/short_link_requests/{row['id']}", row)


def request_rows(store: Store, owner: str | None = None, value: str = "") -> IndexedRows:
    """The clicks ``value`` owns (see ``CLICK_OWNERS``), or every click when ``owner`` is None.

    The collection engine renders only the rows it shows or filters on: a page of clicks costs
    what it shows (plus the clicks of that owner a filter must look at), not every click stored.
    """
    state, work = store.links, store.work
    keys = state.click_order if owner is None else state.owned_clicks(owner, value)

    def render(key: Key) -> Row:
        work.click_rows_rendered += 1
        return request_row(state.clicks[key[1]])

    return IndexedRows(
        keys, {}, render, state.click_selections, order_field="date", scope=(owner, value)
    )


def sms_clicks_row(state: LinkState, message: SentMessage) -> dict[str, Any]:
    """The click count of one message with links of its own."""
    by_link = state.clicks_by["short_code"].by_value
    return {
        "uuid": message.uuid,
        "requests_count": sum(len(by_link.get(code, ())) for code in message.short_codes),
        "created_at": message.created_at,
    }


def present_sms_clicks(row: Row) -> Resource:
    """Present the click count of one message."""
    return Resource(SMS_CLICKS_TYPE, f"/sms/{row['uuid']}/clicks", row)
