"""The one seam between the sandbox's event log and webhook delivery.

Delivery reads the log through :class:`EventFeed`, which hands out each event once, in log
order, and notices when the log was started afresh (``Sandbox.reset``). It remembers how far it
read and in which generation of the data, so a pass reads only the events that are new: its
cost does not grow with the log.
"""

from __future__ import annotations

from typing import Any, Protocol


class EventSource(Protocol):
    """Where the events come from (the sandbox's core)."""

    def events_since(self, generation: int | None, start: int) -> tuple[int, list[dict[str, Any]]]:
        """The generation of the data and its events from ``start`` on.

        Every event of the log when the generation is not ``generation``; due events are
        emitted first.
        """

    def event(self, event_id: str) -> dict[str, Any] | None:
        """The event ``event_id``, if the log has it."""


class EventFeed:
    """The events of a log not handed out yet.

    Args:
        source: The log, read from a position on.

    """

    def __init__(self, source: EventSource) -> None:
        self._source = source
        self._generation: int | None = None
        self._seen = 0

    def take_new(self) -> tuple[bool, list[dict[str, Any]]]:
        """Return whether the log was started afresh since the last call, and the new events."""
        generation, new = self._source.events_since(self._generation, self._seen)
        restarted = self._generation is not None and generation != self._generation
        if restarted or self._generation is None:
            self._seen = 0
        self._generation = generation
        self._seen += len(new)
        return restarted, new

    def find(self, event_id: str) -> dict[str, Any] | None:
        """The event ``event_id`` of the log, if there is one (without handing anything out)."""
        return self._source.event(event_id)
