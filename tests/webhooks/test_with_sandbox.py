"""The receiver and tracker against the sandbox's webhook delivery, in-process and seeded.

A service sends SMS through the client, the sandbox posts every sms.delivery event to the
service's ASGI app, the service fails a fixed share of first attempts on purpose so that the
sandbox redelivers, and the tracker ends with the right final state for every SMS; the SMS whose
reports are withheld (their subscription filtered them out) are found by polling.
"""

from __future__ import annotations

import random
from collections import Counter

import pytest

import lox24
from lox24.sandbox import Sandbox, SandboxClock
from lox24.webhooks import DeliveryState, DeliveryTracker, MemoryStore, Receiver

T0 = 1_700_000_000
HOOK = "http://service.test/lox24/webhooks"
OUTCOME_BY_SUFFIX = {
    "0000": DeliveryState.REJECTED,
    "9999": DeliveryState.EXPIRED,
    "1234": DeliveryState.DELIVERED,
}


@pytest.fixture
def sandbox() -> Sandbox:
    return Sandbox(clock=SandboxClock(start=T0, frozen=True))


@pytest.fixture
def client(sandbox: Sandbox):
    with lox24.Client(
        sandbox.token, base_url="http://sandbox.lox24.test", transport=sandbox.transport()
    ) as client:
        yield client


def test_every_sms_ends_in_its_final_state_once_despite_failed_deliveries(sandbox, client):
    """60 SMS, a quarter of first deliveries failed on purpose: one report per final state,
    the tracker right for each (delivered, expired, rejected)."""
    rng = random.Random(7)
    recorded: Counter[tuple[str, int]] = Counter()
    tracker = DeliveryTracker(clock=sandbox.clock.now)
    receiver = Receiver(store=MemoryStore())  # the sandbox posts from LOX24's own address

    @receiver.on("sms.delivery")
    def delivered(event) -> None:
        if event.attempt_number == 1 and rng.random() < 0.25:
            raise RuntimeError("failing on purpose")
        recorded[(event.data.id, int(event.data.dlr_code))] += 1
        tracker.observe(event)

    sandbox.webhooks.subscribe(HOOK, app=receiver.asgi_app(), events=["sms.delivery"])
    expected = {}
    for i in range(60):
        suffix = list(OUTCOME_BY_SUFFIX)[i % 3]
        sms = client.sms.send(phone=f"+4917{i:03d}{suffix}", sender_id="Shop", text="Hi")
        expected[sms.uuid] = OUTCOME_BY_SUFFIX[suffix]
    tracker.track(*expected)

    for _ in range(20):  # each step plays out what fell due: reports and retries (10, 60, 300 s)
        sandbox.clock.advance(60)
        sandbox.webhooks.deliver_due()

    assert tracker.states == expected
    finals = {1: DeliveryState.DELIVERED, 8: DeliveryState.EXPIRED, 16: DeliveryState.REJECTED}
    assert {(uuid, dlr) for (uuid, dlr) in recorded if dlr in finals} == {
        (uuid, code) for uuid, state in expected.items() for code, s in finals.items() if s is state
    }
    assert set(recorded.values()) == {1}  # each report handled exactly once
    retried = [a for a in sandbox.webhooks.attempts if a.attempt_number > 1]
    assert retried
    assert all(a.status == 200 for a in retried)


def test_sms_without_reports_are_found_by_polling(sandbox, client):
    """With no webhook at all, the tracker polls client.sms.get and still finds every outcome."""
    tracker = DeliveryTracker(
        get_sms=client.sms.get, poll_after=30, clock=sandbox.clock.now, sleep=sandbox.clock.advance
    )
    expected = {}
    for suffix, state in OUTCOME_BY_SUFFIX.items():
        sms = client.sms.send(phone=f"+4917000{suffix}", sender_id="Shop", text="Hi")
        expected[sms.uuid] = state
    tracker.track(*expected)
    assert tracker.wait(timeout=600, poll_interval=30) == expected
    assert tracker.unreported == set(expected)
