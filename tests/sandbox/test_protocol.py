"""Request ids, content negotiation, routing errors, the sandbox controls and /openapi.json."""

from __future__ import annotations

import re

import httpx
import pytest

from lox24.sandbox import Sandbox, SandboxClock
from tests.helpers import load_spec

from .conftest import JSONLD, PLAIN, T0

REQUEST_ID = re.compile(r"[A-Za-z0-9]{32}")


def test_every_response_carries_a_unique_request_id(sandbox: Sandbox, api: httpx.Client) -> None:
    """Success, 401, 404, 405, 422, the controls and /openapi.json all carry a fresh 32-char id."""
    responses = [
        api.get("/me"),
        api.get("/me", headers={"X-LOX24-AUTH-TOKEN": "1:bad"}),
        api.get("/no/such/route"),
        api.patch("/groups"),
        api.post("/groups", json={}),
        api.get("/groups/999"),
        api.post("/_sandbox/reset"),
        api.get("/_sandbox/nothing-here"),
        api.get("/openapi.json"),
    ]
    ids = [r.headers["X-LOX24-REQUEST-ID"] for r in responses]
    assert all(REQUEST_ID.fullmatch(i) for i in ids)
    assert len(set(ids)) == len(ids)
    assert [r.status_code for r in responses] == [200, 401, 404, 405, 422, 404, 204, 404, 200]


def test_unknown_route_is_404_and_wrong_method_is_405_with_allow(api: httpx.Client) -> None:
    """An unknown path answers 404; a known path with a method it lacks answers 405 + Allow."""
    assert api.get("/smsx").status_code == 404
    response = api.delete("/bulks")
    assert response.status_code == 405
    assert response.headers["Allow"] == "GET, POST"
    assert response.json()["status"] == 405
    literal = api.get("/bulks/dryrun")
    assert (literal.status_code, literal.headers["Allow"]) == (405, "POST")


@pytest.mark.parametrize(
    ("accept", "jsonld"),
    [
        (PLAIN, False),
        (JSONLD, True),
        ("*/*", True),
        (None, True),
        ("text/html, */*;q=0.8", True),
        ("application/json, */*;q=0.1", False),
        ("application/json;q=0.4, application/ld+json", True),
    ],
)
def test_accept_header_chooses_the_representation(
    api: httpx.Client, accept: str | None, jsonld: bool
) -> None:
    """application/json gives plain JSON; ld+json, */*, none or a wildcard gives JSON-LD."""
    headers = {} if accept is None else {"Accept": accept}
    if accept is None:
        api.headers.pop("Accept")
    response = api.get("/me", headers=headers)
    body = response.json()
    if jsonld:
        assert response.headers["content-type"] == "application/ld+json; charset=utf-8"
        assert (body["@context"], body["@id"], body["@type"]) == (
            "/contexts/Client",
            "/me",
            "Client",
        )
    else:
        assert response.headers["content-type"] == "application/json; charset=utf-8"
        assert "@id" not in body


def test_account_fields(api: httpx.Client) -> None:
    """/me shows the customer number, 100.0 EUR, the five services and the groups map."""
    api.post("/groups", json={"name": "A"})
    body = api.get("/me").json()
    assert body == {
        "id": 1234567,
        "balance_amount": 100.0,
        "balance_changed_at": T0,
        "currency": "EUR",
        "services": ["economy", "pro", "direct", "text2speech", "text2speech_ssml"],
        "groups": {"1": "/groups/1"},
        "is_text_deleted": False,
    }


def test_error_bodies_in_both_representations(api: httpx.Client, ld: httpx.Client) -> None:
    """Plain errors have type/title/detail/status; JSON-LD adds @context, @type and hydra keys."""
    plain = api.get("/groups/77").json()
    assert plain["status"] == 404
    assert {"type", "title", "detail"} <= plain.keys()
    assert "@context" not in plain
    linked = ld.get("/groups/77").json()
    assert linked["@context"] == "/contexts/Error"
    assert linked["@type"] == "hydra:Error"
    assert linked["hydra:title"] == linked["title"]
    assert linked["hydra:description"] == linked["detail"]


def test_openapi_json_is_the_spec(api: httpx.Client) -> None:
    """GET /openapi.json serves spec/lox24.yaml as JSON."""
    response = api.get("/openapi.json")
    assert response.headers["content-type"].startswith("application/json")
    assert response.json() == load_spec()


def test_clock_controls(sandbox: Sandbox, api: httpx.Client, clock: SandboxClock) -> None:
    """GET/POST /_sandbox/clock read, advance and set the sandbox clock."""
    assert api.get("/_sandbox/clock").json() == {"now": T0, "frozen": True}
    assert api.post("/_sandbox/clock", json={"advance": 90}).json()["now"] == T0 + 90
    assert api.post("/_sandbox/clock", json={"set": 1_800_000_000}).json()["now"] == 1_800_000_000
    assert clock.now() == 1_800_000_000
    assert api.post("/_sandbox/clock", json={"advance": "soon"}).status_code == 400
    assert api.post("/_sandbox/clock", content=b"{").status_code == 400


def test_clock_can_be_unfrozen_and_frozen_again(api: httpx.Client, clock: SandboxClock) -> None:
    """{"frozen": false} lets the clock run from where it stood; {"frozen": true} stops it."""
    running = api.post("/_sandbox/clock", json={"frozen": False}).json()
    assert running["frozen"] is False
    assert T0 <= clock.now() < T0 + 60
    stopped = api.post("/_sandbox/clock", json={"frozen": True, "set": T0}).json()
    assert stopped == {"now": T0, "frozen": True}


def test_reset_forgets_data_and_recorded_requests(sandbox: Sandbox, api: httpx.Client) -> None:
    """POST /_sandbox/reset empties groups, bulks and the request log."""
    api.post("/groups", json={"name": "A"})
    assert api.post("/_sandbox/reset").status_code == 204
    assert api.get("/groups").json() == []
    assert [r.path for r in sandbox.requests] == ["/groups"]


def test_requests_are_recorded(sandbox: Sandbox, api: httpx.Client, clock: SandboxClock) -> None:
    """API requests (not the controls) are logged with method, path, query, status, id, time."""
    first = api.get("/groups", params={"page": 2})
    clock.advance(5)
    api.get("/me", headers={"X-LOX24-AUTH-TOKEN": "1:bad"})
    api.get("/_sandbox/clock")
    log = api.get("/_sandbox/requests").json()
    assert log == [
        {
            "method": "GET",
            "path": "/groups",
            "query": "page=2",
            "status": 200,
            "request_id": first.headers["X-LOX24-REQUEST-ID"],
            "time": T0,
        },
        {
            "method": "GET",
            "path": "/me",
            "query": "",
            "status": 401,
            "request_id": log[1]["request_id"],
            "time": T0 + 5,
        },
    ]
    assert [r.as_json() for r in sandbox.requests] == log
