"""Simulations of the gateway's side of webhooks: delivering an event once more."""

from __future__ import annotations

from ._simulate_base import SimulationBase
from ._webhooks import webhooks_of


class WebhookSimulation(SimulationBase):
    """What the gateway does to webhook deliveries that a service must cope with."""

    def redeliver(self, event_id: str) -> int:
        """Deliver an event again to every subscription that wants it, as of now.

        The gateway may deliver an event more than once (a lost answer, a retry that crossed a
        late 2xx); the copy has the same event ``id``, which a receiver uses to drop it. The
        posts are made like any other: by ``Sandbox.webhooks.deliver_due`` or the background
        worker.

        Args:
            event_id: The ``id`` of an event in ``Sandbox.events``.

        Returns:
            How many deliveries were queued (one per subscription that wants the event).

        Raises:
            LookupError: The account has no event ``event_id``.

        """
        return webhooks_of(self._core).redeliver(event_id)
