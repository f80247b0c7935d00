"""The state of an SMS, from the two codes the API reports: ``status_code`` and ``dlr_code``.

``status_code`` says how far the gateway got (created, handed to the network, or stopped and
why); once the message is with the network (``SENT``, 100), ``dlr_code``, the network's delivery
report, says how delivery went. :class:`SmsState` folds both into the answer a service wants,
through one table, ``STATES``:

- ``NEW`` (0), any report: ``scheduled``;
- ``SENT`` (100) with ``NONE``, ``DELIVERY_QUEUE`` or ``DELIVERY_SUBMIT_ACK``: ``sent``;
- ``SENT`` with ``DELIVERY_OK``: ``delivered``; with ``DELIVERY_EXPIRED``: ``expired``; with
  ``DELIVERY_REJECTED``: ``rejected``;
- ``BLOCKED`` (208), ``MAINTENANCE`` (400), ``LANDLINE`` (2000), ``INSUFFICIENT_FUNDS`` (3000),
  ``NO_OPERATOR`` (5000), any report: ``not_sent``;
- ``CANCELLED`` (410), ``CANCELLED_VIA_API`` (6000), any report: ``cancelled``;
- any other pair (a code this version does not know): ``unknown``.
"""

from __future__ import annotations

from enum import StrEnum

from lox24_generated.models.dlr_code import DlrCode
from lox24_generated.models.sms_status_code import SmsStatusCode


class SmsState(StrEnum):
    """Where an SMS stands, computed from its ``status_code`` and ``dlr_code``.

    ``sms.state`` on an :class:`~lox24.types.Sms` and ``event.data.state`` on an
    ``SmsDeliveryEvent`` give it; ``final`` tells whether it can still change.
    """

    SCHEDULED = "scheduled"
    """Accepted, not handed to the network yet: waiting for ``delivery_at``, or about to go."""
    SENT = "sent"
    """Handed to the mobile network, no final delivery report yet."""
    DELIVERED = "delivered"
    """Delivered to the handset."""
    EXPIRED = "expired"
    """The network gave up: the phone stayed off or out of reach for too long."""
    REJECTED = "rejected"
    """The network refused it: the number is invalid, or the number or content is blocked."""
    NOT_SENT = "not_sent"
    """Never reached the network: blocked number, landline, no operator, balance, maintenance."""
    CANCELLED = "cancelled"
    """Stopped before it reached the network (cancelled by the account or through the API)."""
    UNKNOWN = "unknown"
    """A status or delivery code this version of the client does not know (see the codes)."""

    @property
    def final(self) -> bool:
        """Whether the state can no longer change (everything but scheduled and sent)."""
        return self not in _IN_FLIGHT

    def __str__(self) -> str:
        return self.value


_IN_FLIGHT = frozenset({SmsState.SCHEDULED, SmsState.SENT})

#: Stands for every delivery report in a row of ``STATES``.
ANY_REPORT = None

#: The state of each ``(status_code, dlr_code)`` pair; ``ANY_REPORT`` rows hold for every report.
STATES: dict[tuple[int, int | None], SmsState] = {
    (SmsStatusCode.NEW, ANY_REPORT): SmsState.SCHEDULED,
    (SmsStatusCode.SENT, DlrCode.NONE): SmsState.SENT,
    (SmsStatusCode.SENT, DlrCode.DELIVERY_QUEUE): SmsState.SENT,
    (SmsStatusCode.SENT, DlrCode.DELIVERY_SUBMIT_ACK): SmsState.SENT,
    (SmsStatusCode.SENT, DlrCode.DELIVERY_OK): SmsState.DELIVERED,
    (SmsStatusCode.SENT, DlrCode.DELIVERY_EXPIRED): SmsState.EXPIRED,
    (SmsStatusCode.SENT, DlrCode.DELIVERY_REJECTED): SmsState.REJECTED,
    (SmsStatusCode.BLOCKED, ANY_REPORT): SmsState.NOT_SENT,
    (SmsStatusCode.MAINTENANCE, ANY_REPORT): SmsState.NOT_SENT,
    (SmsStatusCode.LANDLINE, ANY_REPORT): SmsState.NOT_SENT,
    (SmsStatusCode.INSUFFICIENT_FUNDS, ANY_REPORT): SmsState.NOT_SENT,
    (SmsStatusCode.NO_OPERATOR, ANY_REPORT): SmsState.NOT_SENT,
    (SmsStatusCode.CANCELLED, ANY_REPORT): SmsState.CANCELLED,
    (SmsStatusCode.CANCELLED_VIA_API, ANY_REPORT): SmsState.CANCELLED,
}


def sms_state(status_code: int | None, dlr_code: int | None) -> SmsState:
    """The :class:`SmsState` of an SMS with these codes (one row of ``STATES``).

    A code that is missing (``None``) or that this version does not know gives ``unknown``.
    """
    if status_code is None:
        return SmsState.UNKNOWN
    state = STATES.get((status_code, ANY_REPORT))
    if state is None and dlr_code is not None:
        state = STATES.get((status_code, dlr_code))
    return state or SmsState.UNKNOWN
