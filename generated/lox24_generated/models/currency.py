from enum import StrEnum
from typing import Self

#: What each value means, from the API description (``description`` of a member).
_DESCRIPTIONS: dict[str, str] = {
    "EUR": "Euro.",
    "CHF": "Swiss franc.",
}


class Currency(StrEnum):
    """The account currency.

    - `EUR`: Euro.
    - `CHF`: Swiss franc.
    """

    CHF = "CHF"
    """Swiss franc."""
    EUR = "EUR"
    """Euro."""

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
        """Keep an unknown string as an ``UNKNOWN`` member carrying the raw value."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
