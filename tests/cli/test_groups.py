"""``lox24 groups list|create|show|delete|export|import`` end to end against a served sandbox."""

from __future__ import annotations

import csv
import json

import pytest

from .conftest import API, OK, PARTIAL, USAGE


def create(cli, name="Customers", *extra):
    run = cli.run("groups", "create", name, *extra, "--json")
    assert run.code == OK, run
    return run.json()


@pytest.mark.slow
def test_create_list_show_delete(cli):
    """A group created by the command is listed, shown, and gone after delete."""
    group = create(cli, "Customers", "--description", "shop", "--label", "a=First name")
    assert (group["name"], group["description"], group["name_a"]) == (
        "Customers",
        "shop",
        "First name",
    )
    listed = cli.run("groups", "list", "--json").json_lines()
    assert [g["id"] for g in listed] == [group["id"]]
    shown = cli.run("groups", "show", str(group["id"]), "--json").json()
    assert shown["name"] == "Customers"
    deleted = cli.run("groups", "delete", str(group["id"]), "--yes")
    assert deleted.code == OK, deleted
    assert cli.run("groups", "list", "--json").json_lines() == []
    gone = cli.run("groups", "show", str(group["id"]))
    assert gone.code == API
    assert "404" in gone.stderr


def test_delete_without_yes_asks_and_stops_without_an_answer(cli):
    """Without --yes delete asks; with no answer (no terminal) nothing is deleted."""
    group = create(cli)
    run = cli.run("groups", "delete", str(group["id"]))
    assert run.code != OK
    assert len(cli.run("groups", "list", "--json").json_lines()) == 1


def test_a_bad_label_is_a_usage_error(cli):
    """--label must name a column a to e."""
    run = cli.run("groups", "create", "X", "--label", "z=Zed")
    assert run.code == USAGE
    assert "--label" in run.stderr


def write_csv(path, rows, header=("Mobile", "Name")):
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def test_import_csv_into_a_new_group_then_export(cli, tmp_path):
    """--new-group creates the group; --map picks the columns; export gives them back."""
    source = write_csv(
        tmp_path / "contacts.csv", [("+491511111111", "Anna"), ("+491511111112", "Ben")]
    )
    run = cli.run(
        "groups",
        "import",
        str(source),
        "--new-group",
        "Imported",
        "--map",
        "phone=Mobile,a=Name",
        "--json",
    )
    assert run.code == OK, run
    summary = run.json()
    assert (summary["rows"], summary["created"], summary["refused"]) == (2, 2, 0)
    group = cli.run("groups", "show", str(summary["group_id"]), "--json").json()
    assert (group["name"], group["count_items"], group["name_a"]) == ("Imported", 2, "Name")
    target = tmp_path / "export.csv"
    exported = cli.run("groups", "export", str(summary["group_id"]), "--output", str(target))
    assert exported.code == OK, exported
    rows = list(csv.DictReader(target.read_text(encoding="utf-8").splitlines()))
    assert [(r["phone"], r["Name"]) for r in rows] == [
        ("+491511111111", "Anna"),
        ("+491511111112", "Ben"),
    ]
    to_stdout = cli.run("groups", "export", str(summary["group_id"]))
    assert to_stdout.stdout == target.read_text(encoding="utf-8")


