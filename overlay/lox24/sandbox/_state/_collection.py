"""One collection engine for every list operation: filters, ordering and paging.

Nothing here knows a resource. What a collection can be filtered and ordered by comes from the
operation's declared query parameters: ``x-filter`` (``{property, match, op}``) says how a
parameter selects items, ``x-order`` names the field an ``_order[...]`` parameter sorts by, and
``x-default-order`` gives the order used when none is asked for.

A collection given as :class:`~._indexed.IndexedRows` is answered from its indexes: filtering
and ordering look at keys, and only the rows of the page are rendered (see ``_indexed``).
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from lox24.sandbox._api._operations import PAGE, FilterRule, Operation
from lox24.sandbox._api._query import Query
from lox24.sandbox._api._types import JsonValue

from ._indexed import IndexedRows, Key, Plan, key_at, walk

#: Items per page of every collection (the API does not document its page size).
PAGE_SIZE = 30
#: Rows a scan builds between two pauses (when the indexes cannot answer a filter or order).
SCAN_CHUNK = 500

Row = Mapping[str, Any]
_COMPARISONS: Mapping[str, Callable[[Any, Any], bool]] = {
    "gt": operator.gt,
    "gte": operator.ge,
    "lt": operator.lt,
    "lte": operator.le,
}


@dataclass(frozen=True, slots=True)
class PageSlice:
    """One page of a filtered, ordered collection."""

    rows: list[Row]
    total: int
    page: int

    @property
    def last_page(self) -> int:
        """The number of the last page (1 for an empty collection)."""
        return max(1, math.ceil(self.total / PAGE_SIZE))


def select(
    operation: Operation,
    query: Query,
    rows: Sequence[Row],
    pause: Callable[[], bool] | None = None,
) -> PageSlice:
    """Filter, order and page ``rows`` (given in creation order) as the request asks.

    Args:
        operation: The list operation, whose declared parameters drive everything.
        query: The request's validated query.
        rows: Every item of the collection, as field mappings, oldest first.
        pause: Lets waiting requests through (``FairLock.pause``, True if any went) every
            :data:`SCAN_CHUNK` rows of a scan the indexes cannot spare; a scan during which
            other requests went is answered but not remembered.

    Returns:
        The requested page. Ordering ties keep creation order.

    """
    page = int(query.values.get(PAGE, 1))
    start = (page - 1) * PAGE_SIZE
    rules, keys = filter_rules(operation, query), ordering(operation, query)
    if isinstance(rows, IndexedRows):
        return _select_indexed(rows, rules, keys, page, pause)
    ordered = sort_rows(_kept(rows, rules), keys)
    return PageSlice(ordered[start : start + PAGE_SIZE], len(ordered), page)


def select_all(operation: Operation, query: Query, rows: Sequence[Row]) -> list[Row]:
    """Every row of ``rows`` the request's filters keep, in the requested order (no paging)."""
    rules, keys = filter_rules(operation, query), ordering(operation, query)
    if isinstance(rows, IndexedRows):
        plan = rows.plan(rules)
        descending = _by_created_at(rows, keys)
        if descending is not None:
            found = (rows.render(k) for k in walk(plan, descending=descending))
            return _kept(found, plan.residual)
        return sort_rows(_kept(_candidates(rows, plan), plan.residual), keys)
    return sort_rows(_kept(rows, rules), keys)


Rule = tuple[FilterRule, JsonValue]


def filter_rules(operation: Operation, query: Query) -> list[Rule]:
    """The filters the request uses, each with the value it gave."""
    return [
        (param.filter, query.values[param.name])
        for param in operation.query_params
        if param.filter is not None and param.name in query.values
    ]


def _kept(rows: Iterable[Row], rules: Sequence[Rule]) -> list[Row]:
    return [row for row in rows if all(matches(rule, wanted, row) for rule, wanted in rules)]


def _select_indexed(
    rows: IndexedRows,
    rules: list[Rule],
    keys: Sequence[tuple[str, str]],
    page: int,
    pause: Callable[[], bool] | None = None,
) -> PageSlice:
    """One page from the indexes: only the rows shown (or filtered on) are rendered."""
    start = (page - 1) * PAGE_SIZE
    descending = _by_created_at(rows, keys)
    if descending is not None:
        shallow = rows.page_of_runs(rules, start, PAGE_SIZE, descending=descending)
        if shallow is not None:
            return PageSlice([rows.render(key) for key in shallow[0]], shallow[1], page)
    if not rules and len(keys) == 1:
        by_field = rows.page_by(keys[0][0], start, PAGE_SIZE, descending=keys[0][1] == "desc")
        if by_field is not None:
            return PageSlice([rows.render(key) for key in by_field[0]], by_field[1], page)
    plan = rows.plan(rules)
    if descending is not None and not plan.residual:
        total = plan.high - plan.low
        shown = range(start, min(total, start + PAGE_SIZE))
        return PageSlice(
            [rows.render(key_at(plan, p, descending=descending)) for p in shown], total, page
        )
    query = (tuple((rule, _hashable(wanted)) for rule, wanted in rules), tuple(keys))
    matched = rows.remembered(query)
    if matched is None:
        found, paused = _matching(rows, plan, keys, descending, pause)
        if paused:  # writes made meanwhile are not in it: answer it, do not keep it
            matched = [key for key, _ in found]
        else:
            test, order = (lambda row: _passes(row, rules)), _sort_value(keys, descending)
            matched = rows.recall_kept(query, lambda: found, test, order)
    return PageSlice(
        [rows.render(k) for k in matched[start : start + PAGE_SIZE]], len(matched), page
    )


