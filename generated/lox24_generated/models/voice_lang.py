from enum import StrEnum
from typing import Self


class VoiceLang(StrEnum):
    BG = "BG"
    CS = "CS"
    DA = "DA"
    DE = "DE"
    EN = "EN"
    ES = "ES"
    FI = "FI"
    FR = "FR"
    HR = "HR"
    HU = "HU"
    IT = "IT"
    NL = "NL"
    PL = "PL"
    PT = "PT"
    RO = "RO"
    RU = "RU"
    SK = "SK"
    SV = "SV"
    TR = "TR"
    UK = "UK"

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
