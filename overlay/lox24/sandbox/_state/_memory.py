"""Short pauses of Python's cyclic garbage collector however many SMS the sandbox holds.

A full collection walks every object that can hold references; an SMS is a few of them, so at
100,000 SMS a full collection pauses every request for tens of milliseconds. The objects an SMS
is made of are freed by reference counting when it is deleted (they hold no cycles), so each
time the account has kept another :data:`FREEZE_EVERY` SMS, every object alive is moved out of
the collector's reach (``gc.freeze``, which costs no walk): later collections look only at what
was made since. Cyclic garbage alive at that moment is never collected, so this happens rarely.
"""

from __future__ import annotations

import gc

#: SMS kept between two freezes.
FREEZE_EVERY = 10_000


def settle(kept: int) -> None:
    """Freeze what is alive when the account has kept a multiple of :data:`FREEZE_EVERY` SMS."""
    if kept % FREEZE_EVERY == 0:
        gc.freeze()
