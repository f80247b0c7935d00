"""Soak: ``lox24 groups import`` of 20,000 rows against a served sandbox at 20 % faults.

The command runs as a subprocess, as a user runs it, against ``lox24 sandbox serve`` on
loopback whose fault mode spoils about one batch request and one group read in five (every kind
it injects: answers lost after the work, requests dropped before it, 5xx, 429, proxy pages, cut
and undecodable bodies). It proves, row by row against the sandbox:

* the summary and the error report are true: each row of the input is in the group exactly
  once, or in the report (at its line of the file) with a status that the group confirms;
* an interrupted run (SIGINT half way) prints its summary, exits 130 and leaves a consistent
  report; running the same command again finishes the import and adds nothing twice;
* importing the error report again adds the rows it lists, and nothing twice.

The figures (rows, faults injected, time, unknown rows) are printed
(``pytest -s tests/soak/test_import_soak.py``).
"""

from __future__ import annotations

import csv
import json
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

import lox24
from lox24.sandbox import SANDBOX_TOKEN
from tests.cli.conftest import Run, Served, served_sandbox  # noqa: F401 - the fixture

ROWS = 20_000
CHUNK = "250"
WINDOW = "1"
#: Every kind of fault the sandbox injects, about 20 % of the requests each rule sees.
FAULTS = [
    {"kind": "drop_before", "rate": 0.03},
    {"kind": "drop_after", "rate": 0.04},
    {"kind": "status", "rate": 0.03, "status": 502},
    {"kind": "status", "rate": 0.02, "status": 500},
    {"kind": "status", "rate": 0.02, "status": 429},
    {"kind": "html", "rate": 0.02},
    {"kind": "cut_body", "rate": 0.02},
    {"kind": "bad_encoding", "rate": 0.02},
]
FAULTED = [("/groups/*/phones/batch", "POST"), ("/groups/*/file/csv", "GET")]
NOT_IN_GROUP = {"refused", "invalid", "not_sent", "not_created"}

pytestmark = pytest.mark.slow


