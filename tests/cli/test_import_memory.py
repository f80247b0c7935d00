"""``groups import`` holds only the rows in flight: memory does not grow with the file."""

from __future__ import annotations

import tracemalloc
from types import SimpleNamespace

import pytest

from lox24.cli._import import ImportOptions, ImportSource, import_file


class StreamingPhones:
    """Stands in for ``client.phones``: reads rows lazily, answers each at once, keeps nothing."""

    def import_many(self, group_id, rows, *, chunk_size, concurrency, skip_existing, window):
        for index, row in enumerate(rows):
            ok = row.get("phone", "").startswith("+")
            outcome = "created" if ok else "refused"
            yield SimpleNamespace(index=index, outcome=outcome, status=422, error=None)


def peak_bytes(tmp_path, rows: int, *, traced: bool = True) -> tuple[int, int]:
    source = tmp_path / f"{rows}.csv"
    with source.open("w", encoding="utf-8") as stream:
        stream.write("phone,a\n")
        for i in range(rows):
            stream.write(f"{'+' if i % 1000 else ''}49151{i:08d},Name {i}\n")
    client = SimpleNamespace(phones=StreamingPhones())
    if traced:
        tracemalloc.start()
    try:
        summary = import_file(
            client,
            ImportSource(source, "csv", {}),
            group=1,
            report=tmp_path / f"{rows}.errors.csv",
            options=ImportOptions(chunk_size=1000, concurrency=4),
        )
        return summary.refused, tracemalloc.get_traced_memory()[1] if traced else 0
    finally:
        if traced:
            tracemalloc.stop()


@pytest.mark.slow
def test_ten_times_the_rows_take_no_more_memory(tmp_path):
    """Importing 100,000 rows peaks at about what 10,000 rows do; every refusal is counted."""
    peak_bytes(tmp_path, 1_000, traced=False)  # imports what the first run needs, untraced
    refused_small, small = peak_bytes(tmp_path, 10_000)
    refused_large, large = peak_bytes(tmp_path, 100_000)
    assert (refused_small, refused_large) == (10, 100)
    # Only the bar's speed samples grow, and Rich caps them at 1,000.
    assert large < small * 1.5 + 64 * 1024, (small, large)
