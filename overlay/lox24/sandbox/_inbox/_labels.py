"""How the inbox names the API's numeric codes, and the states it filters SMS by."""

from __future__ import annotations

from typing import Any

from lox24.sandbox._state._lifecycle import CANCELLED, NO_RECIPIENTS, PROCESSED, PROCESSING
from lox24.sandbox._state._lifecycle import NEW as BULK_NEW
from lox24.sandbox._state._sms_lifecycle import (
    CANCELLED_VIA_API,
    DLR_EXPIRED,
    DLR_OK,
    DLR_REJECTED,
    NEW,
    SENT,
)

#: The states the filter offers (a scheduled SMS is queued until it is due).
SMS_STATES = ("queued", "sent", "delivered", "expired", "rejected", "cancelled")
_FINAL = {DLR_OK: "delivered", DLR_EXPIRED: "expired", DLR_REJECTED: "rejected"}
#: Processing states of a bulk, as the sandbox sets them.
BULK_STATES = {
    BULK_NEW: "queued",
    PROCESSING: "processing",
    PROCESSED: "processed",
    CANCELLED: "cancelled",
    NO_RECIPIENTS: "no recipients",
}
#: The ``status_code`` (and ``dlr_code``) query pairs that select each state of ``SMS_STATES``.
STATE_FILTERS: dict[str, list[tuple[str, str]]] = {
    "queued": [("status_code", str(NEW))],
    "sent": [
        ("status_code", str(SENT)),
        ("dlr_code[]", "0"),
        ("dlr_code[]", "2"),
        ("dlr_code[]", "4"),
    ],
    "delivered": [("dlr_code", str(DLR_OK))],
    "expired": [("dlr_code", str(DLR_EXPIRED))],
    "rejected": [("dlr_code", str(DLR_REJECTED))],
    "cancelled": [("status_code", str(CANCELLED_VIA_API))],
}


def sms_state(row: dict[str, Any], now: float) -> str:
    """The one word a handset-side view shows for an SMS row of the API."""
    return state_word(row["status_code"], row["dlr_code"], row.get("delivery_at"), now)


def state_word(status_code: int, dlr_code: int, delivery_at: int | None, now: float) -> str:
    """The one word for an SMS in this state (``scheduled`` while its ``delivery_at`` is ahead)."""
    if status_code == CANCELLED_VIA_API:
        return "cancelled"
    final = _FINAL.get(dlr_code)
    if final is not None:
        return final
    if status_code == NEW:
        return "scheduled" if (delivery_at or 0) > now else "queued"
    return "sent" if status_code == SENT else "queued"
