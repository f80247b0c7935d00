"""Ctrl-C held off while one row is recorded, so that a summary and its report always agree.

A long command that counts a row and writes it to a report must never be stopped between the
two: the summary would claim a row the report lacks. :class:`WholeRows` lets Ctrl-C through at
once while the command waits (for the network, say) and holds it while a row is recorded,
raising :class:`KeyboardInterrupt` as soon as the row is whole.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType, TracebackType
from typing import Any, Self


class WholeRows:
    """A context in which :meth:`row` makes a block uninterruptible by Ctrl-C (SIGINT).

    Outside the main thread signals cannot be handled, and it changes nothing.
    """

    def __init__(self) -> None:
        self._recording = False
        self._held = False
        self._previous: Any = None

    def __enter__(self) -> Self:
        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGINT, self._on_interrupt)
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)
            self._previous = None

    @contextmanager
    def row(self) -> Iterator[None]:
        """Run the block whole; a Ctrl-C that came meanwhile is raised right after it."""
        self._recording = True
        try:
            yield
        finally:
            self._recording = False
        if self._held:
            self._held = False
            raise KeyboardInterrupt

    def _on_interrupt(self, signum: int, frame: FrameType | None) -> None:
        if self._recording:
            self._held = True
        else:
            raise KeyboardInterrupt
