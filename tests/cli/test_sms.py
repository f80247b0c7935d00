"""``lox24 sms send|list|show`` end to end against a served sandbox."""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo

from .conftest import OK, USAGE

SEND = ("sms", "send", "--from", "MyShop", "--text", "Hello")


def send(cli, to="+491701234567", *extra):
    run = cli.run(*SEND, "--to", to, *extra, "--json")
    assert run.code == OK, run
    return run.json()


def test_send_prints_the_created_sms_as_json(cli):
    """--json prints the created SMS as the API returned it."""
    sms = send(cli, "+491701234567", "--callback-data", "order-7")
    assert sms["phone"] == "+491701234567"
    assert sms["sender_id"] == "MyShop"
    assert sms["callback_data"] == "order-7"
    assert "@context" not in sms
    listed = cli.run("sms", "list", "--json").json_lines()
    assert [s["uuid"] for s in listed] == [sms["uuid"]]


def test_send_at_a_time_in_a_named_zone(cli):
    """--at reads the zone name: 09:00 in Berlin on 24 December is 08:00 UTC."""
    sms = send(cli, "+491701234567", "--at", "2026-12-24 09:00 Europe/Berlin")
    due = dt.datetime(2026, 12, 24, 9, 0, tzinfo=zoneinfo.ZoneInfo("Europe/Berlin"))
    assert sms["delivery_at"] == int(due.timestamp())
    assert sms["delivery_at"] == int(dt.datetime(2026, 12, 24, 8, 0, tzinfo=dt.UTC).timestamp())


def test_send_in_a_delay(cli):
    """--in 5m schedules the SMS five minutes after it was sent (give or take the run)."""
    sms = send(cli, "+491701234567", "--in", "5m")
    assert 290 <= sms["delivery_at"] - sms["created_at"] <= 300


def test_dry_run_sends_nothing(cli):
    """--dry-run validates and prices, but no SMS is stored."""
    run = cli.run(*SEND, "--to", "+491701234567", "--dry-run", "--json")
    assert run.code == OK, run
    assert run.json()["price"] > 0
    assert cli.run("sms", "list", "--json").json_lines() == []


def test_at_and_in_together_is_a_usage_error(cli):
    """--at and --in exclude each other: exit 2 before any request."""
    run = cli.run(*SEND, "--to", "+491701234567", "--at", "2026-12-24 09:00", "--in", "5m")
    assert run.code == USAGE
    assert "--at or --in" in run.stderr


def test_an_unreadable_time_is_a_usage_error(cli):
    """An unreadable time, or an unknown zone, exits 2 with the reason."""
    bad_time = cli.run(*SEND, "--to", "+491701234567", "--at", "next blue moon")
    bad_zone = cli.run(*SEND, "--to", "+491701234567", "--at", "2026-12-24 09:00 Mars/Olympus")
    assert (bad_time.code, bad_zone.code) == (USAGE, USAGE)
    assert "is not a time" in bad_time.stderr
    assert "unknown time zone" in bad_zone.stderr


def test_a_day_month_date_is_refused_not_guessed(cli):
    """--at 01.02.2027 is refused with the accepted forms; nothing is sent on either day."""
    run = cli.run(*SEND, "--to", "+491701234567", "--at", "01.02.2027 09:00 Europe/Berlin")
    assert run.code == USAGE, run
    assert "YYYY-MM-DD HH:MM" in run.stderr
    assert cli.run("sms", "list", "--json").json_lines() == []


def test_send_at_a_time_with_an_offset_keeps_it(cli):
    """--at with +05:00 schedules at that offset's 09:00 (04:00 UTC), whatever the local zone."""
    sms = send(cli, "+491701234567", "--at", "2027-02-01 09:00 +05:00")
    assert sms["delivery_at"] == int(dt.datetime(2027, 2, 1, 4, 0, tzinfo=dt.UTC).timestamp())


def test_list_filters_by_status_recipient_and_limit(cli):
    """--status, --to and --limit select what the API selects; newest first."""
    ok = [send(cli, f"+4917012345{i:02d}") for i in range(3)]
    rejected = send(cli, "+491701230000")  # numbers ending in 0000 are rejected
    cli.advance(30)
    delivered = cli.run("sms", "list", "--status", "delivered", "--json").json_lines()
    failed = cli.run("sms", "list", "--status", "failed", "--json").json_lines()
    to_one = cli.run("sms", "list", "--to", ok[1]["phone"], "--json").json_lines()
    limited = cli.run("sms", "list", "--limit", "2", "--json").json_lines()
    assert sorted(s["uuid"] for s in delivered) == sorted(s["uuid"] for s in ok)
    assert [s["uuid"] for s in failed] == [rejected["uuid"]]
    assert [s["uuid"] for s in to_one] == [ok[1]["uuid"]]
    assert len(limited) == 2


def test_list_by_creation_time(cli):
    """--since and --until take times or durations back from now; --today starts at midnight."""
    sms = send(cli)
    assert [s["uuid"] for s in cli.run("sms", "list", "--since", "1h", "--json").json_lines()] == [
        sms["uuid"]
    ]
    assert cli.run("sms", "list", "--until", "1h", "--json").json_lines() == []
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=2)
    assert cli.run("sms", "list", "--since", later.isoformat(), "--json").json_lines() == []
    assert len(cli.run("sms", "list", "--today", "--json").json_lines()) == 1


def test_list_rejects_an_unknown_status(cli):
    """An unknown --status word is a usage error naming the known ones."""
    run = cli.run("sms", "list", "--status", "lost")
    assert run.code == USAGE
    assert "delivered" in run.stderr


def test_list_as_a_table(cli):
    """Without --json the list is a table with the recipient and the state by name."""
    cli.freeze()
    send(cli, "+491701234567")
    run = cli.run("sms", "list")
    assert run.code == OK, run
    assert "+491701234567" in run.stdout
    assert "0 new" in run.stdout


def test_show_one(cli):
    """sms show prints one SMS; as a table it names the fields."""
    sms = send(cli)
    shown = cli.run("sms", "show", sms["uuid"], "--json")
    table = cli.run("sms", "show", sms["uuid"])
    assert shown.json()["uuid"] == sms["uuid"]
    assert "MyShop" in table.stdout
    assert "Hello" in table.stdout


def test_show_follow_waits_for_the_final_report(cli):
    """--follow reads a pending SMS, keeps reading, and ends once the report is final."""
    cli.freeze()
    sms = send(cli)
    path = f"/sms/{sms['uuid']}"
    follower = cli.start("sms", "show", sms["uuid"], "--follow", "--poll-interval", "0.2", "--json")
    cli.wait_for_read(path, follower)
    cli.advance(30)
    out, err = follower.communicate(timeout=60)
    assert follower.returncode == OK, err
    final = json.loads(out)
    assert final["dlr_code"] == 1
    assert final["status_code"] == 100
    assert cli.reads_of(path) >= 2


def test_tables_never_cut_ids(cli):
    """In an 80-column terminal the UUID is whole; in a pipe a row stays on one line."""
    cli.freeze()
    sms = send(cli, "+491701234567")
    narrow = cli.run("sms", "list", env=cli.env(COLUMNS="80"))
    assert sms["uuid"] in narrow.stdout
    assert max(len(line) for line in narrow.stdout.splitlines()) <= 80
    piped_env = {k: v for k, v in cli.env().items() if k != "COLUMNS"}
    piped = cli.run("sms", "list", env=piped_env)
    row = next(line for line in piped.stdout.splitlines() if sms["uuid"] in line)
    assert "+491701234567" in row
    assert "0 new" in row
