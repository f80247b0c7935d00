"""``lox24 groups import``: stream a CSV or JSON Lines file of contacts into a group.

Rows flow from the file through ``client.phones.import_many`` in chunks, so millions of rows
take flat memory. A Rich bar shows rows done, the rate and the refusals. Each row that did not
end in the group is written to the error report as soon as its outcome is final, and a summary
closes the run, also after Ctrl-C.

With ``skip_existing`` (the default) the group is read once before anything is sent and no
number it holds is sent again, so rerunning the same file, after a failure or after Ctrl-C, or
importing the error report, adds nothing twice. Rows whose request failed without a clear
answer are looked up in the group at the end, after the in-flight window.
"""

from __future__ import annotations

import csv
import io
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO, Any

from rich.markup import escape

import lox24

from ._console import stderr
from ._errors import ExitCode, fail
from ._interrupts import WholeRows
from ._output import print_json
from ._progress import import_progress
from ._rows import PHONE_FIELDS, Reader, RowsError, count_rows, is_stdin

#: The error report's header: the line of the input file the row starts on (the CSV header is
#: line 1), what became of it (``STATUSES``), why, the HTTP status the API gave it (empty when
#: none came), then the row's phone fields as read, so that the report can be imported again.
REPORT_COLUMNS = ("line", "status", "reason", "http_status", *PHONE_FIELDS)
#: The report's statuses, for each row that is not in the group.
STATUSES = {
    "refused": "the API refused it (the reason is the API's)",
    "invalid": "it could not be sent (no number, or not a phone); nothing was sent",
    "not_sent": "its request never left; importing it again is safe",
    "not_created": "its request failed and it is not in the group; importing it again is safe",
    "unknown": "its request failed and the group could not be read: it may be there",
}
#: Rows between two updates of the bar (a redraw per row would cost more than the row).
_REDRAW_EVERY = 250
_PLACEHOLDERS = frozenset("abcde")
#: The exit code of a run stopped by Ctrl-C (128 + SIGINT), as shells report it.
INTERRUPTED = 130


@dataclass
class ImportSummary:
    """What an import did.

    ``rows == created + present + refused + not_imported + unknown + unfinished`` always;
    ``unfinished`` counts the rows read but not settled when the run was interrupted (they are
    not in the report: a rerun settles them).
    """

    group_id: int
    rows: int = 0
    created: int = 0
    present: int = 0
    refused: int = 0
    not_imported: int = 0
    unknown: int = 0
    unfinished: int = 0
    interrupted: bool = False
    seconds: float = 0.0
    errors_file: str | None = None

    @property
    def reported(self) -> int:
        """The rows written to the error report."""
        return self.refused + self.not_imported + self.unknown

    def show(self, *, as_json: bool) -> None:
        """Print the summary: a JSON object on stdout, or a sentence on stderr."""
        if as_json:
            print_json(asdict(self))
            return
        rate = self.rows / self.seconds if self.seconds else 0.0
        parts = [
            f"Imported [bold]{self.created:,}[/] of {self.rows:,} rows into group "
            f"{self.group_id} in {self.seconds:.1f} s ({rate:,.0f} rows/s)",
            f"{self.present:,} already there",
            f"[red]{self.refused:,} refused[/]",
        ]
        if self.not_imported:
            parts.append(f"{self.not_imported:,} not imported (safe to import again)")
        if self.unknown:
            parts.append(f"[red]{self.unknown:,} of unknown outcome[/]")
        text = "; ".join(parts)
        if self.reported and self.errors_file:
            text += f", listed in {self.errors_file}"
        if self.interrupted:
            text += (
                f". [bold]Interrupted[/]: {self.unfinished:,} rows read were still in flight "
                "(not in the report); run the same command again to finish"
            )
        stderr.print(text)

    def count(self, status: str) -> None:
        """Count one row of the report by its status."""
        if status in {"refused", "invalid"}:
            self.refused += 1
        elif status == "unknown":
            self.unknown += 1
        else:
            self.not_imported += 1


