"""What a recipient's country calling code says: its country and the language of voice messages.

``iso2`` of an SMS comes from a table of common calling codes (the longest matching prefix wins,
``+1`` counts as the US). The ``Sms`` schema requires an ISO code of two capitals, so a number
whose code is not in the table gets :data:`UNKNOWN_COUNTRY` (``ZZ``, the user-assigned code
Unicode CLDR uses for an unknown region).

The language of a voice message without ``voice_lang`` follows the documented rules: ``+49``,
``+41``, ``+43`` and ``+79`` speak German, the Spanish-speaking codes listed by LOX24 Spanish,
every other number English.
"""

from __future__ import annotations

from collections.abc import Mapping

#: The ``iso2`` of a number whose calling code is not in :data:`COUNTRY_BY_CODE`.
UNKNOWN_COUNTRY = "ZZ"

# fmt: off
#: ISO 3166-1 alpha-2 code by country calling code (a selection of common ones).
COUNTRY_BY_CODE: Mapping[str, str] = {
    "1": "US", "7": "RU", "20": "EG", "27": "ZA", "30": "GR", "31": "NL", "32": "BE",
    "33": "FR", "34": "ES", "36": "HU", "39": "IT", "40": "RO", "41": "CH", "43": "AT",
    "44": "GB", "45": "DK", "46": "SE", "47": "NO", "48": "PL", "49": "DE", "51": "PE",
    "52": "MX", "53": "CU", "54": "AR", "55": "BR", "56": "CL", "57": "CO", "58": "VE",
    "60": "MY", "61": "AU", "62": "ID", "63": "PH", "64": "NZ", "65": "SG", "66": "TH",
    "81": "JP", "82": "KR", "84": "VN", "86": "CN", "90": "TR", "91": "IN", "92": "PK",
    "93": "AF", "212": "MA", "213": "DZ", "216": "TN", "234": "NG", "240": "GQ", "254": "KE",
    "351": "PT", "352": "LU", "353": "IE", "354": "IS", "356": "MT", "357": "CY", "358": "FI",
    "359": "BG", "370": "LT", "371": "LV", "372": "EE", "380": "UA", "381": "RS", "385": "HR",
    "386": "SI", "387": "BA", "420": "CZ", "421": "SK", "423": "LI", "502": "GT", "503": "SV",
    "504": "HN", "505": "NI", "506": "CR", "507": "PA", "591": "BO", "593": "EC", "595": "PY",
    "598": "UY", "966": "SA", "971": "AE", "972": "IL", "974": "QA",
}
#: Calling-code prefixes whose voice messages are read in German.
GERMAN_PREFIXES = ("49", "41", "43", "79")
#: Calling-code prefixes whose voice messages are read in Spanish.
SPANISH_PREFIXES = (
    "52", "57", "34", "54", "51", "58", "56", "593", "502", "53", "591", "504", "595", "503",
    "505", "506", "507", "598", "240",
)
# fmt: on
_LONGEST_CODE = max(len(code) for code in COUNTRY_BY_CODE)
#: The language of voice messages to any other number.
DEFAULT_VOICE_LANG = "EN"


def country_of(phone: str) -> str:
    """Return the ISO 3166-1 alpha-2 code of an E.164 number's country (``ZZ`` if unknown)."""
    digits = phone.removeprefix("+")
    for length in range(_LONGEST_CODE, 0, -1):
        found = COUNTRY_BY_CODE.get(digits[:length])
        if found is not None:
            return found
    return UNKNOWN_COUNTRY


def voice_lang_of(phone: str) -> str:
    """Return the language a voice message to an E.164 number is read in when none is given."""
    digits = phone.removeprefix("+")
    if digits.startswith(GERMAN_PREFIXES):
        return "DE"
    if digits.startswith(SPANISH_PREFIXES):
        return "ES"
    return DEFAULT_VOICE_LANG
