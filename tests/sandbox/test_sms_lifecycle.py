"""SMS lifecycle on the sandbox clock: status, delivery reports, outcomes by number, events."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from lox24.sandbox import Sandbox, SandboxClock
from lox24.sandbox._state._catch_up import catch_up_sms_events

from .conftest import T0


def send(api: httpx.Client, phone: str = "+491701234567", **fields: object) -> str:
    body = {"sender_id": "Shop", "phone": phone, "text": "Hello", **fields}
    response = api.post("/sms", json=body)
    assert response.status_code == 201, response.text
    return str(response.json()["uuid"])


def state(api: httpx.Client, uuid: str) -> tuple[Any, ...]:
    sms = api.get(f"/sms/{uuid}").json()
    return sms["status_code"], sms["dlr_code"], sms["is_sent"], sms["gateway_sent_at"]


def reports(sandbox: Sandbox) -> list[tuple[Any, ...]]:
    """(created_at, sms uuid, status, dlr) of every sms.delivery event, in log order."""
    return [
        (e["created_at"], e["data"]["id"], e["data"]["status_code"], e["data"]["dlr_code"])
        for e in sandbox.events
        if e["name"] == "sms.delivery"
    ]


def test_immediate_sms_is_sent_after_1s_and_delivered_5s_later(
    api: httpx.Client, clock: SandboxClock
) -> None:
    """Status 0 at first; at +1 s status 100, dlr 4, sent at +1; at +6 s dlr 1."""
    uuid = send(api)
    seen = []
    for _ in range(8):
        seen.append(state(api, uuid))
        clock.advance(1)
    unsent, submitted, delivered = (0, 0, False, 0), (100, 4, True, T0 + 1), (100, 1, True, T0 + 1)
    assert seen == [unsent] + [submitted] * 5 + [delivered] * 2


def test_scheduled_sms_waits_for_delivery_at(api: httpx.Client, clock: SandboxClock) -> None:
    """With delivery_at in the future the SMS stays 0 until delivery_at + 1 s."""
    uuid = send(api, delivery_at=T0 + 3600)
    clock.advance(3600)
    assert state(api, uuid) == (0, 0, False, 0)
    clock.advance(1)
    assert state(api, uuid) == (100, 4, True, T0 + 3601)


@pytest.mark.parametrize(
    ("phone", "final_at", "dlr"),
    [("+491701230000", 6, 16), ("+491701239999", 61, 8), ("+491701234567", 6, 1)],
)
def test_outcome_depends_on_the_number(
    api: httpx.Client, clock: SandboxClock, phone: str, final_at: int, dlr: int
) -> None:
    """Ending 0000: rejected (16) at +6 s; ending 9999: expired (8) at +61 s; else delivered."""
    uuid = send(api, phone)
    clock.advance(final_at - 1)
    assert state(api, uuid)[:2] == (100, 4)
    clock.advance(1)
    assert state(api, uuid)[:2] == (100, dlr)


def test_each_dlr_change_is_one_event_at_its_time(
    sandbox: Sandbox, api: httpx.Client, clock: SandboxClock
) -> None:
    """Read late, the events are still dated when each change happened, and never repeated."""
    uuid = send(api, callback_data="order-7")
    clock.advance(100)
    api.get(f"/sms/{uuid}")
    api.get("/sms")
    assert reports(sandbox) == [(T0 + 1, uuid, 100, 4), (T0 + 6, uuid, 100, 1)]
    event = sandbox.events[-1]
    assert event["data"] == {
        "id": uuid,
        "key_id": 8207,
        "dlr_code": 1,
        "status_code": 100,
        "callback_data": "order-7",
    }
    assert (event["api_version"], event["attempt_number"], event["attempt_total"]) == (
        "2022-05-25",
        1,
        4,
    )


def test_events_appear_step_by_step(
    sandbox: Sandbox, api: httpx.Client, clock: SandboxClock
) -> None:
    """Reading between the changes adds each event once it has happened, and only then."""
    uuid = send(api)
    api.get("/sms")
    assert reports(sandbox) == []
    clock.advance(1)
    api.get("/sms")
    assert reports(sandbox) == [(T0 + 1, uuid, 100, 4)]
    clock.advance(4)
    api.get("/sms")
    assert len(reports(sandbox)) == 1
    clock.advance(1)
    api.get("/sms")
    assert reports(sandbox) == [(T0 + 1, uuid, 100, 4), (T0 + 6, uuid, 100, 1)]


def test_events_of_several_sms_are_in_time_order(
    sandbox: Sandbox, api: httpx.Client, clock: SandboxClock
) -> None:
    """Events of SMS sent at different times interleave by the time of each change."""
    first = send(api)
    clock.advance(2)
    second = send(api, "+491701239999")
    clock.advance(3)
    third = send(api)
    clock.advance(100)
    api.get("/sms")
    assert reports(sandbox) == [
        (T0 + 1, first, 100, 4),
        (T0 + 3, second, 100, 4),
        (T0 + 6, first, 100, 1),
        (T0 + 6, third, 100, 4),
        (T0 + 11, third, 100, 1),
        (T0 + 63, second, 100, 8),
    ]
    assert [e["created_at"] for e in sandbox.events] == sorted(
        e["created_at"] for e in sandbox.events
    )


def test_catch_up_can_be_called_by_the_event_log_reader(
    sandbox: Sandbox, api: httpx.Client, clock: SandboxClock
) -> None:
    """catch_up_sms_events emits what is due without any API request, once."""
    uuid = send(api)
    clock.advance(10)
    store = sandbox._core.store
    assert catch_up_sms_events(store, clock.now()) == 2
    assert catch_up_sms_events(store, clock.now()) == 0
    api.get(f"/sms/{uuid}")
    assert len(reports(sandbox)) == 2


def test_clock_moved_back_repeats_no_event(
    sandbox: Sandbox, api: httpx.Client, clock: SandboxClock
) -> None:
    """Moving the clock back and forth again emits no change twice."""
    send(api)
    clock.advance(10)
    api.get("/sms")
    clock.advance(-10)
    api.get("/sms")
    clock.advance(10)
    api.get("/sms")
    assert len(reports(sandbox)) == 2


def test_deleted_text_is_emptied_once_the_final_report_is_in(
    api: httpx.Client, clock: SandboxClock
) -> None:
    """is_text_deleted: the text is shown until the final report, then it is ''."""
    uuid = send(api, is_text_deleted=True)
    clock.advance(5)
    assert api.get(f"/sms/{uuid}").json()["text"] == "Hello"
    clock.advance(1)
    sms = api.get(f"/sms/{uuid}").json()
    assert (sms["text"], sms["is_text_deleted"], sms["dlr_code"]) == ("", True, 1)
    assert api.get("/sms", params={"text": "Hello"}).json() == []


def test_kept_text_stays(api: httpx.Client, clock: SandboxClock) -> None:
    """Without is_text_deleted the text stays after delivery."""
    uuid = send(api)
    clock.advance(100)
    assert api.get(f"/sms/{uuid}").json()["text"] == "Hello"


def test_deleted_sms_emits_nothing_more(
    sandbox: Sandbox, api: httpx.Client, clock: SandboxClock
) -> None:
    """An SMS deleted after its handover reports nothing afterwards."""
    uuid = send(api)
    clock.advance(2)
    assert api.delete(f"/sms/{uuid}").status_code == 204
    clock.advance(100)
    api.get("/sms")
    assert reports(sandbox) == [(T0 + 1, uuid, 100, 4)]
