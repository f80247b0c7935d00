"""Short-link campaigns, including subscription and unsubscription forms.

* A campaign's ``id`` is its code (8 letters and digits), used in ``[slink <code>]``.
* ``group_id`` must name a group of the account (422 otherwise); a subscription campaign needs
  one, an unsubscription campaign may have none.
* Form campaigns report type 2 (advanced: every recipient gets a link, and so a form, of their
  own) and lead to ``https://l24.pw/f/<code>``. Updating one changes its name and group only.
* Deleting a campaign keeps the links it handed out and their clicks (messages already carry
  them); their ``campaign`` becomes null and the code can no longer be used in texts.
"""

from __future__ import annotations

from typing import Any

from lox24.sandbox._api._errors import ApiError, Violation
from lox24.sandbox._api._problems import UNPROCESSABLE
from lox24.sandbox._api._replies import CREATED, CollectionReply, ItemReply, NoContent
from lox24.sandbox._state._link_rows import campaign_row, present_campaign
from lox24.sandbox._state._linking import (
    ADVANCED,
    LINK,
    LINK_DOMAIN,
    SUBSCRIBE,
    UNSUBSCRIBE,
    Campaign,
)

from ._call import NOT_FOUND, Call, Handler

TYPE = "ShortLinkCampaign"
_LINK_FIELDS = ("type", "name", "url", "group_id")


def list_campaigns(call: Call) -> CollectionReply:
    """Every campaign of the account."""
    rows = call.store.listings.rows("campaigns", campaign_row)
    return CollectionReply(TYPE, rows, present_campaign)


def create_campaign(call: Call) -> ItemReply:
    """Create a simple (type 1) or advanced (type 2) campaign redirecting to ``url``."""
    fields = {name: call.body.get(name) for name in _LINK_FIELDS}
    _check_group(call, fields["group_id"], required=False)
    return _created(call, LINK, fields)


def create_subscribe_campaign(call: Call) -> ItemReply:
    """Create a campaign whose links open a form to join the group ``group_id``."""
    return _create_form(call, SUBSCRIBE)


def create_unsubscribe_campaign(call: Call) -> ItemReply:
    """Create a campaign whose links open a form to unsubscribe (and get blocked)."""
    return _create_form(call, UNSUBSCRIBE)


def get_campaign(call: Call) -> ItemReply:
    """Read one campaign."""
    return ItemReply(present_campaign(campaign_row(_find(call))))


def update_campaign(call: Call) -> ItemReply:
    """Replace a campaign's fields; its links follow a new URL. A form keeps its type and URL."""
    campaign = _find(call)
    body = call.body
    if campaign.kind == LINK:
        changes = {name: body.get(name) for name in _LINK_FIELDS}
    else:
        changes = {"name": body["name"], "group_id": body.get("group_id")}
    _check_group(call, changes["group_id"], required=campaign.kind == SUBSCRIBE)
    call.store.links.update_campaign(campaign, changes, call.now)
    return ItemReply(present_campaign(campaign_row(campaign)))


def delete_campaign(call: Call) -> NoContent:
    """Delete a campaign; the links it handed out stay, without a campaign."""
    call.store.links.remove_campaign(_find(call))
    return NoContent()


def _create_form(call: Call, kind: str) -> ItemReply:
    group_id = call.body.get("group_id")
    _check_group(call, group_id, required=kind == SUBSCRIBE)
    fields = {"type": ADVANCED, "name": call.body["name"], "url": None, "group_id": group_id}
    return _created(call, kind, fields)


def _created(call: Call, kind: str, fields: dict[str, Any]) -> ItemReply:
    state = call.store.links
    code = state.new_campaign_code()
    if kind != LINK:
        fields["url"] = f"https://{LINK_DOMAIN}/f/{code}"
    campaign = Campaign(code, kind, int(call.now), fields)
    state.add_campaign(campaign)
    return ItemReply(present_campaign(campaign_row(campaign)), CREATED)


def _check_group(call: Call, group_id: int | None, *, required: bool) -> None:
    if group_id is None and not required:
        return
    if group_id is None:
        problem = Violation("group_id", "A subscription campaign needs a group.")
    elif group_id not in call.store.groups:
        problem = Violation("group_id", f"The group {group_id} does not exist.")
    else:
        return
    raise ApiError.invalid(UNPROCESSABLE, [problem])


def _find(call: Call) -> Campaign:
    campaign = call.store.links.campaigns.get(str(call.path["code"]))
    if campaign is None:
        raise ApiError(NOT_FOUND, "Not Found")
    return campaign


#: The operations this module serves, by ``operationId``.
HANDLERS: dict[str, Handler] = {
    "list_campaigns": list_campaigns,
    "create_campaign": create_campaign,
    "create_subscribe_campaign": create_subscribe_campaign,
    "create_unsubscribe_campaign": create_unsubscribe_campaign,
    "get_campaign": get_campaign,
    "update_campaign": update_campaign,
    "delete_campaign": delete_campaign,
}
