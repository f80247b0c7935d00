"""The protocol of the stores that remember which events were handled.

LOX24 redelivers an event until it gets a 2xx, so one event can arrive several times, even at
two workers at once. A store makes "handle each event once" hold across workers: a worker first
*claims* the event's key; only the worker that gets ``NEW`` runs the handlers, then *completes*
the key (remembered for ``retention`` seconds) or, when a handler failed, *releases* it so that
the next delivery is handled again. A claim that is neither completed nor released (the worker
died) lapses after ``lease`` seconds. Each claim carries a token, so that a worker whose lease
lapsed cannot release someone else's claim.
"""

from __future__ import annotations

import enum
from typing import Final, Protocol, runtime_checkable

#: How long a claimed event may be in progress before another worker may take it over.
DEFAULT_LEASE: Final = 300.0
#: How long a handled event's id is remembered. LOX24 retries over hours, not days.
DEFAULT_RETENTION: Final = 7 * 24 * 3600.0


class Claim(enum.Enum):
    """What a store answers when a worker claims an event."""

    NEW = "new"
    """Not seen before (or its earlier handling failed): this worker handles it now."""
    DONE = "done"
    """Handled already: a redelivery, to be acknowledged and dropped."""
    BUSY = "busy"
    """Another worker is handling it right now."""


@runtime_checkable
class DedupStore(Protocol):
    """Remembers handled events by key; every method is atomic across the store's users."""

    def claim(self, key: str, token: str) -> Claim:
        """Claim ``key`` for the worker holding ``token``."""
        ...

    def complete(self, key: str, token: str) -> None:
        """Mark ``key`` handled (even if the claim of ``token`` had lapsed meanwhile)."""
        ...

    def release(self, key: str, token: str) -> None:
        """Forget the claim on ``key`` held by ``token``, so a redelivery is handled again."""
        ...


@runtime_checkable
class AsyncDedupStore(Protocol):
    """A store that can also be asked from the event loop, without a worker thread per call.

    :meth:`Receiver.handle_async` uses these methods when a store has them; each means what
    the :class:`DedupStore` method of the same name without the ``a`` means.
    """

    async def aclaim(self, key: str, token: str) -> Claim:
        """Claim ``key`` for the worker holding ``token``."""
        ...

    async def acomplete(self, key: str, token: str) -> None:
        """Mark ``key`` handled."""
        ...

    async def arelease(self, key: str, token: str) -> None:
        """Forget the claim on ``key`` held by ``token``."""
        ...
