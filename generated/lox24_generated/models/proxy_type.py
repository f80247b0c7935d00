from enum import StrEnum
from typing import Self

#: What each value means, from the API description (``description`` of a member).
_DESCRIPTIONS: dict[str, str] = {
    "VPN": "An anonymising VPN.",
    "TOR": "A Tor exit node.",
    "DCH": "A hosting provider, data centre or CDN.",
    "PUB": "A public proxy.",
    "WEB": "A web proxy.",
    "SES": "A search engine's crawler.",
}


class ProxyType(StrEnum):
    """The kind of proxy an IP address belongs to.

    - `VPN`: An anonymising VPN.
    - `TOR`: A Tor exit node.
    - `DCH`: A hosting provider, data centre or CDN.
    - `PUB`: A public proxy.
    - `WEB`: A web proxy.
    - `SES`: A search engine's crawler.
    """

    DCH = "DCH"
    """A hosting provider, data centre or CDN."""
    PUB = "PUB"
    """A public proxy."""
    SES = "SES"
    """A search engine's crawler."""
    TOR = "TOR"
    """A Tor exit node."""
    VPN = "VPN"
    """An anonymising VPN."""
    WEB = "WEB"
    """A web proxy."""

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
