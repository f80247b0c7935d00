from enum import IntEnum
from typing import Self

#: What each value means, from the API description (``description`` of a member).
_DESCRIPTIONS: dict[int, str] = {
    1: "Never subscribed.",
    2: "Too many messages.",
    3: "Not interested.",
    4: "The content was not understandable.",
    5: "Dislikes the company.",
    6: "Another reason.",
}


class UnsubscribeReason(IntEnum):
    """Why a recipient unsubscribed.

    - `1`: Never subscribed.
    - `2`: Too many messages.
    - `3`: Not interested.
    - `4`: The content was not understandable.
    - `5`: Dislikes the company.
    - `6`: Another reason.
    """

    NEVER_SUBSCRIBED = 1
    """Never subscribed."""
    TOO_MANY_MESSAGES = 2
    """Too many messages."""
    NOT_INTERESTED = 3
    """Not interested."""
    INCOMPREHENSIBLE = 4
    """The content was not understandable."""
    DISLIKES_COMPANY = 5
    """Dislikes the company."""
    OTHER = 6
    """Another reason."""

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
