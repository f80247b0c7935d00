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
from typing import Any, Protocol

from ._runs import LAZY_DEPTH, page_of_runs

#: ``(created_at, creation number, id)``: the sort key of an indexed item.
Key = tuple[int, int, str]
Row = Mapping[str, Any]
Rule = tuple[Any, Any]
ORDER_FIELD = "created_at"
#: A run drops its dead front (keys removed at its start) once it is longer than this.
_DEAD_FRONT = 64
#: How many merged or selected key lists are remembered at most.
_REMEMBERED = 16


class SortedKeys:
    """Keys of items sorted by ``(created_at, creation number)``.

    Items leave a run mostly from its front (the oldest SMS are delivered first): a key removed
    at the front only moves a start position, and the list drops its dead front once it is more
    than half of it, so that removing every key costs time in proportion to the keys, not more.
    ``keys`` is the list itself while no front is dead, else a view of its live part.
    """

    __slots__ = ("_head", "_items", "in_creation_order")

    def __init__(self, keys: list[Key] | None = None) -> None:
        self._items: list[Key] = [] if keys is None else keys
        self._head = 0
        #: Whether every key was appended, so that key order is also creation order.
        self.in_creation_order = True

    @property
    def keys(self) -> Sequence[Key]:
        """The keys, sorted."""
        if self._head:
            return KeySpan(self._items, self._head, len(self._items))
        return self._items

    @keys.setter
    def keys(self, keys: list[Key]) -> None:
        self._items, self._head = keys, 0

    def add(self, key: Key) -> None:
        """Insert ``key`` (an append when items arrive in time order)."""
        items = self._items
        if len(items) == self._head or key > items[-1]:
            items.append(key)
        else:
            bisect.insort(items, key, self._head)
            self.in_creation_order = False

    def remove(self, key: Key) -> None:
        """Remove ``key`` if present."""
        items, head = self._items, self._head
        at = bisect.bisect_left(items, key, head)
        if at >= len(items) or items[at] != key:
            return
        if at > head:
            del items[at]
            return
        self._head = head = head + 1
        if head == len(items):
            items.clear()
            self._head = 0
        elif head > _DEAD_FRONT and head * 2 > len(items):
            del items[:head]
            self._head = 0

    def __len__(self) -> int:
        return len(self._items) - self._head


