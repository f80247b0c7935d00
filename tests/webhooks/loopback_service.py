"""A small service built on the receiver, served by uvicorn for the loopback HTTP test.

Configured by the environment: the dedup file shared with the other worker
(``LOX24_TEST_DEDUP``) or the Redis server to use instead (``LOX24_TEST_REDIS``), the file every handled event is recorded in (``LOX24_TEST_RECORDS``),
and whether this worker fails a fixed share of first attempts on purpose (``LOX24_TEST_FAIL``).
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import zlib
from typing import Any

from lox24.webhooks import Receiver, RedisStore, SQLiteStore

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


_records = sqlite3.connect(RECORDS, timeout=30, isolation_level=None, check_same_thread=False)
_records.execute("PRAGMA journal_mode=WAL")
_records.execute("CREATE TABLE IF NOT EXISTS records (event_id TEXT, pid INTEGER, body TEXT)")
_lock = threading.Lock()


@receiver.on("sms.delivery")
def record(event: Any) -> None:
    """Record the report with this worker's process id; fail some first attempts."""
    if FAILS and event.attempt_number == 1 and fails_on_purpose(event.id):
        raise RuntimeError("failing on purpose")
    row = (event.id, os.getpid(), json.dumps(event.to_dict(), default=str))
    with _lock:
        _records.execute("INSERT INTO records VALUES (?, ?, ?)", row)


app = receiver.asgi_app()