def _matching(
    rows: IndexedRows,
    plan: Plan,
    keys: Sequence[tuple[str, str]],
    descending: bool | None,
    pause: Callable[[], bool] | None = None,
) -> tuple[list[tuple[Key, Row]], bool]:
    """Every item the plan's residual filters keep, in the requested order, with its row.

    The candidates' keys are copied first; with ``pause``, waiting requests go through every
    :data:`SCAN_CHUNK` rows built, and an item they deleted meanwhile is left out.

    Returns:
        The items kept, and whether other requests went during the scan.

    """
    if descending is not None:
        candidates = list(walk(plan, descending=descending))
    else:
        candidates = sorted(plan.keys[plan.low : plan.high], key=lambda key: key[1])
    paused = False
    kept: list[tuple[Key, Row]] = []
    for start in range(0, len(candidates), SCAN_CHUNK):
        if start and pause is not None:
            paused = pause() or paused
        for key in candidates[start : start + SCAN_CHUNK]:
            try:
                row = rows.render(key)
            except KeyError:  # deleted while the scan paused
                continue
            if _passes(row, plan.residual):
                kept.append((key, row))
    if descending is None:
        for name, direction in reversed(keys):
            by_field = _sort_key(name)
            kept.sort(key=lambda pair: by_field(pair[1]), reverse=direction == "desc")
    return kept, paused


def _sort_value(
    keys: Sequence[tuple[str, str]], descending: bool | None
) -> Callable[[Key, Row], tuple[Any, ...]]:
    """Where an item sorts in a selection ordered as ``_matching`` orders it.

    Ordered by fields, it needs numbers (or None) in them: another value raises TypeError.
    """
    if descending is not None:
        sign = -1 if descending else 1
        return lambda key, row: (sign * key[0], key[1])
    signs = [(name, -1 if direction == "desc" else 1) for name, direction in keys]

    def value(key: Key, row: Row) -> tuple[Any, ...]:
        parts: list[Any] = []
        for name, sign in signs:
            held = row.get(name)
            if held is not None and not isinstance(held, int | float):
                msg = f"{name} is not a number"
                raise TypeError(msg)
            parts += (0, 0) if held is None else (sign, sign * held)
        parts.append(key[1])
        return tuple(parts)

    return value


def _passes(row: Row, rules: Sequence[Rule]) -> bool:
    return all(matches(rule, wanted, row) for rule, wanted in rules)


def _hashable(value: JsonValue) -> Hashable:
    return tuple(value) if isinstance(value, list) else value


def _by_created_at(rows: IndexedRows, keys: Sequence[tuple[str, str]]) -> bool | None:
    """Whether the order is the index's own, descending or not; None when it is another."""
    if not keys:
        return False if rows.in_creation_order else None
    if len(keys) == 1 and keys[0][0] == rows.order_field:
        return keys[0][1] == "desc"
    return None


def _candidates(rows: IndexedRows, plan: Plan) -> list[Row]:
    """The rows of the plan's run, in creation order (what the generic sort expects)."""
    keys = sorted(plan.keys[plan.low : plan.high], key=lambda key: key[1])
    return [rows.render(key) for key in keys]


def matches(rule: FilterRule, wanted: JsonValue, row: Row) -> bool:
    """Whether ``row`` passes one filter with the value the client gave."""
    value = row.get(rule.property)
    if rule.match == "exact":
        return value is not None and value == wanted
    if rule.match == "in":
        return value is not None and value in wanted
    if rule.match == "partial":
        texts = wanted if isinstance(wanted, list) else [wanted]  # several values: any of them
        return value is not None and any(
            str(text).casefold() in str(value).casefold() for text in texts
        )
    if rule.match == "boolean":
        return value is wanted
    if rule.match == "exists":
        return (value is not None) is wanted
    if rule.match == "range":
        return value is not None and _in_range(rule.op or "", value, wanted)
    msg = f"unknown x-filter match {rule.match!r}"
    raise ValueError(msg)


def _in_range(op: str, value: JsonValue, wanted: JsonValue) -> bool:
    if op == "between":
        low, _, high = str(wanted).partition("..")
        return bool(int(low) <= value <= int(high))
    return _COMPARISONS[op](value, wanted)


def ordering(operation: Operation, query: Query) -> list[tuple[str, str]]:
    """Return the ``(field, direction)`` pairs to sort by: the request's, else the default."""
    asked = []
    for name in query.order:
        param = operation.query_param(name)
        if param is not None and param.order is not None:
            asked.append((param.order, str(query.values[name])))
    return asked or list(operation.default_order)


def sort_rows(rows: list[Row], keys: Sequence[tuple[str, str]]) -> list[Row]:
    """Sort by several keys (the first one most significant); ``None`` sorts before any value."""
    ordered = list(rows)
    for name, direction in reversed(keys):
        ordered.sort(key=_sort_key(name), reverse=direction == "desc")
    return ordered


def _sort_key(name: str) -> Callable[[Row], tuple[bool, Any]]:
    def key(row: Row) -> tuple[bool, Any]:
        value = row.get(name)
        return (value is not None, value if value is not None else 0)

    return key