@dataclass(slots=True)
class FieldIndex:
    """For one field, the keys of the items holding each value.

    An ``ordered`` index also keeps its distinct values sorted, so that a ``range`` filter (and
    an order by the field) walks the runs of the values it keeps instead of every item.

    The merged keys of several values are remembered until the index changes; ``merged_keys``
    counts the keys merged so far (for tests that hold a request's cost to what it needs).
    """

    by_value: dict[Any, SortedKeys] = field(default_factory=dict)
    _merged: dict[tuple[Any, ...], list[Key]] = field(default_factory=dict)
    merged_keys: int = 0
    ordered: bool = False
    #: The distinct values held but None, sorted (kept only when ``ordered``).
    sorted_values: list[Any] = field(default_factory=list)

    def add(self, value: Any, key: Key) -> None:
        """Record that the item ``key`` holds ``value``."""
        run = self.by_value.get(value)
        if run is None:
            run = self.by_value[value] = SortedKeys()
            if self.ordered and value is not None:
                bisect.insort(self.sorted_values, value)
        run.add(key)
        if self._merged:
            self._merged.clear()

    def remove(self, value: Any, key: Key) -> None:
        """Forget that the item ``key`` holds ``value``."""
        found = self.by_value.get(value)
        if found is not None:
            found.remove(key)
            if not len(found):
                del self.by_value[value]
                if self.ordered and value is not None:
                    del self.sorted_values[bisect.bisect_left(self.sorted_values, value)]
        if self._merged:
            self._merged.clear()

    def forget_merges(self) -> None:
        """Forget the merged keys remembered (after a change made to ``by_value`` directly)."""
        self._merged.clear()

    def runs_for(self, values: Sequence[Any]) -> list[Sequence[Key]] | None:
        """The sorted keys of each of ``values`` held, unless their merge is remembered."""
        wanted = tuple(v for v in dict.fromkeys(values) if v in self.by_value)
        if wanted in self._merged:
            return None
        return [self.by_value[v].keys for v in wanted]

    def keys_for(self, values: Sequence[Any]) -> Sequence[Key]:
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

    def values_for(self, rule: Any, wanted: Any) -> list[Any] | None:
        """The values held that pass the filter ``rule`` asking ``wanted``; None if it cannot."""
        match = rule.match
        if match in {"exact", "boolean"}:
            fits = isinstance(wanted, Hashable) and (match == "boolean") == isinstance(wanted, bool)
            return [wanted] if fits else None
        if match == "in":
            fits = isinstance(wanted, list) and all(isinstance(v, Hashable) for v in wanted)
            return wanted if fits else None
        if match == "exists" and isinstance(wanted, bool):
            return [v for v in self.by_value if v is not None] if wanted else [None]
        return self._in_range(rule.op, wanted) if match == "range" and self.ordered else None

    def _in_range(self, op: str | None, wanted: Any) -> list[Any] | None:
        values = self.sorted_values
        if op == "between":
            low, _, high = str(wanted).partition("..")
            return values[
                bisect.bisect_left(values, int(low)) : bisect.bisect_right(values, int(high))
            ]
        if isinstance(wanted, bool) or not isinstance(wanted, int | float):
            return None
        ends = {
            "gt": (bisect.bisect_right(values, wanted), len(values)),
            "gte": (bisect.bisect_left(values, wanted), len(values)),
            "lt": (0, bisect.bisect_left(values, wanted)),
            "lte": (0, bisect.bisect_right(values, wanted)),
        }.get(op or "")
        return None if ends is None else values[ends[0] : ends[1]]

    def runs(self, rule: Any, wanted: Any) -> list[Sequence[Key]] | None:
        """The sorted keys of each value the filter keeps; None if this index cannot answer it."""
        values = self.values_for(rule, wanted)
        if values is None:
            return None
        return [self.by_value[v].keys for v in dict.fromkeys(values) if v in self.by_value]

    def merged(self, rule: Any, wanted: Any) -> Sequence[Key] | None:
        """The sorted keys of every item the filter keeps (remembered); None if it cannot."""
        values = self.values_for(rule, wanted)
        return None if values is None else self.keys_for(values)

    def walk(self, *, descending: bool) -> Iterator[SortedKeys]:
        """The runs of every value but None, by value (an ``ordered`` index only)."""
        values = reversed(self.sorted_values) if descending else iter(self.sorted_values)
        return (self.by_value[v] for v in values)


class RunIndex(Protocol):
    """What the engine asks of an index: the runs of keys a filter keeps."""

    def runs(self, rule: Any, wanted: Any) -> list[Sequence[Key]] | None:
        """The sorted keys of each value the filter keeps; None if this index cannot answer it."""
        ...

    def merged(self, rule: Any, wanted: Any) -> Sequence[Key] | None:
        """The sorted keys of every item the filter keeps; None if it cannot."""
        ...


#: Where a key sorts in a selection (None: the selection cannot be kept up to date).
SortValue = Callable[[Key, Row], tuple[Any, ...]]


@dataclass(slots=True)
class _Selection:
    keys: list[Key]
    #: With ``test`` and ``sort_value``, the selection is kept up to date as items change.
    test: Callable[[Row], bool] | None = None
    sort_value: SortValue | None = None
    order: list[tuple[Any, ...]] = field(default_factory=list)
    held: dict[Key, tuple[Any, ...]] = field(default_factory=dict)


