"""The base of the simulation API: access to the sandbox's state under its lock."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lox24.sandbox._http._core import SandboxCore


class SimulationBase:
    """Holds the sandbox core the simulations act on (see ``Simulator``)."""

    def __init__(self, core: SandboxCore) -> None:
        self._core = core
