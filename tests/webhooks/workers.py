"""A webhook worker process for the multi-process dedup tests (importable by spawned children).

Each worker serves every delivery of a list of events through its own Receiver on a shared
store, failing a fixed share of first attempts on purpose; a delivery that is not answered 2xx
is delivered again, as LOX24 does, until it is. The worker reports what its handler recorded.
"""

from __future__ import annotations

import hashlib
import json
import time
from typing import Any

from lox24.webhooks import DedupStore, Receiver, RedisStore, SQLiteStore

#: A delivery answered 503 ("busy": the other worker holds the event, or the store is locked)
#: comes again after a pause, as LOX24's redeliveries do; bounded at about a minute under load.
MAX_ATTEMPTS = 3000
PAUSE = 0.02


def open_store(kind: str, where: str) -> DedupStore:
    """The store a worker uses: ``("sqlite", path)`` or ``("redis", url)``."""
    if kind == "sqlite":
        return SQLiteStore(where)
    return RedisStore.from_url(where)


def fails_first_time(event_id: str) -> bool:
    """Whether the handler fails an event's first attempt on purpose (about one in four)."""
    return hashlib.sha256(event_id.encode()).digest()[0] % 4 == 0


def serve(kind: str, where: str, bodies: list[bytes], barrier: Any, results: Any) -> None:
    """Deliver every body to a fresh Receiver until each is answered 2xx; report the outcome."""
    handled: list[str] = []
    failed: list[str] = []
    statuses: dict[int, int] = {}
    receiver = Receiver(store=open_store(kind, where), allowed_senders=None)

    @receiver.on("sms.delivery")
    def record(event: Any) -> None:
        if event.attempt_number == 1 and fails_first_time(event.id):
            failed.append(event.id)
            raise RuntimeError("failing on purpose")
        handled.append(event.id)

    barrier.wait()
    for body in bodies:
        event = json.loads(body)
        for attempt in range(1, MAX_ATTEMPTS + 1):
            event["attempt_number"] = attempt
            status, _ = receiver.handle(json.dumps(event).encode(), "127.0.0.1")
            statuses[status] = statuses.get(status, 0) + 1
            if 200 <= status < 300:
                break
            if status == 503:  # the other worker holds the event, or the store is locked
                time.sleep(PAUSE)
    close = getattr(receiver.store, "close", None)
    if close is not None:
        close()
    results.put({"handled": handled, "failed": failed, "statuses": statuses})
