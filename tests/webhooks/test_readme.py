"""The README's "Receiving webhooks" examples run as written, against the sandbox."""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

import pytest

import lox24
from lox24.sandbox import Sandbox, SandboxClock
from lox24.webhooks import DeliveryState, DeliveryTracker, SQLiteStore, WebhookApp

from .examples import example

README = Path(__file__).resolve().parents[2] / "README.md"
SECTION = "### Receiving webhooks"


def section_blocks() -> list[str]:
    """The Python code blocks of the README section on receiving webhooks."""
    text = README.read_text(encoding="utf-8")
    start = text.index(SECTION)
    end = text.find("\n#", start + len(SECTION))
    return re.findall(r"```python\n(.*?)```", text[start : end if end != -1 else None], re.S)


def test_the_section_has_the_receiver_and_the_tracker_examples():
    """The section shows a receiver and a tracker, in two blocks."""
    blocks = section_blocks()
    assert len(blocks) == 2
    assert "Receiver(" in blocks[0]
    assert "DeliveryTracker(" in blocks[1]


def test_the_receiver_example_serves_events(tmp_path, monkeypatch, capsys):
    """The receiver of the README handles a delivery report from LOX24 and answers 200."""
    monkeypatch.chdir(tmp_path)
    namespace: dict = {}
    exec(compile(section_blocks()[0], str(README), "exec"), namespace)
    receiver = namespace["receiver"]
    assert isinstance(namespace["app"], WebhookApp)
    assert isinstance(receiver.store, SQLiteStore)
    status, body = receiver.handle(json.dumps(example("sms.delivery")).encode(), "162.55.80.140")
    assert (status, json.loads(body)) == (200, {"outcome": "handled"})
    assert capsys.readouterr().out.split()[:2] == ["d6c12ac4-cc7d-11ec-b6da-525400bbb7dc", "8"]
    receiver.store.close()


def test_the_tracker_example_follows_an_sms_to_its_final_state(tmp_path, monkeypatch):
    """The tracker of the README, with a sandbox client, ends with the SMS delivered."""
    monkeypatch.chdir(tmp_path)
    sandbox = Sandbox(clock=SandboxClock(start=1_700_000_000, frozen=True))
    # The README's tracker runs on the sandbox's clock, so waiting takes no time.
    on_sandbox_time = functools.partial(
        DeliveryTracker, clock=sandbox.clock.now, sleep=sandbox.clock.advance
    )
    monkeypatch.setattr(lox24.webhooks, "DeliveryTracker", on_sandbox_time)
    namespace: dict = {}
    exec(compile(section_blocks()[0], str(README), "exec"), namespace)
    with lox24.Client(**sandbox.client_settings()) as client:
        namespace.update(client=client, sandbox=sandbox)
        exec(compile(section_blocks()[1], str(README), "exec"), namespace)
    assert list(namespace["states"].values()) == [DeliveryState.DELIVERED]
    namespace["receiver"].store.close()


@pytest.mark.parametrize("name", ["Receiver", "SQLiteStore", "DeliveryTracker"])
def test_the_names_the_readme_imports_are_public(name):
    """Every name the section imports is exported by lox24.webhooks."""
    assert name in lox24.webhooks.__all__
