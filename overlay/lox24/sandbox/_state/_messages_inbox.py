"""Messages arriving in the account's inbox: SMS to its inbound number, and replies to its SMS.

Each arrival is stored as an ``Incoming`` and announced with an ``sms.incoming`` event. A reply
comes from the number the SMS went to and goes to the SMS's sender id when that is a phone
number, else to the account's inbound number :data:`INBOUND_NUMBER`; its ``msg_uuid`` names the
SMS.
"""

from __future__ import annotations

import re
import uuid
from typing import TYPE_CHECKING, Any

from ._catch_up import catch_up_sms_events
from ._messaging import Incoming

if TYPE_CHECKING:
    from ._store import Store

#: The account's inbound number: where messages to the account arrive.
INBOUND_NUMBER = "+4915112345678"
INCOMING_EVENT = "sms.incoming"
#: A number in E.164 form as the ``PhoneNumber`` schema admits it (4 to 16 characters).
E164 = re.compile(r"\+[1-9][0-9]{2,14}", re.ASCII)


class SmsNotFoundError(KeyError):
    """There is no SMS with this uuid (never sent, deleted, or a dry run's placeholder).

    Args:
        uuid: The uuid that was asked for.

    """

    def __init__(self, uuid: str) -> None:
        super().__init__(uuid)
        self.uuid = uuid

    def __str__(self) -> str:
        return f"there is no SMS {self.uuid!r} in the sandbox"


def receive(
    store: Store,
    *,
    sender: str,
    text: str | None,
    to: str = INBOUND_NUMBER,
    now: float,
    msg_uuid: str | None = None,
) -> Incoming:
    """Store a message that arrives from ``sender`` and emit its ``sms.incoming`` event.

    Args:
        store: The account.
        sender: The number it comes from, in E.164 form.
        text: Its text (None for a message without text).
        to: The number it was sent to, in E.164 form.
        now: The sandbox time it arrives.
        msg_uuid: The SMS it replies to, if any.

    Returns:
        The stored message.

    Raises:
        ValueError: ``sender`` or ``to`` is not an E.164 number, or ``text`` not a string.

    """
    for name, number in (("sender", sender), ("to", to)):
        if not isinstance(number, str) or E164.fullmatch(number) is None:
            msg = f"{name} must be a phone number in E.164 form like +491701234567, not {number!r}"
            raise ValueError(msg)
    if text is not None and not isinstance(text, str):
        msg = f"text must be a string or None, not {text!r}"
        raise ValueError(msg)
    catch_up_sms_events(store, now)
    incoming = Incoming(str(uuid.uuid4()), sender, to, text, int(now), msg_uuid)
    store.messaging.add_incoming(incoming)
    store.events.emit(INCOMING_EVENT, event_data(incoming), now)
    return incoming


def reply(store: Store, sms_uuid: str, text: str | None, *, now: float) -> Incoming:
    """Store the reply of an SMS's recipient to that SMS.

    Raises:
        SmsNotFoundError: There is no SMS ``sms_uuid``.
        ValueError: ``sms_uuid`` or ``text`` is not a string.

    """
    if not isinstance(sms_uuid, str):
        msg = f"sms_uuid must be the uuid of an SMS, not {sms_uuid!r}"
        raise ValueError(msg)
    sms = store.messaging.sms.get(sms_uuid)
    if sms is None:
        raise SmsNotFoundError(sms_uuid)
    to = reply_address(str(sms.fields["sender_id"]))
    phone = str(sms.fields["phone"])
    return receive(store, sender=phone, text=text, to=to, now=now, msg_uuid=sms.uuid)


def reply_address(sender_id: str) -> str:
    """Where a reply to an SMS from ``sender_id`` goes: that number, or the inbound number."""
    number = f"+{sender_id.removeprefix('+')}"
    return number if E164.fullmatch(number) else INBOUND_NUMBER


def event_data(incoming: Incoming) -> dict[str, Any]:
    """The ``data`` of an ``sms.incoming`` event (``SmsIncomingEventData``: ``uuid`` is ``id``)."""
    row = incoming.as_row()
    return {"id": row.pop("uuid"), **row}
