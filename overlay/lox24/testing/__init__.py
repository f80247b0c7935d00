"""Test helpers for code that uses ``lox24``: a sandbox per test and clients bound to it.

The pytest plugin (installed with the package, active only where its fixtures are used) offers
them as fixtures::

    def test_welcome(lox24_client, lox24_sandbox):
        send_welcome(lox24_client, "+491701234567")
        assert lox24_sandbox.sent_sms()[0]["text"].startswith("Welcome")

``lox24_sandbox`` is a :class:`SandboxHarness`; ``lox24_client`` and ``lox24_async_client``
talk to it in-process. Needs the ``sandbox`` extra.
"""

from __future__ import annotations

from ._harness import FROZEN_START, SandboxHarness

__all__ = ["FROZEN_START", "SandboxHarness"]

SandboxHarness.__module__ = "lox24.testing"
