"""How results are shown: a Rich table for people, JSON for scripts.

Lists print one JSON object per line (JSON Lines) as they arrive, so ``lox24 sms list --json |
head`` stops early and a million items never sit in memory; a single result prints one object.
The JSON is the API's own representation of each item (the model's ``to_dict()``).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from rich.table import Table

from ._console import stdout

_JSONLD_NOISE = frozenset({"@context", "@type"})


def cell(value: Any) -> str:
    """The plain text of a value in a table: empty for missing, lists joined by commas."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list | tuple):
        return ", ".join(cell(v) for v in value)
    return str(value)


@dataclass(frozen=True)
class Column:
    """One column of a table: which field, its heading, and how to show a value.

    Attributes:
        key: The field of the JSON record.
        header: The heading; the key when empty.
        show: Turns the value into the text of a cell (``cell`` by default).
        width: The width the column keeps however narrow the terminal (ids, numbers).

    """

    key: str
    header: str = ""
    show: Callable[[Any], str] = cell
    width: int | None = None

    @property
    def title(self) -> str:
        """The heading shown above the column."""
        return self.header or self.key


def record(item: Any) -> dict[str, Any]:
    """Return the JSON form of a model (``to_dict()``) or mapping, without JSON-LD framing."""
    to_dict = getattr(item, "to_dict", None)
    if callable(to_dict):
        data = dict(to_dict())
    elif isinstance(item, Mapping):
        data = dict(item)
    else:
        msg = f"cannot show {type(item).__name__}"
        raise TypeError(msg)
    # JSON-LD's context and type say nothing to a script; the IRI (``@id``) stays.
    return {k: v for k, v in data.items() if k not in _JSONLD_NOISE}


def when(value: Any) -> str:
    """A Unix time as local date and time; 0 or missing as empty."""
    if not isinstance(value, int | float) or isinstance(value, bool) or value <= 0:
        return cell(value) if isinstance(value, str) else ""
    moment = dt.datetime.fromtimestamp(value, tz=dt.UTC).astimezone()
    return moment.strftime("%Y-%m-%d %H:%M %Z")


def labelled(labels: Mapping[int, str]) -> Callable[[Any], str]:
    """Show a code with its name, e.g. ``1 delivered``."""

    def show(value: Any) -> str:
        if value is None:
            return ""
        name = labels.get(value) if isinstance(value, int) else None
        return f"{value} {name}" if name else str(value)

    return show


def print_json(data: Any) -> None:
    """Write one JSON document on one line of stdout."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, default=str) + "\n")
    sys.stdout.flush()


def show_list(
    items: Iterable[Any], columns: Sequence[Column], *, as_json: bool, title: str | None = None
) -> int:
    """Print every item, as JSON lines or as one table; return how many there were."""
    count = 0
    if as_json:
        for item in items:
            print_json(record(item))
            count += 1
        return count
    table = Table(title=title, title_justify="left")
    for column in columns:
        # Cells fold rather than lose characters: an id cut short with "…" is useless.
        table.add_column(column.title, min_width=column.width, overflow="fold")
    for item in items:
        data = record(item)
        table.add_row(*(c.show(data.get(c.key)) for c in columns))
        count += 1
    if count:
        stdout.print(table)
    else:
        stdout.print("(none)")
    return count


def show_one(item: Any, rows: Sequence[Column], *, as_json: bool) -> None:
    """Print one item, as a JSON object or a two-column table of the chosen fields."""
    data = record(item)
    if as_json:
        print_json(data)
        return
    table = Table(show_header=False, box=None, padding=(0, 2, 0, 0))
    table.add_column(style="bold")
    table.add_column(overflow="fold")
    for column in rows:
        if column.key in data:
            table.add_row(column.title, column.show(data[column.key]))
    stdout.print(table)
