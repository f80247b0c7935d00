"""The one seam between the sandbox's event log and webhook delivery.

Delivery reads the log through :class:`EventFeed`, which hands out each event once, in log
order, and notices when the log was started afresh (``Sandbox.reset``). Whatever produces the
events (lazily, from the clock) only has to keep the log readable as a list.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

EventReader = Callable[[], list[dict[str, Any]]]


class EventFeed:
    """The events of a log not handed out yet.

    Args:
        read: Returns the whole log, oldest first, after emitting every event that is due.

    """

    def __init__(self, read: EventReader) -> None:
        self._read = read
        self._seen = 0
        self._last_id: str | None = None

    def take_new(self) -> tuple[bool, list[dict[str, Any]]]:
        """Return whether the log was started afresh since the last call, and the new events."""
        log = self._read()
        restarted = self._seen > 0 and (
            len(log) < self._seen or log[self._seen - 1].get("id") != self._last_id
        )
        start = 0 if restarted else self._seen
        new = log[start:]
        if log:
            self._seen, self._last_id = len(log), str(log[-1].get("id"))
        else:
            self._seen, self._last_id = 0, None
        return restarted, new

    def read_all(self) -> list[dict[str, Any]]:
        """Return the whole log (without handing anything out)."""
        return self._read()
