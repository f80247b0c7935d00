"""Statements of many concurrent events in one SQLite transaction, off the event loop.

An async server asks its store for every event twice (claim, then record). Sending each call to
a worker thread costs a thread hop and a transaction per call; instead, a single thread per
process takes every statement queued meanwhile, runs them in one ``BEGIN IMMEDIATE`` ...
``COMMIT`` (WAL mode, so readers never wait), and answers each caller's future on its loop. The
more events arrive at once, the fewer transactions per event.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import queue
import sqlite3
import threading
from collections.abc import Callable
from typing import Any, Final, TypeVar

from ._turns import settle

T = TypeVar("T")
Work = Callable[[sqlite3.Connection], Any]
#: The most statements run in one transaction.
MAX_BATCH: Final = 256

_Item = tuple[Work, "asyncio.Future[Any]", asyncio.AbstractEventLoop]


class SQLiteWriter:
    """A thread that runs work on its own connection, in batched transactions.

    Args:
        connect: Opens the connection the thread uses (in autocommit mode).

    """

    def __init__(self, connect: Callable[[], sqlite3.Connection]) -> None:
        self._connect = connect
        self._lock = threading.Lock()
        self._queue: queue.SimpleQueue[_Item | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._pid = 0
        #: Transactions committed so far (each holds one or more calls of :meth:`run`).
        self.transactions = 0

    async def run(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``work`` with the connection, in a transaction shared with concurrent calls."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()
        self._started().put((work, future, loop))
        return await future

    def close(self) -> None:
        """Stop the thread once the work queued before is done (it starts again when used)."""
        with self._lock:
            thread, mine = self._thread, self._pid == os.getpid()
            self._thread = None
        if thread is not None and mine:
            self._queue.put(None)
            thread.join()

    def _started(self) -> queue.SimpleQueue[_Item | None]:
        with self._lock:
            if self._thread is None or self._pid != os.getpid():  # none yet, or a forked child
                self._queue = queue.SimpleQueue()
                self._pid = os.getpid()
                self._thread = threading.Thread(
                    target=self._serve, args=(self._queue,), name="lox24-sqlite", daemon=True
                )
                self._thread.start()
            return self._queue

    def _serve(self, jobs: queue.SimpleQueue[_Item | None]) -> None:
        db = self._connect()
        try:
            while True:
                first = jobs.get()
                if first is None:
                    return
                batch, stop = [first], False
                while len(batch) < MAX_BATCH:
                    try:
                        item = jobs.get_nowait()
                    except queue.Empty:
                        break
                    if item is None:
                        stop = True
                        break
                    batch.append(item)
                _answer(batch, self._execute(db, batch))
                if stop:
                    return
        finally:
            db.close()

    def _execute(self, db: sqlite3.Connection, batch: list[_Item]) -> list[tuple[Any, Any]]:
        """(result, error) of each item; if the transaction fails, its error for every item."""
        try:
            db.execute("BEGIN IMMEDIATE")
            outcomes: list[tuple[Any, Any]] = []
            for work, _, _ in batch:
                try:
                    outcomes.append((work(db), None))
                except Exception as error:  # the item's own failure, its caller gets it
                    outcomes.append((None, error))
            db.execute("COMMIT")
        except Exception as error:  # the transaction failed: nothing of it holds
            if db.in_transaction:
                db.execute("ROLLBACK")
            return [(None, error)] * len(batch)
        self.transactions += 1
        return outcomes


def _answer(batch: list[_Item], outcomes: list[tuple[Any, Any]]) -> None:
    """Hand each outcome to its caller's loop, one callback per loop."""
    per_loop: dict[asyncio.AbstractEventLoop, list[tuple[asyncio.Future[Any], Any, Any]]] = {}
    for (_, future, loop), (result, error) in zip(batch, outcomes, strict=True):
        per_loop.setdefault(loop, []).append((future, result, error))
    for loop, answers in per_loop.items():
        with contextlib.suppress(RuntimeError):  # a closed loop: nobody waits any more
            loop.call_soon_threadsafe(settle, answers)
