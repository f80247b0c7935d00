"""Clicks on short links: per SMS, per bulk, per campaign, per short link and in total.

Clicks are recorded by the simulation (``Sandbox.simulate.click``) and listed from their indexes
by owner (see ``_linking.CLICK_OWNERS``): a page costs what it shows. A message is known here when
its text had a ``[slink …]`` placeholder (see ``_linking.expand_short_links``); any other answers
404. Only links made for one message (advanced and form campaigns) count as that message's
clicks: a simple campaign's link is shared by every message. A bulk's clicks are those on links
made with its ``bulk_uuid``.
"""

from __future__ import annotations

from lox24.sandbox._api._errors import ApiError
from lox24.sandbox._api._replies import CollectionReply, ItemReply
from lox24.sandbox._state._link_rows import (
    REQUEST_TYPE,
    SMS_CLICKS_TYPE,
    present_request,
    present_sms_clicks,
    request_row,
    request_rows,
    sms_clicks_row,
)

from ._call import NOT_FOUND, Call, Handler


def list_short_link_requests(call: Call) -> CollectionReply:
    """Every click on any short link of the account."""
    return _clicks(call)


def get_short_link_request(call: Call) -> ItemReply:
    """Read one click (its id is a number written in the path)."""
    raw = str(call.path["id"])
    click = call.store.links.clicks.get(int(raw)) if raw.isascii() and raw.isdigit() else None
    if click is None:
        raise ApiError(NOT_FOUND, "Not Found")
    return ItemReply(present_request(request_row(click)))


def list_short_link_clicks(call: Call) -> CollectionReply:
    """The clicks on one short link."""
    short_code = str(call.path["shortCode"])
    if short_code not in call.store.links.links:
        raise ApiError(NOT_FOUND, "Not Found")
    return _clicks(call, "short_code", short_code)


def list_campaign_requests(call: Call) -> CollectionReply:
    """The clicks on every link of one campaign."""
    state = call.store.links
    code = str(call.path["code"])
    if code not in state.campaigns:
        raise ApiError(NOT_FOUND, "Not Found")
    return _clicks(call, "campaign", code)


def list_sms_requests(call: Call) -> CollectionReply:
    """The clicks on the links made for one message (none for a message without links)."""
    uuid = str(call.path["uuid"])
    if uuid not in call.store.links.messages:
        _sent_sms_created_at(call, uuid)  # 404 unless the SMS was sent (without links)
    return _clicks(call, "sms", uuid)


def list_bulk_requests(call: Call) -> CollectionReply:
    """The clicks on the links made for the messages of one bulk."""
    uuid = str(call.path["id"])
    if uuid not in call.store.bulks:
        raise ApiError(NOT_FOUND, "Not Found")
    return _clicks(call, "bulk", uuid)


def list_sms_clicks(call: Call) -> CollectionReply:
    """The click count of every message that has links of its own."""
    state = call.store.links
    rows = call.store.listings.rows("sms_clicks", lambda message: sms_clicks_row(state, message))
    return CollectionReply(SMS_CLICKS_TYPE, rows, present_sms_clicks)


def get_sms_clicks(call: Call) -> ItemReply:
    """The click count of one message (0 when it has no link of its own)."""
    state = call.store.links
    uuid = str(call.path["uuid"])
    if uuid not in state.messages:
        created_at = _sent_sms_created_at(call, uuid)
        row = {"uuid": uuid, "requests_count": 0, "created_at": created_at}
        return ItemReply(present_sms_clicks(row))
    return ItemReply(present_sms_clicks(sms_clicks_row(state, state.messages[uuid])))


def _sent_sms_created_at(call: Call, uuid: str) -> int:
    """The creation time of an SMS sent without links of its own; 404 if there is none."""
    sms = call.store.messaging.sms.get(uuid)
    if sms is None:
        raise ApiError(NOT_FOUND, "Not Found")
    return int(sms.created_at)


def _clicks(call: Call, owner: str | None = None, value: str = "") -> CollectionReply:
    return CollectionReply(REQUEST_TYPE, request_rows(call.store, owner, value), present_request)


#: The operations this module serves, by ``operationId``.
HANDLERS: dict[str, Handler] = {
    "list_short_link_requests": list_short_link_requests,
    "get_short_link_request": get_short_link_request,
    "list_short_link_clicks": list_short_link_clicks,
    "list_campaign_requests": list_campaign_requests,
    "list_sms_requests": list_sms_requests,
    "list_bulk_requests": list_bulk_requests,
    "list_sms_clicks": list_sms_clicks,
    "get_sms_clicks": get_sms_clicks,
}
