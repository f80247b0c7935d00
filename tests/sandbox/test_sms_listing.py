"""Listing, reading and deleting SMS, and the batch cancel and delete selected by filters."""

from __future__ import annotations

import httpx
import pytest

from lox24.sandbox import PAGE_SIZE, Sandbox, SandboxClock

from .conftest import T0


def send(api: httpx.Client, **fields: object) -> str:
    body = {"sender_id": "Shop", "phone": "+491701234567", "text": "Hello", **fields}
    response = api.post("/sms", json=body)
    assert response.status_code == 201, response.text
    return str(response.json()["uuid"])


def uuids(api: httpx.Client, query: str = "") -> list[str]:
    response = api.get(f"/sms?{query}")
    assert response.status_code == 200, response.text
    return [s["uuid"] for s in response.json()]


@pytest.fixture
def three(api: httpx.Client, clock: SandboxClock) -> list[str]:
    """Three SMS, created 10 s apart; at T0 + 20 they stand differently.

    s0: created T0, "Summer sale" to +49170…, delivered (status 100, dlr 1, sent T0 + 1).
    s1: created T0 + 10, "Привет" to +41…, unicode, delivered (status 100, dlr 1, sent T0 + 11).
    s2: created T0 + 20, "Winter sale" to +49151…, scheduled for T0 + 1000 (status 0).
    """
    first = send(api, text="Summer sale", source=1, callback_data="a")
    clock.advance(10)
    second = send(api, text="Привет", phone="+41791234567", source=2, sender_id="Other")
    clock.advance(10)
    third = send(api, text="Winter sale", phone="+4915112340000", delivery_at=T0 + 1000)
    return [first, second, third]


def test_default_order_is_newest_first(api: httpx.Client, three: list[str]) -> None:
    """GET /sms lists by created_at descending unless ordered otherwise."""
    assert uuids(api) == three[::-1]
    assert uuids(api, "_order[created_at]=asc") == three


def test_rows_carry_every_filtered_field(api: httpx.Client, three: list[str]) -> None:
    """Each listed SMS has bulk_id (the bulk filter's field) and the other filtered fields."""
    row = api.get("/sms").json()[0]
    assert row["bulk_id"] is None
    assert uuids(api, f"bulk={three[0]}") == []


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("status_code[]=0", [2]),
        ("status_code[]=100&status_code[]=6000", [1, 0]),
        ("status_code=100", [1, 0]),
        ("dlr_code=1", [1, 0]),
        ("is_sent=false", [2]),
        ("is_unicode=true", [1]),
        ("iso2=CH", [1]),
        ("iso2[]=DE&iso2[]=CH", [2, 1, 0]),
        (f"created_at[between]={T0}..{T0 + 10}", [1, 0]),
        (f"created_at[gte]={T0 + 10}", [2, 1]),
        (f"created_at[lt]={T0 + 10}", [0]),
        (f"gateway_sent_at={T0 + 11}", [1]),
        ("gateway_sent_at=0", [2]),
        (f"delivery_at[gt]={T0}", [2]),
        ("text=sale", [2, 0]),
        ("phone=4915", [2]),
        ("sender_id=oth", [1]),
        ("source[]=1&source[]=2", [1, 0]),
        ("callback_data=a", [0]),
        ("chars_count[lte]=6", [1]),
        ("parts_count=1", [2, 1, 0]),
        ("key_id=8207&ip=127.0", [2, 1, 0]),
    ],
)
def test_filters(
    api: httpx.Client, clock: SandboxClock, three: list[str], query: str, expected: list[int]
) -> None:
    """Each declared filter selects by the SMS's state at the time of the request."""
    assert uuids(api, query) == [three[i] for i in expected]


def test_order_by_gateway_sent_at(api: httpx.Client, three: list[str]) -> None:
    """_order[gateway_sent_at]=desc puts the latest handover first and the unsent (0) last."""
    assert uuids(api, "_order[gateway_sent_at]=desc") == [three[1], three[0], three[2]]


def test_get_and_delete(api: httpx.Client) -> None:
    """DELETE /sms/{uuid} answers 204; the SMS then 404s; unknown uuids 404."""
    uuid = send(api)
    assert api.get(f"/sms/{uuid}").status_code == 200
    assert api.delete(f"/sms/{uuid}").status_code == 204
    assert api.get(f"/sms/{uuid}").status_code == 404
    assert api.delete(f"/sms/{uuid}").status_code == 404
    assert api.get("/sms/whatever").status_code == 404
    assert uuids(api) == []


