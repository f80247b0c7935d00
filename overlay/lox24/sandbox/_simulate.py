"""``Sandbox.simulate``: make happen what only the outside world can do.

Recipients answer, click and unsubscribe; the real API learns of it from the networks. The
sandbox offers the same events as methods (and under ``/_sandbox/simulate/...``), so that a
service's handling of them can be tested.
"""

from __future__ import annotations

from ._simulate_links import LinkSimulation
from ._simulate_messaging import MessagingSimulation


class Simulator(MessagingSimulation, LinkSimulation):
    """Every simulation the sandbox offers; get it as ``Sandbox.simulate``."""
