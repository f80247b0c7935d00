from enum import IntEnum
from typing import Self


class SmsStatusCode(IntEnum):
    NEW = 0
    SENT = 100
    BLOCKED = 208
    MAINTENANCE = 400
    CANCELLED = 410
    LANDLINE = 2000
    INSUFFICIENT_FUNDS = 3000
    NO_OPERATOR = 5000
    CANCELLED_VIA_API = 6000

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        """Keep an unknown integer as an ``UNKNOWN_<value>`` member instead of failing."""
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        return member
