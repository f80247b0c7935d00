"""Deduplication in an SQLite file: the embedded default, shared by the workers of one machine.

Every operation is a single SQL statement, so it is atomic across threads and processes; the
database runs in WAL mode so that readers never wait for a writer. Each process and thread
opens its own connection (connections are never shared across a ``fork``). From an event loop
(``aclaim``, ...), the statements that the events of one turn of the loop queue run in one
transaction on the loop's own connection when the database is free, and otherwise in one thread
of the store where the statements of concurrent events share transactions
(:class:`SQLiteWriter`).
"""

from __future__ import annotations

import asyncio
import math
import os
import sqlite3
import threading
import time
from collections.abc import Callable
from typing import Any, Final, TypeVar

from lox24._exceptions import InvalidInputError

from ._sqlite_writer import SQLiteWriter, Work
from ._store import DEFAULT_LEASE, DEFAULT_RETENTION, Claim
from ._tracking import SQL_SCHEMA, SQLTracking
from ._turns import Queued, TurnBatches, settle

_T = TypeVar("_T")

#: Where :class:`SQLiteStore` keeps its file when no path is given (the working directory).
DEFAULT_PATH: Final = "lox24-webhooks.sqlite3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS lox24_webhook_events (
    key TEXT PRIMARY KEY,
    state TEXT NOT NULL,
    token TEXT NOT NULL,
    expires REAL NOT NULL
) WITHOUT ROWID
"""
_INDEX = "CREATE INDEX IF NOT EXISTS lox24_webhook_events_expires ON lox24_webhook_events(expires)"
# Takes the key when it is free or its previous entry has lapsed; changes() tells which.
_CLAIM = """
INSERT INTO lox24_webhook_events (key, state, token, expires) VALUES (?, 'busy', ?, ?)
ON CONFLICT(key) DO UPDATE SET state = 'busy', token = excluded.token, expires = excluded.expires
WHERE lox24_webhook_events.expires <= ?
"""
_STATE = "SELECT state FROM lox24_webhook_events WHERE key = ? AND expires > ?"
_COMPLETE = """
INSERT INTO lox24_webhook_events (key, state, token, expires) VALUES (?, 'done', ?, ?)
ON CONFLICT(key) DO UPDATE SET state = 'done', token = excluded.token, expires = excluded.expires
"""
_RELEASE = "DELETE FROM lox24_webhook_events WHERE key = ? AND state = 'busy' AND token = ?"
_PURGE = "DELETE FROM lox24_webhook_events WHERE expires <= ?"


class SQLiteStore:
    """A :class:`DedupStore` in an SQLite file, safe for several worker processes.

    Args:
        path: The database file; created on first use. All workers must use the same file,
            on a local disk (SQLite's locking is not reliable over network file systems).
        lease: Seconds a claim may stay in progress before another delivery may take it.
        retention: Seconds a handled event is remembered.
        clock: Wall-clock seconds, the same in every process (``time.time`` by default).
        purge_every: Lapsed entries are deleted once every this many claims of a connection.

    """

    def __init__(
        self,
        path: str | os.PathLike[str] = DEFAULT_PATH,
        *,
        lease: float = DEFAULT_LEASE,
        retention: float = DEFAULT_RETENTION,
        clock: Callable[[], float] = time.time,
        purge_every: int = 1000,
    ) -> None:
        for name, value in (("lease", lease), ("retention", retention)):
            if not (math.isfinite(value) and value > 0):
                raise InvalidInputError(f"{name} must be a positive number", field=name)
        self.path = os.fspath(path)
        self._lease = lease
        self._retention = retention
        self._clock = clock
        self._purge_every = max(1, purge_every)
        self._local = threading.local()
        self._opened: list[tuple[int, sqlite3.Connection]] = []  # (pid, connection)
        self._opened_lock = threading.Lock()
        #: The thread that runs the statements of ``aclaim``, ``acomplete`` and ``arelease``.
        self.writer = SQLiteWriter(self._open)
        self._loop_local = threading.local()  # the connection of each event loop's thread
        self._turns: TurnBatches[Work] = TurnBatches(self._flush)
        #: Transactions committed on event loops' own connections.
        self.loop_transactions = 0
        self._loop_claims = 0
        self._purges: set[asyncio.Task[object]] = set()

    def claim(self, key: str, token: str) -> Claim:
        """Claim ``key`` for ``token``: NEW, or DONE/BUSY if another worker got there first."""
        db = self._connection()
        self._maybe_purge(db, self._local)
        return self._claim(db, key, token)

    def complete(self, key: str, token: str) -> None:
        """Remember ``key`` as handled for the retention period."""
        self._complete(self._connection(), key, token)

    def release(self, key: str, token: str) -> None:
        """Drop the claim on ``key`` if ``token`` holds it."""
        self._connection().execute(_RELEASE, (key, token))

    def tracking(self) -> SQLTracking:
        """Where a :class:`DeliveryTracker` keeps SMS states, shared by every process.

        A table of this database file, next to the deduplication table.
        """
        return SQLTracking(self._connection)

    async def aclaim(self, key: str, token: str) -> Claim:
        """:meth:`claim` from an event loop, without waiting on it (see :meth:`_on_loop`)."""
        self._purge_later()
        return await self._on_loop(lambda db: self._claim(db, key, token))

    async def acomplete(self, key: str, token: str) -> None:
        """:meth:`complete` from an event loop."""
        await self._on_loop(lambda db: self._complete(db, key, token))

    async def arelease(self, key: str, token: str) -> None:
        """:meth:`release` from an event loop."""
        await self._on_loop(lambda db: db.execute(_RELEASE, (key, token)))

    async def _on_loop(self, work: Callable[[sqlite3.Connection], _T]) -> _T:
        """Run ``work`` on the loop's own connection, sharing a transaction with the loop's turn.

        The work that the events of this loop queue before it next turns is committed
        together. That connection never waits for a lock (its busy timeout is 0) and never
        checkpoints, so the loop does not block: a transaction of the store takes
        microseconds. When another connection holds the write lock, the work goes to
        :attr:`writer` instead, which waits for the lock in its thread and commits the work
        of concurrent events together.
        """
        result: _T = await self._turns.submit(work)
        return result

    def _flush(self, loop: asyncio.AbstractEventLoop, batch: list[Queued[Work]]) -> None:
        """Commit the work queued on ``loop`` in one transaction, or hand it to the writer."""
        try:
            db = self._loop_connection()
            db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) and "busy" not in str(error):
                _settle_all(batch, error)
                return
            for work, future in batch:  # the file is busy: the writer waits for it
                _chain(loop.create_task(self.writer.run(work)), future)
            return
        outcomes: list[tuple[Any, BaseException | None]] = []
        for work, _ in batch:
            try:
                outcomes.append((work(db), None))
            except Exception as error:  # the item's own failure, its caller gets it
                outcomes.append((None, error))
        try:
            db.execute("COMMIT")
        except sqlite3.Error as error:  # nothing of the transaction holds
            if db.in_transaction:
                db.execute("ROLLBACK")
            _settle_all(batch, error)
            return
        self.loop_transactions += 1
        settle([(f, r, e) for (_, f), (r, e) in zip(batch, outcomes, strict=True)])

    def _purge_later(self) -> None:
        """Every ``purge_every`` claims from the loop, purge (and so checkpoint) in the writer."""
        self._loop_claims += 1
        if self._loop_claims % self._purge_every == 0:
            task = asyncio.get_running_loop().create_task(
                self.writer.run(lambda db: db.execute(_PURGE, (self._clock(),)))
            )
            self._purges.add(task)
            task.add_done_callback(self._purges.discard)

    def _claim(self, db: sqlite3.Connection, key: str, token: str) -> Claim:
        now = self._clock()
        if db.execute(_CLAIM, (key, token, now + self._lease, now)).rowcount == 1:
            return Claim.NEW
        row = db.execute(_STATE, (key, now)).fetchone()
        # A key that vanished between the two statements was just released: try again later.
        return Claim.DONE if row is not None and row[0] == "done" else Claim.BUSY

    def _complete(self, db: sqlite3.Connection, key: str, token: str) -> None:
        db.execute(_COMPLETE, (key, token, self._clock() + self._retention))

    def close(self) -> None:
        """Close every connection this process opened; the store reopens one when used again."""
        pid = os.getpid()
        with self._opened_lock:
            mine = [db for owner, db in self._opened if owner == pid]
            self._opened = [(owner, db) for owner, db in self._opened if owner != pid]
        for db in mine:
            db.close()
        self._local = threading.local()
        self._loop_local = threading.local()
        self.writer.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"SQLiteStore({self.path!r})"

    def _connection(self) -> sqlite3.Connection:
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is not None and self._local.pid == os.getpid():
            return db
        db = self._open()
        with self._opened_lock:
            self._opened.append((os.getpid(), db))
        self._local.db, self._local.pid = db, os.getpid()
        return db

    def _loop_connection(self) -> sqlite3.Connection:
        db: sqlite3.Connection | None = getattr(self._loop_local, "db", None)
        if db is not None and self._loop_local.pid == os.getpid():
            return db
        db = self._open(timeout=0.0)
        db.execute("PRAGMA wal_autocheckpoint=0")  # the writer's commits checkpoint
        with self._opened_lock:
            self._opened.append((os.getpid(), db))
        self._loop_local.db, self._loop_local.pid = db, os.getpid()
        return db

    def _open(self, timeout: float = 30.0) -> sqlite3.Connection:
        # Each thread uses only its own connection; close() may close it from another thread.
        db = sqlite3.connect(
            self.path, timeout=timeout, isolation_level=None, check_same_thread=False
        )
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute(_SCHEMA)
        db.execute(_INDEX)
        db.execute(SQL_SCHEMA)
        return db

    def _maybe_purge(self, db: sqlite3.Connection, counts: threading.local) -> None:
        """Delete lapsed entries once every ``purge_every`` claims counted in ``counts``."""
        counts.claims = getattr(counts, "claims", 0) + 1
        if counts.claims % self._purge_every == 0:
            db.execute(_PURGE, (self._clock(),))


def _settle_all(batch: list[Queued[Work]], error: BaseException) -> None:
    settle([(future, None, error) for _, future in batch])


def _chain(task: asyncio.Task[Any], future: asyncio.Future[Any]) -> None:
    """Settle ``future`` with the outcome of ``task`` when it is done."""

    def done(finished: asyncio.Task[Any]) -> None:
        if future.cancelled():
            return
        if finished.cancelled():
            future.cancel()
        elif (error := finished.exception()) is not None:
            future.set_exception(error)
        else:
            future.set_result(finished.result())

    task.add_done_callback(done)
