from enum import StrEnum
from typing import Self

#: What each value means, from the API description (``description`` of a member).
_DESCRIPTIONS: dict[str, str] = {
    "DE": "German.",
    "ES": "Spanish.",
    "EN": "English.",
    "IT": "Italian.",
    "FR": "French.",
    "PL": "Polish.",
    "NL": "Dutch.",
    "RO": "Romanian.",
    "PT": "Portuguese.",
    "CS": "Czech.",
    "HU": "Hungarian.",
    "SV": "Swedish.",
    "DA": "Danish.",
    "FI": "Finnish.",
    "SK": "Slovak.",
    "HR": "Croatian.",
    "TR": "Turkish.",
    "RU": "Russian.",
    "BG": "Bulgarian.",
    "UK": "Ukrainian.",
}


class VoiceLang(StrEnum):
    """The language of a voice message. Absent or null means detection from the recipient's country code.

    - `DE`: German.
    - `ES`: Spanish.
    - `EN`: English.
    - `IT`: Italian.
    - `FR`: French.
    - `PL`: Polish.
    - `NL`: Dutch.
    - `RO`: Romanian.
    - `PT`: Portuguese.
    - `CS`: Czech.
    - `HU`: Hungarian.
    - `SV`: Swedish.
    - `DA`: Danish.
    - `FI`: Finnish.
    - `SK`: Slovak.
    - `HR`: Croatian.
    - `TR`: Turkish.
    - `RU`: Russian.
    - `BG`: Bulgarian.
    - `UK`: Ukrainian.
    """

    BG = "BG"
    """Bulgarian."""
    CS = "CS"
    """Czech."""
    DA = "DA"
    """Danish."""
    DE = "DE"
    """German."""
    EN = "EN"
    """English."""
    ES = "ES"
    """Spanish."""
    FI = "FI"
    """Finnish."""
    FR = "FR"
    """French."""
    HR = "HR"
    """Croatian."""
    HU = "HU"
    """Hungarian."""
    IT = "IT"
    """Italian."""
    NL = "NL"
    """Dutch."""
    PL = "PL"
    """Polish."""
    PT = "PT"
    """Portuguese."""
    RO = "RO"
    """Romanian."""
    RU = "RU"
    """Russian."""
    SK = "SK"
    """Slovak."""
    SV = "SV"
    """Swedish."""
    TR = "TR"
    """Turkish."""
    UK = "UK"
    """Ukrainian."""

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
