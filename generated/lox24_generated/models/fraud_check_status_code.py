from enum import IntEnum
from typing import Self

#: What each value means, from the API description (``description`` of a member).
_DESCRIPTIONS: dict[int, str] = {
    0: "New.",
    5: "Being processed.",
    10: "Done.",
    20: "Ended: the balance or credit line did not cover it.",
    21: "Ended: the data was invalid.",
    1000: "Ended with an unexpected error.",
}


class FraudCheckStatusCode(IntEnum):
    """Where a fraud check (or one of its parts) stands.

    - `0`: New.
    - `5`: Being processed.
    - `10`: Done.
    - `20`: Ended: the balance or credit line did not cover it.
    - `21`: Ended: the data was invalid.
    - `1000`: Ended with an unexpected error.
    """

    NEW = 0
    """New."""
    PROCESSING = 5
    """Being processed."""
    DONE = 10
    """Done."""
    INSUFFICIENT_FUNDS = 20
    """Ended: the balance or credit line did not cover it."""
    INVALID_DATA = 21
    """Ended: the data was invalid."""
    UNEXPECTED_ERROR = 1000
    """Ended with an unexpected error."""

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
