"""How a bulk moves from queued to processed, computed lazily from the sandbox clock.

No background task runs: whenever a bulk is read, its state is derived from its creation time,
its recipients and the current sandbox time.

* Status 0 (new) until ``start = max(created_at + START_DELAY, delivery_at)``.
* From ``start``, status 5 (processing) while messages are created at ``RATE`` per second, with
  ``msg_total_count`` growing.
* Then status 10 (processed) with ``processed_at``; a bulk without recipients becomes 201 at
  ``start``.
* A cancelled bulk is 15 with its count frozen; a dry run is 10 at once, with nothing sent.

``msg_total_count`` is also how many of its SMS exist: ``_bulk_fanout`` creates them on the
same schedule, and ``msg_total_cost`` is the sum of their prices, in cents.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from ._store import Bulk

#: Seconds between creating a bulk and the start of its processing.
START_DELAY = 2
#: Messages a bulk creates per second while processing.
RATE = 2_000

NEW, PROCESSING, PROCESSED, CANCELLED, NO_RECIPIENTS = 0, 5, 10, 15, 201
CANCELLABLE = frozenset({NEW, PROCESSING})

#: The fields of ``BulkStatus``; a full ``Bulk`` adds text and recipients.
STATUS_FIELDS = (
    "uuid",
    "created_at",
    "delivery_at",
    "processed_at",
    "status_code",
    "msg_total_count",
    "msg_total_cost",
    "ip",
    "is_unicode",
    "is_dryrun",
    "is_text_deleted",
    "service_code",
    "key_id",
    "source",
    "voice_lang",
)
DETAIL_FIELDS = ("sender_id", "text", "phones", "msg_groups")


@dataclass(frozen=True, slots=True)
class BulkState:
    """Where a bulk stands at one instant."""

    status_code: int
    msg_total_count: int
    processed_at: int | None


def start_time(bulk: Bulk) -> int:
    """When processing of ``bulk`` starts."""
    return max(bulk.created_at + START_DELAY, int(bulk.fields.get("delivery_at") or 0))


def message_count(bulk: Bulk, now: float) -> int:
    """How many messages a bulk that is not cancelled has created by ``now``."""
    return max(0, min(bulk.recipients, math.floor((now - start_time(bulk)) * RATE)))


def bulk_state(bulk: Bulk, now: float) -> BulkState:
    """Compute the state of ``bulk`` at sandbox time ``now``."""
    if bulk.is_dryrun:
        return BulkState(PROCESSED, 0, bulk.created_at)
    if bulk.cancelled_at is not None:
        return BulkState(CANCELLED, bulk.cancelled_count, math.floor(bulk.cancelled_at))
    start = start_time(bulk)
    if now < start:
        return BulkState(NEW, 0, None)
    if bulk.recipients == 0:
        return BulkState(NO_RECIPIENTS, 0, start)
    sent = message_count(bulk, now)
    if sent < bulk.recipients:
        return BulkState(PROCESSING, sent, None)
    return BulkState(PROCESSED, sent, math.floor(start + bulk.recipients / RATE))


def cancel(bulk: Bulk, now: float) -> bool:
    """Cancel ``bulk`` if it is still new or processing; return whether it was cancelled."""
    state = bulk_state(bulk, now)
    if state.status_code not in CANCELLABLE:
        return False
    bulk.cancelled_at = now
    bulk.cancelled_count = state.msg_total_count
    return True


def bulk_row(bulk: Bulk, now: float) -> dict[str, Any]:
    """Every field of ``bulk`` at ``now`` (the ``Bulk`` schema), in schema order."""
    state = bulk_state(bulk, now)
    plan = bulk.plan
    cost = 0 if plan is None else plan.cost_cents(state.msg_total_count)
    computed = {
        "uuid": bulk.uuid,
        "created_at": bulk.created_at,
        "delivery_at": int(bulk.fields.get("delivery_at") or 0),
        "processed_at": state.processed_at,
        "status_code": state.status_code,
        "msg_total_count": state.msg_total_count,
        "msg_total_cost": cost,
        "is_dryrun": bulk.is_dryrun,
    }
    return {
        name: computed.get(name, bulk.fields.get(name)) for name in STATUS_FIELDS + DETAIL_FIELDS
    }


def status_view(row: dict[str, Any]) -> dict[str, Any]:
    """Only the ``BulkStatus`` fields of a bulk row."""
    return {name: row[name] for name in STATUS_FIELDS}
