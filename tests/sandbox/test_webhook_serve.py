"""``lox24 sandbox serve --webhook-url``: a served sandbox posts its events over loopback HTTP."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator

import httpx
import pytest

from lox24.sandbox import SANDBOX_TOKEN, Sandbox
from lox24.sandbox._serve import serve

from .conftest import T0
from .webhook_receivers import Plan, loopback_receiver

_DEADLINE = 30.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_until(done: object, what: str) -> None:
    """Poll ``done()`` until it is true; fail (not assert timing) after a generous deadline."""
    deadline = time.monotonic() + _DEADLINE
    while not done():  # type: ignore[operator]
        if time.monotonic() > deadline:
            pytest.fail(f"gave up waiting for {what}")
        time.sleep(0.05)


@pytest.fixture
def served_with_hook() -> Iterator[tuple[httpx.Client, Plan]]:
    """A receiver that refuses its first post, and the command serving a sandbox posting to it."""
    with loopback_receiver([500]) as (hook, plan):
        port = free_port()
        command = ["-m", "lox24", "sandbox", "serve", "--port", str(port), "--webhook-url", hook]
        process = subprocess.Popen(
            [sys.executable, *command],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:

            def listening() -> bool:
                with socket.socket() as probe:
                    return probe.connect_ex(("127.0.0.1", port)) == 0

            wait_until(listening, "the sandbox to listen")
            headers = {"X-LOX24-AUTH-TOKEN": SANDBOX_TOKEN, "Accept": "application/json"}
            with httpx.Client(base_url=f"http://127.0.0.1:{port}", headers=headers) as http:
                yield http, plan
        finally:
            process.terminate()
            process.wait(timeout=10)


@pytest.mark.slow
def test_served_sandbox_posts_and_retries_on_its_clock(
    served_with_hook: tuple[httpx.Client, Plan],
) -> None:
    """Both reports of an SMS arrive; the refused one again once the clock passes +10 s."""
    http, plan = served_with_hook
    assert http.post("/_sandbox/clock", json={"set": T0, "frozen": True}).status_code == 200
    sms = {"sender_id": "Shop", "phone": "+491701234567", "text": "Hi"}
    uuid = http.post("/sms", json=sms).json()["uuid"]
    http.post("/_sandbox/clock", json={"advance": 6})
    wait_until(lambda: len(http.get("/_sandbox/webhooks/attempts").json()) == 2, "2 attempts")
    http.post("/_sandbox/clock", json={"advance": 10})
    wait_until(lambda: len(http.get("/_sandbox/webhooks/attempts").json()) == 3, "a retry")

    attempts = http.get("/_sandbox/webhooks/attempts").json()
    assert [(a["attempt_number"], a["status"], a["at"]) for a in attempts] == [
        (1, 500, T0 + 1),
        (1, 200, T0 + 6),
        (2, 200, T0 + 11),
    ]
    assert [(p.body["data"]["id"], p.body["data"]["dlr_code"]) for p in plan.posts] == [
        (uuid, 4),
        (uuid, 1),
        (uuid, 4),
    ]
    assert [p.body["attempt_number"] for p in plan.posts] == [1, 1, 2]


def test_serve_refuses_a_bad_webhook_url_before_serving(sandbox: Sandbox) -> None:
    """A URL that is not HTTP(S) is refused with ValueError; nothing is served."""
    with pytest.raises(ValueError, match="webhook URL"):
        serve(sandbox, port=free_port(), webhook_urls=["mailto:ops@example.com"])
    assert sandbox.webhooks.subscriptions == []
