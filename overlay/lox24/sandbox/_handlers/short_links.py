"""Short links and the listing of the short links of a campaign.

Links are made when a text's ``[slink <code>]`` placeholders are expanded (see ``_linking``);
the API only reads them.
"""

from __future__ import annotations

from lox24.sandbox._api._errors import ApiError
from lox24.sandbox._api._replies import CollectionReply, ItemReply
from lox24.sandbox._state._link_rows import LINK_TYPE, link_row, present_link

from ._call import NOT_FOUND, Call, Handler


def list_short_links(call: Call) -> CollectionReply:
    """Every short link of the account."""
    state = call.store.links
    rows = call.store.listings.rows("short_links", lambda link: link_row(state, link))
    return CollectionReply(LINK_TYPE, rows, present_link)


def get_short_link(call: Call) -> ItemReply:
    """Read one short link."""
    state = call.store.links
    link = state.links.get(str(call.path["shortCode"]))
    if link is None:
        raise ApiError(NOT_FOUND, "Not Found")
    return ItemReply(present_link(link_row(state, link)))


def list_campaign_short_links(call: Call) -> CollectionReply:
    """The short links one campaign has handed out."""
    state = call.store.links
    code = str(call.path["code"])
    if code not in state.campaigns:
        raise ApiError(NOT_FOUND, "Not Found")
    rows = call.store.listings.rows(
        "short_links", lambda link: link_row(state, link), part=("campaign_code", code)
    )
    return CollectionReply(LINK_TYPE, rows, present_link)


#: The operations this module serves, by ``operationId``.
HANDLERS: dict[str, Handler] = {
    "list_short_links": list_short_links,
    "get_short_link": get_short_link,
    "list_campaign_short_links": list_campaign_short_links,
}
