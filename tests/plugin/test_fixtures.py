"""The pytest plugin's fixtures, used directly (the plugin is installed with the package)."""

from __future__ import annotations

import datetime as dt
import time

import pytest

import lox24
from lox24.testing import FROZEN_START, SandboxHarness


def test_each_test_gets_a_fresh_sandbox_on_a_frozen_clock(lox24_sandbox, lox24_client):
    """The sandbox is empty, its clock stands still at the real time, the client is bound."""
    assert isinstance(lox24_sandbox, SandboxHarness)
    start = lox24_sandbox.now()
    assert abs(start.timestamp() - time.time()) < 5
    assert lox24_sandbox.sent_sms() == []
    assert list(lox24_client.groups.list()) == []
    assert lox24_client.account.get().id == 1234567
    assert lox24_sandbox.now() == start


def schedule_reminder(client: lox24.Client) -> str:
    """A service's code: a reminder one hour from now, by Python's own clock."""
    at = dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)
    return client.sms.send(
        phone="+491701234567", sender_id="Shop", text="Reminder", delivery_at=at
    ).uuid


def test_the_sandbox_and_the_service_agree_on_now(lox24_sandbox, lox24_client):
    """A reminder the service schedules an hour ahead by datetime.now() leaves an hour later."""
    uuid = schedule_reminder(lox24_client)
    lox24_sandbox.advance(dt.timedelta(minutes=59))
    assert lox24_client.sms.get(uuid).dlr_code == 0  # not sent yet
    lox24_sandbox.advance(dt.timedelta(minutes=2))
    assert lox24_client.sms.get(uuid).dlr_code in {1, 4}  # handed over or delivered


@pytest.mark.lox24_sandbox(move_python_clock=True)
def test_python_s_clock_can_move_with_the_sandbox(lox24_sandbox, lox24_client):
    """With move_python_clock, advance, travel_to and waiting move datetime.now() as well."""
    assert dt.datetime.now(dt.UTC) == lox24_sandbox.now()
    lox24_sandbox.advance(dt.timedelta(days=3))
    assert dt.datetime.now(dt.UTC) == lox24_sandbox.now()
    assert abs(time.time() - lox24_sandbox.now().timestamp()) < 1
    lox24_sandbox.travel_to(dt.datetime(2030, 5, 1, 9, tzinfo=dt.UTC))
    assert dt.date.today() == dt.date(2030, 5, 1)
    sms = lox24_client.sms.send(phone="+491701234567", sender_id="Shop", text="Hi")
    lox24_client.sms.wait_for_delivery(sms.uuid, timeout=60, poll_interval=5)
    assert (
        dt.datetime.now(dt.UTC) == lox24_sandbox.now() > dt.datetime(2030, 5, 1, 9, tzinfo=dt.UTC)
    )


def test_python_s_clock_is_given_back():
    """After the harness closes, time.time() is the real time again."""
    with SandboxHarness(start=FROZEN_START, move_python_clock=True) as harness:
        assert time.time() == FROZEN_START
        harness.advance(10)
        assert time.time() == FROZEN_START + 10
    assert time.time() > FROZEN_START + 10**6


def test_sent_sms_and_moving_the_clock(lox24_sandbox, lox24_client):
    """sent_sms shows what was sent, oldest first; advance delivers it."""
    first = lox24_client.sms.send(phone="+491701234567", sender_id="Shop", text="one")
    lox24_client.sms.send(phone="+491701234568", sender_id="Shop", text="two")
    sent = lox24_sandbox.sent_sms()
    assert [s["text"] for s in sent] == ["one", "two"]
    assert lox24_sandbox.last_sms()["phone"] == "+491701234568"
    assert lox24_sandbox.sent_sms(phone="+491701234567")[0]["uuid"] == first.uuid
    assert sent[0]["dlr_code"] == 0
    lox24_sandbox.advance(dt.timedelta(seconds=10))
    assert lox24_client.sms.get(first.uuid).dlr_code == 1
    lox24_sandbox.travel_to(dt.datetime(2027, 1, 1, tzinfo=dt.UTC))
    assert lox24_sandbox.now() == dt.datetime(2027, 1, 1, tzinfo=dt.UTC)


def test_last_sms_without_any_fails_clearly(lox24_sandbox):
    """last_sms says that nothing was sent rather than raising IndexError."""
    with pytest.raises(AssertionError, match="no SMS was sent"):
        lox24_sandbox.last_sms()


