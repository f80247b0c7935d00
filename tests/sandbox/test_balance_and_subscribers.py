"""The account balance as a sandbox setting, and the event log's subscribers."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from lox24.sandbox import SANDBOX_BASE_URL, Sandbox, SandboxClock

from .conftest import T0, make_client


def test_balance_setting_is_the_start_and_reset_balance(clock: SandboxClock) -> None:
    """Sandbox(balance=...) is what /me shows at first and again after a reset."""
    with Sandbox(clock=clock, balance=5000) as box, make_client(box) as api:
        assert api.get("/me").json()["balance_amount"] == 5000
        api.post("/sms", json={"sender_id": "Shop", "phone": "+491701234567", "text": "Hi"})
        assert api.get("/me").json()["balance_amount"] == pytest.approx(5000 - 0.056)
        box.reset()
        assert api.get("/me").json()["balance_amount"] == 5000


def test_set_balance_changes_it_now(
    sandbox: Sandbox, api: httpx.Client, clock: SandboxClock
) -> None:
    """set_balance sets the amount and balance_changed_at; a reset restores the start balance."""
    clock.advance(30)
    sandbox.set_balance(0.05)
    me = api.get("/me").json()
    assert (me["balance_amount"], me["balance_changed_at"]) == (0.05, T0 + 30)
    body = {"sender_id": "Shop", "phone": "+491701234567", "text": "Hi"}
    assert api.post("/sms", json=body).status_code == 402
    sandbox.reset()
    assert api.get("/me").json()["balance_amount"] == 100


def test_balance_control_over_http(sandbox: Sandbox, api: httpx.Client) -> None:
    """GET and POST /_sandbox/balance read and set it, without a token."""
    with httpx.Client(base_url=SANDBOX_BASE_URL, transport=sandbox.transport()) as raw:
        assert raw.get("/_sandbox/balance").json() == {"balance": 100.0, "changed_at": T0}
        answer = raw.post("/_sandbox/balance", json={"balance": 250000})
        assert answer.json() == {"balance": 250000.0, "changed_at": T0}
        for wrong in (b"{", b"[]", b'{"balance": "1"}', b'{"balance": -1}', b'{"balance": true}'):
            assert raw.post("/_sandbox/balance", content=wrong).status_code == 400
    assert api.get("/me").json()["balance_amount"] == 250000


def test_subscribers_get_each_event_in_order_across_resets(
    sandbox: Sandbox, api: httpx.Client, clock: SandboxClock
) -> None:
    """A subscriber is called with every new event as it is logged, in log order, after resets."""
    seen: list[dict[str, Any]] = []
    sandbox._core.subscribers.append(seen.append)
    api.post("/sms", json={"sender_id": "Shop", "phone": "+491701234567", "text": "Hi"})
    clock.advance(10)
    assert seen == sandbox.events
    assert [e["data"]["dlr_code"] for e in seen] == [4, 1]
    sandbox.reset()
    sandbox.simulate.incoming_sms(sender="+491709999999", text="STOP")
    assert [e["name"] for e in seen] == ["sms.delivery", "sms.delivery", "sms.incoming"]
