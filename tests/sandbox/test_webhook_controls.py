"""``/_sandbox/webhooks`` and ``/_sandbox/simulate/redeliver``: webhook delivery over HTTP."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from lox24.sandbox import Sandbox, SandboxClock

from .conftest import T0
from .webhook_receivers import loopback_receiver


@pytest.fixture
def controls(sandbox: Sandbox) -> Iterator[httpx.Client]:
    """A client of the sandbox's own endpoints (no token needed)."""
    with httpx.Client(
        base_url="http://sandbox.lox24.test/_sandbox", transport=sandbox.transport()
    ) as client:
        yield client


def test_subscriptions_are_made_listed_and_removed(controls: httpx.Client) -> None:
    """POST adds (201), GET lists, DELETE removes (204, then 404)."""
    made = controls.post("/webhooks", json={"url": "http://a.test/h", "events": ["sms.incoming"]})
    assert made.status_code == 201
    assert made.json() == {
        "id": 1,
        "url": "http://a.test/h",
        "events": ["sms.incoming"],
        "in_process": False,
    }
    controls.post("/webhooks", json={"url": "http://b.test/h"})
    assert [(s["id"], s["events"]) for s in controls.get("/webhooks").json()] == [
        (1, ["sms.incoming"]),
        (2, None),
    ]
    assert controls.delete("/webhooks/1").status_code == 204
    assert controls.delete("/webhooks/1").status_code == 404
    assert [s["id"] for s in controls.get("/webhooks").json()] == [2]


@pytest.mark.parametrize(
    "body",
    [
        b"not json",
        b"[]",
        b'{"events": ["sms.incoming"]}',
        b'{"url": "http://a.test/h", "secret": 1}',
        b'{"url": "mailto:ops@example.com"}',
        b'{"url": "http://a.test/h", "events": ["nope"]}',
        b'{"url": "http://a.test/h", "events": 7}',
    ],
)
def test_a_bad_subscription_gets_400(controls: httpx.Client, body: bytes) -> None:
    """Bodies that are not a usable subscription are refused with 400 and nothing is added."""
    response = controls.post("/webhooks", content=body)
    assert response.status_code == 400
    assert controls.get("/webhooks").json() == []


def test_delivery_is_driven_and_inspected_over_http(
    sandbox: Sandbox, controls: httpx.Client, clock: SandboxClock
) -> None:
    """deliver makes the due attempts; attempts and pending show what happened and what waits."""
    with loopback_receiver([500]) as (url, plan):
        controls.post("/webhooks", json={"url": url})
        sandbox.simulate.incoming_sms(sender="+491709876543", text="Hi")
        made = controls.post("/webhooks/deliver").json()
        pending = controls.get("/webhooks/pending").json()
        clock.advance(10)
        later = controls.post("/webhooks/deliver").json()
    event_id = sandbox.events[0]["id"]
    assert [(a["event_id"], a["attempt_number"], a["status"], a["final"]) for a in made] == [
        (event_id, 1, 500, False)
    ]
    assert pending == [
        {"event_id": event_id, "subscription_id": 1, "attempt_number": 2, "due": T0 + 10}
    ]
    assert [(a["attempt_number"], a["status"], a["delivered"]) for a in later] == [(2, 200, True)]
    assert controls.get("/webhooks/attempts").json() == made + later
    assert len(plan.posts) == 2


def test_an_event_is_redelivered_over_http(sandbox: Sandbox, controls: httpx.Client) -> None:
    """simulate/redeliver queues the event again (201), or answers 404 for an unknown event."""
    with loopback_receiver() as (url, plan):
        controls.post("/webhooks", json={"url": url})
        sandbox.simulate.incoming_sms(sender="+491709876543", text="Hi")
        event_id = sandbox.events[0]["id"]
        queued = controls.post("/simulate/redeliver", json={"event_id": event_id})
        controls.post("/webhooks/deliver")
    assert (queued.status_code, queued.json()) == (201, {"queued": 1})
    assert [p.body["id"] for p in plan.posts] == [event_id, event_id]
    unknown = controls.post("/simulate/redeliver", json={"event_id": "x"})
    assert unknown.status_code == 404
    assert controls.post("/simulate/redeliver", json={}).status_code == 400
