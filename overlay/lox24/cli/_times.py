"""Times as people type them: ``--at "2026-12-24 09:00 Europe/Berlin"``, ``--in 5m``.

Absolute times are read by python-dateutil; a trailing IANA zone name is applied to the time
before it, and a time without a zone is local time. Filters also take durations back from now
(``--since 2h``). Durations are a number and a unit
(``s``, ``m``, ``h``, ``d``, ``w``), possibly several: ``1h30m``.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo

from dateutil import parser as date_parser

_PART = re.compile(r"(\d+(?:\.\d+)?)\s*([smhdw])", re.IGNORECASE)
_DURATION = re.compile(r"^\s*(?:\d+(?:\.\d+)?\s*[smhdw]\s*)+$", re.IGNORECASE)
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86_400, "w": 604_800}


def is_duration(text: str) -> bool:
    """Whether ``text`` is a duration such as ``5m`` or ``1h30m``."""
    return bool(_DURATION.match(text))


def parse_duration(text: str) -> dt.timedelta:
    """Read a duration such as ``90s``, ``5m``, ``1h30m`` or ``2d``.

    Raises:
        ValueError: ``text`` is not a duration.

    """
    if not is_duration(text):
        msg = f"{text!r} is not a duration; write e.g. 90s, 5m, 1h30m or 2d"
        raise ValueError(msg)
    seconds = sum(float(n) * _UNIT_SECONDS[u.lower()] for n, u in _PART.findall(text))
    return dt.timedelta(seconds=seconds)


def parse_time(text: str) -> dt.datetime:
    """Read an absolute time; return it timezone-aware.

    Raises:
        ValueError: ``text`` is not a time, or names an unknown zone.

    """
    body, zone = _split_zone(text.strip())
    try:
        moment = date_parser.parse(body)
    except (ValueError, OverflowError) as error:
        msg = f"{text!r} is not a time; write e.g. '2026-12-24 09:00 Europe/Berlin'"
        raise ValueError(msg) from error
    if zone is not None:
        return moment.replace(tzinfo=zone)
    if moment.tzinfo is None:
        return moment.astimezone()
    return moment


def parse_moment(text: str, *, now: dt.datetime) -> dt.datetime:
    """Read a time for a filter: a duration means that long before ``now``."""
    if is_duration(text):
        return now - parse_duration(text)
    return parse_time(text)


def start_of_today(now: dt.datetime) -> dt.datetime:
    """Local midnight of the day of ``now``."""
    local = now.astimezone()
    return local.replace(hour=0, minute=0, second=0, microsecond=0)


def _split_zone(text: str) -> tuple[str, zoneinfo.ZoneInfo | None]:
    head, _, last = text.rpartition(" ")
    if not head or ("/" not in last and last.upper() != "UTC"):
        return text, None
    try:
        return head, zoneinfo.ZoneInfo(last)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        msg = f"unknown time zone {last!r}; use an IANA name such as Europe/Berlin"
        raise ValueError(msg) from None
