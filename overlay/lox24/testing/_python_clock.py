"""Python's own clock held at the sandbox's time, for a service under test that reads it.

A service computes "now" with ``datetime.now()`` or ``time.time()``; the sandbox computes it
from its own clock. The fixtures start both at the same instant (the real time), and, when
asked, hold Python's clock at the sandbox's through time-machine (the ``clock`` extra), so that
``advance``, ``travel_to`` and a client's waiting move both together.
"""

from __future__ import annotations

import importlib
from typing import Any

from lox24 import ConfigurationError
from lox24.sandbox import SandboxClock


class PythonClock:
    """``time.time()``, ``datetime.now()`` and ``date.today()`` stand at the sandbox's time.

    ``time.monotonic()`` and ``time.perf_counter()`` are left alone (timeouts keep working).

    Raises:
        ConfigurationError: time-machine is not installed (``pip install 'lox24[clock]'``).

    """

    def __init__(self, clock: SandboxClock) -> None:
        try:
            time_machine: Any = importlib.import_module("time_machine")
        except ImportError:
            message = (
                "move_python_clock=True needs time-machine: pip install 'lox24[clock]' "
                "(or time-machine)"
            )
            raise ConfigurationError(message) from None
        self._clock = clock
        self._traveller = time_machine.travel(clock.now(), tick=False)
        self._coordinates = self._traveller.start()

    def follow(self) -> None:
        """Move Python's clock to where the sandbox clock stands now."""
        self._coordinates.move_to(self._clock.now())

    def stop(self) -> None:
        """Give Python its real clock back."""
        self._traveller.stop()
