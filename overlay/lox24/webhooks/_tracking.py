"""Where a :class:`DeliveryTracker` keeps the state of each SMS: in this process or shared.

A tracker on one worker sees only the reports that worker receives; several workers (and the
job that sends and waits) share what they know by keeping it in the store their receivers use:
``store.tracking()`` of a :class:`MemoryStore` (this process), :class:`SQLiteStore` (a table
next to the deduplication table, for the workers of one machine) or :class:`RedisStore` (a
hash per SMS, for many machines). The move from pending to a final state is one atomic step
in every store, so exactly one worker makes it, and only that one calls ``on_final``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Final, Protocol, runtime_checkable

PENDING: Final = "pending"


@runtime_checkable
class TrackingStore(Protocol):
    """The state of tracked SMS by uuid: a state name, when it was last heard of, reported."""

    def track(self, uuids: Sequence[str], now: float) -> None:
        """Start following these SMS as pending (those already followed keep their state)."""
        ...

    def report(
        self, uuid: str, state: str | None, now: float, *, reported: bool
    ) -> tuple[str | None, bool]:
        """Record news of an SMS; ``(state afterwards, whether this call made it final)``.

        The state is ``None`` for an SMS that is not tracked.
        """
        ...

    def touch(self, uuid: str, now: float) -> None:
        """Record that the SMS was asked about (a poll that failed)."""
        ...

    def state(self, uuid: str) -> str | None:
        """The state of one SMS, ``None`` if it is not tracked."""
        ...

    def states(self) -> dict[str, str]:
        """The state of every tracked SMS."""
        ...

    def unreported(self) -> set[str]:
        """The tracked SMS no webhook reported on."""
        ...

    def due(self, heard_before: float) -> list[str]:
        """The pending SMS last heard of at ``heard_before`` or earlier."""
        ...


class MemoryTracking:
    """Tracked SMS in this process's memory."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._rows: dict[str, list[Any]] = {}  # uuid -> [state, heard, reported]

    def track(self, uuids: Sequence[str], now: float) -> None:
        """See :meth:`TrackingStore.track`."""
        with self._lock:
            for uuid in uuids:
                self._rows.setdefault(uuid, [PENDING, now, False])

    def report(
        self, uuid: str, state: str | None, now: float, *, reported: bool
    ) -> tuple[str | None, bool]:
        """See :meth:`TrackingStore.report`."""
        with self._lock:
            row = self._rows.get(uuid)
            if row is None:
                return None, False
            row[1], row[2] = now, row[2] or reported
            if row[0] != PENDING or state is None:
                return row[0], False
            row[0] = state
            return state, True

    def touch(self, uuid: str, now: float) -> None:
        """See :meth:`TrackingStore.touch`."""
        with self._lock:
            if uuid in self._rows:
                self._rows[uuid][1] = now

    def state(self, uuid: str) -> str | None:
        """See :meth:`TrackingStore.state`."""
        with self._lock:
            row = self._rows.get(uuid)
            return None if row is None else str(row[0])

    def states(self) -> dict[str, str]:
        """See :meth:`TrackingStore.states`."""
        with self._lock:
            return {uuid: row[0] for uuid, row in self._rows.items()}

    def unreported(self) -> set[str]:
        """See :meth:`TrackingStore.unreported`."""
        with self._lock:
            return {uuid for uuid, row in self._rows.items() if not row[2]}

    def due(self, heard_before: float) -> list[str]:
        """See :meth:`TrackingStore.due`."""
        with self._lock:
            return [u for u, r in self._rows.items() if r[0] == PENDING and r[1] <= heard_before]


SQL_SCHEMA: Final = """
CREATE TABLE IF NOT EXISTS lox24_tracked_sms (
    uuid TEXT PRIMARY KEY,
    state TEXT NOT NULL,
    heard REAL NOT NULL,
    reported INTEGER NOT NULL
) WITHOUT ROWID
"""
_SQL_TRACK = "INSERT OR IGNORE INTO lox24_tracked_sms VALUES (?, 'pending', ?, 0)"
# The one step from pending to final: a single statement, so one worker alone makes it.
_SQL_FINAL = """
UPDATE lox24_tracked_sms SET state = ?, heard = ?, reported = max(reported, ?)
WHERE uuid = ? AND state = 'pending'
"""
_SQL_HEARD = """
UPDATE lox24_tracked_sms SET heard = ?, reported = max(reported, ?) WHERE uuid = ? RETURNING state
"""


