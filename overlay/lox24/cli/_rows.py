"""Reading contact rows for ``groups import``: CSV or JSON Lines, streamed, with a column map.

Rows are read one at a time, so a file of millions of rows takes no more memory than one row.
A row that cannot be read (a JSON Lines line that is not an object) still counts: it reaches
the import as an item without number, which the client refuses locally without sending it, and
its own reason is kept in ``Reader.problems`` for the error report; so does a row whose phone
column is empty.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO, Any

#: The fields of a phone that an input column can fill.
PHONE_FIELDS = ("phone", "a", "b", "c", "d", "e", "callback_data")
_BLOCK = 1 << 16
_DELIMITERS = (",", ";", "\t", "|")


class RowsError(ValueError):
    """The input cannot be read as asked (a missing column, an unknown format, a bad map)."""


def parse_map(text: str | None) -> dict[str, str]:
    """Read ``--map phone=Mobile,a=Name`` into ``{"phone": "Mobile", "a": "Name"}``.

    Raises:
        RowsError: An entry is not ``field=column`` or names an unknown field.

    """
    mapping: dict[str, str] = {}
    for entry in (e.strip() for e in (text or "").split(",") if e.strip()):
        field, sep, column = entry.partition("=")
        field, column = field.strip().lower(), column.strip()
        if not sep or not column:
            msg = f"--map entry {entry!r} is not field=column"
            raise RowsError(msg)
        if field not in PHONE_FIELDS:
            msg = f"--map: unknown field {field!r}; fields are {', '.join(PHONE_FIELDS)}"
            raise RowsError(msg)
        mapping[field] = column
    return mapping


def file_format(path: Path, chosen: str | None) -> str:
    """``csv`` or ``jsonl``: as chosen, else from the file's suffix (``csv`` for stdin, ``-``).

    Raises:
        RowsError: The format is neither.

    """
    default = "csv" if is_stdin(path) else path.suffix.lstrip(".")
    name = (chosen or default).lower()
    if name in {"jsonl", "ndjson"}:
        return "jsonl"
    if name in {"csv", "txt"}:
        return "csv"
    msg = f"cannot tell the format of {path.name}; use --format csv or --format jsonl"
    raise RowsError(msg)


def is_stdin(path: Path) -> bool:
    """Whether ``path`` is ``-``, the usual name of standard input."""
    return str(path) == "-"


def count_rows(path: Path, fmt: str) -> int | None:
    """Count the data rows of a file cheaply (line ends), for the progress bar's total."""
    if is_stdin(path) or not path.is_file():
        return None
    lines = 0
    last = b"\n"
    with path.open("rb") as stream:
        while block := stream.read(_BLOCK):
            lines += block.count(b"\n")
            last = block[-1:]
    lines += last != b"\n"
    return max(lines - (1 if fmt == "csv" else 0), 0)


class Reader:
    """Yields one phone mapping per input row, in order, and keeps the unreadable rows' reasons.

    A CSV file's header is read at once, its delimiter (``,``, ``;``, tab or ``|``) found from
    it, and the mapped columns checked, so a wrong ``--map`` fails before anything is sent.

    Args:
        stream: The open text file.
        fmt: ``csv`` or ``jsonl``.
        mapping: Phone field to input column; unmapped fields are read from a column of their
            own name when there is one.

    Raises:
        RowsError: A mapped column is not in the CSV header.

    """

    def __init__(self, stream: IO[str], fmt: str, mapping: Mapping[str, str]) -> None:
        self._stream = stream
        self._fmt = fmt
        self._mapping = dict(mapping)
        #: Row index (0-based) to the reason the row could not be read.
        self.problems: dict[int, str] = {}
        #: The input columns (CSV header, or the first JSON object's keys).
        self.columns: list[str] = []
        #: The line of the input file where the row last yielded starts (1 is the first line,
        #: a CSV header's).
        self.line = 0
        self._header = ""
        if fmt == "csv":
            self._header = stream.readline()
            self._delimiter = _delimiter(self._header)
            self.columns = next(csv.reader([self._header], delimiter=self._delimiter), [])
            self._check_columns()

    def __iter__(self) -> Iterator[dict[str, Any]]:
        records = self._csv() if self._fmt == "csv" else self._jsonl()
        for index, (line, raw) in enumerate(records):
            self.line = line
            if isinstance(raw, str):
                self.problems[index] = raw
                yield {}
                continue
            phone = self._phone(raw)
            if "phone" not in phone:
                self.problems[index] = f"no phone number in column {self._phone_column!r}"
            yield phone

    def _csv(self) -> Iterator[tuple[int, Mapping[str, Any] | str]]:
        """Each record with the line it starts on (a quoted value may span lines)."""
        rows = csv.DictReader(self._stream, fieldnames=self.columns, delimiter=self._delimiter)
        for row in rows:
            spanned = sum(value.count("\n") for value in row.values() if isinstance(value, str))
            yield 1 + rows.line_num - spanned, row

    def _jsonl(self) -> Iterator[tuple[int, Mapping[str, Any] | str]]:
        for number, line in enumerate(self._stream, start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except ValueError:
                yield number, "the line is not valid JSON"
                continue
            if not isinstance(item, dict):
                yield number, "the line is not a JSON object"
                continue
            if not self.columns:
                self.columns = list(item)
            yield number, item

    def _check_columns(self) -> None:
        missing = [c for c in self._mapping.values() if c not in self.columns]
        if missing:
            msg = f"the input has no column {', '.join(map(repr, missing))}"
            raise RowsError(msg)

    def _phone(self, raw: Mapping[str, Any]) -> dict[str, Any]:
        phone: dict[str, Any] = {}
        for field in PHONE_FIELDS:
            value = raw.get(self._mapping.get(field, field))
            if value is None or value == "":
                continue
            phone[field] = value if isinstance(value, str) else str(value)
        return phone

    @property
    def _phone_column(self) -> str:
        return self._mapping.get("phone", "phone")


def _delimiter(header: str) -> str:
    """The delimiter of a CSV header line: the candidate it holds most of, else a comma."""
    counts = {d: header.count(d) for d in _DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","
