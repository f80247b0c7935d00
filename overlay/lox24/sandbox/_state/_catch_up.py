"""Bring the account up to the sandbox clock: apply what the due queue holds up to now.

Everything that happens at a known time (a bulk creating its messages, an SMS being handed to
the network, a delivery report) is an entry of ``Store.due``, a heap ordered by that time. A
request takes only the entries that are due, so its cost does not grow with the number of SMS
stored, nor with the number still waiting for a report. When much is due at once (a frozen clock
moved past a large bulk), the catch-up pauses between chunks so that waiting requests get
through (they catch up with the rest themselves).
"""

from __future__ import annotations

import heapq
from collections.abc import Callable
from typing import TYPE_CHECKING

from ._bulk_fanout import release
from ._messaging import Sms
from ._sms_lifecycle import apply_step

if TYPE_CHECKING:
    from ._store import Store

#: Delivery steps applied between two pauses (a bulk release, up to a second of its messages,
#: is followed by a pause of its own).
STEPS_PER_PAUSE = 2_000


def catch_up(store: Store, now: float, pause: Callable[[], object] | None = None) -> int:
    """Apply every due-queue entry up to sandbox time ``now``, in time order.

    Call it before reading SMS, bulks' messages or the event log. Entries at the same time are
    applied in creation order; moving the clock back applies nothing and undoes nothing.

    Args:
        store: The account.
        now: The sandbox time to catch up to.
        pause: Lets waiting requests through between chunks of work (``FairLock.pause``).

    Returns:
        How many ``sms.delivery`` events were emitted.

    """
    due = store.due
    emitted = steps = 0
    while due and due[0][0] <= now:
        _, _, _, number, target = heapq.heappop(due)
        store.work.due_handled += 1
        if isinstance(target, Sms):
            emitted += apply_step(store, target, number)
            steps += 1
        else:
            release(store, target, now)
            steps = STEPS_PER_PAUSE
        if pause is not None and steps >= STEPS_PER_PAUSE:
            steps = 0
            pause()
    return emitted


def due_work(store: Store, now: float, limit: int) -> int:
    """How many entries :func:`catch_up` would apply at ``now``, counted up to ``limit``.

    A bulk release due counts as ``limit`` (it creates up to a second of the bulk's messages).
    Costs at most about ``limit`` steps, whatever the size of the queue.
    """
    due = store.due
    count = 0
    stack = [0] if due and due[0][0] <= now else []
    while stack:
        index = stack.pop()
        if not isinstance(due[index][4], Sms):
            return limit
        count += 1
        if count >= limit:
            return limit
        # A heap: an entry's children are never earlier than it.
        stack.extend(c for c in (2 * index + 1, 2 * index + 2) if c < len(due) and due[c][0] <= now)
    return count


#: The name earlier callers know; it catches up with everything, not only SMS reports.
catch_up_sms_events = catch_up
