"""Options several commands share, as reusable ``Annotated`` types."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import typer

from ._errors import ExitCode, fail
from ._times import parse_duration, parse_time

JsonOption = Annotated[
    bool, typer.Option("--json", help="Print JSON (one object per line for lists).")
]
LimitOption = Annotated[
    int, typer.Option("--limit", "-n", min=1, help="Show at most this many items.")
]
AtOption = Annotated[
    str | None,
    typer.Option(
        "--at",
        help="Send at this time: '2026-12-24 09:00 Europe/Berlin', '2026-12-24 09:00 +01:00' "
        "or ISO 8601 (local time if no zone).",
        show_default=False,
    ),
]
InOption = Annotated[
    str | None,
    typer.Option("--in", help="Send after this delay, e.g. 5m, 2h, 1h30m.", show_default=False),
]


def delivery_time(at: str | None, delay: str | None) -> dt.datetime | None:
    """The moment chosen with ``--at`` or ``--in``; ``None`` for now.

    Leaves with a usage error when both are given or the text cannot be read.
    """
    if at is not None and delay is not None:
        fail("give --at or --in, not both", ExitCode.USAGE)
    try:
        if at is not None:
            return parse_time(at)
        if delay is not None:
            return dt.datetime.now(dt.UTC) + parse_duration(delay)
    except ValueError as error:
        fail(str(error), ExitCode.USAGE)
    return None
