"""State of SMS, blocked numbers and incoming messages (see ``_handlers/sms.py`` & co.).

The records here hold what was decided when a resource was created; everything that depends on
the clock (an SMS's status and delivery report) is computed by ``_sms_lifecycle``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._store import Store

#: ``BlockedNumber.type``: the account blocked the number itself.
BLOCKED_BY_CUSTOMER = 1
#: ``BlockedNumber.type``: the recipient unsubscribed through an unsubscription campaign.
UNSUBSCRIBED = 2


@dataclass(slots=True)
class Sms:
    """One SMS as accepted; its status and delivery report follow from the clock.

    Attributes:
        uuid: The SMS's id.
        created_at: When it was accepted (Unix seconds).
        fields: The fields fixed at creation (the ``Sms`` schema minus the computed state).
        cancelled_at: When a batch cancel stopped it, if one did.
        events_sent: How many steps of its delivery timeline have been emitted as events.

    """

    uuid: str
    created_at: int
    fields: dict[str, Any]
    cancelled_at: int | None = None
    events_sent: int = 0


@dataclass(frozen=True, slots=True)
class BlockedNumber:
    """A number that receives no message from the account (the ``BlockedNumber`` schema)."""

    id: int
    number: str
    type: int
    added_at: int

    def as_row(self) -> dict[str, Any]:
        """Every field, in schema order."""
        return {"id": self.id, "number": self.number, "type": self.type, "added_at": self.added_at}


@dataclass(frozen=True, slots=True)
class Incoming:
    """A received SMS (the ``Incoming`` schema); ``sender`` is its ``from``."""

    uuid: str
    sender: str
    to: str
    text: str | None
    received_at: int
    msg_uuid: str | None

    def as_row(self) -> dict[str, Any]:
        """Every field, in schema order."""
        return {
            "uuid": self.uuid,
            "from": self.sender,
            "to": self.to,
            "text": self.text,
            "received_at": self.received_at,
            "msg_uuid": self.msg_uuid,
        }


@dataclass(slots=True)
class MessagingState:
    """The account's SMS, blocked numbers and incoming messages, each in creation order.

    ``unreported`` holds the uuids of the SMS whose delivery timeline still has steps to emit,
    so that catching up with the clock does not walk every SMS ever sent.
    """

    sms: dict[str, Sms] = field(default_factory=dict)
    unreported: dict[str, None] = field(default_factory=dict)
    blocked: dict[int, BlockedNumber] = field(default_factory=dict)
    incomings: dict[str, Incoming] = field(default_factory=dict)
    _blocked_by_number: dict[str, int] = field(default_factory=dict)
    _blocked_ids: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    def add_sms(self, sms: Sms) -> None:
        """Keep an accepted SMS."""
        self.sms[sms.uuid] = sms
        self.unreported[sms.uuid] = None

    def remove_sms(self, uuid: str) -> None:
        """Forget an SMS; it emits no further events."""
        self.sms.pop(uuid, None)
        self.unreported.pop(uuid, None)

    def blocked_entry(self, number: str) -> BlockedNumber | None:
        """Return the entry blocking exactly ``number``, if there is one."""
        entry_id = self._blocked_by_number.get(number)
        return None if entry_id is None else self.blocked[entry_id]

    def add_blocked(self, number: str, type_: int, now: float) -> BlockedNumber:
        """Block ``number`` with a new entry (the caller checked it is not blocked yet)."""
        entry = BlockedNumber(next(self._blocked_ids), number, type_, int(now))
        self.blocked[entry.id] = entry
        self._blocked_by_number[number] = entry.id
        return entry

    def remove_blocked(self, entry: BlockedNumber) -> None:
        """Unblock the number of ``entry``."""
        del self.blocked[entry.id]
        del self._blocked_by_number[entry.number]


def block_number(store: Store, number: str, type: int, now: float) -> BlockedNumber:
    """Block ``number`` for the account; the entry blocking it already, if there is one.

    For other parts of the sandbox: an unsubscription through a campaign calls this with
    ``type`` :data:`UNSUBSCRIBED` (2). Blocking an already blocked number changes nothing and
    returns the existing entry (whatever its type).

    Args:
        store: The account.
        number: The number in E.164 form (``+491701234567``).
        type: :data:`BLOCKED_BY_CUSTOMER` (1) or :data:`UNSUBSCRIBED` (2).
        now: The sandbox time, which becomes ``added_at``.

    Returns:
        The entry that blocks the number.

    Raises:
        ValueError: ``type`` is not 1 or 2.

    """
    if type not in (BLOCKED_BY_CUSTOMER, UNSUBSCRIBED):
        msg = f"a blocked number's type is 1 or 2, not {type!r}"
        raise ValueError(msg)
    existing = store.messaging.blocked_entry(number)
    if existing is not None:
        return existing
    return store.messaging.add_blocked(number, type, now)