def test_import_jsonl_into_an_existing_group_reports_bad_rows(cli, tmp_path):
    """JSON Lines rows go to --group; unreadable, numberless and refused rows are reported."""
    group = create(cli)
    source = tmp_path / "contacts.jsonl"
    source.write_text(
        "\n".join(
            [
                json.dumps({"phone": "+491511111111", "a": "Anna"}),
                "{not json",
                json.dumps({"a": "no number"}),
                json.dumps({"phone": "12"}),
                json.dumps({"phone": "+491511111112"}),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    report = tmp_path / "errors.csv"
    run = cli.run(
        "groups",
        "import",
        str(source),
        "--group",
        str(group["id"]),
        "--errors",
        str(report),
        "--json",
    )
    assert run.code == PARTIAL, run
    assert run.json()["created"] == 2
    bad = list(csv.DictReader(report.read_text(encoding="utf-8").splitlines()))
    assert [r["line"] for r in bad] == ["2", "3", "4"]  # lines of the file, from 1
    assert [r["status"] for r in bad] == ["invalid", "invalid", "refused"]
    assert "not valid JSON" in bad[0]["reason"]
    assert "no phone number" in bad[1]["reason"]
    assert (bad[2]["phone"], bad[2]["http_status"]) == ("12", "422")
    assert bad[2]["reason"].startswith("phone: ")
    assert "phone: phone" not in bad[2]["reason"]
    assert cli.run("groups", "show", str(group["id"]), "--json").json()["count_items"] == 2


def test_import_shows_a_summary_and_a_progress_bar(cli, tmp_path):
    """Without --json the import draws its bar and closes with a summary on stderr."""
    source = write_csv(tmp_path / "c.csv", [("+491511111111",), ("bad",)], header=("phone",))
    run = cli.run("groups", "import", str(source), "--new-group", "G")
    assert run.code == PARTIAL, run
    assert "2/2" in run.stderr
    assert "1 refused" in run.stderr
    assert "Imported 1 of 2 rows" in run.stderr
    assert str(tmp_path / "c.csv.errors.csv") in run.stderr.replace("\n", "")


def test_import_usage_errors(cli, tmp_path):
    """No group choice, both choices, a missing mapped column, a bad map: exit 2, nothing sent."""
    source = write_csv(tmp_path / "c.csv", [("+491511111111", "A")])
    neither = cli.run("groups", "import", str(source))
    both = cli.run("groups", "import", str(source), "--group", "1", "--new-group", "X")
    missing = cli.run("groups", "import", str(source), "--group", "1", "--map", "phone=Handy")
    bad_map = cli.run("groups", "import", str(source), "--group", "1", "--map", "phone")
    unknown_file = cli.run("groups", "import", str(tmp_path / "nope.csv"), "--group", "1")
    for run in (neither, both, missing, bad_map, unknown_file):
        assert run.code == USAGE, run
    assert "'Handy'" in missing.stderr
    new_but_wrong = cli.run(
        "groups", "import", str(source), "--new-group", "X", "--map", "a=Vorname"
    )
    assert new_but_wrong.code == USAGE, new_but_wrong
    assert cli.run("groups", "list", "--json").json_lines() == []


def test_import_from_stdin(cli, tmp_path):
    """- reads CSV from standard input; without a file the bar has no total but counts rows."""
    report = tmp_path / "errors.csv"
    run = cli.run(
        "groups", "import", "-", "--new-group", "Piped", "--errors", str(report), "--json",
        stdin="phone;a\n+491511111111;Anna\nnope;Ben\n",
    )  # fmt: skip
    assert run.code == PARTIAL, run
    assert (run.json()["created"], run.json()["refused"]) == (1, 1)
    bad = list(csv.DictReader(report.read_text(encoding="utf-8").splitlines()))
    assert [(r["line"], r["phone"], r["a"]) for r in bad] == [("3", "nope", "Ben")]


def test_import_twice_adds_nothing_twice_and_the_report_imports_again(cli, tmp_path):
    """A rerun finds every number present; the report's rows, fixed, import as phones."""
    source = write_csv(
        tmp_path / "c.csv",
        [("+491511111111", "Anna"), ("0151 1111-1112", "Ben"), ("12", "Bad")],
        header=("phone", "a"),
    )
    group = create(cli)
    report = tmp_path / "errors.csv"
    args = ("groups", "import", str(source), "--group", str(group["id"]), "--errors", str(report))
    first = cli.run(*args, "--json")
    again = cli.run(*args, "--json")
    assert (first.json()["created"], first.json()["refused"]) == (2, 1), first
    assert (again.json()["created"], again.json()["present"]) == (0, 2), again
    bad = list(csv.DictReader(report.read_text(encoding="utf-8").splitlines()))
    assert [(r["line"], r["status"], r["phone"], r["a"]) for r in bad] == [
        ("4", "refused", "12", "Bad")
    ]
    fixed = report.read_text(encoding="utf-8").replace(",12,", ",+491511111113,")
    report_in = tmp_path / "fixed.csv"
    report_in.write_text(fixed, encoding="utf-8")
    redo = cli.run("groups", "import", str(report_in), "--group", str(group["id"]), "--json")
    assert (redo.code, redo.json()["created"]) == (OK, 1), redo
    phones = cli.run("groups", "show", str(group["id"]), "--json").json()["count_items"]
    assert phones == 3
    plain = cli.run(*args, "--no-skip-existing", "--json")
    assert plain.json()["created"] == 2
    assert cli.run("groups", "show", str(group["id"]), "--json").json()["count_items"] == 5
