"""``simulate.delivery_report``: the network reports an outcome for an SMS, whatever its number."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from lox24.sandbox import Sandbox, SandboxClock

from .conftest import T0
from .webhook_receivers import AsgiReceiver

HOOK = "http://service.test/hooks/lox24"


def send(api: httpx.Client, phone: str = "+491701234567") -> str:
    body = {"sender_id": "Shop", "phone": phone, "text": "Hello", "callback_data": "order-7"}
    response = api.post("/sms", json=body)
    assert response.status_code == 201, response.text
    return str(response.json()["uuid"])


def reports(sandbox: Sandbox, uuid: str) -> list[tuple[int, int, int]]:
    """(created_at, status, dlr) of the sms.delivery events of one SMS, in log order."""
    return [
        (e["created_at"], e["data"]["status_code"], e["data"]["dlr_code"])
        for e in sandbox.events
        if e["name"] == "sms.delivery" and e["data"]["id"] == uuid
    ]


@pytest.fixture
def controls(sandbox: Sandbox) -> Iterator[httpx.Client]:
    """A client of the sandbox's own endpoints."""
    with httpx.Client(
        base_url="http://sandbox.lox24.test/_sandbox", transport=sandbox.transport()
    ) as client:
        yield client


@pytest.mark.parametrize(("outcome", "dlr"), [("delivered", 1), ("expired", 8), ("rejected", 16)])
def test_a_report_sets_the_outcome_and_replaces_the_one_the_number_would_give(
    sandbox: Sandbox, api: httpx.Client, clock: SandboxClock, outcome: str, dlr: int
) -> None:
    """After the handover, the report is the SMS's final state; the number's own report never comes."""
    uuid = send(api, "+491701230000")  # would be rejected 5 s after the handover
    clock.advance(2)
    event = sandbox.simulate.delivery_report(uuid, outcome)
    clock.advance(600)

    assert event["data"] == {
        "id": uuid,
        "key_id": event["data"]["key_id"],
        "dlr_code": dlr,
        "status_code": 100,
        "callback_data": "order-7",
    }
    assert reports(sandbox, uuid) == [(T0 + 1, 100, 4), (T0 + 2, 100, dlr)]
    sms = api.get(f"/sms/{uuid}").json()
    assert (sms["status_code"], sms["dlr_code"], sms["gateway_sent_at"]) == (100, dlr, T0 + 1)


def test_a_report_before_the_handover_sends_the_sms_now(
    sandbox: Sandbox, api: httpx.Client, clock: SandboxClock
) -> None:
    """An SMS not handed over yet counts as sent at the report; no dlr 4 follows it."""
    uuid = send(api)
    sandbox.simulate.delivery_report(uuid, "expired")
    clock.advance(600)
    assert reports(sandbox, uuid) == [(T0, 100, 8)]
    sms = api.get(f"/sms/{uuid}").json()
    assert (sms["status_code"], sms["dlr_code"], sms["gateway_sent_at"]) == (100, 8, T0)


def test_a_report_is_delivered_to_subscriptions(
    sandbox: Sandbox, api: httpx.Client, clock: SandboxClock
) -> None:
    """The report is posted like any event."""
    receiver = AsgiReceiver()
    sandbox.webhooks.subscribe(HOOK, app=receiver)
    uuid = send(api)
    clock.advance(1)
    event = sandbox.simulate.delivery_report(uuid, "rejected")
    sandbox.webhooks.deliver_due()
    assert [p.body["data"]["dlr_code"] for p in receiver.posts] == [4, 16]
    assert receiver.posts[-1].body["id"] == event["id"]


def test_a_report_on_an_unknown_or_cancelled_sms_or_outcome_is_refused(
    sandbox: Sandbox, api: httpx.Client
) -> None:
    """Unknown SMS: KeyError; cancelled SMS or unknown outcome: ValueError; no event either way."""
    with pytest.raises(KeyError):
        sandbox.simulate.delivery_report("00000000-0000-0000-0000-000000000000", "delivered")
    uuid = send(api)
    with pytest.raises(ValueError, match="outcome"):
        sandbox.simulate.delivery_report(uuid, "lost")
    assert api.post("/sms/ops/batch_cancel").json() == {"deleted_sms_count": 1}
    with pytest.raises(ValueError, match="cancelled"):
        sandbox.simulate.delivery_report(uuid, "delivered")
    assert sandbox.events == []


def test_a_report_is_simulated_over_http(
    sandbox: Sandbox, api: httpx.Client, controls: httpx.Client
) -> None:
    """POST /_sandbox/simulate/delivery-report answers 201 with the event, 404 and 400 otherwise."""
    uuid = send(api)
    made = controls.post("/simulate/delivery-report", json={"sms_uuid": uuid, "outcome": "expired"})
    assert made.status_code == 201
    assert made.json() == sandbox.events[-1]
    assert made.json()["data"]["dlr_code"] == 8
    unknown = {"sms_uuid": "00000000-0000-0000-0000-000000000000", "outcome": "expired"}
    assert controls.post("/simulate/delivery-report", json=unknown).status_code == 404
    bad = {"sms_uuid": uuid, "outcome": "late"}
    assert controls.post("/simulate/delivery-report", json=bad).status_code == 400
    assert controls.post("/simulate/delivery-report", json={"sms_uuid": uuid}).status_code == 400
