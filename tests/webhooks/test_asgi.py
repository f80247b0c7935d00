"""The receiver as an ASGI app, driven through httpx.ASGITransport and mounted in Starlette."""

from __future__ import annotations

import json

import httpx
import pytest
from starlette.applications import Starlette
from starlette.routing import Route

from lox24.webhooks import MemoryStore, Receiver

from .examples import example

LOX24_PEER = ("162.55.80.140", 41000)


def client_for(app, peer=LOX24_PEER) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app, client=peer), base_url="http://service.test"
    )


@pytest.fixture
def receiver() -> Receiver:
    return Receiver(store=MemoryStore())


async def test_a_post_is_handled_and_its_redelivery_acknowledged(receiver):
    """POSTing an event runs its handler once; both deliveries get 200 JSON answers."""
    seen = []
    receiver.on("sms.delivery")(seen.append)
    async with client_for(receiver.asgi_app()) as client:
        first = await client.post("/", content=json.dumps(example("sms.delivery")))
        again = await client.post(
            "/", content=json.dumps(example("sms.delivery", attempt_number=2))
        )
    assert (first.status_code, first.json()) == (200, {"outcome": "handled"})
    assert (again.status_code, again.json()) == (200, {"outcome": "duplicate"})
    assert first.headers["content-type"] == "application/json"
    assert len(seen) == 1


async def test_async_handlers_are_awaited(receiver):
    """A coroutine handler is awaited inside the app."""
    seen = []

    @receiver.on("sms.incoming")
    async def incoming(event):
        seen.append(event.data.text)

    async with client_for(receiver.asgi_app()) as client:
        response = await client.post("/", content=json.dumps(example("sms.incoming")))
    assert response.status_code == 200
    assert seen == [example("sms.incoming")["data"]["text"]]


async def test_a_failing_handler_answers_500_then_the_redelivery_succeeds(receiver):
    """A handler exception becomes a 500; the next delivery is handled."""
    calls = []

    @receiver.on("sms.delivery")
    async def flaky(event):
        calls.append(event.attempt_number)
        if event.attempt_number == 1:
            raise RuntimeError("down")

    async with client_for(receiver.asgi_app()) as client:
        first = await client.post("/", content=json.dumps(example("sms.delivery")))
        second = await client.post(
            "/", content=json.dumps(example("sms.delivery", attempt_number=2))
        )
    assert (first.status_code, second.status_code) == (500, 200)
    assert calls == [1, 2]


async def test_bad_bodies_strangers_methods_and_sizes_get_their_4xx(receiver):
    """400 for a non-event, 403 for a stranger, 405 for GET, 413 beyond the body limit."""
    receiver.max_body_bytes = 1000
    app = receiver.asgi_app()
    async with client_for(app) as client:
        assert (await client.post("/", content=b"{nope")).status_code == 400
        get = await client.get("/")
        assert (get.status_code, get.headers["allow"]) == (405, "POST")
        assert (await client.post("/", content=b"x" * 1001)).status_code == 413
    async with client_for(app, peer=("203.0.113.9", 5000)) as stranger:
        assert (
            await stranger.post("/", content=json.dumps(example("sms.delivery")))
        ).status_code == 403


async def test_behind_a_trusted_proxy_the_forwarded_header_is_read():
    """With the proxy trusted, the app checks the X-Forwarded-For address."""
    receiver = Receiver(store=MemoryStore(), trusted_proxies=["10.0.0.0/8"])
    async with client_for(receiver.asgi_app(), peer=("10.0.0.2", 80)) as proxy:
        body = json.dumps(example("sms.delivery"))
        forged = await proxy.post("/", content=body, headers={"X-Forwarded-For": "203.0.113.9"})
        real = await proxy.post("/", content=body, headers={"X-Forwarded-For": "162.55.80.141"})
    assert (forged.status_code, real.status_code) == (403, 200)


async def test_routed_in_starlette_it_serves_its_path(receiver):
    """Route('/path', receiver.asgi_app()) is all a Starlette or FastAPI service needs."""
    seen = []
    receiver.on("*")(seen.append)
    service = Starlette(routes=[Route("/lox24/webhooks", receiver.asgi_app(), methods=["POST"])])
    async with client_for(service) as client:
        response = await client.post(
            "/lox24/webhooks", content=json.dumps(example("fraud-check.done"))
        )
    assert response.status_code == 200
    assert [event.name for event in seen] == ["fraud-check.done"]


async def test_lifespan_events_are_acknowledged(receiver):
    """Served on its own (uvicorn app), the app completes startup and shutdown."""
    incoming = [{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}]
    sent = []

    async def receive():
        return incoming.pop(0)

    async def send(message):
        sent.append(message["type"])

    await receiver.asgi_app()({"type": "lifespan"}, receive, send)
    assert sent == ["lifespan.startup.complete", "lifespan.shutdown.complete"]


async def test_a_client_gone_before_the_whole_body_gets_no_answer_and_no_handling(receiver):
    """A disconnect mid-body ends the request quietly: nothing handled, nothing sent."""
    receiver.on("*")(pytest.fail)
    body = json.dumps(example("sms.delivery")).encode()
    incoming = [
        {"type": "http.request", "body": body[:10], "more_body": True},
        {"type": "http.disconnect"},
    ]
    sent = []

    async def receive():
        return incoming.pop(0)

    async def send(message):
        sent.append(message)

    scope = {"type": "http", "method": "POST", "headers": [], "client": LOX24_PEER}
    await receiver.asgi_app()(scope, receive, send)
    assert sent == []
