"""A page of the union of several sorted runs of keys, without merging the runs first.

An ``in`` filter with several values on an indexed field selects the keys of several runs (one
per value). Merging them into one sorted list costs every match; a page near the start of the
union only needs a lazy merge of the runs, up to the end of the page.
"""

from __future__ import annotations

import bisect
import heapq
import itertools
import math
from collections.abc import Iterator, Sequence

#: ``(time, creation number, id)``, as ``_indexed.Key``.
Key = tuple[int, int, str]
#: Pages deeper than this many keys are taken from the merged list (remembered) instead.
LAZY_DEPTH = 300


def page_of_runs(
    runs: Sequence[Sequence[Key]],
    bounds: tuple[float, float],
    start: int,
    size: int,
    *,
    descending: bool,
) -> tuple[list[Key], int]:
    """The keys at positions ``start`` to ``start + size`` of the union of ``runs``, and its size.

    Args:
        runs: Sorted, disjoint runs of keys.
        bounds: The inclusive range of the keys' first part (their time) kept.
        start: The position of the page's first key.
        size: The page size.
        descending: By time newest first (ties in creation order), else oldest first.

    """
    spans = []
    for keys in runs:
        low = bisect.bisect_left(keys, (bounds[0],))
        high = bisect.bisect_left(keys, (bounds[1], math.inf), low)
        if high > low:
            spans.append((keys, low, high))
    total = sum(high - low for _, low, high in spans)
    if descending:
        merged = heapq.merge(*(_newest_first(*s) for s in spans), key=_newest_first_order)
    else:
        merged = heapq.merge(*(_oldest_first(*s) for s in spans))
    return list(itertools.islice(merged, start, start + size)), total


def _newest_first_order(key: Key) -> tuple[int, int]:
    return -key[0], key[1]


def _oldest_first(keys: Sequence[Key], low: int, high: int) -> Iterator[Key]:
    for position in range(low, high):
        yield keys[position]


def _newest_first(keys: Sequence[Key], low: int, high: int) -> Iterator[Key]:
    """Keys by time newest first, ties in creation order (as ``_indexed.walk`` does)."""
    end = high
    while end > low:
        first = bisect.bisect_left(keys, (keys[end - 1][0],), low, end)
        for position in range(first, end):
            yield keys[position]
        end = first
