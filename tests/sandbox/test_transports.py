"""The in-process transports, the app factory and the sandbox's lifetime."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from starlette.applications import Starlette

from lox24.sandbox import SANDBOX_BASE_URL, Sandbox, SandboxClock, create_app

from .conftest import make_client


@pytest.mark.anyio
async def test_async_client_talks_to_the_sandbox(sandbox: Sandbox) -> None:
    """httpx.AsyncClient over async_transport() creates and reads resources."""
    headers = {"X-LOX24-AUTH-TOKEN": sandbox.token, "Accept": "application/json"}
    transport = sandbox.async_transport()
    async with httpx.AsyncClient(
        transport=transport, base_url=SANDBOX_BASE_URL, headers=headers
    ) as c:
        created = await c.post("/groups", json={"name": "async"})
        assert created.status_code == 201
        assert (await c.get("/groups/1")).json()["name"] == "async"
        assert len((await c.get("/groups/1")).headers["X-LOX24-REQUEST-ID"]) == 32


@pytest.mark.anyio
async def test_sync_and_async_clients_share_one_sandbox(sandbox: Sandbox) -> None:
    """A sync client (even called inside a running event loop) sees what the async one wrote."""
    headers = {"X-LOX24-AUTH-TOKEN": sandbox.token, "Accept": "application/json"}
    transport = sandbox.async_transport()
    async with httpx.AsyncClient(
        transport=transport, base_url=SANDBOX_BASE_URL, headers=headers
    ) as c:
        await c.post("/groups", json={"name": "shared"})
    with make_client(sandbox) as client:
        assert client.get("/groups").json()[0]["name"] == "shared"


def test_sync_transport_survives_close_and_restarts(sandbox: Sandbox) -> None:
    """After Sandbox.close() the sync transport starts its event loop again on the next request."""
    with make_client(sandbox) as client:
        assert client.get("/me").status_code == 200
        sandbox.close()
        assert client.get("/me").status_code == 200


def test_sync_transport_sends_streamed_bodies(sandbox: Sandbox) -> None:
    """A request body given as an iterator reaches the app whole."""
    with make_client(sandbox) as client:
        chunks = iter([b'{"name": ', b'"streamed"}'])
        response = client.post(
            "/groups", content=chunks, headers={"Content-Type": "application/json"}
        )
        assert response.json()["name"] == "streamed"


def test_client_address_is_what_the_transport_says(sandbox: Sandbox) -> None:
    """The bulk ip is the client's IPv4 address; an IPv6 client is shown as 127.0.0.1."""
    body = {"sender_id": "Shop", "text": "Hi", "phones": ["+491701234567"]}
    with make_client(sandbox, ip="192.0.2.7") as client:
        assert client.post("/bulks", json=body).json()["ip"] == "192.0.2.7"
    with make_client(sandbox, ip="2001:db8::1") as client:
        assert client.post("/bulks", json=body).json()["ip"] == "127.0.0.1"


def test_create_app_makes_a_default_sandbox_or_serves_a_given_one(clock: SandboxClock) -> None:
    """create_app() builds a Starlette app of a new sandbox; create_app(s) is s.app."""
    app = create_app()
    assert isinstance(app, Starlette)
    with Sandbox(clock=clock) as box:
        assert create_app(box) is box.app


def test_two_sandboxes_are_independent(clock: SandboxClock) -> None:
    """Data written to one sandbox is not seen by another."""
    with Sandbox(clock=clock) as one, Sandbox(clock=clock) as two:
        with make_client(one) as client:
            client.post("/groups", json={"name": "only here"})
        with make_client(two) as client:
            assert client.get("/groups").json() == []


def test_default_clock_follows_real_time() -> None:
    """Without a clock the sandbox runs on real time (plus an offset once moved)."""
    with Sandbox() as box:
        now = box.clock.now()
        assert not box.clock.frozen
        box.clock.advance(3600)
        assert box.clock.now() >= now + 3600


def test_clock_freeze_and_unfreeze() -> None:
    """freeze() stops the clock where it is; unfreeze() lets it run on from there."""
    clock = SandboxClock(start=1_000)
    clock.freeze()
    frozen_at = clock.now()
    assert clock.now() == frozen_at
    clock.set(5_000)
    assert clock.now() == 5_000
    clock.unfreeze()
    assert 5_000 <= clock.now() < 5_060
    assert "running" in repr(clock)


def test_many_concurrent_async_requests_are_served_one_at_a_time(sandbox: Sandbox) -> None:
    """Concurrent requests do not interleave: 50 parallel group creations give ids 1..50."""
    headers = {"X-LOX24-AUTH-TOKEN": sandbox.token, "Accept": "application/json"}

    async def run() -> list[int]:
        transport = sandbox.async_transport()
        async with httpx.AsyncClient(
            transport=transport, base_url=SANDBOX_BASE_URL, headers=headers
        ) as c:
            responses = await asyncio.gather(
                *(c.post("/groups", json={"name": f"g{i}"}) for i in range(50))
            )
        return sorted(r.json()["id"] for r in responses)

    assert asyncio.run(run()) == list(range(1, 51))
