"""A re-entrant lock that waiting threads get in the order they asked for it.

The sandbox serves one request at a time under this lock. A long request (a batch of 100,000
phones) calls :meth:`FairLock.pause` between chunks of its work: every request already waiting
is then served before it goes on, so a large batch never holds up other clients for its whole
duration.
"""

from __future__ import annotations

import contextlib
import threading
from collections import deque
from collections.abc import Iterator
from types import TracebackType


class FairLock:
    """A re-entrant first-come-first-served lock with a way to let waiting threads go first."""

    def __init__(self) -> None:
        self._condition = threading.Condition(threading.Lock())
        self._owner: int | None = None
        self._depth = 0
        self._queue: deque[object] = deque()

    @property
    def waiting(self) -> int:
        """How many threads wait for the lock now."""
        with self._condition:
            return len(self._queue)

    def acquire(self) -> None:
        """Take the lock, after every thread that asked before; again, if this thread holds it."""
        me = threading.get_ident()
        with self._condition:
            if self._owner == me:
                self._depth += 1
                return
            self._wait_turn(me, depth=1)

    def try_acquire(self) -> bool:
        """Take the lock if nobody holds it and nobody waits for it; never wait.

        Returns:
            Whether this thread now holds the lock (once more, if it held it already).

        """
        me = threading.get_ident()
        with self._condition:
            if self._owner == me:
                self._depth += 1
                return True
            if self._owner is not None or self._queue:
                return False
            self._owner, self._depth = me, 1
            return True

    def release(self) -> None:
        """Give the lock back once for each :meth:`acquire`.

        Raises:
            RuntimeError: This thread does not hold the lock.

        """
        with self._condition:
            if self._owner != threading.get_ident():
                msg = "release of a FairLock this thread does not hold"
                raise RuntimeError(msg)
            self._depth -= 1
            if self._depth == 0:
                self._owner = None
                self._condition.notify_all()

    def pause(self) -> bool:
        """Let every thread waiting now take the lock first, then take it back as it was held.

        Returns:
            Whether any thread was waiting (and so went first).

        Raises:
            RuntimeError: This thread does not hold the lock.

        """
        me = threading.get_ident()
        with self._condition:
            if self._owner != me:
                msg = "pause of a FairLock this thread does not hold"
                raise RuntimeError(msg)
            if not self._queue:
                return False
            depth, self._owner, self._depth = self._depth, None, 0
            self._condition.notify_all()
            self._wait_turn(me, depth=depth)
            return True

    @contextlib.contextmanager
    def unlocked(self) -> Iterator[None]:
        """Give the lock up for the block (work on a snapshot), then take it back as it was held.

        Raises:
            RuntimeError: This thread does not hold the lock.

        """
        me = threading.get_ident()
        with self._condition:
            if self._owner != me:
                msg = "unlocked() of a FairLock this thread does not hold"
                raise RuntimeError(msg)
            depth, self._owner, self._depth = self._depth, None, 0
            self._condition.notify_all()
        try:
            yield
        finally:
            with self._condition:
                self._wait_turn(me, depth=depth)

    def _wait_turn(self, me: int, *, depth: int) -> None:
        ticket = object()
        self._queue.append(ticket)
        while self._owner is not None or self._queue[0] is not ticket:
            self._condition.wait()
        self._queue.popleft()
        self._owner, self._depth = me, depth
        self._condition.notify_all()

    def __enter__(self) -> FairLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.release()
