"""Which API requests the event loop serves itself, and which go to a worker thread.

A thread switch costs more than most requests. A request is served on the event loop when it
is small: its body is short, the lock is free (nobody holds it, nobody waits) and its handler
has little to catch up with on the clock. Anything else is served in a worker thread, so that
the event loop keeps taking requests, which a long one lets through when it pauses
(``_fairlock``): a large batch, a request that would wait for the lock, and one that would
apply many due entries (a frozen clock moved past a large bulk).

A small request that finds the lock taken tries again a few times on the event loop, briefly,
before it queues in a worker thread: requests queued in threads would keep the lock taken for the
requests after them, so that once one went to a thread, under load all would.

Only some handlers catch up with the clock. An operation served with a backlog due that leaves
it untouched is remembered, and served inline from then on whatever is due: a steady stream of
``POST /sms`` on a running clock keeps entries falling due, which ``GET /groups`` never applies.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import anyio

from lox24.sandbox._state._catch_up import STEPS_PER_PAUSE, due_work

from ._core import SandboxCore

#: A larger body (a batch of phones) is served in a worker thread.
INLINE_BODY_BYTES = 16 * 1024
#: A request that would catch up with this many due entries is served in a worker thread: a
#: shorter catch-up never pauses, so a thread would let nobody through meanwhile.
INLINE_DUE_STEPS = STEPS_PER_PAUSE
#: How often, and how long apart, a small request tries again for a taken lock on the loop.
LOCK_TRIES = 4
LOCK_RETRY_SECONDS = 0.0005


class InlinePolicy:
    """Decide where one sandbox's requests are served; learn which operations never catch up."""

    def __init__(self, core: SandboxCore) -> None:
        self._core = core
        self._leaves_due: set[str] = set()

    async def take(self, operation_id: str | None, body_size: int) -> float | None:
        """Take the lock for serving on the event loop and return the sandbox time, or None.

        None, with the lock not held, when the request is to be served in a worker thread.
        ``operation_id`` is None for a path and method the API does not have.
        """
        if body_size > INLINE_BODY_BYTES:
            return None
        for attempt in range(LOCK_TRIES):
            if attempt:
                await anyio.sleep(LOCK_RETRY_SECONDS)
            busy, now = self._try_take(operation_id)
            if not busy:
                return now
        return None

    def _try_take(self, operation_id: str | None) -> tuple[bool, float | None]:
        """(whether the lock was taken by someone else, the sandbox time if served inline)."""
        core = self._core
        if not core.lock.try_acquire():
            return True, None
        now = core.clock.now()
        if operation_id is None or operation_id in self._leaves_due:
            return False, now
        if due_work(core.store, now, INLINE_DUE_STEPS) >= INLINE_DUE_STEPS:
            core.lock.release()
            return False, None
        return False, now

    @contextlib.contextmanager
    def watching(self, operation_id: str | None, now: float) -> Iterator[None]:
        """Serve a request under the lock, noting its operation if it leaves a backlog untouched.

        Nothing is noted when the block raises (a refusal may come before any catching up).
        """
        store = self._core.store
        backlog = (
            operation_id is not None
            and operation_id not in self._leaves_due
            and due_work(store, now, INLINE_DUE_STEPS) >= INLINE_DUE_STEPS
        )
        applied = store.work.due_handled
        yield
        if backlog and operation_id is not None and store.work.due_handled == applied:
            self._leaves_due.add(operation_id)
