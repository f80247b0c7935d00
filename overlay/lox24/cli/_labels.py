"""The names the command shows for the API's numeric codes, and the SMS states it filters by."""

from __future__ import annotations

#: Delivery reports (``dlr_code``) of an SMS.
DLR = {0: "none", 1: "delivered", 2: "queued", 4: "submitted", 8: "expired", 16: "rejected"}
#: Processing states (``status_code``) of an SMS.
SMS_STATUS = {
    0: "new",
    100: "sent",
    208: "blocked",
    400: "maintenance",
    410: "cancelled",
    2000: "landline",
    3000: "insufficient funds",
    5000: "no operator",
    6000: "cancelled",
}
#: Processing states of a bulk.
BULK_STATUS = {
    0: "queued",
    5: "processing",
    10: "processed",
    15: "cancelled",
    20: "failed",
    201: "no recipients",
}
#: Blocked number types.
BLOCKED_TYPE = {1: "blocked", 2: "unsubscribed"}

#: ``--status`` words of ``lox24 sms list`` and the delivery reports each selects.
SMS_STATES: dict[str, tuple[int, ...]] = {
    "pending": (0, 2, 4),
    "delivered": (1,),
    "expired": (8,),
    "rejected": (16,),
    "failed": (8, 16),
}


def dlr_codes(words: str) -> list[int]:
    """The delivery reports selected by comma-separated ``--status`` words.

    Raises:
        ValueError: A word is not one of ``SMS_STATES``.

    """
    codes: list[int] = []
    for word in (w.strip().lower() for w in words.split(",") if w.strip()):
        if word not in SMS_STATES:
            known = ", ".join(SMS_STATES)
            msg = f"unknown status {word!r}; choose from {known}"
            raise ValueError(msg)
        codes.extend(c for c in SMS_STATES[word] if c not in codes)
    return codes
