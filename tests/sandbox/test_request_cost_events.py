"""Fraud-check announcements and webhook passes cost what is new, not what is stored.

Counted through ``Store.work`` (never timed): ``fraud_due_handled`` counts fraud checks taken
from their due heap, ``events_read`` the events of the log handed to webhook delivery.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from lox24.sandbox import Sandbox, SandboxClock
from lox24.sandbox._state._store import WorkCounts
from tests.helpers import store_sizes

from .conftest import T0, make_client
from .webhook_receivers import AsgiReceiver

SIZES = (200, 2000)
HOOK = "http://service.test/hooks/lox24"
CHECK = {"service_code": "direct", "phone": "+491701234567"}


@pytest.fixture(params=store_sizes(SIZES, "stored"))
def size(request: pytest.FixtureRequest) -> int:
    return int(request.param)


@pytest.fixture
def box(size: int) -> Iterator[Sandbox]:
    with Sandbox(clock=SandboxClock(start=T0, frozen=True), balance=1e6) as sandbox:
        yield sandbox


@pytest.fixture
def client(box: Sandbox) -> Iterator[httpx.Client]:
    with make_client(box) as api:
        yield api


def work(box: Sandbox) -> WorkCounts:
    return box._core.store.work


def create_checks(api: httpx.Client, count: int) -> list[str]:
    ids = []
    for _ in range(count):
        response = api.post("/fraud-checks", json=CHECK)
        assert response.status_code == 201, response.text
        ids.append(str(response.json()["id"]))
    return ids


def test_reading_a_check_touches_no_check_still_running(
    box: Sandbox, client: httpx.Client, size: int
) -> None:
    """With every check still running, requests take nothing from the heap, at any count."""
    ids = create_checks(client, size)
    before = work(box).fraud_due_handled
    for check_id in ids[:5]:
        assert client.get(f"/fraud-checks/{check_id}").json()["status_code"] == 0
    assert client.post("/fraud-checks", json=CHECK).status_code == 201
    assert work(box).fraud_due_handled == before


def test_announcing_touches_exactly_the_checks_that_ended(
    box: Sandbox, client: httpx.Client, size: int
) -> None:
    """Once the stored checks are announced, a request handles only the checks that ended since."""
    create_checks(client, size)
    box.clock.advance(10)
    assert len(box.events) == size
    new = create_checks(client, 3)
    deleted = create_checks(client, 1)
    assert client.delete(f"/fraud-checks/{deleted[0]}").status_code == 204
    box.clock.advance(2)
    before = work(box).fraud_due_handled
    assert client.get(f"/fraud-checks/{new[0]}").json()["status_code"] == 10
    assert work(box).fraud_due_handled - before == 4  # the deleted check's entry is dropped
    done = [e["data"]["id"] for e in box.events[size:]]
    assert done == new


def fill_events(api: httpx.Client, clock: SandboxClock, count: int) -> None:
    """Deliver ``count`` SMS through one bulk: two sms.delivery events each."""
    phones = [f"+4917{i:08d}" for i in range(count)]
    response = api.post("/bulks", json={"sender_id": "Shop", "text": "Hi", "phones": phones})
    assert response.status_code == 201, response.text
    clock.advance(2 + count / 2000 + 10)


def test_a_delivery_pass_reads_only_the_new_events(
    box: Sandbox, client: httpx.Client, size: int
) -> None:
    """After subscribing, a pass reads the events emitted since the last one, not the log."""
    fill_events(client, box.clock, size)
    receiver = AsgiReceiver()
    box.webhooks.subscribe(HOOK, app=receiver)
    assert len(box.events) == 2 * size
    before = work(box).events_read
    assert box.webhooks.deliver_due() == []
    assert work(box).events_read == before
    body = {"sender_id": "Shop", "phone": "+491701234567", "text": "Hi"}
    uuid = client.post("/sms", json=body).json()["uuid"]
    box.clock.advance(6)
    made = box.webhooks.deliver_due()
    assert work(box).events_read - before == 2
    assert {a.event_id for a in made} == {e["id"] for e in box.events[-2:]}
    assert [p.body["data"]["id"] for p in receiver.posts] == [uuid, uuid]


def test_after_a_reset_a_pass_reads_only_the_new_log(
    box: Sandbox, client: httpx.Client, size: int
) -> None:
    """A reset is noticed by its generation: the new log is read from its start, nothing more."""
    fill_events(client, box.clock, size)
    box.webhooks.subscribe(HOOK, app=AsgiReceiver())
    client.post("/sms", json={"sender_id": "Shop", "phone": "+491701234567", "text": "Hi"})
    box.clock.advance(6)
    assert len(box.webhooks.deliver_due()) == 2
    box.reset()
    client.post("/sms", json={"sender_id": "Shop", "phone": "+491701234567", "text": "Hi"})
    box.clock.advance(6)
    made = box.webhooks.deliver_due()
    assert work(box).events_read == 2
    assert [a.event_id for a in box.webhooks.attempts] == [a.event_id for a in made]
    assert len(made) == 2
