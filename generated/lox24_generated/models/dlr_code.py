from enum import IntEnum
from typing import Self


class DlrCode(IntEnum):
    NONE = 0
    DELIVERY_OK = 1
    DELIVERY_QUEUE = 2
    DELIVERY_SUBMIT_ACK = 4
    DELIVERY_EXPIRED = 8
    DELIVERY_REJECTED = 16

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
