"""The results of a fraud check, derived from the checked values alone.

The same input always gives the same result, with as much detail as the service pays for.

* Phone: the country code picks a numbering plan of a few countries (DE, AT, CH, GB, FR, US);
  ``is_possible`` when the national number has a length the plan allows (8 to 15 digits in all
  for other countries), ``is_valid`` when the plan is known, the length fits and the number does
  not start with the trunk ``0``; ``number_type`` by prefix (``+4917…`` mobile, ``+49800…`` toll
  free…).
* E-mail (its syntax is checked when the check is created, see :func:`is_email_address`):
  ``is_possible`` unless the domain is reserved (``example.com``, ``*.test``, ``*.invalid``…),
  ``is_anonymous`` for a few throwaway-mail domains.
* IP: an address that is not globally routable (private, loopback, documentation, reserved…)
  is risky and not ok; a few well-known networks are data centres (``DCH``) or Tor exits
  (``TOR``); any other public address is an ordinary line in Berlin with a small risk.
* Postal address: usable when it has a city and a street name.

A value that cannot be checked (an unreadable IP address, an address without city or street)
is *unusable*: its part ends with status 21. ``economy`` answers the risk score only, ``pro`` adds
the main findings, ``direct`` adds everything (region, location, provider, connection).
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

RISK_ONLY, MAIN, EVERYTHING = 0, 1, 2
#: How much detail each service answers.
DETAIL: Mapping[str, int] = {"economy": RISK_ONLY, "pro": MAIN, "direct": EVERYTHING}
#: Throwaway-mail domains: addresses there are anonymous.
THROWAWAY_DOMAINS = frozenset(
    {"mailinator.com", "guerrillamail.com", "10minutemail.com", "yopmail.com", "trashmail.com"}
)
#: Domains that cannot receive mail (RFC 2606, RFC 6761).
RESERVED_DOMAINS = frozenset({"example.com", "example.net", "example.org"})
RESERVED_TLDS = frozenset({"test", "example", "invalid", "localhost", "local"})
_EMAIL = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}")
_TYPE_RISK: Mapping[str, float] = {
    "mobile": 10,
    "fixed_line_or_mobile": 20,
    "fixed_line": 25,
    "toll_free": 60,
    "premium_rate": 80,
    "unknown": 50,
    "impossible": 90,
}
#: The shortest and longest international numbers (country code included) of unknown plans.
_SHORTEST, _LONGEST = 8, 15


@dataclass(frozen=True, slots=True)
class Finding:
    """What the check found about one value: usable or not, its risk and its details by level."""

    usable: bool
    risk: float = 0
    main: dict[str, Any] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)

    def details(self, service_code: str) -> dict[str, Any]:
        """The findings the service answers."""
        level = DETAIL[service_code]
        return {
            **(self.main if level >= MAIN else {}),
            **(self.extra if level >= EVERYTHING else {}),
        }


@dataclass(frozen=True, slots=True)
class _Plan:
    iso2: str
    lengths: tuple[int, int]
    types: Mapping[str, str]
    default_type: str = "fixed_line"


_MOBILE, _TOLL_FREE, _PREMIUM = "mobile", "toll_free", "premium_rate"
_PLANS: Mapping[str, _Plan] = {
    "49": _Plan("DE", (6, 11), {"15": _MOBILE, "16": _MOBILE, "17": _MOBILE, "800": _TOLL_FREE}),
    "43": _Plan("AT", (4, 13), {"6": _MOBILE, "800": _TOLL_FREE, "900": _PREMIUM}),
    "41": _Plan("CH", (9, 9), {"7": _MOBILE, "800": _TOLL_FREE, "90": _PREMIUM}),
    "44": _Plan("GB", (10, 10), {"7": _MOBILE, "800": _TOLL_FREE, "9": _PREMIUM}),
    "33": _Plan("FR", (9, 9), {"6": _MOBILE, "7": _MOBILE, "80": _TOLL_FREE}),
    "1": _Plan("US", (10, 10), {"800": _TOLL_FREE, "900": _PREMIUM}, "fixed_line_or_mobile"),
}


@dataclass(frozen=True, slots=True)
class _Network:
    network: ipaddress.IPv4Network | ipaddress.IPv6Network
    isp_name: str
    proxy_type: str
    risk: float
    place: tuple[str, str, str, str, float, float]


_SAN_FRANCISCO = ("US", "CA", "San Francisco", "94107", 37.7749, -122.4194)
_NETWORKS = (
    _Network(ipaddress.ip_network("1.1.1.0/24"), "Cloudflare", "DCH", 60, _SAN_FRANCISCO),
    _Network(ipaddress.ip_network("2606:4700::/32"), "Cloudflare", "DCH", 60, _SAN_FRANCISCO),
    _Network(ipaddress.ip_network("8.8.8.0/24"), "Google", "DCH", 60, _SAN_FRANCISCO),
    _Network(
        ipaddress.ip_network("185.220.100.0/22"),
        "Tor exit relay",
        "TOR",
        95,
        ("DE", "HE", "Frankfurt am Main", "60313", 50.1109, 8.6821),
    ),
)
_BERLIN = ("DE", "BE", "Berlin", "10115", 52.52, 13.405)


def check_phone(number: str) -> Finding:
    """Judge a phone number in E.164 form (``+`` and digits)."""
    digits = number.lstrip("+")
    found = next(((cc, p) for cc, p in _PLANS.items() if digits.startswith(cc)), None)
    if found is None:
        possible = _SHORTEST <= len(digits) <= _LONGEST
        return _phone(possible=possible, valid=False, kind="unknown" if possible else "impossible")
    country_code, plan = found
    national = digits[len(country_code) :]
    possible = plan.lengths[0] <= len(national) <= plan.lengths[1]
    valid = possible and not national.startswith("0")
    kind = _number_type(plan, national) if valid else "unknown" if possible else "impossible"
    return _phone(possible=possible, valid=valid, kind=kind, region=plan.iso2)


def _phone(*, possible: bool, valid: bool, kind: str, region: str | None = None) -> Finding:
    main = {"is_valid": valid, "is_possible": possible, "number_type": kind}
    extra = {} if region is None else {"region": region}
    return Finding(True, _TYPE_RISK[kind] + (0 if valid or not possible else 20), main, extra)


def _number_type(plan: _Plan, national: str) -> str:
    found = (kind for prefix, kind in plan.types.items() if national.startswith(prefix))
    return next(found, plan.default_type)


def is_email_address(email: str) -> bool:
    """Whether ``email`` is written like an e-mail address (``local@domain.tld``)."""
    return _EMAIL.fullmatch(email) is not None and ".." not in email


def check_email(email: str) -> Finding:
    """Judge an e-mail address written like one (see :func:`is_email_address`)."""
    domain = email.rpartition("@")[2].lower()
    if domain in RESERVED_DOMAINS or domain.rpartition(".")[2] in RESERVED_TLDS:
        return Finding(True, 95, {"is_possible": False, "is_anonymous": False})
    anonymous = domain in THROWAWAY_DOMAINS
    main = {"is_possible": True, "is_anonymous": anonymous}
    return Finding(True, 75 if anonymous else 10, main)


def check_ip(address: str) -> Finding:
    """Judge an IPv4 or IPv6 address."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return Finding(False)
    if not ip.is_global:
        return Finding(True, 90, {"is_ok": False, "isp_risk_score": 90}, {"connection_type": None})
    network = next((n for n in _NETWORKS if ip in n.network), None)
    if network is not None:
        main = {"is_ok": False, "iso2": network.place[0], "isp_risk_score": network.risk}
        extra = {**_place(network.place), "isp_name": network.isp_name, "connection_type": None}
        return Finding(True, network.risk, {**main, "proxy_type": network.proxy_type}, extra)
    risk = float(5 + int(ip) % 21)
    main = {"is_ok": True, "iso2": _BERLIN[0], "isp_risk_score": risk}
    extra = {**_place(_BERLIN), "isp_name": "Sandbox Telecom", "connection_type": "dsl"}
    return Finding(True, risk, main, extra)


def _place(place: tuple[str, str, str, str, float, float]) -> dict[str, Any]:
    _, state, city, postcode, latitude, longitude = place
    return {
        "state": state,
        "city": city,
        "postcode": postcode,
        "geolocation": [latitude, longitude],
    }


def check_address(address: Mapping[str, Any]) -> Finding:
    """Judge a postal address: usable with a city and a street name."""
    usable = bool(address.get("city")) and bool(address.get("street_name"))
    return Finding(usable, 5 if usable else 0)
