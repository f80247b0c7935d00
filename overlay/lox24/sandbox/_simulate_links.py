"""Simulations of what recipients do with short links: clicks, subscriptions, unsubscriptions."""

from __future__ import annotations

from ._simulate_base import SimulationBase


class LinkSimulation(SimulationBase):
    """Clicks on short links and the use of (un)subscription forms."""
