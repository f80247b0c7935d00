"""State of fraud checks (see ``_handlers/fraud_checks.py``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class FraudState:
    """The account's fraud checks."""
