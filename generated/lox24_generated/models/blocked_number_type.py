from enum import IntEnum
from typing import Self

#: What each value means, from the API description (``description`` of a member).
_DESCRIPTIONS: dict[int, str] = {
    1: "The account blocked it.",
    2: "The recipient unsubscribed through an unsubscription campaign.",
}


class BlockedNumberType(IntEnum):
    """Why a number is blocked.

    - `1`: The account blocked it.
    - `2`: The recipient unsubscribed through an unsubscription campaign.
    """

    BLOCKED_BY_CUSTOMER = 1
    """The account blocked it."""
    UNSUBSCRIBED = 2
    """The recipient unsubscribed through an unsubscription campaign."""

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
