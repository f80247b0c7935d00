"""The webhook events the sandbox would push, kept in a log tests and users can read.

LOX24 pushes events (``sms.delivery``, ``sms.incoming``, ``fraud-check.done``, ...) to the
account's webhooks. The sandbox records each event in the envelope the spec's ``WebhookEvent``
describes, readable at ``GET /_sandbox/events`` and as ``Sandbox.events``, and hands it to
every subscriber (:data:`EventSubscriber`) as it is recorded, in log order: the hook webhook
delivery is built on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ._ids import new_uuid4

#: The payload structure version every event carries.
API_VERSION = "2022-05-25"
#: How many delivery attempts LOX24 makes at most.
ATTEMPTS = 4

#: Called with each new event (the dict kept in the log), under the sandbox's lock; it must not
#: change the event or call back into the sandbox.
EventSubscriber = Callable[[dict[str, Any]], None]


@dataclass(slots=True)
class EventLog:
    """The events of one sandbox account, oldest first.

    ``subscribers`` is shared with the sandbox, so that it survives a reset: a subscriber added
    once sees the events of every later account state. ``by_id`` finds an event by its ``id``.
    """

    events: list[dict[str, Any]] = field(default_factory=list)
    subscribers: list[EventSubscriber] = field(default_factory=list)
    by_id: dict[str, dict[str, Any]] = field(default_factory=dict)

    def emit(self, name: str, data: dict[str, Any], at: float) -> dict[str, Any]:
        """Record an event named ``name`` with ``data``, as of sandbox time ``at``."""
        event_id = new_uuid4()
        event = {
            "id": event_id,
            "name": name,
            "api_version": API_VERSION,
            "created_at": int(at),
            "attempt_number": 1,
            "attempt_total": ATTEMPTS,
            "data": data,
            "notification_task_id": new_uuid4(),
        }
        self.events.append(event)
        self.by_id[event_id] = event
        for subscriber in self.subscribers:
            subscriber(event)
        return event