class SelectionCache:
    """The keys of recent selections the indexes could not answer, kept as the collection changes.

    The owner of the collection either calls :meth:`changed` whenever an item is added, removed
    or changes a field a filter or an order may look at (every selection is forgotten), or tells
    each change: :meth:`updated` with the item's current fields, :meth:`removed`. A selection
    remembered with its test and sort value (:meth:`recall_kept`) is then updated in place: the
    item is tested and put where it sorts, or taken out; any other selection is forgotten.
    ``kept_updates`` counts the updates made in place (for tests).
    """

    def __init__(self) -> None:
        self._answers: dict[Hashable, _Selection] = {}
        self.kept_updates = 0

    def __bool__(self) -> bool:
        """Whether any selection is remembered."""
        return bool(self._answers)

    def changed(self) -> None:
        """Forget every remembered selection."""
        if self._answers:
            self._answers.clear()

    def get(self, query: Hashable) -> list[Key] | None:
        """The remembered keys of ``query``, if they are remembered."""
        found = self._answers.get(query)
        return None if found is None else found.keys

    def recall(self, query: Hashable, compute: Callable[[], list[Key]]) -> list[Key]:
        """The remembered keys of ``query``, or ``compute()``'s, remembered until a change."""
        found = self._answers.get(query)
        if found is None:
            found = self._remember(query, _Selection(compute()))
        return found.keys

    def recall_kept(
        self,
        query: Hashable,
        compute: Callable[[], list[tuple[Key, Row]]],
        test: Callable[[Row], bool],
        sort_value: SortValue,
    ) -> list[Key]:
        """Like :meth:`recall`, for a selection kept up to date as items change.

        Args:
            query: What tells the selection apart.
            compute: The keys selected, in order, each with its row.
            test: Whether a row belongs to the selection.
            sort_value: Where a key sorts in the selection (distinct for distinct keys); a
                TypeError (values that do not compare) makes the selection forgotten instead.

        """
        found = self._answers.get(query)
        if found is not None:
            return found.keys
        pairs = compute()
        selection = _Selection([key for key, _ in pairs], test, sort_value)
        try:
            selection.order = [sort_value(key, row) for key, row in pairs]
        except TypeError:
            selection.test = selection.sort_value = None
        else:
            selection.held = dict(zip(selection.keys, selection.order, strict=True))
        return self._remember(query, selection).keys

    def _remember(self, query: Hashable, selection: _Selection) -> _Selection:
        if len(self._answers) >= _REMEMBERED:
            self._answers.clear()
        self._answers[query] = selection
        return selection

    def updated(self, key: Key, row: Row) -> None:
        """The item ``key`` was added or changed: ``row`` reads its current fields."""
        for query, selection in list(self._answers.items()):
            if not self._update(selection, key, row):
                del self._answers[query]

    def updated_each(self, key: Key, row_of: Callable[[Hashable], Row | None]) -> None:
        """Like :meth:`updated`, where each selection reads the item's row as its query sees it.

        Args:
            key: The item added or changed.
            row_of: The item's row for the selection remembered under a query: None when the
                item is outside that selection's collection (it is taken out); a LookupError
                when it cannot tell (the selection is forgotten).

        """
        for query, selection in list(self._answers.items()):
            try:
                row = row_of(query)
            except LookupError:
                del self._answers[query]
                continue
            if row is not None:
                if not self._update(selection, key, row):
                    del self._answers[query]
            elif selection.sort_value is None:
                del self._answers[query]
            else:
                _take_out(selection, key)
                self.kept_updates += 1

    def removed(self, key: Key) -> None:
        """The item ``key`` is gone."""
        for query, selection in list(self._answers.items()):
            if selection.sort_value is None:
                del self._answers[query]
            else:
                _take_out(selection, key)
                self.kept_updates += 1

    def _update(self, selection: _Selection, key: Key, row: Row) -> bool:
        if selection.test is None or selection.sort_value is None:
            return False
        _take_out(selection, key)
        if selection.test(row):
            try:
                value = selection.sort_value(key, row)
                at = bisect.bisect_left(selection.order, value)
            except TypeError:
                return False
            selection.order.insert(at, value)
            selection.keys.insert(at, key)
            selection.held[key] = value
        self.kept_updates += 1
        return True


