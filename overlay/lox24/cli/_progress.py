"""Rich progress displays on stderr: rows imported, messages of a bulk, an SMS's state."""

from __future__ import annotations

from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
)
from rich.text import Text

from ._console import stderr


class RateColumn(ProgressColumn):
    """Items per second since the start (results arrive in bursts, so a window would jump)."""

    def __init__(self, unit: str) -> None:
        super().__init__()
        self.unit = unit

    def render(self, task: Task) -> Text:
        """Show the current speed of ``task``."""
        elapsed = task.finished_time if task.finished else task.elapsed
        speed = task.completed / elapsed if elapsed else 0.0
        return Text(f"{speed:>8,.0f} {self.unit}/s", style="progress.data.speed")


def import_progress() -> Progress:
    """Rows done of all rows, rate, refused so far, elapsed time."""
    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn("rows"),
        TextColumn("[red]{task.fields[refused]:,} refused"),
        TimeElapsedColumn(),
        console=stderr,
    )


def count_progress(unit: str) -> Progress:
    """A bar of a count that grows towards a total (messages of a bulk)."""
    return Progress(
        SpinnerColumn(),
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(unit),
        TextColumn("{task.fields[state]}"),
        TimeElapsedColumn(),
        console=stderr,
    )


def state_progress() -> Progress:
    """A spinner with a state line, for waits that have no count (an SMS's delivery)."""
    return Progress(
        SpinnerColumn(),
        TextColumn("[bold]{task.description}"),
        TextColumn("{task.fields[state]}"),
        TimeElapsedColumn(),
        console=stderr,
    )
