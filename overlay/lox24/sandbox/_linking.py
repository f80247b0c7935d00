"""State of short-link campaigns, short links and their clicks, and text placeholders."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._store import Store


@dataclass(slots=True)
class LinkState:
    """The account's short-link campaigns, short links and recorded clicks."""


def expand_short_links(store: Store, text: str, *, sms_uuid: str, phone: str, now: float) -> str:
    """Replace ``[slink <campaign code>]`` placeholders in an SMS text by short links.

    Returns the text to send. (Placeholder: returns ``text`` unchanged until campaigns exist.)
    """
    del store, sms_uuid, phone, now
    return text
