"""Bring phone numbers of a group into E.164 form, the way the sandbox stores them."""

from __future__ import annotations

import re

#: Country code given to national numbers (``0170…``): LOX24 is a German gateway.
NATIONAL_COUNTRY_CODE = "49"
#: What a stored number must look like.
E164 = re.compile(r"\+[1-9][0-9]{3,14}", re.ASCII)
#: ``+49 (0)170 …``: the trunk zero written after a country code is dropped.
_TRUNK_ZERO = re.compile(r"\(0\)")
_SEPARATORS = re.compile(r"[\s\-/.()]")


def normalise_phone(raw: str) -> str | None:
    """Return the E.164 form of a phone number, or ``None`` when it cannot be one.

    Spaces, dashes, slashes, dots and parentheses are removed. ``+49…`` stays, ``0049…`` and
    ``49…`` (digits only) get a ``+``, and a national number ``0170…`` becomes ``+49170…``.

    Args:
        raw: The number as the client sent it.

    Returns:
        The number as ``+<country code><number>`` (4 to 15 digits), or ``None``.

    Example:
        >>> normalise_phone("0170 / 123-45.67")
        '+491701234567'

    """
    compact = _SEPARATORS.sub("", _TRUNK_ZERO.sub("", raw))
    if compact.startswith("+"):
        candidate = compact
    elif compact.startswith("00"):
        candidate = f"+{compact[2:]}"
    elif compact.startswith("0"):
        candidate = f"+{NATIONAL_COUNTRY_CODE}{compact[1:]}"
    else:
        candidate = f"+{compact}"
    return candidate if E164.fullmatch(candidate) else None
