"""Following sent SMS to their final state: from delivery webhooks, polling those left silent.

Delivery reports arrive as ``sms.delivery`` events; the tracker takes them from a
:class:`Receiver` handler (``receiver.on("sms.delivery")(tracker.observe)``). A report can be
lost (an endpoint down past LOX24's last attempt, a network that never reports), so an SMS that
has not been heard of for ``poll_after`` seconds is read with the polling function given, such
as ``client.sms.get``. A final state is never changed again, so redeliveries and late, out of
order reports are harmless.
"""

from __future__ import annotations

import enum
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any

from lox24._exceptions import Lox24Error, WaitTimeoutError
from lox24._waiting import SMS_IN_FLIGHT
from lox24_generated.models import DlrCode, SmsDeliveryEvent


class DeliveryState(enum.Enum):
    """Where a tracked SMS stands."""

    PENDING = "pending"
    """No final report yet."""
    DELIVERED = "delivered"
    """The handset received it (delivery report 1)."""
    EXPIRED = "expired"
    """It could not be delivered in time, e.g. the phone stayed off (delivery report 8)."""
    REJECTED = "rejected"
    """The network refused it: invalid number, or blocked number or content (report 16)."""
    NOT_SENT = "not_sent"
    """It never reached the network (cancelled, blocked, landline, balance; its status says)."""


_BY_DLR = {
    DlrCode.DELIVERY_OK: DeliveryState.DELIVERED,
    DlrCode.DELIVERY_EXPIRED: DeliveryState.EXPIRED,
    DlrCode.DELIVERY_REJECTED: DeliveryState.REJECTED,
}


def final_state(dlr_code: object, status_code: object) -> DeliveryState | None:
    """The final state that a delivery report and status mean, or ``None`` while in flight."""
    if isinstance(dlr_code, DlrCode) and dlr_code in _BY_DLR:
        return _BY_DLR[dlr_code]
    if isinstance(status_code, int) and status_code not in SMS_IN_FLIGHT:
        return DeliveryState.NOT_SENT
    return None


class DeliveryTracker:
    """Follows a set of SMS (by uuid) until each has a final state.

    Args:
        uuids: The SMS to follow; more can be added with :meth:`track`.
        get_sms: Reads one SMS by uuid (``client.sms.get``); without it there is no polling.
        poll_after: Seconds without news of an SMS after which it is polled.
        on_final: Called with the uuid and state when an SMS reaches its final state.
        clock: Seconds, monotonic (``time.monotonic`` by default).
        sleep: Waits between polling rounds in :meth:`wait` (``time.sleep`` by default).

    """

    def __init__(
        self,
        uuids: Iterable[str] = (),
        *,
        get_sms: Callable[[str], Any] | None = None,
        poll_after: float = 60.0,
        on_final: Callable[[str, DeliveryState], object] | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], object] = time.sleep,
    ) -> None:
        self._get_sms = get_sms
        self._poll_after = poll_after
        self._on_final = on_final
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._states: dict[str, DeliveryState] = {}
        self._heard: dict[str, float] = {}  # uuid -> when it was last reported on or polled
        self._reported: set[str] = set()
        self.polls = 0
        self.track(*uuids)

    def track(self, *uuids: str) -> None:
        """Start following these SMS (already followed ones are left as they are)."""
        now = self._clock()
        with self._lock:
            for uuid in uuids:
                if uuid not in self._states:
                    self._states[uuid] = DeliveryState.PENDING
                    self._heard[uuid] = now

    def observe(self, event: object) -> DeliveryState | None:
        """Take in a webhook event; returns the SMS's state if it is a report on a tracked SMS.

        Anything else (other events, untracked SMS) is ignored, so this can be registered as a
        receiver's handler as it is.
        """
        if not isinstance(event, SmsDeliveryEvent):
            return None
        uuid = event.data.id
        if not isinstance(uuid, str):
            return None
        return self._update(
            uuid, final_state(event.data.dlr_code, event.data.status_code), report=True
        )

    def state(self, uuid: str) -> DeliveryState:
        """The state of one tracked SMS (``KeyError`` if it is not tracked)."""
        with self._lock:
            return self._states[uuid]

    @property
    def states(self) -> dict[str, DeliveryState]:
        """A copy of every tracked SMS's state."""
        with self._lock:
            return dict(self._states)

    @property
    def pending(self) -> frozenset[str]:
        """The tracked SMS without a final state."""
        with self._lock:
            return frozenset(u for u, s in self._states.items() if s is DeliveryState.PENDING)

    @property
    def unreported(self) -> frozenset[str]:
        """The tracked SMS no webhook has reported on (whatever polling found)."""
        with self._lock:
            return frozenset(self._states.keys() - self._reported)

    def poll_due(self) -> int:
        """Poll the pending SMS not heard of for ``poll_after`` seconds.

        Returns how many reached a final state. A client error (a ``Lox24Error``) leaves the
        SMS pending for the next round.
        """
        if self._get_sms is None:
            return 0
        now = self._clock()
        with self._lock:
            due = [
                uuid
                for uuid, state in self._states.items()
                if state is DeliveryState.PENDING and now - self._heard[uuid] >= self._poll_after
            ]
        finished = 0
        for uuid in due:
            self.polls += 1
            try:
                sms = self._get_sms(uuid)
            except Lox24Error:
                self._touch(uuid)
                continue
            state = final_state(getattr(sms, "dlr_code", None), getattr(sms, "status_code", None))
            finished += self._update(uuid, state, report=False) not in (None, DeliveryState.PENDING)
        return finished

    def wait(self, *, timeout: float, poll_interval: float = 5.0) -> dict[str, DeliveryState]:
        """Poll in rounds until every tracked SMS is final; returns every state.

        Raises:
            WaitTimeoutError: Some SMS are still pending after ``timeout`` seconds.

        """
        deadline = self._clock() + timeout
        while True:
            self.poll_due()
            pending = self.pending
            if not pending:
                return self.states
            if self._clock() >= deadline:
                message = f"{len(pending)} SMS still without a final state after {timeout} s"
                raise WaitTimeoutError(message)
            self._sleep(poll_interval)

    def _touch(self, uuid: str) -> None:
        with self._lock:
            self._heard[uuid] = self._clock()

    def _update(
        self, uuid: str, state: DeliveryState | None, *, report: bool
    ) -> DeliveryState | None:
        with self._lock:
            current = self._states.get(uuid)
            if current is None:
                return None
            self._heard[uuid] = self._clock()
            if report:
                self._reported.add(uuid)
            if current is not DeliveryState.PENDING or state is None:
                return current
            self._states[uuid] = state
        if self._on_final is not None:
            self._on_final(uuid, state)
        return state
