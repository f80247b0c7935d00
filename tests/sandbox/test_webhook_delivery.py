"""Webhook delivery: events posted to subscriptions, retried on the sandbox clock, inspectable."""

from __future__ import annotations

import socket
import threading

import httpx
import pytest

from lox24.sandbox import Sandbox, SandboxClock

from .conftest import T0
from .webhook_receivers import AsgiReceiver, loopback_receiver

HOOK = "http://service.test/hooks/lox24"


def send(api: httpx.Client, phone: str = "+491701234567") -> str:
    body = {"sender_id": "Shop", "phone": phone, "text": "Hello", "callback_data": "order-1"}
    response = api.post("/sms", json=body)
    assert response.status_code == 201, response.text
    return str(response.json()["uuid"])


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_events_are_posted_like_the_gateway_posts_them(
    sandbox: Sandbox, api: httpx.Client, clock: SandboxClock
) -> None:
    """Each sms.delivery event arrives as JSON from a LOX24 address, as attempt 1 of 4."""
    receiver = AsgiReceiver()
    sandbox.webhooks.subscribe(HOOK, app=receiver)
    uuid = send(api)
    clock.advance(6)
    made = sandbox.webhooks.deliver_due()

    assert [p.body for p in receiver.posts] == [
        {
            **event,
            "attempt_number": 1,
            "attempt_total": 4,
            "notification_task_id": a.notification_task_id,
        }
        for event, a in zip(sandbox.events, made, strict=True)
    ]
    assert [(p.body["data"]["id"], p.body["data"]["dlr_code"]) for p in receiver.posts] == [
        (uuid, 4),
        (uuid, 1),
    ]
    assert {(p.path, p.client, p.content_type) for p in receiver.posts} == {
        ("/hooks/lox24", "162.55.80.140", "application/json")
    }
    assert [(a.attempt_number, a.at, a.status, a.delivered, a.final) for a in made] == [
        (1, T0 + 1, 200, True, True),
        (1, T0 + 6, 200, True, True),
    ]


def test_nothing_is_posted_before_the_clock_reaches_the_event(
    sandbox: Sandbox, api: httpx.Client, clock: SandboxClock
) -> None:
    """With a frozen clock, an event due later is posted only once the clock gets there."""
    receiver = AsgiReceiver()
    sandbox.webhooks.subscribe(HOOK, app=receiver)
    send(api)
    assert sandbox.webhooks.deliver_due() == []
    clock.advance(1)
    assert len(sandbox.webhooks.deliver_due()) == 1
    assert sandbox.webhooks.deliver_due() == []
    clock.advance(5)
    assert len(sandbox.webhooks.deliver_due()) == 1
    assert len(receiver.posts) == 2


def test_a_refused_post_is_retried_after_growing_intervals(
    sandbox: Sandbox, clock: SandboxClock
) -> None:
    """500, 503, then 200: attempts at +0, +10 and +70 s of sandbox time, the same event."""
    receiver = AsgiReceiver([500, 503])
    sandbox.webhooks.subscribe(HOOK, app=receiver)
    sandbox.simulate.incoming_sms(sender="+491709876543", text="Hi")

    first = sandbox.webhooks.deliver_due()
    assert [(a.attempt_number, a.status, a.final) for a in first] == [(1, 500, False)]
    assert [(p.attempt_number, p.due) for p in sandbox.webhooks.pending] == [(2, T0 + 10)]
    clock.advance(9)
    assert sandbox.webhooks.deliver_due() == []
    clock.advance(1)
    assert [(a.attempt_number, a.status) for a in sandbox.webhooks.deliver_due()] == [(2, 503)]
    clock.advance(60)
    assert [(a.attempt_number, a.status) for a in sandbox.webhooks.deliver_due()] == [(3, 200)]

    assert sandbox.webhooks.pending == []
    assert [p.body["attempt_number"] for p in receiver.posts] == [1, 2, 3]
    assert len({p.body["id"] for p in receiver.posts}) == 1
    assert len({p.body["notification_task_id"] for p in receiver.posts}) == 1


