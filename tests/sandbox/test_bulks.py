"""Bulk sendings: lifecycle on the sandbox clock, recipients, cancel rules, dry runs, deletion."""

from __future__ import annotations

import re

import httpx

from lox24.sandbox import Sandbox, SandboxClock

from .conftest import T0

UUID4 = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")


def numbers(count: int) -> list[str]:
    return [f"+4917{i:08d}" for i in range(count)]


def create(api: httpx.Client, **fields: object) -> dict[str, object]:
    body = {"sender_id": "Shop", "text": "Hello", **fields}
    response = api.post("/bulks", json=body)
    assert response.status_code == 201, response.text
    created: dict[str, object] = response.json()
    return created


def status(api: httpx.Client, uuid: object) -> tuple[object, object, object]:
    body = api.get(f"/bulks/{uuid}/status").json()
    return body["status_code"], body["msg_total_count"], body["processed_at"]


def test_created_bulk_fields(api: httpx.Client) -> None:
    """A new bulk has a uuid4 id, status 0, the defaults and the caller's IPv4."""
    bulk = create(api, phones=["+491701234567"])
    assert UUID4.fullmatch(str(bulk["uuid"]))
    assert bulk == {
        "uuid": bulk["uuid"],
        "created_at": T0,
        "delivery_at": 0,
        "processed_at": None,
        "status_code": 0,
        "msg_total_count": 0,
        "msg_total_cost": 0,
        "ip": "127.0.0.1",
        "is_unicode": None,
        "is_dryrun": False,
        "is_text_deleted": False,
        "service_code": "direct",
        "key_id": 8207,
        "source": None,
        "voice_lang": None,
        "sender_id": "Shop",
        "text": "Hello",
        "phones": ["+491701234567"],
        "msg_groups": None,
    }


def test_lifecycle_goes_0_then_5_with_growing_count_then_10(
    sandbox: Sandbox, api: httpx.Client, clock: SandboxClock
) -> None:
    """On a frozen clock a 5,000-message bulk is 0, then 5 at 2,000/s, then 10 with processed_at."""
    sandbox.set_balance(1000)
    uuid = create(api, phones=numbers(5000))["uuid"]
    seen = []
    for _ in range(6):
        seen.append(status(api, uuid))
        clock.advance(1)
    assert seen == [
        (0, 0, None),
        (0, 0, None),
        (5, 0, None),
        (5, 2000, None),
        (5, 4000, None),
        (10, 5000, T0 + 4),
    ]
    bulk = api.get(f"/bulks/{uuid}").json()
    assert bulk["msg_total_cost"] == 5000 * 0.056 * 100  # cents
    assert isinstance(bulk["msg_total_cost"], int)


def test_recipients_include_the_phones_of_groups(api: httpx.Client, clock: SandboxClock) -> None:
    """msg_groups adds the phones the groups hold when the bulk is created."""
    api.post("/groups", json={"name": "G"})
    api.post("/groups/1/phones/batch", json=[{"phone": n} for n in numbers(4)])
    uuid = create(api, msg_groups=[1])["uuid"]
    api.post("/groups/1/phones", json={"phone": "+491708888888"})
    clock.advance(3)
    assert status(api, uuid) == (10, 4, T0 + 2)


def test_unknown_group_in_msg_groups_is_422(api: httpx.Client) -> None:
    """A msg_groups id that does not exist refuses the bulk with 422 naming msg_groups."""
    response = api.post("/bulks", json={"sender_id": "Shop", "text": "Hi", "msg_groups": [99]})
    assert response.status_code == 422
    assert response.json()["violations"][0]["propertyPath"] == "msg_groups"
    assert api.get("/bulks").json() == []


def test_bulk_without_recipients_ends_as_201(api: httpx.Client, clock: SandboxClock) -> None:
    """An empty group as only recipient: status 0, then 201 when processing would start."""
    api.post("/groups", json={"name": "empty"})
    uuid = create(api, msg_groups=[1])["uuid"]
    assert status(api, uuid)[0] == 0
    clock.advance(2)
    assert status(api, uuid) == (201, 0, T0 + 2)


