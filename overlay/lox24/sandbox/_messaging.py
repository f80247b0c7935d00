"""State of SMS, blocked numbers and incoming messages (see ``_handlers/sms.py`` & co.)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class MessagingState:
    """The account's SMS, blocked numbers and incoming messages."""
