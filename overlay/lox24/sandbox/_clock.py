"""The sandbox clock: real time plus an offset, or a frozen instant that only moves on request."""

from __future__ import annotations

import threading
import time


class SandboxClock:
    """The time every time-dependent behaviour of the sandbox is computed from.

    Bulk lifecycles, ``created_at`` stamps and the IP block all read this clock and nothing else,
    so a test can move time instead of sleeping. A running clock follows real time plus an
    offset; a frozen clock stands still until it is advanced or set.

    Args:
        start: The Unix time the clock shows now; ``None`` means the real time.
        frozen: Whether the clock stands still from the start.

    Example:
        >>> clock = SandboxClock(start=1_700_000_000, frozen=True)
        >>> clock.advance(2.5)
        >>> clock.now()
        1700000002.5

    """

    def __init__(self, start: float | None = None, *, frozen: bool = False) -> None:
        self._lock = threading.Lock()
        origin = time.time() if start is None else float(start)
        self._offset = origin - time.time()
        self._frozen_at: float | None = origin if frozen else None

    @property
    def frozen(self) -> bool:
        """Whether the clock stands still."""
        return self._frozen_at is not None

    def now(self) -> float:
        """Return the current sandbox time, in Unix seconds."""
        with self._lock:
            return self._now()

    def advance(self, seconds: float) -> None:
        """Move the clock forward (or back, with a negative number) by ``seconds``."""
        with self._lock:
            if self._frozen_at is not None:
                self._frozen_at += seconds
            else:
                self._offset += seconds

    def set(self, unix_time: float) -> None:
        """Make the clock show ``unix_time`` now; a running clock goes on from there."""
        with self._lock:
            if self._frozen_at is not None:
                self._frozen_at = float(unix_time)
            else:
                self._offset = float(unix_time) - time.time()

    def freeze(self) -> None:
        """Stop the clock at the current sandbox time."""
        with self._lock:
            self._frozen_at = self._now()

    def unfreeze(self) -> None:
        """Let a frozen clock run again from the instant it shows."""
        with self._lock:
            if self._frozen_at is not None:
                self._offset = self._frozen_at - time.time()
                self._frozen_at = None

    def _now(self) -> float:
        if self._frozen_at is not None:
            return self._frozen_at
        return time.time() + self._offset

    def __repr__(self) -> str:
        state = "frozen" if self.frozen else "running"
        return f"SandboxClock(now={self.now():.3f}, {state})"
