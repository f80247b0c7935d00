"""The webhook events the sandbox would push, kept in a log tests and users can read.

LOX24 pushes events (``sms.delivery``, ``sms.incoming``, ``fraud-check.done``, ...) to the
account's webhooks. The sandbox does not call out; it records each event in the envelope the
spec's ``WebhookEvent`` describes, readable at ``GET /_sandbox/events`` and as
``Sandbox.events``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

#: The payload structure version every event carries.
API_VERSION = "2022-05-25"
#: How many delivery attempts LOX24 makes at most.
ATTEMPTS = 4


@dataclass(slots=True)
class EventLog:
    """The events of one sandbox account, oldest first."""

    events: list[dict[str, Any]] = field(default_factory=list)

    def emit(self, name: str, data: dict[str, Any], at: float) -> dict[str, Any]:
        """Record an event named ``name`` with ``data``, as of sandbox time ``at``."""
        event = {
            "id": str(uuid.uuid4()),
            "name": name,
            "api_version": API_VERSION,
            "created_at": int(at),
            "attempt_number": 1,
            "attempt_total": ATTEMPTS,
            "data": data,
            "notification_task_id": str(uuid.uuid4()),
        }
        self.events.append(event)
        return event
