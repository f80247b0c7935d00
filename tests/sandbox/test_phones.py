"""Phones: normalisation, single creation, /phones/{id}, and the batch endpoint."""

from __future__ import annotations

import httpx
import pytest


@pytest.fixture
def group(api: httpx.Client) -> int:
    group_id: int = api.post("/groups", json={"name": "G"}).json()["id"]
    return group_id


@pytest.mark.parametrize(
    ("given", "stored"),
    [
        ("+491701234567", "+491701234567"),
        ("00491701234567", "+491701234567"),
        ("491701234567", "+491701234567"),
        ("01701234567", "+491701234567"),
        ("0170 / 123-45.67", "+491701234567"),
        ("+49 (0) 170 1234567", "+491701234567"),
        ("(0170) 123 4567", "+491701234567"),
        ("+1 415 555 2671", "+14155552671"),
    ],
)
def test_phone_numbers_are_normalised_to_e164(
    api: httpx.Client, group: int, given: str, stored: str
) -> None:
    """International, 00-prefixed, bare-digit and national numbers are stored as E.164."""
    response = api.post(f"/groups/{group}/phones", json={"phone": given})
    assert response.status_code == 201
    assert response.json()["phone"] == stored


@pytest.mark.parametrize("given", ["", "abc", "+12", "+0170123456", "0049", "+49170123456789012"])
def test_numbers_that_cannot_be_e164_are_422_naming_phone(
    api: httpx.Client, group: int, given: str
) -> None:
    """A number that does not become +<4..15 digits> is refused with 422 naming phone."""
    response = api.post(f"/groups/{group}/phones", json={"phone": given})
    assert response.status_code == 422
    assert response.json()["violations"][0]["propertyPath"] == "phone"
    assert api.get(f"/groups/{group}").json()["count_items"] == 0


def test_phone_without_phone_field_is_422_and_writes_nothing(api: httpx.Client, group: int) -> None:
    """A phone body without phone is 422 naming the field; the group stays empty."""
    response = api.post(f"/groups/{group}/phones", json={"a": "Ann"})
    assert response.status_code == 422
    body = response.json()
    assert body["violations"][0]["propertyPath"] == "phone"
    assert "phone" in body["detail"]
    assert api.get(f"/groups/{group}/phones").json() == []
    assert api.get("/phones/1").status_code == 404


def test_phone_representations(api: httpx.Client, ld: httpx.Client, group: int) -> None:
    """Phone ids are strings in bodies, integers in /phones/{id}; JSON-LD @id is /phones/<id>."""
    created = api.post(
        f"/groups/{group}/phones", json={"phone": "+491701234567", "a": "Ann"}
    ).json()
    assert created == {
        "id": "1",
        "phone": "+491701234567",
        "a": "Ann",
        "b": None,
        "c": None,
        "d": None,
        "e": None,
        "callback_data": None,
        "subscribed_at": None,
        "unsubscribed_at": None,
        "unsubscribe_reason": None,
    }
    linked = ld.get("/phones/1").json()
    assert (linked["@context"], linked["@id"], linked["@type"]) == (
        "/contexts/Phone",
        "/phones/1",
        "Phone",
    )
    assert linked["id"] == "1"


def test_update_and_delete_phone(api: httpx.Client, group: int) -> None:
    """PUT /phones/{id} changes the given fields (normalising the number); DELETE removes it."""
    api.post(f"/groups/{group}/phones", json={"phone": "+491701234567", "a": "Ann", "b": "B"})
    updated = api.put("/phones/1", json={"phone": "0170 7654321", "a": "Bob"})
    assert updated.status_code == 200
    assert (updated.json()["phone"], updated.json()["a"], updated.json()["b"]) == (
        "+491707654321",
        "Bob",
        "B",
    )
    refused = api.put("/phones/1", json={"phone": "nope"})
    assert refused.status_code == 422
    assert api.get("/phones/1").json()["phone"] == "+491707654321"
    assert api.delete("/phones/1").status_code == 204
    assert api.get("/phones/1").status_code == 404
    assert api.get(f"/groups/{group}").json()["count_items"] == 0


def test_batch_answers_201_with_a_result_per_item_in_order(api: httpx.Client, group: int) -> None:
    """A mixed batch creates the valid items; each item gets its own status, in input order."""
    items = [
        {"phone": "+491701234567", "a": "Ann"},
        {"a": "no phone"},
        "not an object",
        {"phone": "12"},
        {"phone": 4917012345},
        {"phone": "0170 2345678"},
    ]
    response = api.post(f"/groups/{group}/phones/batch", json=items)
    assert response.status_code == 201
    results = response.json()
    assert [r["status"] for r in results] == [201, 422, 400, 422, 400, 201]
    assert results[0]["body"]["phone"] == "+491701234567"
    assert results[5]["body"]["phone"] == "+491702345678"
    assert set(results[1]["body"]) == {"type", "title", "detail"}
    assert results[1]["body"]["detail"].startswith("phone:")
    assert results[3]["body"]["detail"].startswith("phone:")
    phones = api.get(f"/groups/{group}/phones").json()
    assert [p["phone"] for p in phones] == ["+491701234567", "+491702345678"]


def test_batch_in_jsonld(ld: httpx.Client, group: int) -> None:
    """In JSON-LD the batch results are the members of a hydra:Collection."""
    body = ld.post(f"/groups/{group}/phones/batch", json=[{"phone": "+491701234567"}, {}]).json()
    assert body["@context"] == "/contexts/Phone"
    assert body["@id"] == f"/groups/{group}/phones/batch"
    assert body["@type"] == "hydra:Collection"
    assert body["hydra:totalItems"] == 2
    created, refused = body["hydra:member"]
    assert created["status"] == 201
    assert created["body"]["@id"] == "/phones/1"
    assert refused == {
        "status": 422,
        "body": {
            "@context": "/contexts/Error",
            "@type": "hydra:Error",
            "hydra:title": "Unprocessable Entity",
            "hydra:description": "phone: This value should not be blank.",
        },
    }


def test_batch_body_must_be_an_array(api: httpx.Client, group: int) -> None:
    """A batch body that is not a JSON array is 400 and creates nothing."""
    response = api.post(f"/groups/{group}/phones/batch", json={"phone": "+491701234567"})
    assert response.status_code == 400
    assert api.get(f"/groups/{group}/phones").json() == []


def test_batch_into_unknown_group_is_404(api: httpx.Client) -> None:
    """A batch for a group that does not exist is 404."""
    assert api.post("/groups/42/phones/batch", json=[{"phone": "+491701234567"}]).status_code == 404
