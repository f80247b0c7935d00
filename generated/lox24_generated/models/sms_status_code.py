from enum import IntEnum
from typing import Self

#: What each value means, from the API description (``description`` of a member).
_DESCRIPTIONS: dict[int, str] = {
    0: "Created and not handed to the network yet (scheduled, or about to be sent).",
    100: "Handed to the mobile network.",
    208: "Not sent: the number or its network is blocked.",
    400: "Not sent: not processed because of maintenance.",
    410: "Cancelled: stopped before it reached the network.",
    2000: "Not sent: the number is a landline and cannot receive it.",
    3000: "Not sent: the balance or credit line did not cover it.",
    5000: "Not sent: no network operator could be found.",
    6000: "Cancelled through the API before it reached the network.",
}


class SmsStatusCode(IntEnum):
    """Where an SMS stands on its way to the network; once it is handed over (100), `dlr_code` tells how delivery went.

    - `0`: Created and not handed to the network yet (scheduled, or about to be sent).
    - `100`: Handed to the mobile network.
    - `208`: Not sent: the number or its network is blocked.
    - `400`: Not sent: not processed because of maintenance.
    - `410`: Cancelled: stopped before it reached the network.
    - `2000`: Not sent: the number is a landline and cannot receive it.
    - `3000`: Not sent: the balance or credit line did not cover it.
    - `5000`: Not sent: no network operator could be found.
    - `6000`: Cancelled through the API before it reached the network.
    """

    NEW = 0
    """Created and not handed to the network yet (scheduled, or about to be sent)."""
    SENT = 100
    """Handed to the mobile network."""
    BLOCKED = 208
    """Not sent: the number or its network is blocked."""
    MAINTENANCE = 400
    """Not sent: not processed because of maintenance."""
    CANCELLED = 410
    """Cancelled: stopped before it reached the network."""
    LANDLINE = 2000
    """Not sent: the number is a landline and cannot receive it."""
    INSUFFICIENT_FUNDS = 3000
    """Not sent: the balance or credit line did not cover it."""
    NO_OPERATOR = 5000
    """Not sent: no network operator could be found."""
    CANCELLED_VIA_API = 6000
    """Cancelled through the API before it reached the network."""

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