def test_waiting_moves_the_frozen_clock(lox24_sandbox, lox24_client):
    """wait_for_delivery returns at once in real time: its sleeps advance the sandbox clock."""
    start = lox24_sandbox.now()
    sms = lox24_client.sms.send(phone="+491701234567", sender_id="Shop", text="Hi")
    final = lox24_client.sms.wait_for_delivery(sms.uuid, timeout=60, poll_interval=1)
    assert final.dlr_code == 1
    assert lox24_sandbox.now() >= start + dt.timedelta(seconds=6)


def test_webhook_events_and_recipients(lox24_sandbox, lox24_client):
    """Delivery reports and replies appear as parsed webhook events."""
    sms = lox24_client.sms.send(phone="+491701234567", sender_id="Shop", text="Hi")
    lox24_sandbox.advance(10)
    lox24_sandbox.simulate.reply(sms.uuid, "Thanks!")
    delivery = lox24_sandbox.webhook_events("sms.delivery")
    assert [e.data.dlr_code for e in delivery] == [4, 1]
    incoming = lox24_sandbox.webhook_events("sms.incoming")
    assert [e.data.text for e in incoming] == ["Thanks!"]
    assert [i.text for i in lox24_client.incomings.list()] == ["Thanks!"]


def test_webhooks_posted_to_an_app_in_process(lox24_sandbox, lox24_client):
    """receive_webhooks subscribes an ASGI app; deliver_webhooks posts the due events to it."""
    received = []

    async def app(scope, receive, send):
        body = b""
        more = True
        while more:
            message = await receive()
            body += message.get("body", b"")
            more = message.get("more_body", False)
        received.append(lox24.parse_event(body))
        await send({"type": "http.response.start", "status": 204, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    lox24_sandbox.receive_webhooks(app, events=["sms.delivery"])
    lox24_client.sms.send(phone="+491701234567", sender_id="Shop", text="Hi")
    lox24_sandbox.advance(10)
    attempts = lox24_sandbox.deliver_webhooks()
    assert [a.status for a in attempts] == [204, 204]
    assert [e.data.dlr_code for e in received] == [4, 1]


def test_requests_are_recorded(lox24_sandbox, lox24_client):
    """requests lists what the client asked, in order."""
    lox24_client.account.get()
    lox24_client.groups.create(name="G")
    assert [(r.method, r.path) for r in lox24_sandbox.requests] == [
        ("GET", "/me"),
        ("POST", "/groups"),
    ]


async def test_async_client(lox24_sandbox, lox24_async_client):
    """The async client talks to the same sandbox."""
    sms = await lox24_async_client.sms.send(phone="+491701234567", sender_id="Shop", text="Hi")
    assert lox24_sandbox.last_sms()["uuid"] == sms.uuid
    final = await lox24_async_client.sms.wait_for_delivery(sms.uuid, timeout=60, poll_interval=1)
    assert final.dlr_code == 1


def test_two_sandboxes_do_not_share_state():
    """A harness made by hand is independent of any other."""
    with SandboxHarness() as one, SandboxHarness(start=0) as two, one.client() as client:
        client.groups.create(name="only in one")
        assert two.now().timestamp() == 0
        with two.client() as other:
            assert list(other.groups.list()) == []


def test_fail_next_makes_one_request_fail(lox24_sandbox, lox24_client):
    """fail_next injects one failure: the next matching request gets it, the one after works."""
    lox24_sandbox.fail_next(path="/groups", method="POST", status=503)
    with pytest.raises(lox24.InternalServerError):
        lox24_client.groups.create(name="first")
    assert lox24_client.groups.create(name="second").name == "second"
    assert [g.name for g in lox24_client.groups.list()] == ["second"]


def test_faults_give_every_rule(lox24_sandbox, lox24_client):
    """faults is the sandbox's rule set: a dropped answer to a write is an unknown outcome."""
    lox24_sandbox.faults.add("drop_after", path="/sms", method="POST", times=1)
    with pytest.raises(lox24.WriteOutcomeUnknownError):
        lox24_client.sms.send(phone="+491701234567", sender_id="Shop", text="Hi")
    assert len(lox24_sandbox.sent_sms()) == 1  # it was sent all the same
