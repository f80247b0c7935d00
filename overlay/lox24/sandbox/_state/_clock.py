"""The sandbox clock: real time plus an offset, or a frozen instant that only moves on request."""

from __future__ import annotations

import math
import threading
import time

#: The range of instants the clock can show: the Unix epoch to the end of the year 9999.
EARLIEST, LATEST = 0.0, 253_402_300_799.0


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
        origin = time.time() if start is None else check_instant(_finite(start, "start"))
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
        """Move the clock forward (or back, with a negative number) by ``seconds``.

        Raises:
            ValueError: ``seconds`` is not finite, or the clock would leave
                :data:`EARLIEST` .. :data:`LATEST`; the clock is left as it was.

        """
        with self._lock:
            check_instant(self._now() + _finite(seconds, "seconds"))
            if self._frozen_at is not None:
                self._frozen_at += seconds
            else:
                self._offset += seconds

    def set(self, unix_time: float) -> None:
        """Make the clock show ``unix_time`` now; a running clock goes on from there.

        Raises:
            ValueError: ``unix_time`` is not finite or outside :data:`EARLIEST` .. :data:`LATEST`.

        """
        check_instant(_finite(unix_time, "unix_time"))
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


def _finite(value: float, name: str) -> float:
    number = float(value)
    if not math.isfinite(number):
        msg = f"{name} must be a finite number, not {value!r}"
        raise ValueError(msg)
    return number


def check_instant(instant: float) -> float:
    """Return ``instant`` if the clock can show it.

    Raises:
        ValueError: It is outside :data:`EARLIEST` .. :data:`LATEST`.

    """
    if not EARLIEST <= instant <= LATEST:
        msg = f"the sandbox clock shows times from {EARLIEST:.0f} to {LATEST:.0f}, not {instant}"
        raise ValueError(msg)
    return instant
