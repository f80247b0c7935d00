"""Record a click on a short link, as LOX24 does when a recipient opens it."""

from __future__ import annotations

import dataclasses
import ipaddress
import re
from typing import TYPE_CHECKING, Any

from lox24.sandbox._api._errors import ApiError

from ._click_agents import parse_user_agent
from ._link_rows import request_row, short_link_iri
from ._linking import Click, ShortLink

if TYPE_CHECKING:
    from ._store import Store

#: The ``type`` of every recorded click (LOX24 does not document the values).
CLICK_TYPE = 1
BAD_REQUEST, NOT_FOUND = 400, 404
_COUNTRY = re.compile(r"[A-Z]{2}")


def record_click(
    store: Store,
    short_code: str,
    *,
    ip: str,
    user_agent: str | None,
    referer: str | None,
    country: str,
    now: float,
) -> dict[str, Any]:
    """Record one click on the short link ``short_code`` at sandbox time ``now``.

    Args:
        store: The account's data.
        short_code: The code of the link that was opened.
        ip: The visitor's IPv4 address.
        user_agent: The visitor's user agent; browser, OS and device are read from it.
        referer: The page the visitor came from, if any.
        country: Where the visitor is (ISO 3166-1 alpha-2, capitals).
        now: The sandbox time.

    Returns:
        The click as the API answers it (plain fields).

    Raises:
        ApiError: 404 for an unknown short code, 400 naming a value that is not valid.

    """
    link = store.links.links.get(short_code)
    if link is None:
        raise ApiError(NOT_FOUND, f"short_code: The short link '{short_code}' does not exist.")
    _check(ip, country)
    visitor = {"ip": ip, "country": country, "referer": referer, "user_agent": user_agent}
    state = store.links
    state.last_click_id += 1
    click = Click(state.last_click_id, short_code, _fields(link, visitor, now))
    state.add_click(click)
    return request_row(click)


def _fields(link: ShortLink, visitor: dict[str, str | None], now: float) -> dict[str, Any]:
    """The plain fields of a click (all but its id)."""
    return {
        "short_link": short_link_iri(link.short_code),
        "url": link.url,
        "date": int(now),
        "type": CLICK_TYPE,
        **visitor,
        **dataclasses.asdict(parse_user_agent(visitor["user_agent"])),
    }


def _check(ip: str, country: str) -> None:
    try:
        ipaddress.IPv4Address(ip)
    except ValueError:
        raise ApiError(BAD_REQUEST, "ip: This value is not a valid IPv4 address.") from None
    if not _COUNTRY.fullmatch(country):
        raise ApiError(BAD_REQUEST, "country: This value is not a valid country code.")
