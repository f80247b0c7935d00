"""``Sandbox.simulate``: make happen what only the outside world can do.

Recipients answer, click and unsubscribe; the real API learns of it from the networks. The
sandbox offers the same events as methods (and under ``/_sandbox/simulate/...``), so that a
service's handling of them can be tested.
"""

from __future__ import annotations

from ._simulate_links import LinkSimulation
from ._simulate_messaging import MessagingSimulation
from ._simulate_webhooks import WebhookSimulation


class Simulator(MessagingSimulation, LinkSimulation, WebhookSimulation):
    """Every simulation the sandbox offers; get it as ``Sandbox.simulate``."""
