"""``lox24 groups import``: stream a CSV or JSON Lines file of contacts into a group.

Rows flow from the file through ``client.phones.import_many`` in chunks, so millions of rows
take flat memory. A Rich bar shows rows done, the rate and the refusals; each refused row is
written to the error report (``row``, ``phone``, ``status``, ``error``) as soon as it is known,
and a summary closes the run.
"""

from __future__ import annotations

import csv
import io
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO, Any

from rich.markup import escape

import lox24

from ._console import stderr
from ._errors import ExitCode, fail
from ._output import print_json
from ._progress import import_progress
from ._rows import Reader, RowsError, count_rows, is_stdin

#: The error report's header: the data row's number (1 is the first row after a CSV header),
#: its phone as read, the status the API gave it (empty when it was refused before sending)
#: and the reason.
REPORT_COLUMNS = ("row", "phone", "status", "error")
#: Rows between two updates of the bar (a redraw per row would cost more than the row).
_REDRAW_EVERY = 250
_PLACEHOLDERS = frozenset("abcde")


@dataclass
class ImportSummary:
    """What an import did; ``rows == created + refused`` always."""

    group_id: int
    rows: int = 0
    created: int = 0
    refused: int = 0
    seconds: float = 0.0
    errors_file: str | None = None

    def show(self, *, as_json: bool) -> None:
        """Print the summary: a JSON object on stdout, or a sentence on stderr."""
        if as_json:
            print_json(asdict(self))
            return
        rate = self.rows / self.seconds if self.seconds else 0.0
        stderr.print(
            f"Imported [bold]{self.created:,}[/] of {self.rows:,} rows into group "
            f"{self.group_id} in {self.seconds:.1f} s ({rate:,.0f} rows/s); "
            f"[red]{self.refused:,} refused[/]"
            + (f", listed in {self.errors_file}" if self.refused and self.errors_file else "")
        )


class _Pending:
    """The rows read but not yet answered, so a result can name its row's phone.

    Results come in input order and each one is taken, so this holds only the rows in flight.
    """

    def __init__(self, rows: Iterable[dict[str, Any]]) -> None:
        self._rows = rows
        self._waiting: deque[tuple[int, str]] = deque()

    def __iter__(self) -> Iterator[dict[str, Any]]:
        for index, row in enumerate(self._rows):
            self._waiting.append((index, str(row.get("phone", ""))))
            yield row

    def take(self, index: int) -> str:
        """The phone of row ``index``, forgetting it and every row before it."""
        while self._waiting and self._waiting[0][0] < index:
            self._waiting.popleft()
        if self._waiting and self._waiting[0][0] == index:
            return self._waiting.popleft()[1]
        return ""


@dataclass(frozen=True)
class ImportSource:
    """The file to import, its format (``csv`` or ``jsonl``) and its column map."""

    path: Path
    kind: str
    fields: dict[str, str]


def import_file(
    client: lox24.Client,
    source: ImportSource,
    *,
    group: int | str,
    report: Path,
    chunk_size: int,
    concurrency: int,
) -> ImportSummary:
    """Import ``source`` into group ``group`` (an id), or into a new group (a name).

    A new group is created only after the CSV header has been checked against the column map.

    Raises:
        typer.Exit: The file is missing or cannot be read (a usage error).

    """
    if not is_stdin(source.path) and not source.path.is_file():
        fail(f"no such file: {source.path}", ExitCode.USAGE)
    with open_input(source.path) as stream:
        try:
            reader = Reader(stream, source.kind, source.fields)
            group_id = group if isinstance(group, int) else _new_group(client, group, source.fields)
            return run_import(
                client,
                group_id=group_id,
                reader=reader,
                total=count_rows(source.path, source.kind),
                report_path=report,
                chunk_size=chunk_size,
                concurrency=concurrency,
            )
        except (RowsError, UnicodeDecodeError, csv.Error) as error:
            fail(f"cannot read {source.path.name}: {error}", ExitCode.USAGE)


def _new_group(client: lox24.Client, name: str, fields: dict[str, str]) -> int:
    labels = {f"name_{k}": v for k, v in fields.items() if k in _PLACEHOLDERS}
    created = client.groups.create(body={"name": name, **labels})
    stderr.print(f"created group {created.id} ({escape(name)})")
    return int(created.id)


def run_import(
    client: lox24.Client,
    *,
    group_id: int,
    reader: Reader,
    total: int | None,
    report_path: Path,
    chunk_size: int,
    concurrency: int,
) -> ImportSummary:
    """Import every row of ``reader`` into the group, with progress and the error report."""
    summary = ImportSummary(group_id=group_id, errors_file=str(report_path))
    pending = _Pending(reader)
    started = time.perf_counter()
    with report_path.open("w", newline="", encoding="utf-8") as report_file:
        report = csv.writer(report_file)
        report.writerow(REPORT_COLUMNS)
        with import_progress() as progress:
            task = progress.add_task("importing", total=total, refused=0)
            results = client.phones.import_many(
                group_id, pending, chunk_size=chunk_size, concurrency=concurrency
            )
            for result in results:
                phone = pending.take(result.index)
                summary.rows += 1
                if result.ok:
                    summary.created += 1
                else:
                    summary.refused += 1
                    _write_refusal(report, result, phone, reader)
                if summary.rows % _REDRAW_EVERY == 0:
                    progress.update(task, completed=summary.rows, refused=summary.refused)
            progress.update(
                task, total=summary.rows, completed=summary.rows, refused=summary.refused
            )
    summary.seconds = time.perf_counter() - started
    return summary


def _write_refusal(report: Any, result: Any, phone: str, reader: Reader) -> None:
    reason = reader.problems.get(result.index) or _reason(result.error)
    status = "" if result.status is None else str(result.status)
    report.writerow((result.index + 1, phone, status, reason))


def _reason(error: lox24.Lox24Error | None) -> str:
    if isinstance(error, lox24.BatchItemError):
        return error.detail
    return str(error) if error is not None else "refused"


def open_input(path: Path) -> IO[str]:
    """Open the input file, or standard input for ``-``, as UTF-8 text (a BOM is skipped)."""
    if is_stdin(path):
        return io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8-sig", newline="")
    return path.open(encoding="utf-8-sig", newline="")
