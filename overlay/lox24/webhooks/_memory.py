"""Deduplication in this process's memory: for one worker, and for tests."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable

from lox24._exceptions import InvalidInputError

from ._store import DEFAULT_LEASE, DEFAULT_RETENTION, Claim
from ._tracking import MemoryTracking


class MemoryStore:
    """A :class:`DedupStore` in a dict: safe across threads, not across processes.

    Args:
        lease: Seconds a claim may stay in progress before another delivery may take it.
        retention: Seconds a handled event is remembered.
        capacity: The most keys kept; beyond it the oldest are forgotten first.
        clock: Returns the current time in seconds (``time.monotonic`` by default).

    """

    def __init__(
        self,
        *,
        lease: float = DEFAULT_LEASE,
        retention: float = DEFAULT_RETENTION,
        capacity: int = 100_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if capacity < 1:
            raise InvalidInputError("capacity must be at least 1", field="capacity")
        self._lease = lease
        self._retention = retention
        self._capacity = capacity
        self._clock = clock
        # key -> (claim, token, expires at); ordered by last write, oldest first.
        self._entries: OrderedDict[str, tuple[Claim, str, float]] = OrderedDict()
        self._lock = threading.Lock()
        self._tracking = MemoryTracking()

    def tracking(self) -> MemoryTracking:
        """Where a :class:`DeliveryTracker` keeps SMS states in this store (this process)."""
        return self._tracking

    def claim(self, key: str, token: str) -> Claim:
        """Claim ``key`` for ``token``: NEW, or DONE/BUSY if someone got there first."""
        now = self._clock()
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None and entry[2] > now:
                return entry[0]
            self._put(key, (Claim.BUSY, token, now + self._lease))
            return Claim.NEW

    def complete(self, key: str, token: str) -> None:
        """Remember ``key`` as handled for the retention period."""
        with self._lock:
            self._put(key, (Claim.DONE, token, self._clock() + self._retention))

    def release(self, key: str, token: str) -> None:
        """Drop the claim on ``key`` if ``token`` holds it."""
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None and entry[0] is Claim.BUSY and entry[1] == token:
                del self._entries[key]

    async def aclaim(self, key: str, token: str) -> Claim:
        """:meth:`claim` on the event loop (a dict and a short lock: nothing to wait for)."""
        return self.claim(key, token)

    async def acomplete(self, key: str, token: str) -> None:
        """:meth:`complete` on the event loop."""
        self.complete(key, token)

    async def arelease(self, key: str, token: str) -> None:
        """:meth:`release` on the event loop."""
        self.release(key, token)

    def __len__(self) -> int:
        return len(self._entries)

    def _put(self, key: str, entry: tuple[Claim, str, float]) -> None:
        self._entries[key] = entry
        self._entries.move_to_end(key)
        while len(self._entries) > self._capacity:
            self._entries.popitem(last=False)


class EventDeduplicator:
    """Remembers the ids of the last ``capacity`` events, to drop redelivered ones.

    The simple form of deduplication for a single process; :class:`Receiver` with a
    :class:`DedupStore` also copes with handler failures and several workers.

    Example:
        >>> seen = EventDeduplicator()
        >>> seen.first_time("a3cd6e19-8af2-498d-ad07-c7840f1b4ac8")
        True
        >>> seen.first_time("a3cd6e19-8af2-498d-ad07-c7840f1b4ac8")
        False

    """

    def __init__(self, capacity: int = 10_000) -> None:
        if capacity < 1:
            raise InvalidInputError("capacity must be at least 1", field="capacity")
        self._capacity = capacity
        self._ids: OrderedDict[str, None] = OrderedDict()
        self._lock = threading.Lock()

    def first_time(self, event_id: str) -> bool:
        """Record ``event_id``; True if it was not seen among the remembered ids.

        Raises:
            InvalidInputError: ``event_id`` is not a string (an event without an id).

        """
        if not isinstance(event_id, str):
            raise InvalidInputError("an event id must be a string", field="id")
        with self._lock:
            if event_id in self._ids:
                self._ids.move_to_end(event_id)
                return False
            self._ids[event_id] = None
            if len(self._ids) > self._capacity:
                self._ids.popitem(last=False)
            return True
