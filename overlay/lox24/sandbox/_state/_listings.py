"""Every listed collection, kept in its listing's order and declared in one table.

:data:`LAYOUTS` says, for each collection, what orders its listing (the first part of an item's
key), which fields have an index, and how an item is named. A :class:`Table` keeps the keys of
one collection sorted, with those indexes and a :class:`~._indexed.SelectionCache`; whoever
changes an item tells its table (:meth:`Table.add`, :meth:`Table.remove`, :meth:`Table.refresh`
when one of its fields changed, :meth:`Table.touch` when it cannot tell which rows changed).
A handler names its collection and how an item becomes a row (:meth:`Listings.rows`); the
collection engine then builds only the rows a page shows or a filter must look at, and
remembers what a filter selected; a change to an item tests that item against each selection
remembered and puts it where it sorts (or takes it out), rendering its row as the selection's
request did, so that paging a scanned filter goes on without a new scan.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, cast

from ._indexed import FieldIndex, IndexedRows, Key, Row, SelectionCache, SortedKeys
from ._partial import PartialIndex

#: How many ways of rendering rows (one per scope) a table remembers for its selections.
_RENDERS = 64
#: How many bytes of a short code its key reads (codes are shorter: padding keeps text order).
_CODE_WIDTH = 16


def code_order(code: str) -> int:
    """A number that orders short codes as text does: the code's bytes read as an integer."""
    return int.from_bytes(code.encode().ljust(_CODE_WIDTH, b"\0"))


@dataclass(frozen=True, slots=True)
class Layout:
    """How one collection is kept.

    Attributes:
        name: The item's id (its key's last part is ``str`` of it).
        order: The value the listing's default order sorts by (its key's first part); ties keep
            creation order.
        order_field: The row field holding that value (filters on it become slices).
        indexed: The indexed row fields, each with how to read it from an item.
        partial: The row fields filtered by a part of their text, each with how to read it
            from an item (as the row shows it): a trigram index each (``_partial``).

    """

    name: Callable[[Any], Hashable]
    order: Callable[[Any], int]
    order_field: str
    indexed: Mapping[str, Callable[[Any], Hashable]] = field(default_factory=dict)
    partial: Mapping[str, Callable[[Any], Hashable]] = field(default_factory=dict)

    @property
    def readers(self) -> Mapping[str, Callable[[Any], Hashable]]:
        """Every indexed field (value indexes, then partial ones) with how to read it."""
        return {**self.indexed, **self.partial}


#: Every collection listed through a :class:`Table`, by name.
LAYOUTS: Mapping[str, Layout] = {
    "groups": Layout(lambda g: g.id, lambda g: g.id, "id"),
    "phones": Layout(lambda p: p.id, lambda p: p.id, "id", {"group_id": lambda p: p.group_id}),
    "bulks": Layout(
        lambda b: b.uuid,
        lambda b: b.created_at,
        "created_at",
        {
            "source": lambda b: b.fields.get("source"),
            "key_id": lambda b: b.fields.get("key_id"),
            "is_unicode": lambda b: b.fields.get("is_unicode"),
            "is_dryrun": lambda b: b.is_dryrun,
            "delivery_at": lambda b: int(b.fields.get("delivery_at") or 0),
        },
        {"text": lambda b: b.fields.get("text"), "sender_id": lambda b: b.fields.get("sender_id")},
    ),
    "blocked_numbers": Layout(
        lambda e: e.id,
        lambda e: e.id,
        "id",
        {"number": lambda e: e.number, "type": lambda e: e.type},
    ),
    "incomings": Layout(
        lambda i: i.uuid,
        lambda i: i.received_at,
        "received_at",
        {"msg_uuid": lambda i: i.msg_uuid},
        {"text": lambda i: i.text, "from": lambda i: i.sender, "to": lambda i: i.to},
    ),
    "campaigns": Layout(
        lambda c: c.code,
        lambda c: c.created_at,
        "created_at",
        {"type": lambda c: c.fields["type"]},
        {"name": lambda c: c.fields["name"], "url": lambda c: c.fields["url"]},
    ),
    "short_links": Layout(
        lambda link: link.short_code,
        lambda link: code_order(link.short_code),
        "short_code",
        {
            "updated_at": lambda link: link.updated_at,
            "campaign_code": lambda link: link.campaign_code,
        },
        {"url": lambda link: link.url},
    ),
    "sms_clicks": Layout(lambda m: m.uuid, lambda m: m.created_at, "created_at"),
}


@dataclass(slots=True)
class _Entry:
    item: Any
    key: Key
    values: tuple[Hashable, ...]


