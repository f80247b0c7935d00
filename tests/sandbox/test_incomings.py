"""Incoming SMS: simulated arrivals and replies (Python and HTTP), listing, reading, deleting."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from lox24.sandbox import SANDBOX_BASE_URL, Sandbox, SandboxClock

from .conftest import T0

INBOUND = "+4915112345678"


@pytest.fixture
def controls(sandbox: Sandbox) -> Iterator[httpx.Client]:
    """A client of the sandbox's own endpoints (no token)."""
    base_url = f"{SANDBOX_BASE_URL}/_sandbox"
    with httpx.Client(base_url=base_url, transport=sandbox.transport()) as client:
        yield client


def send(api: httpx.Client, **fields: object) -> str:
    body = {"sender_id": "Shop", "phone": "+491701234567", "text": "Hello", **fields}
    response = api.post("/sms", json=body)
    assert response.status_code == 201, response.text
    return str(response.json()["uuid"])


def test_incoming_sms_is_stored_and_announced(sandbox: Sandbox, api: httpx.Client) -> None:
    """simulate.incoming_sms stores a message to the inbound number and emits sms.incoming."""
    incoming = sandbox.simulate.incoming_sms(sender="+491701234567", text="STOP")
    assert incoming == {
        "uuid": incoming["uuid"],
        "from": "+491701234567",
        "to": INBOUND,
        "text": "STOP",
        "received_at": T0,
        "msg_uuid": None,
    }
    assert api.get(f"/incomings/{incoming['uuid']}").json() == incoming
    [event] = sandbox.events
    assert (event["name"], event["created_at"]) == ("sms.incoming", T0)
    data = {**incoming, "id": incoming["uuid"]}
    del data["uuid"]
    assert event["data"] == data


def test_incoming_to_another_number_and_without_text(sandbox: Sandbox) -> None:
    """The receiving number can be chosen and the text can be None."""
    incoming = sandbox.simulate.incoming_sms(sender="+14155552671", text=None, to="+4930123456")
    assert (incoming["to"], incoming["text"]) == ("+4930123456", None)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"sender": "0170123456", "text": "x"},
        {"sender": "+49", "text": "x"},
        {"sender": "+491701234567", "text": "x", "to": "inbox"},
        {"sender": "+491701234567", "text": 5},
    ],
)
def test_invalid_incoming_is_a_value_error(sandbox: Sandbox, kwargs: dict[str, object]) -> None:
    """Numbers must be E.164 and text a string or None; nothing is stored otherwise."""
    with pytest.raises(ValueError, match="must be"):
        sandbox.simulate.incoming_sms(**kwargs)
    assert sandbox.events == []


@pytest.mark.parametrize(
    ("sender_id", "to"),
    [("+491709876543", "+491709876543"), ("491709876543", "+491709876543"), ("Shop", INBOUND)],
)
def test_reply_answers_a_sent_sms(
    sandbox: Sandbox, api: httpx.Client, sender_id: str, to: str
) -> None:
    """A reply comes from the SMS's number, goes to its numeric sender id or the inbound number."""
    uuid = send(api, sender_id=sender_id)
    reply = sandbox.simulate.reply(uuid, "Yes please")
    assert (reply["from"], reply["to"], reply["msg_uuid"]) == ("+491701234567", to, uuid)
    assert reply["text"] == "Yes please"
    listed = api.get("/incomings", params={"msg_uuid": uuid}).json()
    assert [i["uuid"] for i in listed] == [reply["uuid"]]


def test_reply_to_an_unknown_sms_raises_key_error(sandbox: Sandbox, api: httpx.Client) -> None:
    """Replying to an SMS that does not exist (or a dry run's placeholder) raises a KeyError."""
    with pytest.raises(KeyError, match="no SMS 'nope'"):
        sandbox.simulate.reply("nope", "hi")
    api.post("/sms/dryrun", json={"sender_id": "S", "phone": "+491701234567", "text": "x"})
    with pytest.raises(KeyError, match="11111111-2222-3333-4444-555555555555"):
        sandbox.simulate.reply("11111111-2222-3333-4444-555555555555", "hi")


def test_incoming_event_follows_due_delivery_events(
    sandbox: Sandbox, api: httpx.Client, clock: SandboxClock
) -> None:
    """A reply arriving later is logged after the delivery reports that happened before it."""
    uuid = send(api)
    clock.advance(30)
    sandbox.simulate.reply(uuid, "ok")
    assert [(e["name"], e["created_at"]) for e in sandbox.events] == [
        ("sms.delivery", T0 + 1),
        ("sms.delivery", T0 + 6),
        ("sms.incoming", T0 + 30),
    ]


