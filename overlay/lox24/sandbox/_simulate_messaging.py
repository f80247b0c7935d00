"""Simulations of what recipients do with messages: incoming SMS and replies."""

from __future__ import annotations

from ._simulate_base import SimulationBase


class MessagingSimulation(SimulationBase):
    """Incoming messages and replies to sent SMS."""
