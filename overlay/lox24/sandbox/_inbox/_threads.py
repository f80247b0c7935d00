"""The conversations by recipient: every SMS and incoming message, grouped by phone number.

It also knows which SMS each bulk created, for the bulk view's counts.

:class:`ThreadIndex` follows the account as it grows: each :meth:`ThreadIndex.sync` looks only
at the SMS and incoming messages kept since the last one (the newest first, until it meets one
it knows), so that keeping up costs what is new, not the size of the account. A reset of the
sandbox, or a deletion, makes it start over once.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lox24.sandbox._state._messaging import Incoming, Sms
    from lox24.sandbox._state._store import Store


class Thread:
    """One recipient's conversation.

    Attributes:
        phone: The recipient's number (E.164).
        sms: The uuids of the SMS sent to it, oldest first.
        incomings: The uuids of the messages received from it, oldest first.
        last_at: When its last message was sent or received (Unix seconds).

    """

    __slots__ = ("incomings", "last_at", "phone", "sms")

    def __init__(self, phone: str) -> None:
        self.phone = phone
        self.sms: list[str] = []
        self.incomings: list[str] = []
        self.last_at = 0

    def __repr__(self) -> str:
        return f"Thread({self.phone!r}, sms={len(self.sms)}, incomings={len(self.incomings)})"


#: How many new SMS one step of :meth:`ThreadIndex.sync` takes in before it pauses.
CHUNK = 5000


def _stay() -> None:
    """Pause for nobody."""


class ThreadIndex:
    """Every conversation, the one with the latest message last (see the module docstring)."""

    def __init__(self) -> None:
        self._generation: int | None = None
        self._threads: dict[str, Thread] = {}
        self._sms_seq = 0
        self._sms_count = 0
        self._incoming_count = 0
        self._last_incoming: str | None = None
        self._bulks: dict[str, list[str]] = {}

    def __len__(self) -> int:
        return len(self._threads)

    def get(self, phone: str) -> Thread | None:
        """The conversation with ``phone``, if there is one."""
        return self._threads.get(phone)

    def bulk_members(self, bulk_uuid: str) -> list[str]:
        """The uuids of the SMS a bulk created so far, oldest first."""
        return self._bulks.get(bulk_uuid, [])

    def newest(self, offset: int, count: int) -> list[Thread]:
        """``count`` conversations from the ``offset``-th most recent on."""
        return list(itertools.islice(reversed(self._threads.values()), offset, offset + count))

    def sync(self, store: Store, generation: int, pause: Callable[[], object] = _stay) -> None:
        """Take in what the account kept since the last call (the caller holds the lock).

        Much to take in (the first look at a large account) is taken in chunks, calling
        ``pause`` between them to let waiting API requests through.
        """
        messaging = store.messaging
        if generation != self._generation:
            self._start_over(generation)
        new_sms = list(_newer_sms(messaging.sms, self._sms_seq))
        new_incomings = list(_newer_incomings(messaging.incomings, self._last_incoming))
        expected_sms = self._sms_count + len(new_sms)
        expected_incomings = self._incoming_count + len(new_incomings)
        if expected_sms != len(messaging.sms) or expected_incomings != len(messaging.incomings):
            self._start_over(generation)  # something was deleted
            new_sms = list(_newer_sms(messaging.sms, 0))
            new_incomings = list(_newer_incomings(messaging.incomings, None))
        # Newest first, like the lists: the oldest chunk goes in first, the newest with the
        # incoming messages last.
        chunks = [new_sms[i : i + CHUNK] for i in range(0, len(new_sms), CHUNK)] or [[]]
        for number in range(len(chunks) - 1, -1, -1):
            self._take(chunks[number], new_incomings if number == 0 else [])
            if number:
                pause()

    def _start_over(self, generation: int) -> None:
        self.__init__()  # type: ignore[misc]
        self._generation = generation

    def _take(self, new_sms: list[Sms], new_incomings: list[Incoming]) -> None:
        """Add what is new (each list newest first), in the order it happened."""
        threads = self._threads
        arrivals: Iterable[tuple[int, str, str, bool]] = (
            (s.created_at, s.fields["phone"], s.uuid, False) for s in reversed(new_sms)
        )
        if new_incomings:
            received = [(i.received_at, i.sender, i.uuid, True) for i in reversed(new_incomings)]
            arrivals = sorted([*arrivals, *received], key=lambda a: a[0])
        for at, phone, uuid, incoming in arrivals:
            thread = threads.pop(phone, None)
            if thread is None:
                thread = Thread(phone)
            (thread.incomings if incoming else thread.sms).append(uuid)
            thread.last_at = max(thread.last_at, at)
            threads[phone] = thread
        for sms in reversed(new_sms):
            bulk = sms.fields.get("bulk_id")
            if bulk is not None:
                self._bulks.setdefault(bulk, []).append(sms.uuid)
        if new_sms:
            self._sms_seq = new_sms[0].seq
        if new_incomings:
            self._last_incoming = new_incomings[0].uuid
        self._sms_count += len(new_sms)
        self._incoming_count += len(new_incomings)


def _newer_sms(sms: dict[str, Sms], seq: int) -> Iterator[Sms]:
    """The SMS with a creation number above ``seq``, newest first."""
    return itertools.takewhile(lambda s: s.seq > seq, reversed(sms.values()))


def _newer_incomings(incomings: dict[str, Incoming], last: str | None) -> Iterator[Incoming]:
    """The messages received after the one with uuid ``last``, newest first."""
    return itertools.takewhile(lambda i: i.uuid != last, reversed(incomings.values()))