def test_a_jump_of_the_clock_plays_out_every_attempt_until_they_run_out(
    sandbox: Sandbox, clock: SandboxClock
) -> None:
    """An endpoint that always fails gets 4 attempts at +0, +10, +70, +370 s, then none."""
    receiver = AsgiReceiver([500] * 10)
    sandbox.webhooks.subscribe(HOOK, app=receiver)
    sandbox.simulate.incoming_sms(sender="+491709876543", text="Hi")
    clock.advance(10_000)
    made = sandbox.webhooks.deliver_due()

    assert [(a.attempt_number, a.at, a.delivered) for a in made] == [
        (1, T0, False),
        (2, T0 + 10, False),
        (3, T0 + 70, False),
        (4, T0 + 370, False),
    ]
    assert made[-1].final
    assert sandbox.webhooks.pending == []
    assert sandbox.webhooks.attempts == made
    assert len(receiver.posts) == 4


def test_an_unreachable_endpoint_is_recorded_and_retried(
    sandbox: Sandbox, clock: SandboxClock
) -> None:
    """No answer at all counts as a failed attempt with the reason recorded."""
    url = f"http://127.0.0.1:{closed_port()}/hook"
    sandbox.webhooks.subscribe(url)
    sandbox.simulate.incoming_sms(sender="+491709876543", text="Hi")
    (attempt,) = sandbox.webhooks.deliver_due()
    assert (attempt.url, attempt.status, attempt.delivered) == (url, None, False)
    assert attempt.error is not None
    assert attempt.error.startswith("ConnectError")
    assert [p.attempt_number for p in sandbox.webhooks.pending] == [2]


def test_events_go_only_to_subscriptions_that_want_them(
    sandbox: Sandbox, api: httpx.Client, clock: SandboxClock
) -> None:
    """A subscription to sms.incoming gets no delivery reports; one to every event gets all."""
    incoming, everything = AsgiReceiver(), AsgiReceiver()
    sandbox.webhooks.subscribe(HOOK, events=["sms.incoming"], app=incoming)
    sandbox.webhooks.subscribe(HOOK, app=everything)
    send(api)
    sandbox.simulate.incoming_sms(sender="+491709876543", text="Hi")
    clock.advance(6)
    sandbox.webhooks.deliver_due()
    assert [p.body["name"] for p in incoming.posts] == ["sms.incoming"]
    assert sorted(p.body["name"] for p in everything.posts) == [
        "sms.delivery",
        "sms.delivery",
        "sms.incoming",
    ]


def test_events_from_before_a_subscription_are_not_delivered_to_it(sandbox: Sandbox) -> None:
    """Like a webhook configured in the account, a subscription sees only later events."""
    sandbox.simulate.incoming_sms(sender="+491709876543", text="before")
    receiver = AsgiReceiver()
    sandbox.webhooks.subscribe(HOOK, app=receiver)
    sandbox.simulate.incoming_sms(sender="+491709876543", text="after")
    sandbox.webhooks.deliver_due()
    assert [p.body["data"]["text"] for p in receiver.posts] == ["after"]


def test_a_redelivered_event_keeps_its_id(sandbox: Sandbox) -> None:
    """simulate.redeliver posts the event again: same id, new task id, attempt 1."""
    receiver = AsgiReceiver()
    sandbox.webhooks.subscribe(HOOK, app=receiver)
    sandbox.simulate.incoming_sms(sender="+491709876543", text="Hi")
    sandbox.webhooks.deliver_due()
    event_id = sandbox.events[0]["id"]

    assert sandbox.simulate.redeliver(event_id) == 1
    sandbox.webhooks.deliver_due()
    first, again = (p.body for p in receiver.posts)
    assert again["id"] == first["id"] == event_id
    assert again["attempt_number"] == 1
    assert again["notification_task_id"] != first["notification_task_id"]
    with pytest.raises(LookupError):
        sandbox.simulate.redeliver("00000000-0000-0000-0000-000000000000")


@pytest.mark.parametrize(
    ("url", "events"),
    [
        ("ftp://service.test/hook", None),
        ("/hooks/lox24", None),
        ("http:///nohost", None),
        (HOOK, ["sms.delivered"]),
    ],
)
def test_a_bad_subscription_is_refused(
    sandbox: Sandbox, url: str, events: list[str] | None
) -> None:
    """Only http(s) URLs with a host and documented event names are accepted."""
    with pytest.raises(ValueError, match=r"webhook URL|unknown event"):
        sandbox.webhooks.subscribe(url, events=events)
    assert sandbox.webhooks.subscriptions == []


