"""Fraud checks: charging, the lifecycle on the clock, results, done events, filters, deletion."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from lox24.sandbox import Sandbox, SandboxClock
from lox24.sandbox._http._core import shared_book

from .conftest import T0

ADDRESS = {
    "iso2": "DE",
    "city": "Berlin",
    "postcode": "13353",
    "street_number": "109",
    "street_name": "Seestraße",
}


def create(api: httpx.Client, **fields: object) -> dict[str, Any]:
    response = api.post("/fraud-checks", json={"service_code": "direct", **fields})
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


def read(api: httpx.Client, check_id: str) -> dict[str, Any]:
    response = api.get(f"/fraud-checks/{check_id}")
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def balance(api: httpx.Client) -> float:
    return float(api.get("/me").json()["balance_amount"])


def conforms(body: object, schema: str = "FraudCheck") -> bool:
    return shared_book().validator(f"/components/schemas/{schema}").is_valid(body)


def done_events(sandbox: Sandbox) -> list[dict[str, Any]]:
    return [e for e in sandbox.events if e["name"] == "fraud-check.done"]


def test_created_check_is_new_charged_and_echoes_what_it_checks(api: httpx.Client) -> None:
    """A new check is status 0 with each given part echoed (no results yet) and is charged."""
    check = create(api, phone="+49751234567", email="test@lox24.de", ip="1.1.1.1", address=ADDRESS)
    stamps = {"status_code": 0, "created_at": T0, "updated_at": T0}
    assert check == {
        "id": check["id"],
        "service_code": "direct",
        "status_code": 0,
        "price": 0.05,
        "callback_data": None,
        "request_phone": {"phone": "+49751234567", **stamps},
        "request_email": {"email": "test@lox24.de", **stamps},
        "request_ip": {"ip": "1.1.1.1", **stamps},
        "request_address": {**ADDRESS, **stamps},
        "created_at": T0,
        "updated_at": T0,
    }
    assert conforms(check)
    assert balance(api) == pytest.approx(100 - 0.05)


@pytest.mark.parametrize(("service", "price"), [("economy", 0.01), ("pro", 0.03), ("direct", 0.05)])
def test_price_depends_on_the_service(api: httpx.Client, service: str, price: float) -> None:
    """economy, pro and direct cost 0.01, 0.03 and 0.05, taken from the balance at once."""
    assert create(api, service_code=service, phone="+491701234567")["price"] == price
    assert balance(api) == pytest.approx(100 - price)


@pytest.mark.parametrize(("service", "done_after"), [("direct", 2), ("pro", 3), ("economy", 5)])
def test_lifecycle_is_0_then_5_then_10(
    api: httpx.Client, clock: SandboxClock, service: str, done_after: int
) -> None:
    """0 at first, 5 from one second on, 10 once the service's time has passed (direct first)."""
    check_id = create(api, service_code=service, phone="+491701234567")["id"]
    seen = []
    for _ in range(done_after + 1):
        body = read(api, check_id)
        seen.append((body["status_code"], body["updated_at"] - T0))
        clock.advance(1)
    expected = [(0, 0)] + [(5, 1)] * (done_after - 1) + [(10, done_after)]
    assert seen == expected
    assert read(api, check_id)["request_phone"]["status_code"] == 10


def test_direct_check_results(api: httpx.Client, clock: SandboxClock) -> None:
    """A done direct check answers every finding, and the highest part risk as risk_score."""
    check = create(api, phone="+491701234567", email="a@mailinator.com", ip="93.184.216.34")
    clock.advance(2)
    done = read(api, check["id"])
    assert conforms(done)
    phone, email, ip = done["request_phone"], done["request_email"], done["request_ip"]
    assert (phone["is_valid"], phone["is_possible"], phone["number_type"]) == (True, True, "mobile")
    assert phone["region"] == "DE"
    assert (email["is_possible"], email["is_anonymous"]) == (True, True)
    assert (ip["is_ok"], ip["iso2"], ip["connection_type"]) == (True, "DE", "dsl")
    assert 5 <= ip["isp_risk_score"] <= 25
    assert done["status_code"] == 10
    assert done["risk_score"] == 75
    assert done["request_address"] is None