class SQLTracking:
    """Tracked SMS in a table of an SQLite database, through a connection per thread."""

    def __init__(self, connection: Callable[[], Any]) -> None:
        self._connection = connection

    def track(self, uuids: Sequence[str], now: float) -> None:
        """See :meth:`TrackingStore.track`."""
        db = self._connection()
        db.execute("BEGIN IMMEDIATE")
        try:
            db.executemany(_SQL_TRACK, ((uuid, now) for uuid in uuids))
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    def report(
        self, uuid: str, state: str | None, now: float, *, reported: bool
    ) -> tuple[str | None, bool]:
        """See :meth:`TrackingStore.report`."""
        db = self._connection()
        if state is not None and db.execute(_SQL_FINAL, (state, now, reported, uuid)).rowcount:
            return state, True
        row = db.execute(_SQL_HEARD, (now, reported, uuid)).fetchone()
        return (None if row is None else str(row[0])), False

    def touch(self, uuid: str, now: float) -> None:
        """See :meth:`TrackingStore.touch`."""
        self._connection().execute(
            "UPDATE lox24_tracked_sms SET heard = ? WHERE uuid = ?", (now, uuid)
        )

    def state(self, uuid: str) -> str | None:
        """See :meth:`TrackingStore.state`."""
        row = (
            self._connection()
            .execute("SELECT state FROM lox24_tracked_sms WHERE uuid = ?", (uuid,))
            .fetchone()
        )
        return None if row is None else str(row[0])

    def states(self) -> dict[str, str]:
        """See :meth:`TrackingStore.states`."""
        rows = self._connection().execute("SELECT uuid, state FROM lox24_tracked_sms")
        return dict(rows.fetchall())

    def unreported(self) -> set[str]:
        """See :meth:`TrackingStore.unreported`."""
        rows = self._connection().execute("SELECT uuid FROM lox24_tracked_sms WHERE reported = 0")
        return {row[0] for row in rows.fetchall()}

    def due(self, heard_before: float) -> list[str]:
        """See :meth:`TrackingStore.due`."""
        rows = self._connection().execute(
            "SELECT uuid FROM lox24_tracked_sms WHERE state = 'pending' AND heard <= ?",
            (heard_before,),
        )
        return [row[0] for row in rows.fetchall()]


_REDIS_TRACK: Final = """
if redis.call('HSETNX', KEYS[1], 'state', 'pending') == 1 then
  redis.call('HSET', KEYS[1], 'heard', ARGV[1], 'reported', '0')
end
return redis.call('SADD', KEYS[2], ARGV[2])
"""
# Atomic in Redis: the state is read and moved from pending in one script.
_REDIS_REPORT: Final = """
local state = redis.call('HGET', KEYS[1], 'state')
if not state then return nil end
redis.call('HSET', KEYS[1], 'heard', ARGV[2])
if ARGV[3] == '1' then redis.call('HSET', KEYS[1], 'reported', '1') end
if state == 'pending' and ARGV[1] ~= '' then
  redis.call('HSET', KEYS[1], 'state', ARGV[1])
  return {ARGV[1], 1}
end
return {state, 0}
"""
_REDIS_TOUCH: Final = """
if redis.call('EXISTS', KEYS[1]) == 1 then redis.call('HSET', KEYS[1], 'heard', ARGV[1]) end
return 0
"""


class RedisTracking:
    """Tracked SMS in Redis: a hash per SMS and a set of every tracked uuid."""

    def __init__(self, client: Any, prefix: str) -> None:
        self._client = client
        self._all = f"{prefix}sms"
        self._prefix = f"{prefix}sms:"

    def track(self, uuids: Sequence[str], now: float) -> None:
        """See :meth:`TrackingStore.track`."""
        pipe = self._client.pipeline(transaction=False)
        for uuid in uuids:
            pipe.eval(_REDIS_TRACK, 2, self._prefix + uuid, self._all, repr(now), uuid)
        pipe.execute()

    def report(
        self, uuid: str, state: str | None, now: float, *, reported: bool
    ) -> tuple[str | None, bool]:
        """See :meth:`TrackingStore.report`."""
        args = (state or "", repr(now), "1" if reported else "0")
        found = self._client.eval(_REDIS_REPORT, 1, self._prefix + uuid, *args)
        if found is None:
            return None, False
        return _text(found[0]), bool(int(found[1]))

    def touch(self, uuid: str, now: float) -> None:
        """See :meth:`TrackingStore.touch`."""
        self._client.eval(_REDIS_TOUCH, 1, self._prefix + uuid, repr(now))

    def state(self, uuid: str) -> str | None:
        """See :meth:`TrackingStore.state`."""
        found = self._client.hget(self._prefix + uuid, "state")
        return None if found is None else _text(found)

    def states(self) -> dict[str, str]:
        """See :meth:`TrackingStore.states`."""
        return {uuid: _text(row[0]) for uuid, row in self._rows("state") if row[0] is not None}

    def unreported(self) -> set[str]:
        """See :meth:`TrackingStore.unreported`."""
        return {uuid for uuid, row in self._rows("reported") if _text(row[0] or b"1") == "0"}

    def due(self, heard_before: float) -> list[str]:
        """See :meth:`TrackingStore.due`."""
        return [
            uuid
            for uuid, (state, heard) in self._rows("state", "heard")
            if state is not None
            and _text(state) == PENDING
            and float(_text(heard or b"0")) <= heard_before
        ]

    def _rows(self, *fields: str) -> Iterable[tuple[str, list[Any]]]:
        uuids = sorted(_text(u) for u in self._client.smembers(self._all))
        pipe = self._client.pipeline(transaction=False)
        for uuid in uuids:
            pipe.hmget(self._prefix + uuid, list(fields))
        return zip(uuids, pipe.execute(), strict=True)


def _text(value: object) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)
