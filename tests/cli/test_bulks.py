"""``lox24 bulks create|follow|list`` end to end against a served sandbox."""

from __future__ import annotations

import json

from .conftest import OK


def group_with_phones(cli, tmp_path, count):
    source = tmp_path / "phones.csv"
    source.write_text(
        "phone\n" + "".join(f"+49151{i:08d}\n" for i in range(count)), encoding="utf-8"
    )
    run = cli.run("groups", "import", str(source), "--new-group", "Bulk", "--json")
    assert run.code == OK, run
    return run.json()["group_id"]


def test_create_follow_and_list(cli, tmp_path):
    """A bulk to a group is created, followed with a bar to processed, and listed."""
    group = group_with_phones(cli, tmp_path, 30)
    cli.freeze()
    created = cli.run(
        "bulks", "create", "--group", str(group), "--from", "Shop", "--text", "Sale!", "--json"
    )
    assert created.code == OK, created
    bulk = created.json()
    follower = cli.start("bulks", "follow", bulk["uuid"], "--poll-interval", "0.2", "--json")
    cli.wait_for_read(f"/bulks/{bulk['uuid']}/status", follower)
    cli.advance(60)
    out, err = follower.communicate(timeout=60)
    assert follower.returncode == OK, err
    final = json.loads(out)
    assert (final["status_code"], final["msg_total_count"]) == (10, 30)
    assert "30/30" in err
    assert "processed" in err
    assert cli.reads_of(f"/bulks/{bulk['uuid']}/status") >= 2
    listed = cli.run("bulks", "list", "--json").json_lines()
    assert [b["uuid"] for b in listed] == [bulk["uuid"]]
    table = cli.run("bulks", "list")
    assert "10 processed" in table.stdout


def test_create_later_and_dry_run(cli, tmp_path):
    """--at schedules the bulk; --dry-run creates nothing that is listed as sent."""
    group = group_with_phones(cli, tmp_path, 3)
    later = cli.run(
        "bulks",
        "create",
        "--group",
        str(group),
        "--from",
        "Shop",
        "--text",
        "Hi",
        "--at",
        "2030-01-01 10:00 UTC",
        "--json",
    )
    assert later.code == OK, later
    assert later.json()["delivery_at"] == 1893492000
    dry = cli.run(
        "bulks",
        "create",
        "--group",
        str(group),
        "--from",
        "Shop",
        "--text",
        "Hi",
        "--dry-run",
        "--json",
    )
    assert dry.code == OK, dry
    assert dry.json()["is_dryrun"] is True
