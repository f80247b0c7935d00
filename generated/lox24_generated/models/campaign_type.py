from enum import IntEnum
from typing import Self

#: What each value means, from the API description (``description`` of a member).
_DESCRIPTIONS: dict[int, str] = {
    1: "Simple: one short link shared by every message, free of charge, clicks counted for the campaign as a whole.",
    2: "Advanced: a short link of its own for every message (charged per link), so that clicks are counted per recipient.",
}


class CampaignType(IntEnum):
    """How a campaign hands out links.

    - `1`: Simple: one short link shared by every message, free of charge, clicks counted for the campaign as a whole.
    - `2`: Advanced: a short link of its own for every message (charged per link), so that clicks are counted per recipient.
    """

    SIMPLE = 1
    """Simple: one short link shared by every message, free of charge, clicks counted for the campaign as a whole."""
    ADVANCED = 2
    """Advanced: a short link of its own for every message (charged per link), so that clicks are counted per recipient."""

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
