"""The state of one sandbox: its token, clock, data, auth guard and request log."""

from __future__ import annotations

import functools
import re
import threading
from collections import deque
from dataclasses import asdict, dataclass
from typing import Any

from lox24.sandbox._api._operations import OperationIndex
from lox24.sandbox._api._schemas import SchemaBook
from lox24.sandbox._api._spec import load_spec
from lox24.sandbox._state._catch_up import catch_up
from lox24.sandbox._state._clock import SandboxClock
from lox24.sandbox._state._events import EventSubscriber
from lox24.sandbox._state._fraud import announce_fraud_checks
from lox24.sandbox._state._store import START_BALANCE, Store

from ._auth import AuthGuard
from ._fairlock import FairLock
from ._faults import SandboxFaults
from ._limits import SandboxLimits

_TOKEN = re.compile(r"(?P<customer>[0-9]+):\S+")


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    """One API request the sandbox answered.

    Attributes:
        method: The HTTP method.
        path: The request path.
        query: The raw query string (without ``?``).
        status: The status code answered.
        request_id: The ``X-LOX24-REQUEST-ID`` of the answer.
        time: The sandbox time the request arrived.

    """

    method: str
    path: str
    query: str
    status: int
    request_id: str
    time: float

    def as_json(self) -> dict[str, Any]:
        """Return the record as a JSON object."""
        return asdict(self)


@functools.cache
def shared_index() -> OperationIndex:
    """Index the operations of the bundled spec, once per process."""
    return OperationIndex(load_spec())


@functools.cache
def shared_book() -> SchemaBook:
    """Return the validators of the bundled spec, shared by every sandbox of the process."""
    return SchemaBook(load_spec())


def customer_number(token: str) -> int:
    """Return the customer number of a ``<customer number>:<key>`` token.

    Raises:
        ValueError: The token does not have that form.

    """
    found = _TOKEN.fullmatch(token)
    if found is None:
        msg = "a sandbox token looks like '<customer number>:<key>', e.g. '1234567:0123abcd...'"
        raise ValueError(msg)
    return int(found["customer"])


class SandboxCore:
    """Everything one sandbox keeps between requests.

    Requests are served one at a time under ``lock``, so handlers never interleave; a long one
    pauses between chunks of its work to let waiting requests through (see ``_fairlock``). The
    request log has a lock of its own and keeps the newest ``limits.request_log_size`` records.
    """

    def __init__(
        self,
        *,
        token: str,
        block_bad_auth: bool,
        clock: SandboxClock,
        limits: SandboxLimits | None = None,
        balance: float = START_BALANCE,
    ) -> None:
        self.token = token
        self.customer_id = customer_number(token)
        self.clock = clock
        self.limits = limits or SandboxLimits()
        self.index = shared_index()
        self.book = shared_book()
        self.guard = AuthGuard(token, block_bad_auth)
        self.faults = SandboxFaults()
        self.lock = FairLock()
        self._records_lock = threading.Lock()
        self._records: deque[RecordedRequest] = deque(maxlen=self.limits.request_log_size)
        self.start_balance = float(balance)
        #: Called with every new webhook event, in log order; kept across resets.
        self.subscribers: list[EventSubscriber] = []
        #: How many times the data was started afresh (see :meth:`reset`).
        self.generation = 0
        self.store = self._new_store()

    def _new_store(self) -> Store:
        return Store(
            self.customer_id,
            int(self.clock.now()),
            balance=self.start_balance,
            subscribers=self.subscribers,
        )

    def set_balance(self, amount: float) -> None:
        """Set the account's balance now (``/me`` shows it changed at the current time)."""
        with self.lock:
            self.store.set_balance(amount, self.clock.now())

    @property
    def records(self) -> list[RecordedRequest]:
        """The recorded API requests, oldest first (a copy)."""
        with self._records_lock:
            return list(self._records)

    def reset(self) -> None:
        """Forget all data, recorded requests, failed logins and IP blocks (not the clock)."""
        with self.lock:
            self.store = self._new_store()
            self.generation += 1
            self.guard.reset()
        with self._records_lock:
            self._records.clear()

    def events(self) -> list[dict[str, Any]]:
        """The webhook events so far, after emitting every one the clock has reached."""
        with self.lock:
            self._emit_due()
            return list(self.store.events.events)

    def events_since(self, generation: int | None, start: int) -> tuple[int, list[dict[str, Any]]]:
        """The events from position ``start`` on, after emitting every one the clock has reached.

        Costs what it returns, not the size of the log. When the data was started afresh since
        ``generation`` (or ``generation`` is None), every event of the new log is returned.

        Returns:
            The current generation (see :meth:`reset`) and the events, oldest first.

        """
        with self.lock:
            self._emit_due()
            log = self.store.events.events
            if generation != self.generation:
                start = 0
            self.store.work.events_read += max(0, len(log) - start)
            return self.generation, log[start:]

    def event(self, event_id: str) -> dict[str, Any] | None:
        """The event ``event_id`` of the log, if there is one (after emitting what is due)."""
        with self.lock:
            self._emit_due()
            return self.store.events.by_id.get(event_id)

    def _emit_due(self) -> None:
        now = self.clock.now()
        catch_up(self.store, now, self.lock.pause)
        announce_fraud_checks(self.store, now)

    def record(self, request: RecordedRequest) -> None:
        """Add an answered API request to the log, dropping the oldest when it is full."""
        with self._records_lock:
            self._records.append(request)
