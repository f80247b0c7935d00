"""Requests the API refuses: numbers too long to hold, empty texts, two kinds of recipients."""

from __future__ import annotations

import httpx
import pytest

from lox24.sandbox import Sandbox, SandboxClock

from .conftest import make_client

HUGE = "9" * 5000


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("/sms", "created_at[between]"),
        ("/sms", "gateway_sent_at[between]"),
        ("/bulks", "created_at[between]"),
        ("/sms/clicks", "requests_count[between]"),
    ],
)
@pytest.mark.parametrize("value", [f"1..{HUGE}", f"-{HUGE}..1"])
def test_a_between_bound_too_long_is_400_naming_the_parameter(
    api: httpx.Client, path: str, name: str, value: str
) -> None:
    """A [between] bound of 5,000 digits is a 400 naming the parameter, not a server error."""
    response = api.get(path, params={name: value})
    assert response.status_code == 400, response.text
    assert response.json()["detail"].startswith(name)


def test_a_between_of_ordinary_numbers_still_selects(api: httpx.Client) -> None:
    """A [between] of numbers that fit keeps working."""
    sent = api.post("/sms", json={"sender_id": "Shop", "phone": "+491701234567", "text": "Hi"})
    created = sent.json()["created_at"]
    found = api.get("/sms", params={"created_at[between]": f"{created - 1}..{created + 1}"})
    assert [row["uuid"] for row in found.json()] == [sent.json()["uuid"]]


@pytest.mark.parametrize("path", ["/sms", "/sms/dryrun", "/bulks", "/bulks/dryrun"])
def test_an_empty_text_is_422_naming_text_and_charges_nothing(api: httpx.Client, path: str) -> None:
    """An empty text is refused with 422 naming text; the balance does not move."""
    before = api.get("/me").json()["balance_amount"]
    recipient = {"phones": ["+491701234567"]} if "bulks" in path else {"phone": "+491701234567"}
    response = api.post(path, json={"sender_id": "Shop", "text": "", **recipient})
    assert response.status_code == 422, response.text
    assert [v["propertyPath"] for v in response.json()["violations"]] == ["text"]
    assert api.get("/me").json()["balance_amount"] == before
    assert api.get("/sms").json() == []


@pytest.mark.parametrize("path", ["/bulks", "/bulks/dryrun"])
def test_a_bulk_with_phones_and_groups_is_422_naming_them(api: httpx.Client, path: str) -> None:
    """A bulk gives its recipients as phones or as msg_groups, never both: 422, nothing kept."""
    group = api.post("/groups", json={"name": "Team"}).json()["id"]
    body = {"sender_id": "Shop", "text": "Hi", "phones": ["+491701234567"], "msg_groups": [group]}
    response = api.post(path, json=body)
    assert response.status_code == 422, response.text
    paths = [v["propertyPath"] for v in response.json()["violations"]]
    assert paths == ["msg_groups"]
    assert "phones" in response.json()["detail"]
    assert api.get("/bulks").json() == []


@pytest.mark.parametrize(
    "recipients", [{"phones": ["+491701234567"]}, {"msg_groups": []}, {"phones": None}]
)
def test_a_bulk_with_one_kind_of_recipients_is_accepted(
    api: httpx.Client, recipients: dict[str, object]
) -> None:
    """phones alone, msg_groups alone (even empty) or a null phones are still accepted."""
    body = {"sender_id": "Shop", "text": "Hi", **recipients}
    if recipients == {"phones": None}:
        body["msg_groups"] = [api.post("/groups", json={"name": "Team"}).json()["id"]]
    assert api.post("/bulks", json=body).status_code == 201


def test_an_ip_block_answers_with_retry_after(sandbox: Sandbox, clock: SandboxClock) -> None:
    """A blocked address is told, in Retry-After, how many seconds are left of its block."""
    with make_client(sandbox, ip="10.0.0.7") as client:
        client.headers["X-LOX24-AUTH-TOKEN"] = "1234567:" + "0" * 32
        statuses = [client.get("/me").status_code for _ in range(4)]
        assert statuses == [401, 401, 401, 429]
        assert client.get("/me").headers["retry-after"] == "600"
        clock.advance(100)
        client.headers["X-LOX24-AUTH-TOKEN"] = sandbox.token
        blocked = client.get("/me")
        assert blocked.status_code == 429
        assert blocked.headers["retry-after"] == "500"
        assert "reset" in blocked.json()["detail"]
