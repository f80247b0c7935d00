"""An index for ``partial`` filters (a substring, case-insensitive): trigrams of distinct values.

A partial filter keeps the items whose value contains the text asked for. Testing every item
costs the store; this index keeps, for each distinct value, the keys of the items holding it,
and for each trigram (three consecutive characters of the case-folded value) the distinct
values containing it. A text of three characters or more is looked for only in the values
holding its rarest trigram; a shorter one among the distinct values. Either way the answer is
the runs of keys of the matching values, which the engine pages like an ``in`` filter's.

``values_tested`` counts the distinct values compared with a text (for tests that hold a
request's cost to what it needs).
"""

from __future__ import annotations

import bisect
from collections.abc import Collection as Sized
from collections.abc import Hashable, Sequence
from typing import Any

#: ``(time, creation number, id)``, as ``_indexed.Key``.
Key = tuple[int, int, str]
GRAM = 3


def _grams(folded: str) -> set[str]:
    return {folded[at : at + GRAM] for at in range(len(folded) - GRAM + 1)}


class PartialIndex:
    """The keys of the items holding each value of one field, found by any part of the value."""

    __slots__ = ("_folded", "_grams", "_keys", "values_tested")

    def __init__(self) -> None:
        #: A value's keys: one key alone, or a sorted list once it has several.
        self._keys: dict[Hashable, Key | list[Key]] = {}
        self._folded: dict[Hashable, str] = {}
        self._grams: dict[str, set[Hashable]] = {}
        self.values_tested = 0

    def add(self, value: Hashable, key: Key) -> None:
        """Record that the item ``key`` holds ``value`` (None is never matched, nor kept)."""
        if value is None:
            return
        held = self._keys.get(value)
        if held is None:
            self._keys[value] = key
            folded = self._folded[value] = str(value).casefold()
            for gram in _grams(folded):
                self._grams.setdefault(gram, set()).add(value)
        elif isinstance(held, list):
            if key > held[-1]:
                held.append(key)
            else:
                bisect.insort(held, key)
        else:
            self._keys[value] = [held, key] if key > held else [key, held]

    def remove(self, value: Hashable, key: Key) -> None:
        """Forget that the item ``key`` holds ``value``."""
        held = self._keys.get(value)
        if held is None:
            return
        if isinstance(held, list):
            at = bisect.bisect_left(held, key)
            if at < len(held) and held[at] == key:
                del held[at]
            if len(held) == 1:
                self._keys[value] = held[0]
            return
        if held != key:
            return
        del self._keys[value]
        for gram in _grams(self._folded.pop(value)):
            found = self._grams[gram]
            found.discard(value)
            if not found:
                del self._grams[gram]

    def runs(self, rule: Any, wanted: Any) -> list[Sequence[Key]] | None:
        """The sorted keys of each value containing ``wanted`` (or any of a list of texts).

        None for a filter other than ``partial``.
        """
        if rule.match != "partial":
            return None
        texts = wanted if isinstance(wanted, list) else [wanted]
        matched: dict[Hashable, None] = {}
        for text in texts:
            matched.update(dict.fromkeys(self._matching(str(text).casefold())))
        runs: list[Sequence[Key]] = []
        for value in matched:
            held = self._keys[value]
            runs.append(held if isinstance(held, list) else (held,))
        return runs

    def _matching(self, text: str) -> list[Hashable]:
        candidates: Sized[Hashable]
        if len(text) < GRAM:
            candidates = self._folded.keys()
        else:
            found = [self._grams.get(gram) for gram in _grams(text)]
            rarest = min(found, key=lambda values: -1 if values is None else len(values))
            if rarest is None:
                return []
            candidates = rarest
        self.values_tested += len(candidates)
        folded = self._folded
        return [value for value in candidates if text in folded[value]]

    def merged(self, rule: Any, wanted: Any) -> Sequence[Key] | None:
        """The sorted keys of every item whose value contains ``wanted``; None if not partial."""
        runs = self.runs(rule, wanted)
        if runs is None:
            return None
        return runs[0] if len(runs) == 1 else sorted(key for run in runs for key in run)
