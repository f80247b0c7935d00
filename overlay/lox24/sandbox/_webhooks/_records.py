"""What the sandbox's webhook delivery keeps: subscriptions, attempts made, deliveries waiting."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

#: The event names LOX24 documents; a subscription may name any of them.
EVENT_NAMES = (
    "sms.delivery",
    "sms.delivery.dryrun",
    "sms.incoming",
    "sms.email.parsing.success",
    "sms.email.parsing.fail",
    "bulk.email.parsing.success",
    "bulk.email.parsing.fail",
    "fraud-check.done",
    "phone.subscribe",
    "phone.unsubscribe",
)
_OK_LOW, _OK_HIGH = 200, 300


@dataclass(frozen=True, slots=True)
class WebhookSubscription:
    """A URL the sandbox posts events to, like one webhook of a LOX24 account.

    Attributes:
        id: The subscription's number (1, 2, ...), for removing it.
        url: Where events are posted.
        events: The event names delivered; ``None`` means every event.
        in_process: Whether posts go to an ASGI app in-process instead of over the network.

    """

    id: int
    url: str
    events: tuple[str, ...] | None
    in_process: bool = False

    def wants(self, name: str) -> bool:
        """Whether an event named ``name`` is delivered to this subscription."""
        return self.events is None or name in self.events

    def as_json(self) -> dict[str, Any]:
        """Return the subscription as a JSON object."""
        events = None if self.events is None else list(self.events)
        return {"id": self.id, "url": self.url, "events": events, "in_process": self.in_process}


@dataclass(frozen=True, slots=True)
class DeliveryAttempt:
    """One post of one event to one subscription, and how it went.

    Attributes:
        event_id: The event's ``id`` (the same in every attempt and redelivery).
        event_name: The event's ``name``.
        subscription_id: The subscription posted to.
        url: The URL posted to.
        attempt_number: Which attempt this was (1 for the first).
        attempt_total: How many attempts the delivery has at most.
        at: The sandbox time the attempt was due and made at.
        status: The status code answered, or ``None`` when no answer came.
        error: Why no answer came (connection refused, timeout, ...), or ``None``.
        notification_task_id: The id of the delivery the attempt belongs to.
        answer: The start of the answer's body (its first 2,000 characters), or ``None``
            when no answer came.
        duration: The seconds the post took until answered or given up (real time, not the
            sandbox clock).

    """

    event_id: str
    event_name: str
    subscription_id: int
    url: str
    attempt_number: int
    attempt_total: int
    at: float
    status: int | None
    error: str | None
    notification_task_id: str
    answer: str | None = None
    duration: float | None = None

    @property
    def delivered(self) -> bool:
        """Whether the receiver answered 2xx (the only answer that ends a delivery early)."""
        return self.status is not None and _OK_LOW <= self.status < _OK_HIGH

    @property
    def final(self) -> bool:
        """Whether no further attempt follows: delivered, or the attempts are used up."""
        return self.delivered or self.attempt_number >= self.attempt_total

    def as_json(self) -> dict[str, Any]:
        """Return the attempt as a JSON object (with ``delivered`` and ``final``)."""
        return {**asdict(self), "delivered": self.delivered, "final": self.final}


@dataclass(frozen=True, slots=True)
class PendingDelivery:
    """An attempt that will be made once the sandbox clock reaches ``due``.

    Attributes:
        event_id: The event's ``id``.
        subscription_id: The subscription it goes to.
        attempt_number: Which attempt it will be.
        due: The sandbox time it is due at.

    """

    event_id: str
    subscription_id: int
    attempt_number: int
    due: float

    def as_json(self) -> dict[str, Any]:
        """Return the pending attempt as a JSON object."""
        return asdict(self)
