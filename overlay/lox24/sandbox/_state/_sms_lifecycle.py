"""How an SMS moves from accepted to delivered, on the sandbox clock.

No background task runs. When an SMS is accepted (:func:`accept`), each change of its delivery
report is put on the account's due queue at the time it happens; catching up with the clock
(``_catch_up.catch_up``, which every SMS request and the event-log reader call first) applies
the changes that are due, in time order, and nothing else.

* Until it is sent, at ``send = max(created_at, delivery_at) + SEND_DELAY``: status 0, delivery
  report (dlr) 0, ``is_sent`` false, ``gateway_sent_at`` 0.
* From ``send``: status 100, ``is_sent`` true, ``gateway_sent_at = send``, dlr 4 (submitted).
* Then the final report, decided by the number so that tests can choose the outcome:

  - a number ending in ``0000``: dlr 16 (rejected) at ``send + REPORT_DELAY``;
  - a number ending in ``9999``: dlr 8 (expired) at ``send + EXPIRY_DELAY``;
  - any other number: dlr 1 (delivered) at ``send + REPORT_DELAY``.

* Once the final report is in, an SMS sent with ``is_text_deleted`` shows the text ``""``.
* A batch cancel before ``send`` stops the SMS for good: status 6000, dlr 0, never sent (the
  price stays charged; no event, since the dlr does not change).

Each change of the dlr is an ``sms.delivery`` webhook event dated when it happened, emitted
exactly once, in time order (ties in creation order). A deleted SMS emits nothing more. Moving
the clock back does not undo a change that was applied.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import _messaging
from ._messaging import Sms

if TYPE_CHECKING:
    from ._store import Store

#: Seconds between the moment an SMS is due and its handover to the network.
SEND_DELAY = 1
#: Seconds from the handover to the report "delivered" (or "rejected").
REPORT_DELAY = 5
#: Seconds from the handover to the report "expired".
EXPIRY_DELAY = 60
#: Numbers ending in these digits are rejected, or expire, instead of being delivered.
REJECTED_ENDING, EXPIRED_ENDING = "0000", "9999"

NEW, SENT, CANCELLED_VIA_API = 0, _messaging.SENT, 6000
DLR_NONE, DLR_OK, DLR_SUBMIT_ACK, DLR_EXPIRED, DLR_REJECTED = 0, 1, 4, 8, 16
FINAL_DLR_CODES = _messaging.FINAL_DLR_CODES
DELIVERY_EVENT = "sms.delivery"
#: The rank of delivery steps in the due queue (bulk releases, rank 0, come first at a tie).
DUE_RANK = 1

#: The fields of the ``Sms`` schema, in schema order.
SMS_FIELDS = (
    "uuid", "bulk_id", "sender_id", "phone", "iso2", "text", "is_text_deleted", "is_unicode",
    "chars_count", "parts_count", "price", "service_code", "voice_lang", "status_code",
    "dlr_code", "is_sent", "created_at", "delivery_at", "gateway_sent_at", "source",
    "callback_data", "key_id", "ip", "clicks", "requests",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Step:
    """One change of an SMS's delivery report, at sandbox time ``at``."""

    at: int
    status_code: int
    dlr_code: int


@dataclass(frozen=True, slots=True)
class SmsState:
    """Where an SMS stands at one instant."""

    status_code: int
    dlr_code: int
    gateway_sent_at: int

    @property
    def is_sent(self) -> bool:
        """Whether the SMS has been handed to the network."""
        return self.status_code == SENT


def send_time(sms: Sms) -> int:
    """When ``sms`` is handed to the network (unless it is cancelled before)."""
    return max(sms.created_at, int(sms.fields.get("delivery_at") or 0)) + SEND_DELAY


def final_report(phone: str) -> tuple[int, int]:
    """The final dlr code of an SMS to ``phone`` and its delay after the handover."""
    if phone.endswith(REJECTED_ENDING):
        return DLR_REJECTED, REPORT_DELAY
    if phone.endswith(EXPIRED_ENDING):
        return DLR_EXPIRED, EXPIRY_DELAY
    return DLR_OK, REPORT_DELAY


def timeline(sms: Sms) -> tuple[Step, ...]:
    """Every change of the delivery report of ``sms``, oldest first (none once cancelled)."""
    if sms.cancelled_at is not None:
        return ()
    send = send_time(sms)
    dlr, delay = final_report(str(sms.fields["phone"]))
    return Step(send, SENT, DLR_SUBMIT_ACK), Step(send + delay, SENT, dlr)


def sms_state(sms: Sms) -> SmsState:
    """The state of ``sms`` as of the last catch-up with the clock."""
    return SmsState(sms.status_code, sms.dlr_code, sms.gateway_sent_at)


def sms_row(sms: Sms, now: float) -> dict[str, Any]:
    """Every field of ``sms`` at ``now`` (the ``Sms`` schema), in schema order."""
    del now  # the state is as of the last catch-up, which every reader does first
    state = sms_state(sms)
    computed = {
        "uuid": sms.uuid,
        "text": sms.text,
        "status_code": state.status_code,
        "dlr_code": state.dlr_code,
        "is_sent": state.is_sent,
        "created_at": sms.created_at,
        "gateway_sent_at": state.gateway_sent_at,
        "clicks": f"/sms/{sms.uuid}/clicks",
        "requests": f"/sms/{sms.uuid}/requests",
    }
    return {name: computed.get(name, sms.fields.get(name)) for name in SMS_FIELDS}


def accept(store: Store, sms: Sms) -> None:
    """Keep ``sms`` and put each change of its delivery report on the due queue."""
    store.messaging.add_sms(sms)
    for number, step in enumerate(timeline(sms)):
        heapq.heappush(store.due, (step.at, DUE_RANK, sms.seq, number, sms))


def apply_step(store: Store, sms: Sms, number: int) -> int:
    """Apply step ``number`` of the timeline of ``sms`` and emit its event; 1 if it applied.

    A step of an SMS deleted, cancelled or finally reported on (``simulate.delivery_report``)
    since it was scheduled does nothing.
    """
    if store.messaging.sms.get(sms.uuid) is not sms or sms.cancelled_at is not None:
        return 0
    if sms.dlr_code in FINAL_DLR_CODES:
        return 0
    step = timeline(sms)[number]
    store.messaging.set_state(sms, step.status_code, step.dlr_code, send_time(sms))
    data = delivery_data(sms, step.status_code, step.dlr_code)
    store.events.emit(DELIVERY_EVENT, data, step.at)
    return 1


def cancel(store: Store, sms: Sms, now: float) -> bool:
    """Stop ``sms`` if it is not sent yet (status 0); return whether it was stopped."""
    if sms.status_code != NEW:
        return False
    sms.cancelled_at = int(now)
    store.messaging.set_state(sms, CANCELLED_VIA_API, DLR_NONE, 0)
    return True


def delivery_data(sms: Sms, status_code: int, dlr_code: int) -> dict[str, Any]:
    """The ``data`` of an ``sms.delivery`` event (``SmsDeliveryEventData``)."""
    return {
        "id": sms.uuid,
        "key_id": sms.fields["key_id"],
        "dlr_code": dlr_code,
        "status_code": status_code,
        "callback_data": sms.fields["callback_data"],
    }