def test_an_account_has_at_most_five_subscriptions(sandbox: Sandbox) -> None:
    """The sixth subscription is refused, as the account settings allow five webhooks."""
    for n in range(5):
        sandbox.webhooks.subscribe(f"{HOOK}/{n}")
    with pytest.raises(ValueError, match="at most 5"):
        sandbox.webhooks.subscribe(HOOK)
    assert [s.id for s in sandbox.webhooks.subscriptions] == [1, 2, 3, 4, 5]


def test_unsubscribing_drops_waiting_attempts(sandbox: Sandbox) -> None:
    """After unsubscribe, a failed delivery is not retried."""
    receiver = AsgiReceiver([500])
    subscription = sandbox.webhooks.subscribe(HOOK, app=receiver)
    sandbox.simulate.incoming_sms(sender="+491709876543", text="Hi")
    sandbox.webhooks.deliver_due()
    sandbox.webhooks.unsubscribe(subscription.id)
    assert sandbox.webhooks.pending == []
    with pytest.raises(LookupError):
        sandbox.webhooks.unsubscribe(subscription.id)


def test_reset_forgets_deliveries_but_keeps_subscriptions(
    sandbox: Sandbox, clock: SandboxClock
) -> None:
    """After reset, nothing old is retried and new events are delivered to the same URLs."""
    receiver = AsgiReceiver([500])
    sandbox.webhooks.subscribe(HOOK, app=receiver)
    sandbox.simulate.incoming_sms(sender="+491709876543", text="old")
    sandbox.webhooks.deliver_due()
    sandbox.reset()
    assert sandbox.webhooks.pending == []
    assert sandbox.webhooks.attempts == []
    sandbox.simulate.incoming_sms(sender="+491709876543", text="new")
    clock.advance(1000)
    sandbox.webhooks.deliver_due()
    assert [p.body["data"]["text"] for p in receiver.posts] == ["old", "new"]


def test_events_are_posted_over_loopback_http(sandbox: Sandbox, clock: SandboxClock) -> None:
    """A real HTTP server on 127.0.0.1 gets the JSON body; its 503 is retried."""
    with loopback_receiver([503]) as (url, plan):
        sandbox.webhooks.subscribe(url)
        sandbox.simulate.incoming_sms(sender="+491709876543", text="Hi")
        clock.advance(10)
        made = sandbox.webhooks.deliver_due()
    assert [(a.attempt_number, a.status) for a in made] == [(1, 503), (2, 200)]
    assert [(p.path, p.client, p.content_type) for p in plan.posts] == [
        ("/hooks/lox24", "127.0.0.1", "application/json")
    ] * 2
    assert [p.body["attempt_number"] for p in plan.posts] == [1, 2]
    assert plan.posts[0].body["data"]["text"] == "Hi"


def test_the_background_worker_delivers_as_the_clock_moves(
    sandbox: Sandbox, api: httpx.Client, clock: SandboxClock
) -> None:
    """With start(), moving the clock is enough; wait_idle() returns once the posts are made."""
    receiver = AsgiReceiver()
    sandbox.webhooks.subscribe(HOOK, app=receiver)
    sandbox.webhooks.start()
    try:
        send(api)
        clock.advance(6)
        assert sandbox.webhooks.wait_idle(timeout=30)
    finally:
        sandbox.webhooks.stop()
    assert [p.body["data"]["dlr_code"] for p in receiver.posts] == [4, 1]
    assert len(sandbox.webhooks.attempts) == 2


def test_concurrent_readers_do_not_make_the_worker_post_an_event_twice(sandbox: Sandbox) -> None:
    """Reading pending/attempts from other threads while the worker runs posts each event once."""
    receiver = AsgiReceiver()
    sandbox.webhooks.subscribe(HOOK, app=receiver)
    sandbox.webhooks.start(poll_interval=0.01)
    stop = threading.Event()

    def read() -> None:
        while not stop.is_set():
            assert sandbox.webhooks.pending is not None
            assert sandbox.webhooks.attempts is not None

    readers = [threading.Thread(target=read) for _ in range(3)]
    for reader in readers:
        reader.start()
    try:
        for n in range(100):
            sandbox.simulate.incoming_sms(sender="+491709876543", text=str(n))
        assert sandbox.webhooks.wait_idle(timeout=30)
    finally:
        stop.set()
        for reader in readers:
            reader.join()
        sandbox.webhooks.stop()
    assert sorted(int(p.body["data"]["text"]) for p in receiver.posts) == list(range(100))
