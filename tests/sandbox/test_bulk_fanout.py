"""Bulks create one SMS per recipient: personalised, priced, charged, delivered, cancellable."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest

from lox24.sandbox import Sandbox, SandboxClock

from .conftest import T0

LINK = re.compile(r"https://l24\.pw/([A-Za-z0-9]{6})")
PRICE = 0.056


def bulk(api: httpx.Client, **fields: Any) -> dict[str, Any]:
    body = {"sender_id": "Shop", "text": "Hello", **fields}
    response = api.post("/bulks", json=body)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


def group(api: httpx.Client, phones: list[dict[str, Any]]) -> int:
    group_id: int = api.post("/groups", json={"name": "G", "name_a": "Name"}).json()["id"]
    assert api.post(f"/groups/{group_id}/phones/batch", json=phones).status_code == 201
    return group_id


def messages(api: httpx.Client, bulk_id: str) -> list[dict[str, Any]]:
    """Every SMS of a bulk, oldest first, through GET /sms?bulk[]= (all pages)."""
    found: list[dict[str, Any]] = []
    page = 1
    while batch := api.get(
        "/sms", params={"bulk[]": bulk_id, "page": page, "_order[created_at]": "asc"}
    ).json():
        found.extend(batch)
        page += 1
    return found


def balance(api: httpx.Client) -> float:
    return float(api.get("/me").json()["balance_amount"])


def test_each_recipient_gets_its_own_personalised_sms(
    api: httpx.Client, clock: SandboxClock
) -> None:
    """Each group phone in order: bulk_id, filled [Name colA], callback_data, own parts."""
    long_name = "x" * 200
    group_id = group(
        api,
        [
            {"phone": "+491709876543"},
            {"phone": "+491701111111", "a": "Anna", "callback_data": "c-anna"},
            {"phone": "+491702222222", "a": long_name},
            {"phone": "+491703333333"},
        ],
    )
    created = bulk(api, text="Hi [Name colA]!", msg_groups=[group_id])
    assert api.get("/sms", params={"bulk": created["uuid"]}).json() == []
    clock.advance(3)
    sent = messages(api, created["uuid"])
    assert [(s["phone"], s["text"], s["callback_data"]) for s in sent] == [
        ("+491709876543", "Hi !", None),
        ("+491701111111", "Hi Anna!", "c-anna"),
        ("+491702222222", f"Hi {long_name}!", None),
        ("+491703333333", "Hi !", None),
    ]
    assert {s["bulk_id"] for s in sent} == {created["uuid"]}
    assert [s["parts_count"] for s in sent] == [1, 1, 2, 1]
    assert [s["price"] for s in sent] == [PRICE, PRICE, 2 * PRICE, PRICE]
    assert {(s["sender_id"], s["created_at"], s["key_id"]) for s in sent} == {
        ("Shop", T0 + 2, 8207)
    }


def test_counts_cost_and_balance_are_the_sums_of_its_sms(
    api: httpx.Client, clock: SandboxClock
) -> None:
    """msg_total_cost is the SMS prices in cents; the balance pays the whole bulk at creation."""
    start = balance(api)
    text = "y" * 200  # two parts
    created = bulk(api, text=text, phones=[f"+4917012{i:05d}" for i in range(10)])
    assert balance(api) == pytest.approx(start - 10 * 2 * PRICE)
    clock.advance(3)
    state = api.get(f"/bulks/{created['uuid']}").json()
    sent = messages(api, created["uuid"])
    assert state["msg_total_count"] == len(sent) == 10
    assert state["msg_total_cost"] == round(sum(s["price"] for s in sent) * 100) == 112


def test_sms_appear_as_the_bulk_is_processed(
    sandbox: Sandbox, api: httpx.Client, clock: SandboxClock
) -> None:
    """At 2,000 per second, the SMS listed for the bulk are its msg_total_count at every step."""
    sandbox.set_balance(10_000)
    created = bulk(api, phones=[f"+4917012{i:05d}" for i in range(5000)])
    seen = []
    for _ in range(6):
        listed = api.get("/sms", params={"bulk": created["uuid"]}, headers={"Accept": "*/*"})
        count = api.get(f"/bulks/{created['uuid']}/status").json()["msg_total_count"]
        seen.append((listed.json()["hydra:totalItems"], count))
        clock.advance(1)
    assert seen == [(0, 0), (0, 0), (0, 0), (2000, 2000), (4000, 4000), (5000, 5000)]


def test_each_sms_has_the_delivery_lifecycle_of_any_sms(
    sandbox: Sandbox, api: httpx.Client, clock: SandboxClock
) -> None:
    """Reports by number ending, dated on the sandbox clock, one per change."""
    phones = ["+491701234567", "+491701230000", "+491701239999"]
    created = bulk(api, phones=phones)
    clock.advance(100)
    sent = {s["uuid"]: s["phone"] for s in messages(api, created["uuid"])}
    reports = [
        (e["created_at"], sent[e["data"]["id"]], e["data"]["dlr_code"])
        for e in sandbox.events
        if e["name"] == "sms.delivery"
    ]
    assert reports == [
        (T0 + 3, phones[0], 4),
        (T0 + 3, phones[1], 4),
        (T0 + 3, phones[2], 4),
        (T0 + 8, phones[0], 1),
        (T0 + 8, phones[1], 16),
        (T0 + 63, phones[2], 8),
    ]


def test_short_balance_is_402_with_nothing_created(sandbox: Sandbox, api: httpx.Client) -> None:
    """A bulk the balance cannot pay is refused whole: no bulk, no SMS, nothing charged."""
    sandbox.set_balance(0.1)
    body = {"sender_id": "Shop", "text": "Hi", "phones": ["+491701234567", "+491701234568"]}
    response = api.post("/bulks", json=body)
    assert response.status_code == 402
    assert (api.get("/bulks").json(), balance(api)) == ([], 0.1)
    sandbox.clock.advance(100)
    assert api.get("/sms").json() == []


def test_cancel_stops_unsent_sms_and_refunds_the_rest(
    sandbox: Sandbox, api: httpx.Client, clock: SandboxClock
) -> None:
    """Cancelled mid-way: sent SMS go on, created-unsent ones become 6000, the rest never exist."""
    sandbox.set_balance(10_000)
    start = balance(api)
    created = bulk(api, phones=[f"+4917012{i:05d}" for i in range(5000)])
    clock.advance(3.5)  # 1,999 created at T0+2 (sent at T0+3), 1,001 since T0+3 (unsent)
    assert api.put(f"/bulks/{created['uuid']}/cancel").json()["msg_total_count"] == 3000
    clock.advance(100)
    sent = messages(api, created["uuid"])
    statuses = [s["status_code"] for s in sent]
    assert statuses == [100] * 1999 + [6000] * 1001
    assert balance(api) == pytest.approx(start - 3000 * PRICE)
    cost = api.get(f"/bulks/{created['uuid']}").json()["msg_total_cost"]
    assert cost == round(3000 * PRICE * 100)


def test_blocked_numbers_are_left_out(api: httpx.Client, clock: SandboxClock) -> None:
    """A blocked recipient gets no SMS and is not counted."""
    api.post("/blocked_numbers", json={"number": "+491701234568"})
    created = bulk(api, phones=["+491701234567", "+491701234568"])
    clock.advance(3)
    assert [s["phone"] for s in messages(api, created["uuid"])] == ["+491701234567"]
    assert api.get(f"/bulks/{created['uuid']}").json()["msg_total_count"] == 1


def test_personalised_text_too_long_is_422(api: httpx.Client) -> None:
    """A column value that makes one recipient's text too long refuses the bulk (text)."""
    group_id = group(api, [{"phone": "+491701111111", "a": "z" * 1500}])
    body = {"sender_id": "Shop", "text": "Hi [Name colA] " + "w" * 100, "msg_groups": [group_id]}
    response = api.post("/bulks", json=body)
    assert response.status_code == 422
    assert response.json()["violations"][0]["propertyPath"] == "text"
    assert api.get("/bulks").json() == []


