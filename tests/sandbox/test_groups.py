"""Contact groups: create (with phones), read, list, update, delete with cascade, CSV export."""

from __future__ import annotations

import csv
import io

import httpx


def test_create_read_update_group(api: httpx.Client) -> None:
    """POST creates group 1, GET reads it, PUT changes the given fields and keeps the others."""
    created = api.post(
        "/groups", json={"name": "Clients", "description": "best", "name_a": "first"}
    )
    assert created.status_code == 201
    assert created.json() == {
        "id": 1,
        "name": "Clients",
        "description": "best",
        "count_items": 0,
        "deleted_at": None,
        "name_a": "first",
        "name_b": None,
        "name_c": None,
        "name_d": None,
        "name_e": None,
    }
    assert api.get("/groups/1").json() == created.json()
    updated = api.put("/groups/1", json={"name": "Renamed", "name_b": "last"})
    assert updated.status_code == 200
    body = updated.json()
    assert (body["name"], body["description"], body["name_a"], body["name_b"]) == (
        "Renamed",
        "best",
        "first",
        "last",
    )
    assert api.get("/groups/1").json() == body


def test_group_ids_count_up_from_one(api: httpx.Client) -> None:
    """Group ids are integers 1, 2, 3..."""
    ids = [api.post("/groups", json={"name": f"g{i}"}).json()["id"] for i in range(3)]
    assert ids == [1, 2, 3]


def test_group_jsonld_representation(ld: httpx.Client) -> None:
    """In JSON-LD a group has @context /contexts/Group, @id /groups/<id> and @type Group."""
    body = ld.post("/groups", json={"name": "A"}).json()
    assert (body["@context"], body["@id"], body["@type"]) == (
        "/contexts/Group",
        "/groups/1",
        "Group",
    )


def test_create_group_with_phones(api: httpx.Client) -> None:
    """POST /groups with a phones map creates the phones too, normalised, counted in count_items."""
    body = {
        "name": "A",
        "phones": {"x": {"phone": "0170 1234567"}, "y": {"phone": "+4915112345678"}},
    }
    group = api.post("/groups", json=body).json()
    assert group["count_items"] == 2
    phones = api.get(f"/groups/{group['id']}/phones").json()
    assert [p["phone"] for p in phones] == ["+491701234567", "+4915112345678"]


def test_create_group_with_a_bad_phone_writes_nothing(api: httpx.Client) -> None:
    """One unusable phone in the map refuses the whole request (422 naming it); no group is made."""
    body = {"name": "A", "phones": {"ok": {"phone": "+491701234567"}, "bad": {"phone": "12"}}}
    response = api.post("/groups", json=body)
    assert response.status_code == 422
    assert response.json()["violations"][0]["propertyPath"] == "phones.bad.phone"
    missing = api.post("/groups", json={"name": "A", "phones": {"k": {"a": "no number"}}})
    assert missing.status_code == 422
    assert missing.json()["violations"][0]["propertyPath"] == "phones.k.phone"
    assert api.get("/groups").json() == []
    assert api.get("/phones/1").status_code == 404


def test_delete_group_deletes_its_phones(api: httpx.Client) -> None:
    """DELETE /groups/{id} answers 204; the group and all its phones then 404."""
    api.post("/groups", json={"name": "A", "phones": {"1": {"phone": "+491701234567"}}})
    api.post("/groups", json={"name": "B", "phones": {"1": {"phone": "+491701234568"}}})
    assert api.delete("/groups/1").status_code == 204
    assert api.get("/groups/1").status_code == 404
    assert api.get("/phones/1").status_code == 404
    assert api.get("/groups/1/phones").status_code == 404
    assert api.delete("/groups/1").status_code == 404
    assert api.get("/phones/2").status_code == 200
    assert api.get("/me").json()["groups"] == {"2": "/groups/2"}


def test_unknown_group_is_404_everywhere(api: httpx.Client) -> None:
    """Every operation on a group that does not exist answers 404."""
    assert api.get("/groups/9").status_code == 404
    assert api.put("/groups/9", json={"name": "x"}).status_code == 404
    assert api.delete("/groups/9").status_code == 404
    assert api.get("/groups/9/file/csv").status_code == 404
    assert api.get("/groups/9/phones").status_code == 404
    assert api.post("/groups/9/phones", json={"phone": "+491701234567"}).status_code == 404
    assert api.post("/groups/9/phones/batch", json=[]).status_code == 404


def test_csv_export_names_columns_and_lists_phones(api: httpx.Client) -> None:
    """The CSV header uses the column names or col_A..col_E; one row per phone follows."""
    api.post("/groups", json={"name": "A", "name_a": "Name", "name_c": "City"})
    api.post("/groups/1/phones", json={"phone": "+491701234567", "a": "Ann", "c": "Köln, Mitte"})
    api.post("/groups/1/phones", json={"phone": "+491701234568", "callback_data": "ref-2"})
    response = api.get("/groups/1/file/csv")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    rows = list(csv.reader(io.StringIO(response.text)))
    assert rows == [
        ["id", "phone", "Name", "col_B", "City", "col_D", "col_E", "callback_data"],
        ["1", "+491701234567", "Ann", "", "Köln, Mitte", "", "", ""],
        ["2", "+491701234568", "", "", "", "", "", "ref-2"],
    ]


def test_list_groups_in_both_representations(api: httpx.Client, ld: httpx.Client) -> None:
    """Plain JSON lists groups as a bare array; JSON-LD as a hydra:Collection."""
    api.post("/groups", json={"name": "A"})
    api.post("/groups", json={"name": "B"})
    assert [g["name"] for g in api.get("/groups").json()] == ["A", "B"]
    collection = ld.get("/groups").json()
    assert collection["@type"] == "hydra:Collection"
    assert collection["@id"] == "/groups"
    assert collection["hydra:totalItems"] == 2
    assert [m["@id"] for m in collection["hydra:member"]] == ["/groups/1", "/groups/2"]
    assert "hydra:search" not in collection
