"""Times as people type them: ``--at "2026-12-24 09:00 Europe/Berlin"``, ``--in 5m``.

An absolute time is ISO 8601 (``2026-12-24T09:00:00+01:00``) or ``YYYY-MM-DD HH:MM`` (seconds
optional), followed by an optional zone: an IANA name (``Europe/Berlin``), ``UTC`` or an offset
(``+05:00``). A time without zone or offset is local time. Nothing else is guessed: a date such
as ``01.02.2027`` means 1 February in one country and 2 January in another, so it is refused with
the forms that are read. An offset is never replaced: a time with an offset and a zone name is
refused, and so is a time that a zone's clock change skips or shows twice (the error shows it
with each possible offset).

Filters also take durations back from now (``--since 2h``). Durations are a number and a unit
(``s``, ``m``, ``h``, ``d``, ``w``), possibly several: ``1h30m``.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo

_PART = re.compile(r"(\d+(?:\.\d+)?)\s*([smhdw])", re.IGNORECASE)
_DURATION = re.compile(r"^\s*(?:\d+(?:\.\d+)?\s*[smhdw]\s*)+$", re.IGNORECASE)
_ZERO = dt.timedelta()
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86_400, "w": 604_800}
#: An offset written after the time: ``+05:00``, ``-0330``, ``+05`` or ``Z``.
_OFFSET = re.compile(r"^(?:[Zz]|(?P<sign>[+-])(?P<hours>\d{2}):?(?P<minutes>\d{2})?)$")
#: A date first, year first (``2026-12-24`` or ``20261224``), then the time of day: the rest of
#: ISO 8601 is checked by ``datetime.fromisoformat``.
_ISO = re.compile(r"^\d{4}-?\d{2}-?\d{2}(?:[T ]\S*)?$")
#: What the error line shows: every form a time can take.
ACCEPTED = (
    "write YYYY-MM-DD HH:MM with an optional zone or offset "
    "('2026-12-24 09:00', '2026-12-24 09:00 Europe/Berlin', '2026-12-24 09:00 +01:00') "
    "or ISO 8601 ('2026-12-24T09:00:00+01:00')"
)


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
    """Read an absolute time (see the module's docstring); return it timezone-aware.

    Raises:
        ValueError: ``text`` is not one of the accepted forms, names an unknown zone, gives
            both an offset and a zone, or names a local time the zone skips or repeats.

    """
    words = " ".join(text.split())
    head, _, last = words.rpartition(" ")
    if head and (_OFFSET.match(last) or last[:1].isalpha()):
        moment, zone = _read(head, text), _zone(last)  # a zone or offset after the time
    else:
        moment, zone = _read(words, text), None
    if zone is None:
        return moment if moment.tzinfo is not None else moment.astimezone()
    if moment.tzinfo is not None:
        msg = f"{text!r} gives both an offset and a zone; give one of them"
        raise ValueError(msg)
    placed = moment.replace(tzinfo=zone)
    offsets = {placed.utcoffset() or _ZERO, placed.replace(fold=1).utcoffset() or _ZERO}
    if len(offsets) > 1:  # a local time that the clock change skips (spring) or repeats (autumn)
        choices = " or ".join(f"'{head} {_offset_text(o)}'" for o in sorted(offsets))
        msg = f"{text!r} is skipped or shown twice by the zone's clocks; write {choices}"
        raise ValueError(msg)
    return placed


def parse_moment(text: str, *, now: dt.datetime) -> dt.datetime:
    """Read a time for a filter: a duration means that long before ``now``."""
    if is_duration(text):
        return now - parse_duration(text)
    return parse_time(text)


def start_of_today(now: dt.datetime) -> dt.datetime:
    """Local midnight of the day of ``now``."""
    local = now.astimezone()
    return local.replace(hour=0, minute=0, second=0, microsecond=0)


def _read(body: str, text: str) -> dt.datetime:
    if _ISO.match(body):
        try:
            return dt.datetime.fromisoformat(body)
        except ValueError:
            pass
    msg = f"{text!r} is not a time the command reads; {ACCEPTED}"
    raise ValueError(msg)


def _zone(name: str) -> dt.tzinfo:
    """The zone of an IANA name, ``UTC``, or an offset such as ``+05:00``."""
    offset = _OFFSET.match(name)
    if offset is not None:
        return _fixed(offset)
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        msg = f"unknown time zone {name!r}; use an IANA name such as Europe/Berlin, or an offset"
        raise ValueError(msg) from None


def _fixed(offset: re.Match[str]) -> dt.timezone:
    if offset["sign"] is None:
        return dt.UTC
    minutes = int(offset["hours"]) * 60 + int(offset["minutes"] or 0)
    if minutes >= 24 * 60:
        msg = f"offset {offset.group(0)!r} is not below 24 hours"
        raise ValueError(msg)
    return dt.timezone(dt.timedelta(minutes=-minutes if offset["sign"] == "-" else minutes))


def _offset_text(offset: dt.timedelta) -> str:
    minutes = int(offset.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
