from enum import StrEnum
from typing import Self

#: What each value means, from the API description (``description`` of a member).
_DESCRIPTIONS: dict[str, str] = {
    "dialup": "Dial-up.",
    "isdn": "ISDN.",
    "cable": "Cable.",
    "dsl": "DSL.",
    "fttx": "Fibre to the building or home.",
    "wireless": "Wireless or mobile.",
}


class ConnectionType(StrEnum):
    """The kind of line an IP address is connected through.

    - `dialup`: Dial-up.
    - `isdn`: ISDN.
    - `cable`: Cable.
    - `dsl`: DSL.
    - `fttx`: Fibre to the building or home.
    - `wireless`: Wireless or mobile.
    """

    CABLE = "cable"
    """Cable."""
    DIALUP = "dialup"
    """Dial-up."""
    DSL = "dsl"
    """DSL."""
    FTTX = "fttx"
    """Fibre to the building or home."""
    ISDN = "isdn"
    """ISDN."""
    WIRELESS = "wireless"
    """Wireless or mobile."""

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
