"""Deliveries waiting for the sandbox clock, and the retry intervals that space their attempts."""

from __future__ import annotations

import heapq
import itertools
import json
from dataclasses import dataclass, field, replace
from typing import Any

from ._records import PendingDelivery, WebhookSubscription

#: Sandbox seconds between a failed attempt and the next one: the n-th retry waits the n-th
#: interval (the last one repeats if a delivery has more attempts than intervals).
RETRY_DELAYS = (10.0, 60.0, 300.0)


def retry_delay(failed_attempt: int, delays: tuple[float, ...] = RETRY_DELAYS) -> float:
    """Return how long after failed attempt number ``failed_attempt`` (1-based) the next is due."""
    return delays[min(failed_attempt, len(delays)) - 1]


@dataclass(frozen=True, slots=True)
class Delivery:
    """One event on its way to one subscription; ``attempt`` is the number of the next attempt.

    Attributes:
        event: The event as logged (its ``attempt_*`` fields are replaced when posting).
        subscription: Where it goes.
        task_id: The ``notification_task_id`` every attempt of this delivery carries.
        attempt: The number of the next attempt.
        total: How many attempts the delivery has at most.

    """

    event: dict[str, Any]
    subscription: WebhookSubscription
    task_id: str
    attempt: int
    total: int

    def body(self) -> bytes:
        """The JSON body of the next attempt."""
        envelope = {
            **self.event,
            "attempt_number": self.attempt,
            "attempt_total": self.total,
            "notification_task_id": self.task_id,
        }
        return json.dumps(envelope, ensure_ascii=False, separators=(",", ":")).encode()

    def next_attempt(self) -> Delivery:
        """The same delivery, one attempt further."""
        return replace(self, attempt=self.attempt + 1)


@dataclass(order=True, slots=True)
class _Entry:
    due: float
    seq: int
    delivery: Delivery = field(compare=False)


class DeliveryQueue:
    """Deliveries ordered by the sandbox time their next attempt is due (ties: first queued)."""

    def __init__(self) -> None:
        self._heap: list[_Entry] = []
        self._seq = itertools.count()

    def push(self, delivery: Delivery, due: float) -> None:
        """Queue ``delivery`` for an attempt at sandbox time ``due``."""
        heapq.heappush(self._heap, _Entry(due, next(self._seq), delivery))

    def pop_due(self, now: float) -> tuple[Delivery, float] | None:
        """Take the earliest delivery due at or before ``now``, with its due time."""
        if not self._heap or self._heap[0].due > now:
            return None
        entry = heapq.heappop(self._heap)
        return entry.delivery, entry.due

    def next_due(self) -> float | None:
        """The sandbox time the earliest waiting attempt is due, if any waits."""
        return self._heap[0].due if self._heap else None

    def pending(self) -> list[PendingDelivery]:
        """Every waiting attempt, earliest first."""
        return [
            PendingDelivery(
                event_id=str(e.delivery.event["id"]),
                subscription_id=e.delivery.subscription.id,
                attempt_number=e.delivery.attempt,
                due=e.due,
            )
            for e in sorted(self._heap)
        ]

    def drop_subscription(self, subscription_id: int) -> None:
        """Forget the waiting deliveries to one subscription."""
        self._heap = [e for e in self._heap if e.delivery.subscription.id != subscription_id]
        heapq.heapify(self._heap)

    def clear(self) -> None:
        """Forget every waiting delivery."""
        self._heap.clear()

    def __len__(self) -> int:
        return len(self._heap)