class _Pending:
    """The rows read but not yet settled, so a result can name its row.

    Most results come in input order and are taken at once; the rows whose outcome is looked
    up at the end stay until then.
    """

    def __init__(self, reader: Reader) -> None:
        self._reader = reader
        self._waiting: dict[int, tuple[int, dict[str, Any]]] = {}

    def __iter__(self) -> Iterator[dict[str, Any]]:
        for index, row in enumerate(self._reader):
            self._waiting[index] = (self._reader.line, row)
            yield row

    def take(self, index: int) -> tuple[int, dict[str, Any]]:
        """The line and fields of row ``index``, forgetting them."""
        return self._waiting.pop(index, (0, {}))

    def __len__(self) -> int:
        return len(self._waiting)


@dataclass(frozen=True)
class ImportSource:
    """The file to import, its format (``csv`` or ``jsonl``) and its column map."""

    path: Path
    kind: str
    fields: dict[str, str]


@dataclass(frozen=True)
class ImportOptions:
    """How to import: chunking, skipping numbers already there, the look-up's window."""

    chunk_size: int = 1000
    concurrency: int = 4
    skip_existing: bool = True
    window: float | None = None


def import_file(
    client: lox24.Client,
    source: ImportSource,
    *,
    group: int | str,
    report: Path,
    options: ImportOptions,
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
                options=options,
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
    options: ImportOptions,
) -> ImportSummary:
    """Import every row of ``reader`` into the group, with progress and the error report.

    Ctrl-C stops it: the rows settled so far are in the summary and the report (each written
    whole), the rows in flight are counted as unfinished, and ``summary.interrupted`` is set.
    """
    summary = ImportSummary(group_id=group_id, errors_file=str(report_path))
    pending = _Pending(reader)
    started = time.perf_counter()
    with report_path.open("w", newline="", encoding="utf-8") as report_file:
        report = csv.writer(report_file)
        report.writerow(REPORT_COLUMNS)
        with import_progress() as progress:
            task = progress.add_task("importing", total=total, refused=0)
            results = client.phones.import_many(
                group_id,
                pending,
                chunk_size=options.chunk_size,
                concurrency=options.concurrency,
                skip_existing=options.skip_existing,
                window=options.window,
            )
            try:
                _settle(results, summary, pending, reader, report, progress, task)
            except KeyboardInterrupt:
                summary.interrupted = True
                summary.unfinished = len(pending)
                summary.rows += summary.unfinished
            finally:
                close = getattr(results, "close", None)
                if close is not None:
                    close()
            progress.update(
                task, total=summary.rows, completed=summary.rows, refused=summary.reported
            )
    summary.seconds = time.perf_counter() - started
    return summary


def _settle(
    results: Iterable[lox24.PhoneImportResult],
    summary: ImportSummary,
    pending: _Pending,
    reader: Reader,
    report: Any,
    progress: Any,
    task: Any,
) -> None:
    with WholeRows() as guard:
        for result in results:
            with guard.row():
                _record(result, summary, pending, reader, report)
            if summary.rows % _REDRAW_EVERY == 0:
                progress.update(task, completed=summary.rows, refused=summary.reported)


def _record(
    result: lox24.PhoneImportResult,
    summary: ImportSummary,
    pending: _Pending,
    reader: Reader,
    report: Any,
) -> None:
    """Count one result in the summary and, unless it is in the group, write it to the report."""
    line, row = pending.take(result.index)
    summary.rows += 1
    outcome = result.outcome
    if outcome == "created":
        summary.created += 1
    elif outcome == "present":
        summary.present += 1
    else:
        status = _status(result)
        reason = reader.problems.pop(result.index, None) or _reason(result)
        http = "" if result.status is None else str(result.status)
        report.writerow((line, status, reason, http, *(row.get(f, "") for f in PHONE_FIELDS)))
        summary.count(status)


def _status(result: lox24.PhoneImportResult) -> str:
    if result.outcome == "not_sent" and isinstance(result.error, lox24.InvalidInputError):
        return "invalid"
    return result.outcome


def _reason(result: lox24.PhoneImportResult) -> str:
    error = result.error
    if isinstance(error, lox24.BatchItemError):
        return error.detail
    if result.outcome == "not_created":
        cause = getattr(error, "cause", None) or type(error).__name__
        return f"its request failed ({cause}) and the group does not hold it"
    return str(error) if error is not None else "refused"


def open_input(path: Path) -> IO[str]:
    """Open the input file, or standard input for ``-``, as UTF-8 text (a BOM is skipped)."""
    if is_stdin(path):
        return io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8-sig", newline="")
    return path.open(encoding="utf-8-sig", newline="")
