"""Pins the types of lox24.webhooks. Checked by mypy (``nox -s typecheck``); never executed."""

from __future__ import annotations

from typing import assert_type

import lox24
from lox24.webhooks import (
    DedupStore,
    DeliveryState,
    DeliveryTracker,
    MemoryStore,
    Receiver,
    RedisStore,
    Reply,
    SQLiteStore,
    WebhookApp,
)


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
