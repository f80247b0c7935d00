from enum import IntEnum
from typing import Self

#: What each value means, from the API description (``description`` of a member).
_DESCRIPTIONS: dict[int, str] = {
    0: "New, not processed yet.",
    5: "Being processed: its messages are being created.",
    10: "Processed: every message was created.",
    15: "Cancelled by the user.",
    20: "Failed with a system error.",
    201: "No recipients found.",
}


class BulkStatusCode(IntEnum):
    """The state of a bulk.

    - `0`: New, not processed yet.
    - `5`: Being processed: its messages are being created.
    - `10`: Processed: every message was created.
    - `15`: Cancelled by the user.
    - `20`: Failed with a system error.
    - `201`: No recipients found.
    """

    NEW = 0
    """New, not processed yet."""
    PROCESSING = 5
    """Being processed: its messages are being created."""
    PROCESSED = 10
    """Processed: every message was created."""
    CANCELLED = 15
    """Cancelled by the user."""
    SYSTEM_ERROR = 20
    """Failed with a system error."""
    NO_RECIPIENTS = 201
    """No recipients found."""

    def __str__(self) -> str:
        return str(self.value)

    @property
    def description(self) -> str:
        """What this value means, as the API description says."""
        return _DESCRIPTIONS.get(
            self.value, "A value this version of the client does not know."
        )

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        """Keep an unknown integer as an ``UNKNOWN_<value>`` member instead of failing."""
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        return member
