"""A background thread that makes webhook attempts as the sandbox clock reaches them.

A served sandbox has nobody to call ``deliver_due``; the worker calls it in a loop. Between
passes it sleeps until the earliest waiting attempt is due on a running clock, or at most the
poll interval (new events and moves of a frozen clock are noticed at the next pass).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from lox24.sandbox._state._clock import SandboxClock

#: Real seconds the worker waits at most between two passes.
POLL_INTERVAL = 0.2

_log = logging.getLogger("lox24.sandbox.webhooks")


class DeliveryWorker:
    """Runs ``deliver`` repeatedly in a daemon thread until stopped.

    Args:
        deliver: One delivery pass (makes every attempt that is due).
        next_due: The sandbox time the earliest waiting attempt is due, if any.
        clock: The sandbox clock.
        poll_interval: Real seconds between passes at most.

    """

    def __init__(
        self,
        deliver: Callable[[], object],
        next_due: Callable[[], float | None],
        clock: SandboxClock,
        *,
        poll_interval: float = POLL_INTERVAL,
    ) -> None:
        self._deliver = deliver
        self._next_due = next_due
        self._clock = clock
        self._poll = poll_interval
        self._cond = threading.Condition()
        self._requested = self._completed = 0
        self._stopping = False
        self._thread = threading.Thread(
            target=self._run, name="lox24-sandbox-webhooks", daemon=True
        )
        self._thread.start()

    def wait_idle(self, timeout: float) -> bool:
        """Wait until a pass that started after this call has ended; False on timeout."""
        with self._cond:
            self._requested += 1
            ticket = self._requested
            self._cond.notify_all()
            return self._cond.wait_for(
                lambda: self._completed >= ticket or not self._thread.is_alive(), timeout
            )

    def stop(self) -> None:
        """End the loop after the current pass and wait for the thread."""
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        if threading.current_thread() is not self._thread:
            self._thread.join()

    def _run(self) -> None:
        while True:
            with self._cond:
                if self._stopping:
                    return
                ticket = self._requested
            self._pass()
            with self._cond:
                self._completed = max(self._completed, ticket)
                self._cond.notify_all()
                if not self._stopping and self._requested == ticket:
                    self._cond.wait(self._sleep_time())

    def _pass(self) -> None:
        try:
            self._deliver()
        except Exception:  # a bug must not end delivery for good; it is logged and retried
            _log.exception("webhook delivery pass failed")

    def _sleep_time(self) -> float:
        due = self._next_due()
        if due is None or self._clock.frozen:
            return self._poll
        return max(0.0, min(self._poll, due - self._clock.now()))
