"""Following sent SMS to their final state: from delivery webhooks, polling those left silent.

Delivery reports arrive as ``sms.delivery`` events; the tracker takes them from a
:class:`Receiver` handler (``receiver.on("sms.delivery")(tracker.observe)``). A report can be
lost (an endpoint down past LOX24's last attempt, a network that never reports), so an SMS that
has not been heard of for ``poll_after`` seconds is read with the polling function given, such
as ``client.sms.get``. A final state is never changed again, so redeliveries and late, out of
order reports are harmless. The states can live in the receiver's store, shared by every
worker (``DeliveryTracker(store=receiver.store)``).
"""

from __future__ import annotations

import enum
import time
from collections.abc import Callable, Iterable
from typing import Any

from lox24._exceptions import InvalidInputError, Lox24Error, WaitTimeoutError
from lox24._waiting import SMS_IN_FLIGHT
from lox24_generated.models import DlrCode, SmsDeliveryEvent

from ._tracking import PENDING, MemoryTracking, TrackingStore


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
        store: Where the states are kept: in this process by default; the receiver's store
            (an :class:`SQLiteStore` file, a :class:`RedisStore`) to share them between worker
            processes and machines, so that each report is taken in by whichever worker gets
            it and every tracker on the store sees every state. Anything with a
            ``tracking()`` method, or a :class:`TrackingStore`.
        get_sms: Reads one SMS by uuid (``client.sms.get``); without it there is no polling.
        poll_after: Seconds without news of an SMS after which it is polled.
        on_final: Called with the uuid and state when an SMS reaches its final state; with a
            shared store, only in the worker whose report or poll made it final.
        clock: Seconds; wall-clock (``time.time``, the default) when the store is shared.
        sleep: Waits between polling rounds in :meth:`wait` (``time.sleep`` by default).

    A store that fails raises out of :meth:`observe`, so a receiver's handler fails and the
    report is delivered again instead of being acknowledged unrecorded.

    """

    def __init__(
        self,
        uuids: Iterable[str] = (),
        *,
        store: object | None = None,
        get_sms: Callable[[str], Any] | None = None,
        poll_after: float = 60.0,
        on_final: Callable[[str, DeliveryState], object] | None = None,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], object] = time.sleep,
    ) -> None:
        self._store = _tracking_of(store)
        self._get_sms = get_sms
        self._poll_after = poll_after
        self._on_final = on_final
        self._clock = clock
        self._sleep = sleep
        self.polls = 0
        self.track(*uuids)

    def track(self, *uuids: str) -> None:
        """Start following these SMS (already followed ones are left as they are)."""
        if uuids:
            self._store.track(uuids, self._clock())

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
        found = self._store.state(uuid)
        if found is None:
            raise KeyError(uuid)
        return DeliveryState(found)

    @property
    def states(self) -> dict[str, DeliveryState]:
        """A copy of every tracked SMS's state."""
        return {uuid: DeliveryState(state) for uuid, state in self._store.states().items()}

    @property
    def pending(self) -> frozenset[str]:
        """The tracked SMS without a final state."""
        return frozenset(u for u, s in self._store.states().items() if s == PENDING)

    @property
    def unreported(self) -> frozenset[str]:
        """The tracked SMS no webhook has reported on (whatever polling found)."""
        return frozenset(self._store.unreported())

    def poll_due(self) -> int:
        """Poll the pending SMS not heard of for ``poll_after`` seconds.

        Returns how many reached a final state. A client error (a ``Lox24Error``) leaves the
        SMS pending for the next round.
        """
        if self._get_sms is None:
            return 0
        finished = 0
        for uuid in self._store.due(self._clock() - self._poll_after):
            self.polls += 1
            try:
                sms = self._get_sms(uuid)
            except Lox24Error:
                self._store.touch(uuid, self._clock())
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

    def _update(
        self, uuid: str, state: DeliveryState | None, *, report: bool
    ) -> DeliveryState | None:
        value = None if state is None else state.value
        current, changed = self._store.report(uuid, value, self._clock(), reported=report)
        if current is None:
            return None
        if changed and self._on_final is not None and state is not None:
            self._on_final(uuid, state)
        return DeliveryState(current)


def _tracking_of(store: object | None) -> TrackingStore:
    """The tracking part of a store: its ``tracking()``, the store itself, or this process's."""
    if store is None:
        return MemoryTracking()
    tracking = getattr(store, "tracking", None)
    if callable(tracking):
        store = tracking()
    if not isinstance(store, TrackingStore):
        message = f"{type(store).__name__} cannot keep delivery states (no tracking())"
        raise InvalidInputError(message, field="store")
    return store