def test_scheduled_bulk_waits_for_delivery_at(api: httpx.Client, clock: SandboxClock) -> None:
    """With delivery_at in the future the bulk stays 0 until then."""
    uuid = create(api, phones=["+491701234567"], delivery_at=T0 + 3600)["uuid"]
    clock.advance(3599)
    assert status(api, uuid)[0] == 0
    clock.advance(2)
    assert status(api, uuid) == (10, 1, T0 + 3600)


def test_cancel_while_new_or_processing_freezes_the_count(
    sandbox: Sandbox, api: httpx.Client, clock: SandboxClock
) -> None:
    """PUT /cancel on a processing bulk gives 15 with the count frozen and processed_at = now."""
    sandbox.set_balance(1000)
    uuid = create(api, phones=numbers(5000))["uuid"]
    clock.advance(3)
    response = api.put(f"/bulks/{uuid}/cancel")
    assert response.status_code == 200
    assert (response.json()["status_code"], response.json()["msg_total_count"]) == (15, 2000)
    clock.advance(100)
    assert status(api, uuid) == (15, 2000, T0 + 3)
    again = api.put(f"/bulks/{uuid}/cancel")
    assert again.status_code == 422
    queued = create(api, phones=["+491701234567"])["uuid"]
    assert api.put(f"/bulks/{queued}/cancel").json()["status_code"] == 15


def test_cancel_after_processing_is_422(api: httpx.Client, clock: SandboxClock) -> None:
    """A processed bulk cannot be cancelled: 422, and it stays processed."""
    uuid = create(api, phones=["+491701234567"])["uuid"]
    clock.advance(10)
    response = api.put(f"/bulks/{uuid}/cancel")
    assert response.status_code == 422
    assert "status 10" in response.json()["detail"]
    assert status(api, uuid)[0] == 10


def test_dry_run_is_stored_processed_and_free(api: httpx.Client) -> None:
    """POST /bulks/dryrun stores an is_dryrun bulk: status 10 at once, no cost, no messages."""
    response = api.post(
        "/bulks/dryrun", json={"sender_id": "Shop", "text": "Hi", "phones": numbers(10)}
    )
    assert response.status_code == 201
    bulk = response.json()
    assert (bulk["is_dryrun"], bulk["status_code"], bulk["msg_total_cost"]) == (True, 10, 0)
    assert (bulk["msg_total_count"], bulk["processed_at"]) == (0, T0)
    listed = api.get("/bulks", params={"is_dryrun": "true"}).json()
    assert [b["uuid"] for b in listed] == [bulk["uuid"]]


def test_delete_bulk(api: httpx.Client) -> None:
    """DELETE /bulks/{id} answers 204; the bulk then 404s everywhere."""
    uuid = create(api, phones=["+491701234567"])["uuid"]
    assert api.delete(f"/bulks/{uuid}").status_code == 204
    assert api.get(f"/bulks/{uuid}").status_code == 404
    assert api.get(f"/bulks/{uuid}/status").status_code == 404
    assert api.put(f"/bulks/{uuid}/cancel").status_code == 404
    assert api.delete(f"/bulks/{uuid}").status_code == 404
    assert api.delete("/bulks/whatever").status_code == 404


def test_status_and_list_show_only_status_fields(api: httpx.Client, ld: httpx.Client) -> None:
    """/bulks/{id}/status and /bulks items carry BulkStatus fields; JSON-LD @id is /bulks/<uuid>."""
    uuid = create(api, phones=["+491701234567"], source=7, is_unicode=True)["uuid"]
    state = api.get(f"/bulks/{uuid}/status").json()
    assert "text" not in state
    assert (state["source"], state["is_unicode"]) == (7, True)
    assert api.get("/bulks").json() == [state]
    linked = ld.get(f"/bulks/{uuid}").json()
    assert (linked["@context"], linked["@id"], linked["@type"]) == (
        "/contexts/Bulk",
        f"/bulks/{uuid}",
        "Bulk",
    )