def test_batch_cancel_stops_only_unsent_sms(
    api: httpx.Client, clock: SandboxClock, three: list[str]
) -> None:
    """Batch cancel stops the SMS still at status 0 (6000 from then on) and counts them."""
    queued = send(api, text="Flash")
    response = api.post("/sms/ops/batch_cancel")
    assert response.status_code == 200
    assert response.json() == {"deleted_sms_count": 2}
    codes = {s["uuid"]: s["status_code"] for s in api.get("/sms").json()}
    assert codes == {three[0]: 100, three[1]: 100, three[2]: 6000, queued: 6000}
    clock.advance(2000)
    stopped = api.get(f"/sms/{three[2]}").json()
    assert (stopped["status_code"], stopped["dlr_code"], stopped["is_sent"]) == (6000, 0, False)
    assert stopped["gateway_sent_at"] == 0
    assert api.post("/sms/ops/batch_cancel").json() == {"deleted_sms_count": 0}


def test_batch_cancel_honours_the_filters(api: httpx.Client, clock: SandboxClock) -> None:
    """Only the selected SMS are stopped (uuid filter); the rest goes out."""
    kept = send(api, delivery_at=T0 + 100)
    stopped = send(api, delivery_at=T0 + 100)
    response = api.post(f"/sms/ops/batch_cancel?uuid={stopped}")
    assert response.json() == {"deleted_sms_count": 1}
    clock.advance(200)
    assert api.get(f"/sms/{kept}").json()["status_code"] == 100
    assert api.get(f"/sms/{stopped}").json()["status_code"] == 6000


def test_cancelled_sms_emits_no_event(
    sandbox: Sandbox, api: httpx.Client, clock: SandboxClock
) -> None:
    """A stopped SMS never reports: its dlr stays 0."""
    send(api, delivery_at=T0 + 10)
    api.post("/sms/ops/batch_cancel")
    clock.advance(100)
    api.get("/sms")
    assert sandbox.events == []


def test_batch_delete_removes_the_selected_sms(api: httpx.Client, three: list[str]) -> None:
    """Batch delete removes every selected SMS, sent or not, and counts them."""
    response = api.post("/sms/ops/batch_delete?is_sent=true")
    assert response.json() == {"deleted_sms_count": 2}
    assert uuids(api) == [three[2]]
    assert api.get(f"/sms/{three[0]}").status_code == 404


def test_batch_without_filter_applies_to_every_sms(api: httpx.Client, three: list[str]) -> None:
    """No filter at all selects the whole account; on an empty account the count is 0."""
    assert api.post("/sms/ops/batch_delete").json() == {"deleted_sms_count": 3}
    assert uuids(api) == []
    assert api.post("/sms/ops/batch_delete").json() == {"deleted_sms_count": 0}
    assert api.post("/sms/ops/batch_cancel").json() == {"deleted_sms_count": 0}


def test_batch_selects_beyond_one_page(api: httpx.Client, clock: SandboxClock) -> None:
    """The batch operations are not paged: every matching SMS counts, however many."""
    total = PAGE_SIZE * 2 + 5
    for _ in range(total):
        send(api, delivery_at=T0 + 100)
    assert api.post("/sms/ops/batch_cancel?is_sent=false").json() == {"deleted_sms_count": total}
    assert api.post("/sms/ops/batch_delete?status_code=6000").json() == {"deleted_sms_count": total}
    assert uuids(api) == []


def test_batch_answer_is_plain_json_even_for_jsonld(ld: httpx.Client) -> None:
    """The batch result is {"deleted_sms_count": n} with no JSON-LD keys, as the spec declares."""
    assert ld.post("/sms/ops/batch_delete").json() == {"deleted_sms_count": 0}


def test_batch_rejects_a_malformed_filter(api: httpx.Client, three: list[str]) -> None:
    """A filter value of the wrong type is a 400 and nothing is cancelled."""
    assert api.post("/sms/ops/batch_cancel?status_code=zero").status_code == 400
    assert api.get(f"/sms/{three[2]}").json()["status_code"] == 0
