from enum import StrEnum
from typing import Self

#: What each value means, from the API description (``description`` of a member).
_DESCRIPTIONS: dict[str, str] = {
    "direct": "A text SMS.",
    "text2speech": "A call that reads the text aloud.",
    "text2speech_ssml": "A call that reads SSML markup aloud.",
    "economy": "A text SMS on the economy route.",
    "pro": "A text SMS on the pro route.",
}


class ServiceCode(StrEnum):
    """How a message is delivered; `economy` and `pro` only where the account's services (`GET /me`) list them.

    - `direct`: A text SMS.
    - `text2speech`: A call that reads the text aloud.
    - `text2speech_ssml`: A call that reads SSML markup aloud.
    - `economy`: A text SMS on the economy route.
    - `pro`: A text SMS on the pro route.
    """

    DIRECT = "direct"
    """A text SMS."""
    ECONOMY = "economy"
    """A text SMS on the economy route."""
    PRO = "pro"
    """A text SMS on the pro route."""
    TEXT2SPEECH = "text2speech"
    """A call that reads the text aloud."""
    TEXT2SPEECH_SSML = "text2speech_ssml"
    """A call that reads SSML markup aloud."""

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
