"""Generic validation against the spec: bodies (400/422), query parameters (400), paths (404)."""

from __future__ import annotations

import httpx
import pytest


def violations(response: httpx.Response) -> list[str]:
    return [v["propertyPath"] for v in response.json()["violations"]]


def test_malformed_json_is_400(api: httpx.Client) -> None:
    """A body that is not JSON is refused with 400 and nothing is created."""
    response = api.post(
        "/groups", content=b'{"name": "x",', headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400
    assert "JSON" in response.json()["detail"]
    assert api.get("/groups").json() == []


@pytest.mark.parametrize("raw", [b"NaN", b'{"name": Infinity}'])
def test_non_standard_json_constants_are_400(api: httpx.Client, raw: bytes) -> None:
    """NaN and Infinity are not JSON: 400."""
    assert api.post("/groups", content=raw).status_code == 400


def test_empty_body_is_400(api: httpx.Client) -> None:
    """A required body that is missing is 400."""
    assert api.post("/groups").status_code == 400


def test_body_of_the_wrong_json_type_is_400(api: httpx.Client) -> None:
    """An array where an object is expected is 400."""
    response = api.post("/groups", json=[{"name": "x"}])
    assert response.status_code == 400


def test_field_of_the_wrong_json_type_is_400_naming_it(api: httpx.Client) -> None:
    """A number where a string is expected is 400, and the field is named."""
    response = api.post("/groups", json={"name": 5})
    assert response.status_code == 400
    assert violations(response) == ["name"]
    assert "name" in response.json()["detail"]


def test_missing_required_field_is_422_naming_it(api: httpx.Client, ld: httpx.Client) -> None:
    """A missing required field is 422; plain and JSON-LD bodies both name it."""
    response = api.post("/groups", json={"description": "no name"})
    assert response.status_code == 422
    body = response.json()
    assert body["violations"] == [
        {"propertyPath": "name", "message": "This value should not be blank.", "code": None}
    ]
    assert body["detail"].startswith("name: ")
    linked = ld.post("/groups", json={"description": "no name"}).json()
    assert linked["@context"] == "/contexts/ConstraintViolationList"
    assert linked["@type"] == "ConstraintViolationList"
    assert linked["hydra:description"].startswith("name: ")


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"name": "x" * 51}, "name"),
        ({"name": ""}, "name"),
        ({"name": "ok", "name_a": "y" * 51}, "name_a"),
    ],
)
def test_constraint_violations_are_422(api: httpx.Client, body: dict[str, str], field: str) -> None:
    """maxLength and minLength violations are 422 naming the field."""
    response = api.post("/groups", json=body)
    assert response.status_code == 422
    assert violations(response) == [field]


def test_bulk_pattern_enum_and_anyof_violations_are_422(api: httpx.Client) -> None:
    """BulkWrite: bad sender pattern, unknown enum value, no recipients at all: 422 each."""
    base = {"sender_id": "Shop", "text": "hi", "phones": ["+491701234567"]}
    bad_sender = api.post("/bulks", json={**base, "sender_id": "far too long sender"})
    assert (bad_sender.status_code, violations(bad_sender)) == (422, ["sender_id"])
    bad_enum = api.post("/bulks", json={**base, "service_code": "pigeon"})
    assert (bad_enum.status_code, violations(bad_enum)) == (422, ["service_code"])
    no_recipients = api.post("/bulks", json={"sender_id": "Shop", "text": "hi"})
    assert no_recipients.status_code == 422
    assert "msg_groups" in no_recipients.json()["detail"]
    assert violations(no_recipients) == ["phones"]
    assert api.get("/bulks").json() == []


def test_unknown_body_fields_are_ignored(api: httpx.Client) -> None:
    """Extra fields are accepted and not stored."""
    response = api.post("/groups", json={"name": "A", "colour": "blue"})
    assert response.status_code == 201
    assert "colour" not in response.json()


@pytest.mark.parametrize(
    "query",
    ["page=0", "page=two", "status_code=abc", "is_dryrun=maybe", "_order[created_at]=up",
     "created_at[between]=1..", "status_code[]=1&status_code[]=x"],
)  # fmt: skip
def test_bad_query_values_are_400_naming_the_parameter(api: httpx.Client, query: str) -> None:
    """A declared query parameter with a value its schema refuses is 400 naming it."""
    response = api.get(f"/bulks?{query}")
    assert response.status_code == 400
    name = query.split("=", maxsplit=1)[0]
    assert response.json()["detail"].startswith(name)


def test_undeclared_query_parameters_are_ignored(api: httpx.Client) -> None:
    """Parameters the operation does not declare change nothing."""
    response = api.get("/groups", params={"colour": "blue", "status_code": "x"})
    assert response.status_code == 200


@pytest.mark.parametrize(
    "path",
    ["/groups/abc", "/groups/-1", "/phones/1.5", "/bulks/not-a-uuid",
     "/bulks/DA0FA78C-4699-11EA-A637-96000028B339/status"],
)  # fmt: skip
def test_path_parameters_breaking_their_schema_are_404(api: httpx.Client, path: str) -> None:
    """A path parameter that fails its schema means no such resource."""
    assert api.get(path).status_code == 404


def test_booleans_accept_true_false_1_and_0(api: httpx.Client) -> None:
    """Boolean query values may be true/false/1/0."""
    for value in ("true", "false", "1", "0", "TRUE"):
        assert api.get("/bulks", params={"is_dryrun": value}).status_code == 200
