"""Collections kept in creation order with field indexes, so that a page costs what it shows.

A :class:`SortedKeys` holds the keys ``(created_at, seq, id)`` of items, sorted; ``seq`` is the
creation number, so ties on ``created_at`` keep creation order. (A collection ordered by another
time field, such as the ``date`` of clicks, keys its items by that field and names it as the
``order_field`` of its :class:`IndexedRows`; ``created_at`` below stands for that field.) An
:class:`IndexedRows` is a collection the engine (``_collection.select``) can answer without
looking at every item:

* an ``exact`` or ``in`` filter on an indexed field picks the items from that field's index
  (a shallow page of several values merges their runs only up to the page's end: ``_runs``);
* ``created_at`` filters (exact, ranges, ``between``) become a slice found by bisection;
* ordering by ``created_at`` (either way, ties in creation order) is the index's own order;
* only the items of the requested page are rendered into rows.

Whatever it cannot answer this way (another filter, another order) it answers by rendering the
candidates and filtering and sorting them like any collection, so answers never change; only
the cost does. That answer is remembered (:class:`SelectionCache`) until the collection changes,
so paging through it costs the scan once, not once per page.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable, Hashable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ._runs import LAZY_DEPTH, page_of_runs

#: ``(created_at, creation number, id)``: the sort key of an indexed item.
Key = tuple[int, int, str]
Row = Mapping[str, Any]
Rule = tuple[Any, Any]
ORDER_FIELD = "created_at"
#: How many merged or selected key lists are remembered at most.
_REMEMBERED = 16
_INDEX_MATCHES = frozenset({"exact", "in"})


@dataclass(slots=True)
class SortedKeys:
    """Keys of items sorted by ``(created_at, creation number)``."""

    keys: list[Key] = field(default_factory=list)
    #: Whether every key was appended, so that key order is also creation order.
    in_creation_order: bool = True

    def add(self, key: Key) -> None:
        """Insert ``key`` (an append when items arrive in time order)."""
        if not self.keys or key > self.keys[-1]:
            self.keys.append(key)
        else:
            bisect.insort(self.keys, key)
            self.in_creation_order = False

    def remove(self, key: Key) -> None:
        """Remove ``key`` if present."""
        at = bisect.bisect_left(self.keys, key)
        if at < len(self.keys) and self.keys[at] == key:
            del self.keys[at]

    def __len__(self) -> int:
        return len(self.keys)


@dataclass(slots=True)
class FieldIndex:
    """For one field, the keys of the items holding each value.

    The merged keys of several values are remembered until the index changes; ``merged_keys``
    counts the keys merged so far (for tests that hold a request's cost to what it needs).
    """

    by_value: dict[Any, SortedKeys] = field(default_factory=dict)
    _merged: dict[tuple[Any, ...], list[Key]] = field(default_factory=dict)
    merged_keys: int = 0

    def add(self, value: Any, key: Key) -> None:
        """Record that the item ``key`` holds ``value``."""
        self.by_value.setdefault(value, SortedKeys()).add(key)
        if self._merged:
            self._merged.clear()

    def remove(self, value: Any, key: Key) -> None:
        """Forget that the item ``key`` holds ``value``."""
        found = self.by_value.get(value)
        if found is not None:
            found.remove(key)
            if not found.keys:
                del self.by_value[value]
        if self._merged:
            self._merged.clear()

    def forget_merges(self) -> None:
        """Forget the merged keys remembered (after a change made to ``by_value`` directly)."""
        self._merged.clear()

    def runs_for(self, values: Sequence[Any]) -> list[list[Key]] | None:
        """The sorted keys of each of ``values`` held, unless their merge is remembered."""
        wanted = tuple(v for v in dict.fromkeys(values) if v in self.by_value)
        if wanted in self._merged:
            return None
        return [self.by_value[v].keys for v in wanted]

    def keys_for(self, values: Sequence[Any]) -> list[Key]:
        """The sorted keys of the items holding any of ``values``."""
        wanted = tuple(v for v in dict.fromkeys(values) if v in self.by_value)
        if len(wanted) == 1:
            return self.by_value[wanted[0]].keys
        merged = self._merged.get(wanted)
        if merged is None:
            merged = sorted(key for v in wanted for key in self.by_value[v].keys)
            self.merged_keys += len(merged)
            if len(self._merged) >= _REMEMBERED:
                self._merged.clear()
            self._merged[wanted] = merged
        return merged


class SelectionCache:
    """The keys of recent selections the indexes could not answer, until the collection changes.

    The owner of the collection calls :meth:`changed` whenever an item is added, removed or
    changes a field a filter or an order may look at.
    """

    def __init__(self) -> None:
        self._answers: dict[Hashable, list[Key]] = {}

    def changed(self) -> None:
        """Forget every remembered selection."""
        if self._answers:
            self._answers.clear()

    def recall(self, query: Hashable, compute: Callable[[], list[Key]]) -> list[Key]:
        """The remembered keys of ``query``, or ``compute()``'s, remembered from now on."""
        found = self._answers.get(query)
        if found is None:
            found = compute()
            if len(self._answers) >= _REMEMBERED:
                self._answers.clear()
            self._answers[query] = found
        return found


@dataclass(frozen=True, slots=True)
class Plan:
    """What the indexes can answer: a sorted run of keys and the filters left to apply."""

    keys: Sequence[Key]
    low: int
    high: int
    residual: list[Rule]


class IndexedRows(Sequence[Row]):
    """A collection answered from indexes; rows are rendered only when needed.

    Args:
        primary: Every item's key.
        indexes: The field indexes, by the property name filters use.
        render: Turns a key into the item's row (called once per row shown or inspected).
        cache: Where selections the indexes cannot answer are remembered, if anywhere.
        order_field: The field the first part of every key holds (``created_at`` unless told).
        scope: Tells this collection's selections apart from others remembered in ``cache``
            (a cache shared by several parts of one collection, such as each link's clicks).

    """

    def __init__(
        self,
        primary: SortedKeys,
        indexes: Mapping[str, FieldIndex],
        render: Callable[[Key], Row],
        cache: SelectionCache | None = None,
        *,
        order_field: str = ORDER_FIELD,
        scope: Hashable = None,
    ) -> None:
        self._primary = primary
        self._indexes = indexes
        self._render = render
        self._cache = cache
        self.order_field = order_field
        self._scope = scope

    def __len__(self) -> int:
        return len(self._primary)

    def __getitem__(self, position: Any) -> Any:
        if isinstance(position, slice):
            return [self._render(k) for k in self._primary.keys[position]]
        return self._render(self._primary.keys[position])

    @property
    def in_creation_order(self) -> bool:
        """Whether the key order is also the order the items were created in."""
        return self._primary.in_creation_order

    def render(self, key: Key) -> Row:
        """The row of the item ``key``."""
        return self._render(key)

    def recall(self, query: Hashable, compute: Callable[[], list[Key]]) -> list[Key]:
        """The keys ``compute`` selects for ``query``, remembered while nothing changes."""
        if self._cache is None:
            return compute()
        return self._cache.recall((self._scope, query), compute)

    def page_of_runs(
        self, rules: list[Rule], start: int, size: int, *, descending: bool
    ) -> tuple[list[Key], int] | None:
        """A shallow page of an ``in`` filter's values, merged only up to the page's end.

        It applies to a multi-value ``in`` filter on an indexed field, with no other filter but
        ``created_at`` bounds, ordered by ``created_at``, ``start`` under :data:`LAZY_DEPTH`,
        and a merge of the values not remembered yet; otherwise it answers None.

        Returns:
            The page's keys and how many keys the filters keep.

        """
        if start >= LAZY_DEPTH:
            return None
        low, high, runs = -math.inf, math.inf, None
        for rule, wanted in rules:
            bounds = _created_at_bounds(rule, wanted, self.order_field)
            if bounds is not None:
                low, high = max(low, bounds[0]), min(high, bounds[1])
                continue
            index = self._indexes.get(rule.property)
            if runs is not None or index is None or not _several(rule, wanted):
                return None
            runs = index.runs_for(wanted)
            if runs is None:
                return None
        if runs is None:
            return None
        return page_of_runs(runs, (low, high), start, size, descending=descending)

    def plan(self, rules: list[Rule]) -> Plan:
        """Pick the smallest indexed candidate run, narrowed by the ``created_at`` filters."""
        keys: Sequence[Key] = self._primary.keys
        chosen: int | None = None
        for number, (rule, wanted) in enumerate(rules):
            candidate = self._indexed_keys(rule, wanted)
            if candidate is not None and (chosen is None or len(candidate) < len(keys)):
                keys, chosen = candidate, number
        low, high, residual = 0, len(keys), []
        for number, (rule, wanted) in enumerate(rules):
            if number == chosen:
                continue
            bounds = _created_at_bounds(rule, wanted, self.order_field)
            if bounds is None:
                residual.append((rule, wanted))
                continue
            low = max(low, bisect.bisect_left(keys, (bounds[0],), low, high))
            high = min(high, bisect.bisect_left(keys, (bounds[1], math.inf), low, high))
            high = max(low, high)
        return Plan(keys, low, high, residual)

    def _indexed_keys(self, rule: Any, wanted: Any) -> list[Key] | None:
        """The keys an ``exact``/``in`` filter on an indexed field keeps; None if it cannot."""
        index = self._indexes.get(rule.property)
        if index is None or rule.match not in _INDEX_MATCHES:
            return None
        values = wanted if rule.match == "in" else [wanted]
        if not isinstance(values, list) or not all(isinstance(v, Hashable) for v in values):
            return None
        return index.keys_for(values)


def _several(rule: Any, wanted: Any) -> bool:
    """Whether a filter is an ``in`` filter of several values an index can look up."""
    return (
        rule.match == "in"
        and isinstance(wanted, list)
        and len(wanted) > 1
        and all(isinstance(v, Hashable) for v in wanted)
    )


def walk(plan: Plan, *, descending: bool) -> Iterator[Key]:
    """Every key of ``plan``'s run, by ``created_at`` either way, ties in creation order."""
    keys, low, high = plan.keys, plan.low, plan.high
    if not descending:
        yield from keys[low:high]
        return
    end = high
    while end > low:
        start = bisect.bisect_left(keys, (keys[end - 1][0],), low, end)
        yield from keys[start:end]
        end = start


def key_at(plan: Plan, position: int, *, descending: bool) -> Key:
    """The key at ``position`` of ``plan``'s run in the given order (ties in creation order)."""
    keys, low, high = plan.keys, plan.low, plan.high
    if not descending:
        return keys[low + position]
    value = keys[high - 1 - position][0]
    run_start = bisect.bisect_left(keys, (value,), low, high)
    run_end = bisect.bisect_left(keys, (value, math.inf), low, high)
    return keys[run_start + position - (high - run_end)]


def _created_at_bounds(rule: Any, wanted: Any, order_field: str) -> tuple[float, float] | None:
    """The inclusive range of ``order_field`` a filter keeps, if it is one a slice can answer."""
    if rule.property != order_field or isinstance(wanted, bool):
        return None
    if rule.match == "exact" and isinstance(wanted, int):
        return wanted, wanted
    if rule.match != "range":
        return None
    if rule.op == "between":
        low, _, high = str(wanted).partition("..")
        return int(low), int(high)
    if not isinstance(wanted, int | float):
        return None
    bounds = {
        "gte": (wanted, math.inf),
        "gt": (math.floor(wanted) + 1, math.inf),
        "lte": (-math.inf, wanted),
        "lt": (-math.inf, math.ceil(wanted) - 1),
    }
    return bounds.get(rule.op or "")
