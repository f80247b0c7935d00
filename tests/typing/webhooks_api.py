"""Pins the types of lox24.webhooks. Checked by mypy (``nox -s typecheck``); never executed."""

from __future__ import annotations

from collections.abc import Callable
from typing import assert_type

import lox24
from lox24.webhooks import (
    DedupStore,
    DeliveryState,
    DeliveryTracker,
    EventName,
    MemoryStore,
    Receiver,
    RedisStore,
    Reply,
    SQLiteStore,
    WebhookApp,
)
from lox24_generated.models import FraudCheckDoneEvent, SmsDeliveryEvent


def receiver_usage(body: bytes, client: lox24.Client) -> None:
    """Stores fit the protocol; handle() gives a (status, body) reply; handlers keep types."""
    stores: list[DedupStore] = [MemoryStore(), SQLiteStore("seen.sqlite3"), RedisStore.from_url("")]
    receiver = Receiver(store=stores[0], allowed_senders=None, trusted_proxies=["10.0.0.0/8"])

    @receiver.on("sms.delivery")
    def handler(event: lox24.Event) -> int:
        return 1

    assert_type(handler(lox24.parse_event(body)), int)  # the decorator keeps the signature
    reply = receiver.handle(body, "162.55.80.140", {"X-Forwarded-For": "1.2.3.4"})
    assert_type(reply, Reply)
    status, payload = reply
    assert_type(status, int)
    assert_type(payload, bytes)
    assert_type(receiver.asgi_app(), WebhookApp)


def tracker_usage(client: lox24.Client) -> None:
    """The tracker takes client.sms.get as its polling function and answers states."""
    tracker = DeliveryTracker(["uuid"], get_sms=client.sms.get)
    assert_type(tracker.wait(timeout=60), dict[str, DeliveryState])
    assert_type(tracker.state("uuid"), DeliveryState)


def typed_registration(receiver: Receiver) -> None:
    """The name types the handler's parameter; unknown names and mismatched handlers fail."""

    @receiver.on("sms.delivery")
    def delivery(event: SmsDeliveryEvent) -> None: ...

    @receiver.on("fraud-check.done")
    def fraud(event: FraudCheckDoneEvent) -> str:
        return event.name

    @receiver.on("*")
    def anything(event: lox24.Event) -> None: ...

    keeps: Callable[[FraudCheckDoneEvent], str] = fraud  # the decorator returns it as it is
    assert_type(keeps(lox24.parse_event(b"")), str)  # type: ignore[arg-type]
    receiver.on("sms.deliverry")  # type: ignore[call-overload]

    @receiver.on("sms.incoming")  # type: ignore[type-var]
    def wrong(event: SmsDeliveryEvent) -> None: ...

    name: EventName = "phone.subscribe"
    assert_type(name, EventName)
