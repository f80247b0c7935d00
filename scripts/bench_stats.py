"""Rounds, figures and the table of ``nox -s bench``.

A figure is measured as a pair: the project's number and a baseline's, taken in the same run,
in interleaved rounds (project then baseline, then baseline then project, ...), so that a machine
that slows down for a while slows both. The table shows min / median / max of each side and of
the ratio computed round by round.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field

Measure = Callable[[], float]
WHOLE = 100  # from here on, numbers are shown without decimals


@dataclass
class Figure:
    """One row of the table: the numbers of each round, or why the figure was skipped."""

    name: str
    unit: str
    target: str
    project: list[float] = field(default_factory=list)
    baseline: list[float] = field(default_factory=list)
    skipped: str = ""
    note: str = ""

    @property
    def ratios(self) -> list[float]:
        """Project over baseline, round by round."""
        return [p / b for p, b in zip(self.project, self.baseline, strict=True) if b]


def interleaved(  # noqa: PLR0917 - the pair being compared reads best in order
    name: str,
    unit: str,
    target: str,
    project: Measure,
    baseline: Measure,
    rounds: int,
    *,
    warm_up: bool = True,
) -> Figure:
    """Measure ``project`` and ``baseline`` alternately, ``rounds`` times each.

    One untimed run of each comes first unless ``warm_up`` is false (caches, imports, pools).
    """
    figure = Figure(name, unit, target)
    if warm_up:
        project()
        baseline()
    for index in range(rounds):
        if index % 2 == 0:
            figure.project.append(project())
            figure.baseline.append(baseline())
        else:
            figure.baseline.append(baseline())
            figure.project.append(project())
    return figure


def skipped(name: str, target: str, reason: str) -> Figure:
    """A figure that could not be measured on this machine, and why."""
    return Figure(name, "", target, skipped=reason)


def seconds_per_call(action: Callable[[], object], number: int) -> float:
    """Mean seconds per call over ``number`` calls."""
    started = time.perf_counter()
    for _ in range(number):
        action()
    return (time.perf_counter() - started) / number


def spread(values: list[float], unit: str) -> str:
    """``min / median / max`` of the values, in the unit's usual precision."""
    if not values:
        return "-"
    low, mid, high = min(values), statistics.median(values), max(values)
    return " / ".join(_number(v, unit) for v in (low, mid, high))


def _number(value: float, unit: str) -> str:
    if unit == "x":
        return f"{value:.2f}"
    if unit in {"req/s", "MiB"}:
        return f"{value:,.0f}" if value >= WHOLE else f"{value:.1f}"
    if value >= WHOLE:
        return f"{value:,.0f}"
    return f"{value:.3g}"


def table(figures: list[Figure], rounds: int) -> str:
    """The whole table, one line per figure, plus the load average."""
    header = (
        "figure",
        "unit",
        "project min/med/max",
        "baseline min/med/max",
        "ratio min/med/max",
        "target",
    )
    rows = [header]
    for figure in figures:
        if figure.skipped:
            rows.append((figure.name, "", "skipped", figure.skipped, "", figure.target))
            continue
        rows.append(
            (
                figure.name,
                figure.unit,
                spread(figure.project, figure.unit),
                spread(figure.baseline, figure.unit),
                spread(figure.ratios, "x"),
                figure.target,
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in rows
    ]
    lines.insert(1, "  ".join("-" * width for width in widths))
    notes = [f"  {f.name}: {f.note}" for f in figures if f.note]
    load = " ".join(f"{value:.2f}" for value in os.getloadavg())
    lines += [
        "",
        f"{rounds} interleaved rounds per figure; load average now {load} "
        f"({os.cpu_count()} cores).",
    ]
    if notes:
        lines += ["notes:", *notes]
    return "\n".join(lines)
