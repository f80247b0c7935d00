"""Blocked numbers: create, conflict, read, list with filters, delete, type 2 through code."""

from __future__ import annotations

import httpx
import pytest

from lox24.sandbox import Sandbox, SandboxClock
from lox24.sandbox._state._messaging import block_number

from .conftest import T0


def block(api: httpx.Client, number: str) -> dict[str, object]:
    response = api.post("/blocked_numbers", json={"number": number})
    assert response.status_code == 201, response.text
    created: dict[str, object] = response.json()
    return created


def test_create_and_read(api: httpx.Client, ld: httpx.Client, clock: SandboxClock) -> None:
    """A blocked number gets id 1, type 1 and added_at = now; ids count up from there."""
    first = block(api, "+491701234567")
    assert first == {"id": 1, "number": "+491701234567", "type": 1, "added_at": T0}
    clock.advance(5)
    assert block(api, "+1234567890")["id"] == 2
    assert api.get("/blocked_numbers/1").json() == first
    linked = ld.get("/blocked_numbers/2").json()
    assert (linked["@id"], linked["@type"], linked["added_at"]) == (
        "/blocked_numbers/2",
        "BlockedNumber",
        T0 + 5,
    )


def test_blocking_twice_is_409_naming_number(api: httpx.Client) -> None:
    """Blocking a number that is blocked already is a 409 naming number; nothing is added."""
    block(api, "+491701234567")
    response = api.post("/blocked_numbers", json={"number": "+491701234567"})
    assert response.status_code == 409
    assert response.json()["violations"][0]["propertyPath"] == "number"
    assert len(api.get("/blocked_numbers").json()) == 1


def test_invalid_number_is_refused(api: httpx.Client) -> None:
    """A number not of the form +<digits> is refused by the schema check and is not blocked."""
    response = api.post("/blocked_numbers", json={"number": "0170 123"})
    assert response.status_code in {400, 422}
    assert response.json()["violations"][0]["propertyPath"] == "number"
    assert api.get("/blocked_numbers").json() == []


def test_delete_unblocks(api: httpx.Client) -> None:
    """DELETE answers 204; the entry then 404s, and the number can be blocked again."""
    block(api, "+491701234567")
    assert api.delete("/blocked_numbers/1").status_code == 204
    assert api.get("/blocked_numbers/1").status_code == 404
    assert api.delete("/blocked_numbers/1").status_code == 404
    assert block(api, "+491701234567")["id"] == 2


def test_unblocked_number_receives_sms_again(api: httpx.Client) -> None:
    """After unblocking, an SMS to the number is accepted."""
    block(api, "+491701234567")
    body = {"sender_id": "S", "phone": "+491701234567", "text": "Hi"}
    assert api.post("/sms", json=body).status_code == 422
    api.delete("/blocked_numbers/1")
    assert api.post("/sms", json=body).status_code == 201


def test_list_filters_and_order(sandbox: Sandbox, api: httpx.Client) -> None:
    """The list is in id order and filters by exact number and by type."""
    block(api, "+491701234567")
    block_number(sandbox._core.store, "+491709999999", 2, T0)
    block(api, "+491705555555")
    listed = api.get("/blocked_numbers").json()
    assert [b["id"] for b in listed] == [1, 2, 3]
    by_type = api.get("/blocked_numbers", params={"type": 2}).json()
    assert [(b["number"], b["type"]) for b in by_type] == [("+491709999999", 2)]
    by_number = api.get("/blocked_numbers", params={"number": "+491705555555"}).json()
    assert [b["id"] for b in by_number] == [3]
    assert api.get("/blocked_numbers", params={"number": "+49170"}).json() == []


def test_block_number_is_idempotent(sandbox: Sandbox, api: httpx.Client) -> None:
    """block_number returns the existing entry for a blocked number and refuses unknown types."""
    store = sandbox._core.store
    first = block_number(store, "+491701234567", 2, T0)
    assert block_number(store, "+491701234567", 1, T0 + 9) is first
    assert api.post("/blocked_numbers", json={"number": "+491701234567"}).status_code == 409
    with pytest.raises(ValueError, match="type"):
        block_number(store, "+491700000000", 3, T0)