@pytest.mark.parametrize(
    ("fields", "part", "expected"),
    [
        ({"phone": "+49800123456"}, "request_phone", {"number_type": "toll_free"}),
        ({"phone": "+4930123456"}, "request_phone", {"number_type": "fixed_line"}),
        ({"phone": "+14155552671"}, "request_phone", {"region": "US", "is_valid": True}),
        ({"phone": "+4901701234567"}, "request_phone", {"is_valid": False, "is_possible": True}),
        (
            {"phone": "+8613812345678"},
            "request_phone",
            {"is_valid": False, "number_type": "unknown"},
        ),
        ({"phone": "+4912"}, "request_phone", {"is_possible": False, "number_type": "impossible"}),
        ({"email": "Jane.Doe@lox24.de"}, "request_email", {"is_anonymous": False}),
        ({"email": "jane@example.org"}, "request_email", {"is_possible": False}),
        ({"email": "jane@shop.test"}, "request_email", {"is_possible": False}),
        ({"ip": "192.168.1.10"}, "request_ip", {"is_ok": False, "isp_risk_score": 90}),
        ({"ip": "185.220.101.5"}, "request_ip", {"proxy_type": "TOR", "isp_risk_score": 95}),
        ({"ip": "2606:4700::1111"}, "request_ip", {"proxy_type": "DCH", "isp_name": "Cloudflare"}),
    ],
)
def test_results_follow_from_the_input(
    api: httpx.Client, clock: SandboxClock, fields: dict[str, str], part: str, expected: dict
) -> None:
    """Number types by prefix, validity by plan, throwaway domains, risky IP ranges."""
    check_id = create(api, **fields)["id"]
    clock.advance(2)
    done = read(api, check_id)
    assert done[part]["status_code"] == 10
    assert {k: done[part][k] for k in expected} == expected


def test_check_is_21_when_nothing_given_can_be_checked(
    api: httpx.Client, clock: SandboxClock
) -> None:
    """An unreadable IP and an address without city: both parts and the check end with 21."""
    address = {**ADDRESS, "city": None}
    check_id = create(api, ip="999.1.1.1", address=address)["id"]
    clock.advance(2)
    done = read(api, check_id)
    assert done["status_code"] == 21
    assert "risk_score" not in done
    assert [done[p]["status_code"] for p in ("request_ip", "request_address")] == [21, 21]
    assert conforms(done)


def test_one_usable_part_is_enough_for_10(api: httpx.Client, clock: SandboxClock) -> None:
    """A check with one unusable and one usable part is done; the bad part alone is 21."""
    check_id = create(api, ip="999.1.1.1", email="ok@lox24.de")["id"]
    clock.advance(2)
    done = read(api, check_id)
    assert (done["status_code"], done["risk_score"]) == (10, 10)
    assert done["request_ip"]["status_code"] == 21


@pytest.mark.parametrize("email", ["not an e-mail", "a@b", "two@@at.de", "dots..@lox24.de"])
def test_email_not_written_like_one_is_422(api: httpx.Client, email: str) -> None:
    """An e-mail address that is not local@domain.tld is 422 naming email; nothing is charged."""
    response = api.post("/fraud-checks", json={"service_code": "pro", "email": email})
    assert response.status_code == 422
    assert response.json()["violations"][0]["propertyPath"] == "email"
    assert balance(api) == 100.0


def test_service_decides_the_detail(api: httpx.Client, clock: SandboxClock) -> None:
    """economy answers the risk score only, pro the main findings, direct also the details."""
    ids = {s: create(api, service_code=s, ip="1.1.1.1")["id"] for s in ("economy", "pro", "direct")}
    clock.advance(5)
    parts = {s: read(api, i)["request_ip"] for s, i in ids.items()}
    base = {"ip", "status_code", "created_at", "updated_at"}
    assert set(parts["economy"]) == base
    assert set(parts["pro"]) == base | {"is_ok", "iso2", "isp_risk_score", "proxy_type"}
    assert {"city", "geolocation", "isp_name", "connection_type"} < set(parts["direct"])
    assert {read(api, i)["risk_score"] for i in ids.values()} == {60}


def test_needs_something_to_check(api: httpx.Client) -> None:
    """A check of nothing (or only nulls) is 422 naming phone, and nothing is charged."""
    for body in ({"service_code": "pro"}, {"service_code": "pro", "phone": None, "ip": None}):
        response = api.post("/fraud-checks", json=body)
        assert response.status_code == 422
        assert response.json()["violations"][0]["propertyPath"] == "phone"
    assert balance(api) == 100.0
    assert api.get("/fraud-checks").json() == []


def test_unpaid_check_is_402_and_nothing_is_stored(sandbox: Sandbox, api: httpx.Client) -> None:
    """When the balance does not cover the price: 402, nothing stored, nothing taken."""
    sandbox._core.store.balance = 0.04
    response = api.post("/fraud-checks", json={"service_code": "direct", "phone": "+491701234567"})
    assert response.status_code == 402
    assert api.get("/fraud-checks").json() == []
    assert balance(api) == pytest.approx(0.04)
    assert create(api, service_code="pro", phone="+491701234567")["price"] == 0.03