def test_listing_order_and_filters(
    sandbox: Sandbox, api: httpx.Client, clock: SandboxClock
) -> None:
    """/incomings is newest first by default, orders by received_at and filters partially."""
    uuid = send(api)
    first = sandbox.simulate.incoming_sms(sender="+491701111111", text="Hello there")
    clock.advance(5)
    second = sandbox.simulate.reply(uuid, "Thanks")
    clock.advance(5)
    third = sandbox.simulate.incoming_sms(sender="+41791111111", text="hello", to="+4930123456")

    def listed(**params: object) -> list[str]:
        response = api.get("/incomings", params=params)
        assert response.status_code == 200, response.text
        return [i["uuid"] for i in response.json()]

    ids = [first["uuid"], second["uuid"], third["uuid"]]
    assert listed() == ids[::-1]
    assert listed(**{"_order[received_at]": "asc"}) == ids
    assert listed(text="hello") == [ids[2], ids[0]]
    assert listed(**{"from": "4179"}) == [ids[2]]
    assert listed(to="4930") == [ids[2]]
    assert listed(**{"msg_uuid[]": [uuid, "other"]}) == [ids[1]]


def test_delete_incoming_then_it_is_gone(sandbox: Sandbox, api: httpx.Client) -> None:
    """DELETE answers 204 once; afterwards reading or deleting the message again is 404."""
    uuid = sandbox.simulate.incoming_sms(sender="+491701234567", text="x")["uuid"]
    assert api.delete(f"/incomings/{uuid}").status_code == 204
    assert api.get(f"/incomings/{uuid}").status_code == 404
    assert api.delete(f"/incomings/{uuid}").status_code == 404
    assert api.get("/incomings").json() == []


def test_jsonld_incoming(sandbox: Sandbox, ld: httpx.Client) -> None:
    """In JSON-LD an incoming message is an Incoming whose @id is /incomings/<uuid>."""
    uuid = sandbox.simulate.incoming_sms(sender="+491701234567", text="x")["uuid"]
    body = ld.get(f"/incomings/{uuid}").json()
    assert (body["@type"], body["@id"], body["from"]) == (
        "Incoming",
        f"/incomings/{uuid}",
        "+491701234567",
    )


def test_http_incoming(controls: httpx.Client, api: httpx.Client, sandbox: Sandbox) -> None:
    """POST /_sandbox/simulate/incoming stores the message and answers it (201, plain JSON)."""
    response = controls.post(
        "/simulate/incoming", json={"sender": "+491701234567", "text": "Hi", "to": "+4930123456"}
    )
    assert response.status_code == 201
    incoming = response.json()
    assert (incoming["from"], incoming["to"], incoming["text"]) == (
        "+491701234567",
        "+4930123456",
        "Hi",
    )
    assert api.get(f"/incomings/{incoming['uuid']}").json() == incoming
    assert [e["name"] for e in sandbox.events] == ["sms.incoming"]


def test_http_reply(controls: httpx.Client, api: httpx.Client) -> None:
    """POST /_sandbox/simulate/reply answers 201 with the reply; an unknown SMS is 404."""
    uuid = send(api)
    response = controls.post("/simulate/reply", json={"sms_uuid": uuid, "text": "ok"})
    assert response.status_code == 201
    assert response.json()["msg_uuid"] == uuid
    missing = controls.post("/simulate/reply", json={"sms_uuid": "nope", "text": "ok"})
    assert missing.status_code == 404
    assert "nope" in missing.json()["detail"]


@pytest.mark.parametrize(
    ("path", "content"),
    [
        ("/simulate/incoming", b"{not json"),
        ("/simulate/incoming", b"[]"),
        ("/simulate/incoming", b""),
        ("/simulate/incoming", b'{"sender": "+491701234567"}'),
        ("/simulate/incoming", b'{"from": "+491701234567", "text": "x"}'),
        ("/simulate/incoming", b'{"sender": "0170", "text": "x"}'),
        ("/simulate/incoming", b'{"sender": "+491701234567", "text": ["x"]}'),
        ("/simulate/reply", b'{"text": "x"}'),
        ("/simulate/reply", b'{"sms_uuid": ["x"], "text": "x"}'),
    ],
)
def test_http_bad_bodies_are_400(
    controls: httpx.Client, sandbox: Sandbox, path: str, content: bytes
) -> None:
    """A body that is not the expected JSON object is a 400 and nothing is stored."""
    response = controls.post(path, content=content)
    assert response.status_code == 400, response.text
    assert sandbox.events == []
