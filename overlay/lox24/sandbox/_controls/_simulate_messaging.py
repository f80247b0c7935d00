"""Simulations of what recipients do with messages: incoming SMS and replies."""

from __future__ import annotations

from typing import Any

from lox24.sandbox._state._messages_inbox import INBOUND_NUMBER, receive, reply

from ._simulate_base import SimulationBase


class MessagingSimulation(SimulationBase):
    """Incoming messages and replies to sent SMS.

    Both store an ``Incoming`` (listed by ``GET /incomings``) and emit an ``sms.incoming`` event,
    dated at the current sandbox time.

    How sent SMS fare is not simulated by hand but follows from the recipient's number (see
    ``_sms_lifecycle``): one second after it is due an SMS is handed to the network (status 100,
    dlr 4); five seconds later it is delivered (dlr 1), unless the number ends in ``0000``
    (rejected, dlr 16, after five seconds) or in ``9999`` (expired, dlr 8, after sixty seconds).
    """

    def incoming_sms(
        self, *, sender: str, text: str | None, to: str = INBOUND_NUMBER
    ) -> dict[str, Any]:
        """Make an SMS arrive at the account.

        Args:
            sender: The number it comes from, in E.164 form.
            text: Its text (None for a message without text).
            to: The number it is sent to: the account's inbound number unless given.

        Returns:
            The stored message, as ``GET /incomings/{uuid}`` answers it in plain JSON.

        Raises:
            ValueError: ``sender`` or ``to`` is not an E.164 number, or ``text`` not a string.

        """
        core = self._core
        with core.lock:
            incoming = receive(core.store, sender=sender, text=text, to=to, now=core.clock.now())
            return incoming.as_row()

    def reply(self, sms_uuid: str, text: str | None) -> dict[str, Any]:
        """Make the recipient of a sent SMS answer it.

        The reply comes from the SMS's number and goes to its sender id when that is a phone
        number, else to the account's inbound number; its ``msg_uuid`` is ``sms_uuid``.

        Args:
            sms_uuid: The SMS answered.
            text: The answer's text.

        Returns:
            The stored message, as ``GET /incomings/{uuid}`` answers it in plain JSON.

        Raises:
            SmsNotFoundError: (a ``KeyError``) there is no SMS ``sms_uuid``.
            ValueError: ``text`` is not a string.

        """
        core = self._core
        with core.lock:
            return reply(core.store, sms_uuid, text, now=core.clock.now()).as_row()
