from enum import StrEnum
from typing import Self


class ServiceCode(StrEnum):
    DIRECT = "direct"
    ECONOMY = "economy"
    PRO = "pro"
    TEXT2SPEECH = "text2speech"
    TEXT2SPEECH_SSML = "text2speech_ssml"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        """Keep an unknown string as an ``UNKNOWN`` member carrying the raw value."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