def bad(index: int) -> str | None:
    """1 % of the rows cannot be phones: too short, letters, or empty."""
    if index % 100 != 37:
        return None
    return ("12", "call me", "")[index // 100 % 3]


def write_input(path: Path) -> dict[int, str]:
    """The input file; returns the good numbers by their line in the file."""
    good = {}
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(("Mobile", "Name"))
        for index in range(ROWS):
            number = bad(index)
            if number is None:
                number = f"+4916{index:09d}"
                good[index + 2] = number
            writer.writerow((number, f"N{index}"))
    return good


class Soak:
    """The served sandbox with its faults, and the command run against it."""

    def __init__(self, served: Served, tmp_path: Path) -> None:
        self.served = served
        self.tmp_path = tmp_path
        self.client = lox24.Client(SANDBOX_TOKEN, base_url=served.url)
        self.injected = 0

    def faults_on(self) -> None:
        for path, method in FAULTED:
            for rule in FAULTS:
                answer = self.served.http.post(
                    "/_sandbox/faults", json={**rule, "path": path, "method": method}
                )
                answer.raise_for_status()

    def faults_off(self) -> None:
        self.injected += len(self.served.http.get("/_sandbox/faults").json()["injected"])
        self.served.http.delete("/_sandbox/faults").raise_for_status()

    def command(self, source: Path, group: int, report: Path) -> list[str]:
        mapped = ["--map", "phone=Mobile,a=Name"] if source.name == "contacts.csv" else []
        return [
            sys.executable, "-m", "lox24", "groups", "import", str(source), *mapped,
            "--group", str(group), "--errors", str(report),
            "--chunk-size", CHUNK, "--window", WINDOW, "--json",
        ]  # fmt: skip

    def run(self, source: Path, group: int, report: Path) -> Run:
        self.faults_on()
        try:
            args = self.command(source, group, report)
            done = subprocess.run(
                args, capture_output=True, text=True, env=self.served.env(), timeout=120,
                check=False, stdin=subprocess.DEVNULL,
            )  # fmt: skip
        finally:
            self.faults_off()
        return Run(tuple(args[3:]), done.returncode, done.stdout, done.stderr)

    def held(self, group: int) -> Counter[str]:
        exported = self.client.groups.export_csv(group)
        return Counter(row["phone"] for row in csv.DictReader(exported.splitlines()))


def report_rows(report: Path) -> list[dict[str, str]]:
    with report.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert all(None not in row and len(row) == 11 for row in rows), "a row written in part"
    return rows


def check_true(summary: dict, report: Path, held: Counter[str], good: dict[int, str]) -> None:
    """The summary and the report say of each row what the group shows."""
    listed = {int(row["line"]): row for row in report_rows(report)}
    assert all(count == 1 for count in held.values()), "a phone twice in the group"
    for line, row in listed.items():
        number = good.get(line)
        if row["status"] in NOT_IN_GROUP:
            assert number is None or number not in held, row
        if number is None:  # a bad row: refused, unless its chunk failed before it was read
            assert row["status"] in NOT_IN_GROUP | {"unknown"}, row
    for line, number in good.items():
        if line not in listed and not summary["interrupted"]:
            assert number in held, (line, number)
    statuses = Counter(row["status"] for row in listed.values())
    assert summary["unknown"] == statuses["unknown"]
    assert summary["refused"] == statuses["refused"] + statuses["invalid"]
    assert summary["not_imported"] == statuses["not_sent"] + statuses["not_created"]


def settle(soak: Soak, source: Path, group: int, report: Path, good: dict[int, str]) -> int:
    """Run the same command until every good row is in the group; returns the runs it took."""
    for runs in range(1, 6):
        run = soak.run(source, group, report)
        assert run.code in {0, 1}, run
        held = soak.held(group)
        check_true(run.json(), report, held, good)
        if all(number in held for number in good.values()):
            return runs
    pytest.fail("five runs did not import every good row")


def lines_of(report: Path, numbers: set[str]) -> dict[int, str]:
    """The good numbers of an error report, by their line in it (its header is line 1)."""
    rows = report_rows(report)
    return {line: row["phone"] for line, row in enumerate(rows, start=2) if row["phone"] in numbers}


@pytest.fixture
def soak(served_sandbox, tmp_path):  # noqa: F811 - the imported fixture
    """The served sandbox, reset, with a client to check it."""
    served_sandbox.reset()
    soak = Soak(served_sandbox, tmp_path)
    yield soak
    soak.client.close()


def test_import_through_faults_is_true_rerunnable_and_interruptible(soak, served_sandbox, tmp_path):  # noqa: F811
    """20,000 rows at 20 % faults: true reports; reruns, Ctrl-C and re-imports add nothing twice."""
    source = tmp_path / "contacts.csv"
    good = write_input(source)
    started = time.perf_counter()

    # One run: every row true of the sandbox.
    group_a = int(soak.client.groups.create(name="Soak A").id)
    report_a = tmp_path / "a.errors.csv"
    first = soak.run(source, group_a, report_a)
    assert first.code == 1, first
    summary = first.json()
    held = soak.held(group_a)
    check_true(summary, report_a, held, good)
    assert summary["rows"] == ROWS
    assert summary["created"] == len(held) == sum(1 for n in good.values() if n in held)
    first_seconds, first_unknown = time.perf_counter() - started, summary["unknown"]
    statuses = Counter(row["status"] for row in report_rows(report_a))

    # The error report imported again (until nothing is left to retry): each good phone once.
    again = tmp_path / "a.again.csv"
    again.write_bytes(report_a.read_bytes())
    in_report = lines_of(again, set(good.values()))
    reimports = settle(soak, again, group_a, tmp_path / "a2.errors.csv", in_report)
    held = soak.held(group_a)
    assert sorted(held) == sorted(good.values())

    # Ctrl-C half way, then the same command again.
    group_b = int(soak.client.groups.create(name="Soak B").id)
    report_b = tmp_path / "b.errors.csv"
    soak.faults_on()
    process = subprocess.Popen(
        soak.command(source, group_b, report_b),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=served_sandbox.env(),
        stdin=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while soak.client.groups.get(group_b).count_items < ROWS // 3:
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the import never got a third of the way"
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    stdout, stderr = process.communicate(timeout=60)
    soak.faults_off()
    assert process.returncode == 130, (stdout, stderr)
    stopped = json.loads(stdout)
    assert stopped["interrupted"], stopped
    assert stopped["rows"] < ROWS, stopped
    check_true(stopped, report_b, soak.held(group_b), good)
    before = len(soak.held(group_b))
    reruns = settle(soak, source, group_b, report_b, good)
    held = soak.held(group_b)
    assert sorted(held) == sorted(good.values())
    seconds = time.perf_counter() - started
    print(
        f"\nimport soak: {ROWS:,} rows, {soak.injected} faults injected; first run "
        f"{first_seconds:.1f} s, {first_unknown} unknown, report {dict(statuses)}; "
        f"report re-imported {reimports}x; interrupted at {stopped['rows']:,} rows "
        f"({before:,} in the group), rerun {reruns}x; {seconds:.1f} s in all"
    )
    assert soak.injected > 0
