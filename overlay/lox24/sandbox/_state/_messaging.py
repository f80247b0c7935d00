"""State of SMS, blocked numbers and incoming messages (see ``_handlers/sms.py`` & co.).

The records here hold what was decided when a resource was created, and an SMS's delivery state
as ``_sms_lifecycle`` last moved it. SMS are also indexed (by creation time, and by the fields
listings filter on most) so that a page of ``GET /sms`` costs the same at any store size.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from ._indexed import FieldIndex, Key, RunIndex, SelectionCache, SortedKeys
from ._listings import Listings
from ._memory import settle
from ._partial import PartialIndex

if TYPE_CHECKING:
    from ._store import Store

#: ``BlockedNumber.type``: the account blocked the number itself.
BLOCKED_BY_CUSTOMER = 1
#: ``BlockedNumber.type``: the recipient unsubscribed through an unsubscription campaign.
UNSUBSCRIBED = 2
#: The SMS fields with an index of their own (besides ``created_at``, which orders every SMS):
#: every field a listing filters on by value (``exact``, ``in``, ``boolean``).
INDEXED_FIELDS = (
    "bulk_id", "callback_data", "status_code", "dlr_code", "iso2", "key_id", "is_sent",
    "is_unicode",
)  # fmt: skip
#: The indexed fields that are also filtered by ranges or ordered by: their values are kept sorted.
ORDERED_FIELDS = ("gateway_sent_at", "delivery_at", "chars_count", "parts_count", "source")
#: The fields filtered by a part of their text (case-insensitive): trigram indexes.
PARTIAL_FIELDS = ("text", "phone", "sender_id", "ip")
#: The fields that change with the delivery state (``MessagingState.set_state``).
STATE_FIELDS = ("status_code", "dlr_code", "gateway_sent_at", "is_sent", "text")
#: ``status_code`` once an SMS is handed to the network (``is_sent``).
SENT = 100
#: The final delivery reports: delivered, expired, rejected (the text of an SMS sent with
#: ``is_text_deleted`` is gone once one of them is in).
FINAL_DLR_CODES = frozenset({1, 8, 16})


@dataclass(slots=True)
class Sms:
    """One SMS as accepted, with its delivery state as of the last catch-up with the clock.

    Attributes:
        uuid: The SMS's id.
        created_at: When it was accepted (Unix seconds).
        fields: The fields fixed at creation (the ``Sms`` schema minus the computed state).
        cancelled_at: When a batch cancel stopped it, if one did.
        seq: Its creation number in the account (set when it is kept).
        status_code: Its status (0 until it is handed to the network).
        dlr_code: Its delivery report (0 until the handover).
        gateway_sent_at: When it was handed to the network (0 until then).

    """

    uuid: str
    created_at: int
    fields: dict[str, Any]
    cancelled_at: int | None = None
    seq: int = 0
    status_code: int = 0
    dlr_code: int = 0
    gateway_sent_at: int = 0

    @property
    def key(self) -> Key:
        """Its key in the SMS indexes: creation time, then creation number."""
        return (self.created_at, self.seq, self.uuid)

    @property
    def text(self) -> str:
        """The text its row shows: ``""`` once delivered if it was sent with is_text_deleted."""
        gone = self.fields["is_text_deleted"] and self.dlr_code in FINAL_DLR_CODES
        return "" if gone else str(self.fields["text"])

    def value(self, name: str) -> Any:
        """The current value of the field ``name`` as its row shows it."""
        if name in _STATE_VALUES:
            return _STATE_VALUES[name](self)
        return self.fields.get(name)


_STATE_VALUES: dict[str, Callable[[Sms], Any]] = {
    "status_code": lambda sms: sms.status_code,
    "dlr_code": lambda sms: sms.dlr_code,
    "gateway_sent_at": lambda sms: sms.gateway_sent_at,
    "is_sent": lambda sms: sms.status_code == SENT,
    "text": lambda sms: sms.text,
    "uuid": lambda sms: sms.uuid,
    "created_at": lambda sms: sms.created_at,
}


_VALUE_FIELDS = INDEXED_FIELDS + ORDERED_FIELDS
#: The indexes kept from the first SMS on (bulk delivery and the inbox read them); every other
#: one is built when a request first filters or orders by its field, then kept current.
EAGER_FIELDS = ("bulk_id", "status_code", "dlr_code")
#: The indexed fields read from ``Sms.fields`` as they are.
_PLAIN_FIELDS = frozenset(_VALUE_FIELDS + PARTIAL_FIELDS) - set(STATE_FIELDS)


def _reader(name: str) -> Callable[[Sms], Any]:
    """How to read the indexed field ``name`` of an SMS."""
    if name in _PLAIN_FIELDS:
        return lambda sms: sms.fields.get(name)
    return lambda sms: sms.value(name)


IndexT = TypeVar("IndexT", FieldIndex, PartialIndex)


class LazyIndexes(Mapping[str, IndexT]):
    """Indexes by field name, each built from every SMS kept when first asked for.

    Args:
        make: Makes an empty index for each field.
        sms: Every SMS kept (read once, when an index is built).
        eager: The fields whose index is built at once.
        built: Called after an index is built (so that writes keep it current).

    """

    def __init__(
        self,
        make: Mapping[str, Callable[[], IndexT]],
        sms: dict[str, Sms],
        eager: Sequence[str],
        built: Callable[[], None],
    ) -> None:
        self._make: Mapping[str, Callable[[], IndexT]] = make
        self._sms, self._on_built = sms, built
        #: The indexes built so far, by field name.
        self.built: dict[str, IndexT] = {name: make[name]() for name in eager if name in make}

    def __getitem__(self, name: str) -> IndexT:
        index = self.built.get(name)
        if index is None:
            index = self._make[name]()
            read = _reader(name)
            for sms in self._sms.values():
                index.add(read(sms), sms.key)
            self.built[name] = index
            self._on_built()
        return index

    def __iter__(self) -> Iterator[str]:
        return iter(self._make)

    def __len__(self) -> int:
        return len(self._make)

    def __contains__(self, name: object) -> bool:
        return name in self._make


class SmsFields(Mapping[str, Any]):
    """The fields of an SMS a filter or an order reads, as its row shows them, without a row."""

    __slots__ = ("_sms",)

    def __init__(self, sms: Sms) -> None:
        self._sms = sms

    def __getitem__(self, name: str) -> Any:
        if name not in _STATE_VALUES and name not in self._sms.fields:
            raise KeyError(name)
        return self._sms.value(name)

    def __iter__(self) -> Iterator[str]:
        return iter({**dict.fromkeys(self._sms.fields), **dict.fromkeys(_STATE_VALUES)})

    def __len__(self) -> int:
        return sum(1 for _ in self)


@dataclass(frozen=True, slots=True)
class BlockedNumber:
    """A number that receives no message from the account (the ``BlockedNumber`` schema)."""

    id: int
    number: str
    type: int
    added_at: int

    def as_row(self) -> dict[str, Any]:
        """Every field, in schema order."""
        return {"id": self.id, "number": self.number, "type": self.type, "added_at": self.added_at}


@dataclass(frozen=True, slots=True)
class Incoming:
    """A received SMS (the ``Incoming`` schema); ``sender`` is its ``from``."""

    uuid: str
    sender: str
    to: str
    text: str | None
    received_at: int
    msg_uuid: str | None

    def as_row(self) -> dict[str, Any]:
        """Every field, in schema order."""
        return {
            "uuid": self.uuid,
            "from": self.sender,
            "to": self.to,
            "text": self.text,
            "received_at": self.received_at,
            "msg_uuid": self.msg_uuid,
        }


@dataclass(slots=True)
class MessagingState:
    """The account's SMS, blocked numbers and incoming messages, each in creation order.

    ``sms_order`` holds the key of every SMS sorted by creation time, and ``sms_indexes`` the
    keys by value of each of :data:`INDEXED_FIELDS` (and the others above); :meth:`set_state`
    keeps them current, and every change updates what ``sms_selections`` remembers in place.
    """

    sms: dict[str, Sms] = field(default_factory=dict)
    sms_order: SortedKeys = field(default_factory=SortedKeys)
    sms_indexes: LazyIndexes[FieldIndex] = field(init=False)
    sms_partial: LazyIndexes[PartialIndex] = field(init=False)
    sms_selections: SelectionCache = field(default_factory=SelectionCache)
    _sms_seq: Iterator[int] = field(default_factory=lambda: itertools.count(1))
    blocked: dict[int, BlockedNumber] = field(default_factory=dict)
    incomings: dict[str, Incoming] = field(default_factory=dict)
    _blocked_by_number: dict[str, int] = field(default_factory=dict)
    _blocked_ids: Iterator[int] = field(default_factory=lambda: itertools.count(1))
    listings: Listings = field(default_factory=Listings)
    _built_indexes: list[tuple[Callable[[Sms], Any], FieldIndex | PartialIndex]] = field(
        default_factory=list
    )

    def __post_init__(self) -> None:
        value_indexes: dict[str, Callable[[], FieldIndex]] = {
            **{name: FieldIndex for name in INDEXED_FIELDS},
            **{name: lambda: FieldIndex(ordered=True) for name in ORDERED_FIELDS},
        }
        forget = self._built_indexes.clear
        self.sms_indexes = LazyIndexes(value_indexes, self.sms, EAGER_FIELDS, forget)
        partial: dict[str, Callable[[], PartialIndex]] = dict.fromkeys(PARTIAL_FIELDS, PartialIndex)
        self.sms_partial = LazyIndexes(partial, self.sms, EAGER_FIELDS, forget)

    @property
    def sms_lookup(self) -> Mapping[str, RunIndex]:
        """Every SMS index, by the property filters name (``uuid`` looks the SMS up by id)."""
        return _Lookup(_ById(self.sms), self.sms_indexes, self.sms_partial)

    @property
    def _all_indexes(self) -> list[tuple[Callable[[Sms], Any], FieldIndex | PartialIndex]]:
        """Each index built so far, with how it reads an SMS (the list is made once)."""
        if not self._built_indexes:
            for lazy in (self.sms_indexes, self.sms_partial):
                indexes: Mapping[str, FieldIndex | PartialIndex] = lazy.built
                self._built_indexes.extend((_reader(n), i) for n, i in indexes.items())
        return self._built_indexes

    def add_sms(self, sms: Sms) -> None:
        """Keep an accepted SMS and index it (``_sms_lifecycle.accept`` also schedules it)."""
        sms.seq = next(self._sms_seq)
        self.sms[sms.uuid] = sms
        settle(sms.seq)
        key = sms.key
        if self.sms_selections:
            self.sms_selections.updated(key, SmsFields(sms))
        self.sms_order.add(key)
        for read, index in self._all_indexes:
            index.add(read(sms), key)

    def remove_sms(self, uuid: str) -> None:
        """Forget an SMS; it emits no further events."""
        sms = self.sms.pop(uuid, None)
        if sms is None:
            return
        key = sms.key
        self.sms_selections.removed(key)
        self.sms_order.remove(key)
        for read, index in self._all_indexes:
            index.remove(read(sms), key)

    def set_state(self, sms: Sms, status_code: int, dlr_code: int, gateway_sent_at: int) -> None:
        """Move ``sms`` to a new delivery state, keeping its indexes and selections current."""
        if self.sms.get(sms.uuid) is not sms:
            sms.status_code, sms.dlr_code, sms.gateway_sent_at = (
                status_code, dlr_code, gateway_sent_at
            )  # fmt: skip
            return
        key, indexes = sms.key, self.sms_indexes.built
        text = sms.text if sms.fields["is_text_deleted"] else None
        moves = (
            ("status_code", sms.status_code, status_code),
            ("is_sent", sms.status_code == SENT, status_code == SENT),
            ("dlr_code", sms.dlr_code, dlr_code),
            ("gateway_sent_at", sms.gateway_sent_at, gateway_sent_at),
        )
        sms.status_code, sms.dlr_code, sms.gateway_sent_at = status_code, dlr_code, gateway_sent_at
        for name, old, new in moves:
            index = indexes.get(name)
            if old != new and index is not None:
                index.remove(old, key)
                index.add(new, key)
        texts = self.sms_partial.built.get("text")
        if text is not None and sms.text != text and texts is not None:
            texts.remove(text, key)
            texts.add(sms.text, key)
        if self.sms_selections:
            self.sms_selections.updated(key, SmsFields(sms))

    def blocked_entry(self, number: str) -> BlockedNumber | None:
        """Return the entry blocking exactly ``number``, if there is one."""
        entry_id = self._blocked_by_number.get(number)
        return None if entry_id is None else self.blocked[entry_id]

    def add_blocked(self, number: str, type_: int, now: float) -> BlockedNumber:
        """Block ``number`` with a new entry (the caller checked it is not blocked yet)."""
        entry = BlockedNumber(next(self._blocked_ids), number, type_, int(now))
        self.blocked[entry.id] = entry
        self._blocked_by_number[number] = entry.id
        self.listings["blocked_numbers"].add(entry)
        return entry

    def remove_blocked(self, entry: BlockedNumber) -> None:
        """Unblock the number of ``entry``."""
        del self.blocked[entry.id]
        del self._blocked_by_number[entry.number]
        self.listings["blocked_numbers"].remove(entry)

    def add_incoming(self, incoming: Incoming) -> None:
        """Keep a received message."""
        self.incomings[incoming.uuid] = incoming
        self.listings["incomings"].add(incoming)

    def remove_incoming(self, uuid: str) -> Incoming | None:
        """Forget a received message; the message forgotten, None if there was none."""
        incoming = self.incomings.pop(uuid, None)
        if incoming is not None:
            self.listings["incomings"].remove(incoming)
        return incoming


class _Lookup(Mapping[str, RunIndex]):
    """Every SMS index by property name; an index not built yet is built when first asked for."""

    def __init__(
        self, by_id: _ById, values: LazyIndexes[FieldIndex], partial: LazyIndexes[PartialIndex]
    ) -> None:
        self._by_id, self._values, self._partial = by_id, values, partial

    def __getitem__(self, name: str) -> RunIndex:
        if name == "uuid":
            return self._by_id
        if name in self._values:
            return self._values[name]
        return self._partial[name]

    def __iter__(self) -> Iterator[str]:
        return iter(("uuid", *self._values, *self._partial))

    def __len__(self) -> int:
        return 1 + len(self._values) + len(self._partial)


class _ById:
    """The ``uuid`` filters, answered by looking each SMS up by its id."""

    def __init__(self, sms: dict[str, Sms]) -> None:
        self._sms = sms

    def runs(self, rule: Any, wanted: Any) -> list[Sequence[Key]] | None:
        """The key of each SMS asked for (``exact`` or ``in``); None for another filter."""
        if rule.match not in ("exact", "in"):
            return None
        ids = wanted if isinstance(wanted, list) else [wanted]
        found = (self._sms.get(str(uuid)) for uuid in dict.fromkeys(ids))
        return [(sms.key,) for sms in found if sms is not None]

    def merged(self, rule: Any, wanted: Any) -> Sequence[Key] | None:
        """The sorted keys of the SMS asked for; None for another filter."""
        runs = self.runs(rule, wanted)
        return None if runs is None else sorted(run[0] for run in runs)


def block_number(store: Store, number: str, type: int, now: float) -> BlockedNumber:
    """Block ``number`` for the account; the entry blocking it already, if there is one.

    For other parts of the sandbox: an unsubscription through a campaign calls this with
    ``type`` :data:`UNSUBSCRIBED` (2). Blocking an already blocked number changes nothing and
    returns the existing entry (whatever its type).

    Args:
        store: The account.
        number: The number in E.164 form (``+491701234567``).
        type: :data:`BLOCKED_BY_CUSTOMER` (1) or :data:`UNSUBSCRIBED` (2).
        now: The sandbox time, which becomes ``added_at``.

    Returns:
        The entry that blocks the number.

    Raises:
        ValueError: ``type`` is not 1 or 2.

    """
    if type not in (BLOCKED_BY_CUSTOMER, UNSUBSCRIBED):
        msg = f"a blocked number's type is 1 or 2, not {type!r}"
        raise ValueError(msg)
    existing = store.messaging.blocked_entry(number)
    if existing is not None:
        return existing
    return store.messaging.add_blocked(number, type, now)