def test_dry_run_creates_and_charges_nothing(api: httpx.Client, clock: SandboxClock) -> None:
    """POST /bulks/dryrun creates no SMS and leaves the balance alone."""
    start = balance(api)
    body = {"sender_id": "Shop", "text": "Hi", "phones": ["+491701234567"]}
    assert api.post("/bulks/dryrun", json=body).status_code == 201
    clock.advance(100)
    assert (api.get("/sms").json(), balance(api)) == ([], start)


def test_deleting_a_queued_bulk_creates_nothing_and_refunds(
    api: httpx.Client, clock: SandboxClock
) -> None:
    """A bulk deleted before it starts never creates its SMS; its price comes back."""
    start = balance(api)
    created = bulk(api, phones=["+491701234567"])
    assert api.delete(f"/bulks/{created['uuid']}").status_code == 204
    clock.advance(100)
    assert (api.get("/sms").json(), balance(api)) == ([], start)


def test_clicks_on_a_bulks_links_are_its_requests(
    sandbox: Sandbox, api: httpx.Client, clock: SandboxClock
) -> None:
    """[slink] in a bulk: each SMS gets its own link, and clicks list under /bulks/{id}/requests."""
    code = api.post(
        "/short_link_campaigns", json={"type": 2, "name": "A", "url": "https://a.example"}
    )
    campaign = code.json()["id"]
    start = balance(api)
    created = bulk(api, text=f"See [slink {campaign}]", phones=["+491701234567", "+491701234568"])
    assert balance(api) == pytest.approx(start - 2 * (PRICE + 0.005))
    clock.advance(3)
    links = [LINK.search(s["text"]) for s in messages(api, created["uuid"])]
    codes = [found[1] for found in links if found is not None]
    assert len(set(codes)) == 2
    sandbox.simulate.click(codes[0])
    requests = api.get(f"/bulks/{created['uuid']}/requests").json()
    assert len(requests) == 1
    assert balance(api) == pytest.approx(start - 2 * (PRICE + 0.005))


def test_sms_of_one_bulk_are_selected_by_batch_operations(
    api: httpx.Client, clock: SandboxClock
) -> None:
    """The bulk filter works in the batch delete too."""
    first = bulk(api, phones=["+491701234567", "+491701234568"])
    other = bulk(api, phones=["+491701234569"])
    clock.advance(3)
    deleted = api.post("/sms/ops/batch_delete", params={"bulk": first["uuid"]}).json()
    assert deleted["deleted_sms_count"] == 2
    assert [s["bulk_id"] for s in api.get("/sms").json()] == [other["uuid"]]