def _take_out(selection: _Selection, key: Key) -> None:
    value = selection.held.pop(key, None)
    if value is not None:
        at = bisect.bisect_left(selection.order, value)
        del selection.order[at]
        del selection.keys[at]


class KeySpan(Sequence[Key]):
    """The keys from ``low`` to ``high`` of a sorted list, without copying them."""

    __slots__ = ("_high", "_keys", "_low")

    def __init__(self, keys: Sequence[Key], low: int, high: int) -> None:
        self._keys, self._low, self._high = keys, low, high

    def __len__(self) -> int:
        return self._high - self._low

    def __getitem__(self, position: Any) -> Any:
        if isinstance(position, slice):
            start, stop, step = position.indices(self._high - self._low)
            if step == 1:
                return self._keys[self._low + start : self._low + max(start, stop)]
            return self._keys[self._low : self._high][position]
        if position < 0:
            position += self._high - self._low
        if not 0 <= position < self._high - self._low:
            raise IndexError(position)
        return self._keys[self._low + position]


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
        indexes: Mapping[str, RunIndex],
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

    def remembered(self, query: Hashable) -> list[Key] | None:
        """The keys remembered for ``query``, if they are."""
        return None if self._cache is None else self._cache.get((self._scope, query))

    def recall_kept(
        self,
        query: Hashable,
        compute: Callable[[], list[tuple[Key, Row]]],
        test: Callable[[Row], bool],
        sort_value: SortValue,
    ) -> list[Key]:
        """Like :meth:`recall`, for a selection its cache keeps up to date as items change."""
        if self._cache is None:
            return [key for key, _ in compute()]
        return self._cache.recall_kept((self._scope, query), compute, test, sort_value)

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
            if runs is not None:
                return None
            runs = self._runs(rule, wanted)
            if runs is None:
                return None
        if runs is None:
            return None
        return page_of_runs(runs, (low, high), start, size, descending=descending)

    def _runs(self, rule: Any, wanted: Any) -> Sequence[Sequence[Key]] | None:
        """The runs of keys one filter keeps, from its field's index or the key order."""
        if rule.property == self.order_field and rule.match == "in" and isinstance(wanted, list):
            if not all(isinstance(v, int) and not isinstance(v, bool) for v in wanted):
                return None
            keys = self._primary.keys
            spans = []
            for value in sorted(set(wanted)):
                low = bisect.bisect_left(keys, (value,))
                spans.append(KeySpan(keys, low, bisect.bisect_left(keys, (value, math.inf), low)))
            return spans
        index = self._indexes.get(rule.property)
        return None if index is None else index.runs(rule, wanted)

    def page_by(
        self, name: str, start: int, size: int, *, descending: bool
    ) -> tuple[list[Key], int] | None:
        """A page of every item ordered by the field ``name`` (ties in creation order).

        It needs an ordered index of ``name`` and keys in creation order, and the field held by
        every item (None sorts first); otherwise it answers None.
        """
        index = self._indexes.get(name)
        if not isinstance(index, FieldIndex) or not index.ordered or not self.in_creation_order:
            return None
        unset = index.by_value.get(None)
        runs = list(index.walk(descending=descending))
        if unset is not None:
            runs.insert(len(runs) if descending else 0, unset)
        page: list[Key] = []
        skip = start
        for run in runs:
            if skip >= len(run.keys):
                skip -= len(run.keys)
                continue
            page.extend(run.keys[skip : skip + size - len(page)])
            skip = 0
            if len(page) >= size:
                break
        return page, len(self._primary)

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

    def _indexed_keys(self, rule: Any, wanted: Any) -> Sequence[Key] | None:
        """The keys a filter on an indexed field keeps; None if its index cannot answer it."""
        if _created_at_bounds(rule, wanted, self.order_field) is not None:
            return None  # a slice of the run chosen answers it better
        index = self._indexes.get(rule.property)
        return None if index is None else index.merged(rule, wanted)


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