class Table:
    """One collection's items, their keys in listing order, field indexes and selections.

    Args:
        layout: How the collection is kept.
        built: Counts the rows built for answers, by collection (see ``WorkCounts``).
        label: The collection's name in ``built``.

    """

    def __init__(self, layout: Layout, built: dict[str, int], label: str) -> None:
        self._layout = layout
        self._built = built
        self._label = label
        self._primary = SortedKeys()
        self._indexes: dict[str, FieldIndex | PartialIndex] = {
            **{name: FieldIndex() for name in layout.indexed},
            **{name: PartialIndex() for name in layout.partial},
        }
        self._readers = tuple(layout.readers.values())
        self._selections = SelectionCache()
        #: How the requests whose selections are remembered render rows, by their scope.
        self._renders: dict[Hashable, Callable[[Any], Row]] = {}
        self._entries: dict[str, _Entry] = {}
        self._seq: Iterator[int] = itertools.count(1)

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def in_creation_order(self) -> bool:
        """Whether the listing's order is also the order the items were kept in."""
        return self._primary.in_creation_order

    def add(self, item: Any) -> None:
        """Keep a new item (an item kept already is refreshed instead)."""
        name = str(self._layout.name(item))
        if name in self._entries:
            self.refresh(item)
            return
        key = (self._layout.order(item), next(self._seq), name)
        entry = _Entry(item, key, self._values(item))
        self._entries[name] = entry
        self._insert(entry)
        self._tell(entry)

    def remove(self, item: Any) -> None:
        """Forget an item, if it is kept."""
        entry = self._entries.pop(str(self._layout.name(item)), None)
        if entry is not None:
            self._drop(entry)
            self._selections.removed(entry.key)

    def remove_many(self, items: Iterable[Any]) -> None:
        """Forget several items at once (each list of keys is filtered once, not per item)."""
        gone = {str(self._layout.name(item)) for item in items}
        dropped = [entry for name in gone if (entry := self._entries.pop(name, None)) is not None]
        if not dropped:
            return
        self._primary.keys = [key for key in self._primary.keys if key[2] not in gone]
        for number, index in enumerate(self._indexes.values()):
            if isinstance(index, PartialIndex):  # its runs are small: item by item
                for entry in dropped:
                    index.remove(entry.values[number], entry.key)
                continue
            for value in {entry.values[number] for entry in dropped}:
                run = index.by_value.get(value)
                if run is None:
                    continue
                run.keys = [key for key in run.keys if key[2] not in gone]
                if not run.keys:
                    del index.by_value[value]
            index.forget_merges()
        if self._selections:
            for entry in dropped:
                self._selections.removed(entry.key)

    def refresh(self, item: Any) -> None:
        """Re-read an item's ordering and indexed fields after it changed."""
        entry = self._entries.get(str(self._layout.name(item)))
        if entry is None:
            return
        key = (self._layout.order(item), entry.key[1], entry.key[2])
        values = self._values(item)
        if key != entry.key or values != entry.values:
            self._drop(entry)
            if key != entry.key:
                self._selections.removed(entry.key)
            entry.key, entry.values = key, values
            self._insert(entry)
        entry.item = item
        self._tell(entry)

    @property
    def selection_updates(self) -> int:
        """How many times a change updated a remembered selection in place (for tests)."""
        return self._selections.kept_updates

    def touch(self) -> None:
        """Say that what some rows show changed, not which (selections are forgotten)."""
        self._selections.changed()
        self._renders.clear()

    def _tell(self, entry: _Entry) -> None:
        """Update each remembered selection with the item of ``entry`` as it is now."""
        if not self._selections:
            self._renders.clear()
            return
        part_of = dict(zip(self._layout.readers, entry.values, strict=True))

        def row_of(query: Hashable) -> Row | None:
            scope = cast("tuple[tuple[tuple[str, Hashable] | None, Hashable], Hashable]", query)[0]
            part = scope[0]
            if part is not None and part_of.get(part[0]) != part[1]:
                return None
            return self._renders[scope](entry.item)

        self._selections.updated_each(entry.key, row_of)

    def rows(
        self,
        render: Callable[[Any], Row],
        *,
        part: tuple[str, Hashable] | None = None,
        scope: Hashable = None,
    ) -> IndexedRows:
        """The collection (or the ``part`` whose indexed field holds a value) for the engine.

        Args:
            render: Builds an item's row.
            part: ``(indexed field, value)``: only the items holding that value.
            scope: Tells selections apart when rows also depend on something else (a time).

        """
        entries, built, label = self._entries, self._built, self._label

        def build(key: Key) -> Row:
            built[label] = built.get(label, 0) + 1
            return render(entries[key[2]].item)

        if len(self._renders) >= _RENDERS:
            self.touch()
        self._renders[(part, scope)] = render
        if part is None:
            keys, indexes = self._primary, self._indexes
        else:
            by_part = self._indexes[part[0]]
            assert isinstance(by_part, FieldIndex)
            keys = by_part.by_value.get(part[1]) or SortedKeys()
            indexes = {}
        return IndexedRows(
            keys,
            indexes,
            build,
            self._selections,
            order_field=self._layout.order_field,
            scope=(part, scope),
        )

    def _values(self, item: Any) -> tuple[Hashable, ...]:
        return tuple(read(item) for read in self._readers)

    def _insert(self, entry: _Entry) -> None:
        self._primary.add(entry.key)
        for index, value in zip(self._indexes.values(), entry.values, strict=True):
            index.add(value, entry.key)

    def _drop(self, entry: _Entry) -> None:
        self._primary.remove(entry.key)
        for index, value in zip(self._indexes.values(), entry.values, strict=True):
            index.remove(value, entry.key)


class Listings:
    """A :class:`Table` for each collection of :data:`LAYOUTS`.

    Args:
        built: Where rows built are counted, by collection (``WorkCounts.listed_rows_built``).

    """

    def __init__(self, built: dict[str, int] | None = None) -> None:
        self.built: dict[str, int] = {} if built is None else built
        self._tables = {name: Table(layout, self.built, name) for name, layout in LAYOUTS.items()}

    def __getitem__(self, name: str) -> Table:
        return self._tables[name]

    def rows(
        self,
        name: str,
        render: Callable[[Any], Row],
        *,
        part: tuple[str, Hashable] | None = None,
        scope: Hashable = None,
    ) -> IndexedRows:
        """The collection ``name`` for the engine (see :meth:`Table.rows`)."""
        return self._tables[name].rows(render, part=part, scope=scope)
