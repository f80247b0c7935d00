"""Times typed by people: absolute times with zones, durations, filter moments."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from lox24.cli._times import is_duration, parse_duration, parse_moment, parse_time, start_of_today

NOW = dt.datetime(2026, 6, 1, 12, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("90s", 90), ("5m", 300), ("2h", 7200), ("1h30m", 5400), ("1d", 86400), ("1w", 604800),
     ("1.5h", 5400), ("2H 5M", 7500)],
)  # fmt: skip
def test_durations(text, seconds):
    """A number with a unit, or several, is a duration of that many seconds."""
    assert is_duration(text)
    assert parse_duration(text) == dt.timedelta(seconds=seconds)


@pytest.mark.parametrize("text", ["", "5", "m5", "5 minutes", "tomorrow", "-5m"])
def test_not_durations(text):
    """Anything else is not a duration, and reading it says how to write one."""
    assert not is_duration(text)
    with pytest.raises(ValueError, match="90s"):
        parse_duration(text)


def test_a_named_zone_applies_to_the_time_before_it():
    """'2026-12-24 09:00 Europe/Berlin' is nine o'clock in Berlin (CET, UTC+1)."""
    moment = parse_time("2026-12-24 09:00 Europe/Berlin")
    assert moment == dt.datetime(2026, 12, 24, 8, 0, tzinfo=dt.UTC)
    assert moment.tzinfo == zoneinfo.ZoneInfo("Europe/Berlin")


def test_offsets_utc_and_local_time():
    """An ISO offset is kept, 'UTC' is a zone, and a time without zone is local time."""
    assert parse_time("2026-07-01T10:00:00+02:00") == dt.datetime(2026, 7, 1, 8, tzinfo=dt.UTC)
    assert parse_time("2026-07-01 10:00 UTC") == dt.datetime(2026, 7, 1, 10, tzinfo=dt.UTC)
    local = parse_time("2026-07-01 10:00")
    assert local.tzinfo is not None
    assert local.replace(tzinfo=None) == dt.datetime(2026, 7, 1, 10, 0)


def test_unreadable_times_and_unknown_zones():
    """Garbage and unknown zone names are refused with a reason."""
    with pytest.raises(ValueError, match="is not a time"):
        parse_time("the day after never")
    with pytest.raises(ValueError, match="unknown time zone"):
        parse_time("2026-07-01 10:00 Atlantis/Capital")


def test_filter_moments():
    """For filters a duration means that long before now; a time is read as a time."""
    assert parse_moment("2h", now=NOW) == NOW - dt.timedelta(hours=2)
    assert parse_moment("2026-05-01 00:00 UTC", now=NOW) == dt.datetime(2026, 5, 1, tzinfo=dt.UTC)


def test_start_of_today_is_local_midnight():
    """--today starts at midnight of the local day."""
    start = start_of_today(NOW)
    assert (start.hour, start.minute, start.second) == (0, 0, 0)
    assert start <= NOW < start + dt.timedelta(days=1)
