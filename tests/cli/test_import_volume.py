"""``lox24 groups import`` streams a 100,000-row CSV and reports exactly its bad rows."""

from __future__ import annotations

import csv

import pytest

from .conftest import PARTIAL

ROWS = 100_000


def bad(index: int) -> str | None:
    """The defect planted in data row ``index`` (0-based), if any."""
    if index % 9_973 == 5:
        return "not-a-number"
    if index % 12_347 == 11:
        return ""
    return None


@pytest.mark.slow
def test_hundred_thousand_rows_with_an_exact_error_report(cli, tmp_path):
    """Every good row is created; the report lists the bad rows, and only them, by number."""
    source = tmp_path / "contacts.csv"
    expected_bad = []
    with source.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(("Mobile", "Name"))
        for index in range(ROWS):
            defect = bad(index)
            if defect is None:
                writer.writerow((f"+49151{index:08d}", f"N{index}"))
            else:
                writer.writerow((defect, f"N{index}"))
                expected_bad.append(index + 2)  # its line: the header is line 1
    report = tmp_path / "errors.csv"
    run = cli.run(
        "groups", "import", str(source), "--new-group", "Big", "--map", "phone=Mobile,a=Name",
        "--errors", str(report), "--json", timeout=300,
    )  # fmt: skip
    assert run.code == PARTIAL, run
    summary = run.json()
    assert summary["rows"] == ROWS
    assert summary["refused"] == len(expected_bad) > 0
    assert summary["created"] == ROWS - len(expected_bad)
    listed = list(csv.DictReader(report.read_text(encoding="utf-8").splitlines()))
    assert [int(r["line"]) for r in listed] == expected_bad
    assert {r["status"] for r in listed} <= {"refused", "invalid"}
    group = cli.run("groups", "show", str(summary["group_id"]), "--json").json()
    assert group["count_items"] == summary["created"]
