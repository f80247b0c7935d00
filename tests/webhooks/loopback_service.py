"""A small service built on the receiver, served by uvicorn for the loopback HTTP test.

Configured by the environment: the dedup file shared with the other worker
(``LOX24_TEST_DEDUP``) or the Redis server to use instead (``LOX24_TEST_REDIS``), the file every
handled event is recorded in (``LOX24_TEST_RECORDS``), and whether this worker fails a fixed
share of first attempts on purpose (``LOX24_TEST_FAIL``). Delivery reports also go to a
``DeliveryTracker`` kept in the receiver's store, which records each SMS's final state in the
worker that saw it become final.
"""

from __future__ import annotations

import functools
import json
import os
import sqlite3
import threading
import zlib
from typing import Any

from lox24.webhooks import DeliveryState, DeliveryTracker, Receiver, RedisStore, SQLiteStore

RECORDS = os.environ.get("LOX24_TEST_RECORDS", "records.sqlite3")
FAILS = os.environ.get("LOX24_TEST_FAIL") == "1"

REDIS_URL = os.environ.get("LOX24_TEST_REDIS")
receiver = Receiver(
    store=(
        RedisStore.from_url(REDIS_URL)
        if REDIS_URL
        else SQLiteStore(os.environ.get("LOX24_TEST_DEDUP", "dedup.sqlite3"))
    ),
    allowed_senders=["127.0.0.1"],
)


def fails_on_purpose(event_id: str) -> bool:
    """About one event in five fails its first attempt at the failing worker."""
    return zlib.crc32(event_id.encode()) % 5 == 0


@functools.cache
def _records() -> sqlite3.Connection:
    """The records file, opened on first use (importing this module writes nothing)."""
    db = sqlite3.connect(RECORDS, timeout=30, isolation_level=None, check_same_thread=False)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("CREATE TABLE IF NOT EXISTS records (event_id TEXT, pid INTEGER, body TEXT)")
    db.execute("CREATE TABLE IF NOT EXISTS finals (uuid TEXT, state TEXT, pid INTEGER)")
    return db


_lock = threading.Lock()


def record_final(uuid: str, state: DeliveryState) -> None:
    """Record that this worker saw the SMS reach its final state."""
    with _lock:
        _records().execute("INSERT INTO finals VALUES (?, ?, ?)", (uuid, state.value, os.getpid()))


#: The delivery states, shared with the other worker and the test through the receiver's store.
tracker = DeliveryTracker(store=receiver.store, on_final=record_final)


@receiver.on("sms.delivery")
def record(event: Any) -> None:
    """Record the report with this worker's process id; fail some first attempts."""
    if FAILS and event.attempt_number == 1 and fails_on_purpose(event.id):
        raise RuntimeError("failing on purpose")
    tracker.observe(event)
    row = (event.id, os.getpid(), json.dumps(event.to_dict(), default=str))
    with _lock:
        _records().execute("INSERT INTO records VALUES (?, ?, ?)", row)


app = receiver.asgi_app()
