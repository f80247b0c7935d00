from enum import IntEnum
from typing import Self

#: What each value means, from the API description (``description`` of a member).
_DESCRIPTIONS: dict[int, str] = {
    0: "No report yet.",
    1: "Delivered to the handset (final).",
    2: "Held by the network, to be delivered later.",
    4: "Accepted by the network and on its way.",
    8: "Expired: could not be delivered in time, for example the phone stayed off or out of reach (final).",
    16: "Rejected: the number is invalid, or the operator blocked the number or the content (final).",
}


class DlrCode(IntEnum):
    """The latest delivery report of an SMS.

    - `0`: No report yet.
    - `1`: Delivered to the handset (final).
    - `2`: Held by the network, to be delivered later.
    - `4`: Accepted by the network and on its way.
    - `8`: Expired: could not be delivered in time, for example the phone stayed off or out of reach (final).
    - `16`: Rejected: the number is invalid, or the operator blocked the number or the content (final).
    """

    NONE = 0
    """No report yet."""
    DELIVERY_OK = 1
    """Delivered to the handset (final)."""
    DELIVERY_QUEUE = 2
    """Held by the network, to be delivered later."""
    DELIVERY_SUBMIT_ACK = 4
    """Accepted by the network and on its way."""
    DELIVERY_EXPIRED = 8
    """Expired: could not be delivered in time, for example the phone stayed off or out of reach (final)."""
    DELIVERY_REJECTED = 16
    """Rejected: the number is invalid, or the operator blocked the number or the content (final)."""

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
