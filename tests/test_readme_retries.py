"""The README's reconciliation example runs as written and never sends an SMS twice."""

from __future__ import annotations

import re

import pytest

import lox24
from lox24.sandbox import Sandbox, SandboxClock

from .faults import Faulty
from .helpers import ROOT
from .test_reconcile import HeldByProxy

SECTION = "### Retries and the three outcomes"


def section_blocks():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index(SECTION)
    end = text.find("\n## ", start)
    return re.findall(r"```python\n(.*?)```", text[start:end], re.S)


def test_the_section_shows_one_example():
    """The retry section has exactly one Python example, the reconciliation."""
    blocks = section_blocks()
    assert len(blocks) == 1
    assert "reconcile(" in blocks[0]


@pytest.mark.parametrize("delay", [3.0, None], ids=["held by a proxy", "lost"])
def test_the_example_ends_with_exactly_one_sms(delay):
    """Held or lost, the example's first send is outcome-unknown; one SMS exists at the end."""
    with Sandbox(clock=SandboxClock(start=1_700_000_000, frozen=True)) as sandbox:
        settings = sandbox.client_settings()
        faulty = Faulty(settings["transport"])
        proxy = HeldByProxy(sandbox, delay)
        faulty.plan("POST", proxy)
        advance = settings["sleep"]

        def sleep(seconds):
            advance(seconds)
            proxy.release_due()

        client = lox24.Client(**{**settings, "transport": faulty, "sleep": sleep})
        namespace = {"lox24": lox24, "client": client}
        exec(compile(section_blocks()[0], "README.md", "exec"), namespace)
        stored = [s for s in client.sms.list() if s.callback_data == "order-42"]
    assert len(stored) == 1
    assert namespace["sms"].uuid == stored[0].uuid
