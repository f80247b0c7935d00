"""Simulations of the gateway's side: delivery reports on demand, and events delivered again."""

from __future__ import annotations

from typing import Any

from lox24.sandbox._state._catch_up import catch_up
from lox24.sandbox._state._messages_inbox import SmsNotFoundError
from lox24.sandbox._state._messaging import SENT
from lox24.sandbox._state._sms_lifecycle import (
    DELIVERY_EVENT,
    DLR_EXPIRED,
    DLR_OK,
    DLR_REJECTED,
    delivery_data,
)
from lox24.sandbox._webhooks import webhooks_of

from ._simulate_base import SimulationBase

#: The outcomes :meth:`WebhookSimulation.delivery_report` knows, with their dlr codes.
OUTCOMES = {"delivered": DLR_OK, "expired": DLR_EXPIRED, "rejected": DLR_REJECTED}


class WebhookSimulation(SimulationBase):
    """What the gateway does that a service must cope with: reports and redeliveries."""

    def delivery_report(self, sms_uuid: str, outcome: str) -> dict[str, Any]:
        """Make the network report the final outcome of an SMS now, whatever its number says.

        The SMS takes status 100 and the outcome's dlr code (1 delivered, 8 expired,
        16 rejected) at the current sandbox time, an ``sms.delivery`` event is emitted, and
        the reports its number would have caused later are not made any more.

        Args:
            sms_uuid: The SMS reported on.
            outcome: ``"delivered"``, ``"expired"`` or ``"rejected"``.

        Returns:
            The ``sms.delivery`` event emitted.

        Raises:
            SmsNotFoundError: (a ``KeyError``) there is no SMS ``sms_uuid``.
            ValueError: ``outcome`` is not one of the three, or the SMS was cancelled.

        """
        if outcome not in OUTCOMES:
            msg = f"outcome is one of {', '.join(OUTCOMES)}, not {outcome!r}"
            raise ValueError(msg)
        core = self._core
        with core.lock:
            now = core.clock.now()
            catch_up(core.store, now)
            sms = core.store.messaging.sms.get(sms_uuid)
            if sms is None:
                raise SmsNotFoundError(sms_uuid)
            if sms.cancelled_at is not None:
                msg = f"SMS {sms_uuid} was cancelled and never sent"
                raise ValueError(msg)
            dlr = OUTCOMES[outcome]
            sent_at = sms.gateway_sent_at or int(now)
            core.store.messaging.set_state(sms, SENT, dlr, sent_at)
            return core.store.events.emit(DELIVERY_EVENT, delivery_data(sms, SENT, dlr), now)

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