def test_each_check_is_announced_once_when_it_ends(
    sandbox: Sandbox, api: httpx.Client, clock: SandboxClock
) -> None:
    """One fraud-check.done per check, dated when it ended, in that order, carrying the check."""
    slow = create(api, service_code="economy", email="a@example.com")["id"]
    fast = create(api, service_code="direct", email="b@example.com")["id"]
    clock.advance(1)
    api.get("/fraud-checks")
    assert done_events(sandbox) == []
    clock.advance(10)
    for _ in range(3):
        api.get("/fraud-checks")
    events = done_events(sandbox)
    assert [(e["data"]["id"], e["created_at"]) for e in events] == [(fast, T0 + 2), (slow, T0 + 5)]
    assert events[1]["data"] == read(api, slow)
    assert all(conforms(e, "FraudCheckDoneEvent") for e in events)
    assert len(done_events(sandbox)) == 2


def test_catch_up_function_emits_without_a_request(sandbox: Sandbox, api: httpx.Client) -> None:
    """announce_fraud_checks emits what is due at the given time, and nothing twice."""
    from lox24.sandbox._state._fraud import announce_fraud_checks

    create(api, phone="+491701234567")
    store = sandbox._core.store
    assert announce_fraud_checks(store, T0 + 1) == 0
    assert announce_fraud_checks(store, T0 + 2) == 1
    assert announce_fraud_checks(store, T0 + 60) == 0
    assert len(done_events(sandbox)) == 1


def test_delete_is_204_then_404(api: httpx.Client) -> None:
    """A deleted check is gone: reading or deleting it again is 404."""
    check_id = create(api, phone="+491701234567")["id"]
    assert api.delete(f"/fraud-checks/{check_id}").status_code == 204
    assert api.get(f"/fraud-checks/{check_id}").status_code == 404
    assert api.delete(f"/fraud-checks/{check_id}").status_code == 404
    assert api.get("/fraud-checks/not-a-uuid").status_code == 404


def test_check_deleted_after_it_ended_was_still_announced(
    sandbox: Sandbox, api: httpx.Client, clock: SandboxClock
) -> None:
    """Deleting a check that ended unseen emits its done event first; one never done emits none."""
    ended = create(api, phone="+491701234567")["id"]
    clock.advance(3)
    pending = create(api, phone="+491701234568")["id"]
    api.delete(f"/fraud-checks/{ended}")
    api.delete(f"/fraud-checks/{pending}")
    clock.advance(10)
    api.get("/fraud-checks")
    assert [e["data"]["id"] for e in done_events(sandbox)] == [ended]


@pytest.fixture
def three(api: httpx.Client, clock: SandboxClock) -> list[str]:
    ids = [create(api, phone="+491701234567", callback_data="order-1")["id"]]
    clock.advance(1)
    ids.append(create(api, service_code="economy", email="x@lox24.eu", ip="1.1.1.1")["id"])
    clock.advance(1)
    ids.append(create(api, ip="8.8.8.8", callback_data="order-2")["id"])
    return ids


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", [0, 1, 2]),
        ("_order[created_at]=desc", [2, 1, 0]),
        ("request_phone.phone=1701234", [0]),
        ("request_email.email=lox24.eu", [1]),
        ("request_ip.ip=8.8", [2]),
        ("callback_data=order", [0, 2]),
        ("status_code=10", [0]),
        ("status_code[]=5&status_code[]=10", [0, 1]),
        ("status_code[]=0", [2]),
        ("status_code[]=21", []),
    ],
)
def test_filters(api: httpx.Client, three: list[str], query: str, expected: list[int]) -> None:
    """The declared filters select by part value, callback data and status at request time."""
    listed = [c["id"] for c in api.get(f"/fraud-checks?{query}").json()]
    assert listed == [three[i] for i in expected]


def test_id_filters(api: httpx.Client, three: list[str]) -> None:
    """id and id[] select checks by id."""
    assert [c["id"] for c in api.get(f"/fraud-checks?id={three[1]}").json()] == [three[1]]
    query = f"id[]={three[0]}&id[]={three[2]}"
    assert [c["id"] for c in api.get(f"/fraud-checks?{query}").json()] == [three[0], three[2]]


def test_jsonld_check_has_its_iri(ld: httpx.Client) -> None:
    """In JSON-LD a check is a FraudCheck at /fraud-checks/<id>, without the filter-only keys."""
    check = ld.post("/fraud-checks", json={"service_code": "pro", "phone": "+491701234567"}).json()
    assert (check["@id"], check["@type"]) == (f"/fraud-checks/{check['id']}", "FraudCheck")
    listed = ld.get("/fraud-checks").json()
    assert listed["hydra:totalItems"] == 1
    assert not [k for k in listed["hydra:member"][0] if "." in k]


def test_default_order_is_creation_order_within_one_instant(api: httpx.Client) -> None:
    """Ids are time-ordered UUIDs, so the default order (id asc) is creation order."""
    ids = [create(api, phone=f"+4917012345{i:02d}")["id"] for i in range(12)]
    assert [c["id"] for c in api.get("/fraud-checks").json()] == ids
