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


@pytest.mark.parametrize(
    "text",
    ["01.02.2027 09:00 Europe/Berlin", "01.02.2027", "02/01/2027 09:00", "1 Feb 2027 09:00",
     "2027-02-01 9am"],
)  # fmt: skip
def test_ambiguous_or_unknown_forms_are_refused_with_the_accepted_forms(text):
    """A date that is not year first is refused, and the message shows what is read."""
    with pytest.raises(ValueError, match="YYYY-MM-DD HH:MM") as refused:
        parse_time(text)
    assert "ISO 8601" in str(refused.value)


def test_an_explicit_offset_is_never_replaced():
    """An offset in the time or after it is the offset of the result; with a zone it is refused."""
    five = dt.timezone(dt.timedelta(hours=5))
    expected = dt.datetime(2027, 2, 1, 9, 0, tzinfo=five)
    for text in ("2027-02-01T09:00:00+05:00", "2027-02-01 09:00+05:00", "2027-02-01 09:00 +05:00",
                 "2027-02-01 09:00 +0500"):  # fmt: skip
        moment = parse_time(text)
        assert moment == expected, text
        assert moment.utcoffset() == dt.timedelta(hours=5), text
    with pytest.raises(ValueError, match="both an offset and a zone"):
        parse_time("2027-02-01T09:00:00+05:00 Europe/Berlin")


def test_iso_8601_forms():
    """ISO 8601 with Z, seconds, the basic format or a date alone is read as written."""
    assert parse_time("2027-02-01T09:00Z") == dt.datetime(2027, 2, 1, 9, tzinfo=dt.UTC)
    assert parse_time("2027-02-01T09:00:30-03:30") == dt.datetime(
        2027, 2, 1, 12, 30, 30, tzinfo=dt.UTC
    )
    assert parse_time("20270201T0900Z") == dt.datetime(2027, 2, 1, 9, tzinfo=dt.UTC)
    assert parse_time("2027-02-01 UTC") == dt.datetime(2027, 2, 1, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    "text", ["2026-03-29 02:30 Europe/Berlin", "2026-10-25 02:30 Europe/Berlin"]
)
def test_a_time_the_clock_change_skips_or_repeats_is_refused(text):
    """02:30 in Berlin does not exist on 29 March and exists twice on 25 October: give an offset."""
    with pytest.raises(ValueError, match=r"\+01:00' or .*\+02:00'"):
        parse_time(text)
