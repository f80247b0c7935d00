r"""How long an SMS text is: encoding, character count, parts, and the longest text accepted.

The rules (inventory 5.1, the ``SmsWrite`` schema):

* A text is sent in GSM 03.38 (7-bit) when every character is in the GSM default alphabet or
  its extension table, else in UCS-2; ``is_unicode`` forces one or the other. A text forced to
  GSM has its other characters transliterated: accents are dropped (``á`` → ``a``), typographic
  quotes and dashes become ASCII, anything else becomes ``?``.
* GSM counts one per character and two per extension character (``^ { } \ [ ~ ] | €`` and form
  feed); UCS-2 counts UTF-16 code units (an emoji counts two).
* One SMS holds 160 GSM or 70 UCS-2 characters; a longer text is split into parts of 153 or 67.
* At most 1530 GSM or 670 UCS-2 characters (ten parts) are accepted.
* SSML voice texts (``text2speech_ssml``): tags are not counted, entities count as the character
  they stand for, and ``<break time="…"/>`` counts two characters per second of pause, rounded up
  (``1s`` → 2, ``500ms`` → 1, ``750ms`` → 2); a break without a readable time counts nothing.
"""

from __future__ import annotations

import html
import math
import re
import unicodedata
from dataclasses import dataclass

#: The GSM 03.38 default alphabet (the escape code itself is not a character of a text).
GSM_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
#: The GSM 03.38 extension table: each of these takes two characters (escape + code).
GSM_EXTENSION = frozenset("\f^{}\\[~]|€")

GSM_SINGLE, GSM_PART, GSM_MAX = 160, 153, 1530
UCS2_SINGLE, UCS2_PART, UCS2_MAX = 70, 67, 670
#: Characters a pause of one second counts as in an SSML text.
CHARS_PER_PAUSE_SECOND = 2
_MS_PER_SECOND = 1000

#: Typographic characters outside GSM and their ASCII stand-ins (acute accent, curly and low
#: quotes, en and em dashes).
_ASCII_LOOKALIKES = str.maketrans(
    {
        "\u00b4": "'",
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2013": "-",
        "\u2014": "-",
    }
)
_TAG = re.compile(r"<[^>]*>")
#: The longest pause counted; longer ones count as this, which is already over every limit.
MAX_PAUSE_SECONDS = 3600.0
_BREAK = re.compile(r"<break\b[^>]*>", re.IGNORECASE)
_BREAK_TIME = re.compile(r"""\btime\s*=\s*["']\s*([0-9]*\.?[0-9]+)\s*(ms|s)\s*["']""", re.I)


@dataclass(frozen=True, slots=True)
class TextMeasure:
    """What a text amounts to once encoded.

    Attributes:
        text: The text as it is sent (transliterated when forced to GSM).
        is_unicode: Whether it is sent in UCS-2.
        chars_count: The characters it counts as.
        parts_count: The SMS parts it needs (at least 1).

    """

    text: str
    is_unicode: bool
    chars_count: int
    parts_count: int

    @property
    def limit(self) -> int:
        """The most characters a text in this encoding may count."""
        return UCS2_MAX if self.is_unicode else GSM_MAX

    @property
    def too_long(self) -> bool:
        """Whether the text counts more characters than are accepted."""
        return self.chars_count > self.limit


def is_gsm(text: str) -> bool:
    """Whether every character of ``text`` is in the GSM alphabet or its extension table."""
    return all(c in GSM_BASIC or c in GSM_EXTENSION for c in text)


def transliterate(text: str) -> str:
    """Bring ``text`` into the GSM alphabet: drop accents, simplify punctuation, else ``?``."""
    return "".join(c if c in GSM_BASIC or c in GSM_EXTENSION else _gsm_stand_in(c) for c in text)


def _gsm_stand_in(char: str) -> str:
    simple = char.translate(_ASCII_LOOKALIKES)
    if simple != char:
        return simple
    base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    return base if base and is_gsm(base) else "?"


def gsm_length(text: str) -> int:
    """Characters ``text`` counts in GSM: two for each extension character."""
    return sum(2 if c in GSM_EXTENSION else 1 for c in text)


def ucs2_length(text: str) -> int:
    """Characters ``text`` counts in UCS-2: its UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def parts_for(chars: int, *, unicode: bool) -> int:
    """SMS parts needed for ``chars`` characters in the given encoding (at least 1)."""
    single, part = (UCS2_SINGLE, UCS2_PART) if unicode else (GSM_SINGLE, GSM_PART)
    return 1 if chars <= single else math.ceil(chars / part)


def spoken_text(ssml: str) -> str:
    """The characters of an SSML text that are read aloud: without tags, entities resolved."""
    return html.unescape(_TAG.sub("", ssml))


def pause_chars(ssml: str) -> int:
    """Characters the ``<break time="…"/>`` pauses of an SSML text count as."""
    total = 0
    for tag in _BREAK.finditer(ssml):
        found = _BREAK_TIME.search(tag.group())
        if found is None:
            continue
        seconds = float(found[1]) / (_MS_PER_SECOND if found[2].lower() == "ms" else 1)
        # A pause longer than any text may count (or too long for a float) counts as the limit.
        seconds = min(seconds, MAX_PAUSE_SECONDS)
        total += math.ceil(seconds * CHARS_PER_PAUSE_SECOND)
    return total


def measure(text: str, *, is_unicode: bool | None, ssml: bool = False) -> TextMeasure:
    """Encode and count a message text.

    Args:
        text: The text to send.
        is_unicode: True for UCS-2, False for GSM (transliterating), None to detect.
        ssml: Whether the text is SSML (``text2speech_ssml``), counted without its tags.

    Returns:
        The text as sent, its encoding, character count and parts.

    """
    unicode = is_unicode if is_unicode is not None else not is_gsm(_counted(text, ssml=ssml))
    sent = text if unicode else transliterate(text)
    counted = _counted(sent, ssml=ssml)
    chars = ucs2_length(counted) if unicode else gsm_length(counted)
    if ssml:
        chars += pause_chars(sent)
    return TextMeasure(sent, unicode, chars, parts_for(chars, unicode=unicode))


def _counted(text: str, *, ssml: bool) -> str:
    return spoken_text(text) if ssml else text
