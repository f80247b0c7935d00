"""Short-link campaigns: CRUD, groups, forms, and the (un)subscription simulations."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest

from lox24.sandbox import Sandbox, SandboxClock
from lox24.sandbox._api._errors import ApiError
from lox24.sandbox._http._core import shared_book
from lox24.sandbox._state._linking import expand_short_links, phone_subscription

from .conftest import T0

CODE = re.compile(r"[A-Za-z0-9]{8}")
SMS_UUID = "00000000-0000-4000-8000-000000000001"


def create(api: httpx.Client, path: str = "/short_link_campaigns", **body: object) -> dict:
    response = api.post(path, json=body)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


def advanced(api: httpx.Client, **fields: object) -> dict:
    return create(api, type=2, name="Spring sale", url="https://shop.example/spring", **fields)


@pytest.fixture
def group(api: httpx.Client) -> int:
    group_id: int = api.post("/groups", json={"name": "Newsletter"}).json()["id"]
    return group_id


def conforms(body: object, schema: str = "Campaign") -> bool:
    return shared_book().validator(f"/components/schemas/{schema}").is_valid(body)


def expand(sandbox: Sandbox, text: str, *, sms_uuid: str = SMS_UUID, phone: str) -> str:
    core = sandbox._core
    return expand_short_links(core.store, text, sms_uuid=sms_uuid, phone=phone, now=T0)


def test_created_campaign_fields(api: httpx.Client, group: int) -> None:
    """A campaign's id is an 8-character code; it echoes type, name, url and group."""
    campaign = advanced(api, group_id=group)
    assert CODE.fullmatch(campaign["id"])
    assert campaign == {
        "id": campaign["id"],
        "type": 2,
        "name": "Spring sale",
        "url": "https://shop.example/spring",
        "group_id": group,
        "created_at": T0,
    }
    assert conforms(campaign)
    assert api.get(f"/short_link_campaigns/{campaign['id']}").json() == campaign


def test_group_is_optional_for_a_link_campaign(api: httpx.Client) -> None:
    """Without group_id (or with null) a simple campaign has group_id null."""
    simple = create(api, type=1, name="Menu", url="https://example.com/menu")
    assert (simple["type"], simple["group_id"]) == (1, None)
    assert advanced(api, group_id=None)["group_id"] is None


@pytest.mark.parametrize(
    "path",
    [
        "/short_link_campaigns",
        "/short_link_campaigns/subscribe",
        "/short_link_campaigns/unsubscribe",
    ],
)
def test_unknown_group_is_422_naming_group_id(api: httpx.Client, path: str) -> None:
    """A group that does not exist is refused with 422 naming group_id; nothing is created."""
    body = {"type": 2, "name": "x", "url": "https://e.xample", "group_id": 999}
    if path != "/short_link_campaigns":
        body = {"name": "x", "group_id": 999}
    response = api.post(path, json=body)
    assert response.status_code == 422
    assert response.json()["violations"][0]["propertyPath"] == "group_id"
    assert api.get("/short_link_campaigns").json() == []


def test_form_campaigns_are_type_2_leading_to_their_form(api: httpx.Client, group: int) -> None:
    """(Un)subscription campaigns report type 2 and lead to https://l24.pw/f/<code>."""
    for path in ("/short_link_campaigns/subscribe", "/short_link_campaigns/unsubscribe"):
        form = create(api, path, name="Join", group_id=group)
        assert (form["type"], form["url"], form["group_id"]) == (
            2,
            f"https://l24.pw/f/{form['id']}",
            group,
        )
        assert conforms(form)


def test_subscription_needs_a_group_unsubscription_does_not(api: httpx.Client) -> None:
    """group_id null is refused (422) for a subscription form but accepted for unsubscription."""
    response = api.post("/short_link_campaigns/subscribe", json={"name": "x", "group_id": None})
    assert response.status_code == 422
    assert response.json()["violations"][0]["propertyPath"] == "group_id"
    form = create(api, "/short_link_campaigns/unsubscribe", name="Stop", group_id=None)
    assert form["group_id"] is None


def test_update_replaces_fields_and_links_follow_the_url(
    sandbox: Sandbox, api: httpx.Client, clock: SandboxClock, group: int
) -> None:
    """PUT replaces type, name, url and group; the campaign's links lead to the new URL."""
    code = advanced(api)["id"]
    expand(sandbox, f"[slink {code}]", phone="+491701234567")
    clock.advance(10)
    body = {"type": 1, "name": "Summer", "url": "https://shop.example/summer", "group_id": group}
    response = api.put(f"/short_link_campaigns/{code}", json=body)
    assert response.status_code == 200
    assert response.json() == {"id": code, **body, "created_at": T0}
    [link] = api.get(f"/short_link_campaigns/{code}/short_links").json()
    assert (link["url"], link["updated_at"]) == ("https://shop.example/summer", T0 + 10)


def test_update_of_unknown_campaign_or_group(api: httpx.Client) -> None:
    """PUT on an unknown code is 404; an unknown group is 422 naming group_id, nothing changed."""
    body = {"type": 1, "name": "x", "url": "https://e.xample", "group_id": 5}
    assert api.put("/short_link_campaigns/nope1234", json=body).status_code == 404
    campaign = advanced(api)
    response = api.put(f"/short_link_campaigns/{campaign['id']}", json=body)
    assert response.status_code == 422
    assert response.json()["violations"][0]["propertyPath"] == "group_id"
    assert api.get(f"/short_link_campaigns/{campaign['id']}").json() == campaign


def test_update_of_a_form_changes_its_name_and_group_only(api: httpx.Client, group: int) -> None:
    """A form campaign keeps its type and form URL when updated."""
    form = create(api, "/short_link_campaigns/unsubscribe", name="Stop", group_id=None)
    body = {"type": 1, "name": "Stop it", "url": "https://e.xample", "group_id": group}
    updated = api.put(f"/short_link_campaigns/{form['id']}", json=body).json()
    assert updated == {**form, "name": "Stop it", "group_id": group}


def test_delete_is_204_then_404_and_links_stay(sandbox: Sandbox, api: httpx.Client) -> None:
    """A deleted campaign is gone (and unusable in texts); its links stay, without a campaign."""
    code = advanced(api)["id"]
    short = expand(sandbox, f"[slink {code}]", phone="+491701234567").rsplit("/", 1)[1]
    assert api.delete(f"/short_link_campaigns/{code}").status_code == 204
    assert api.get(f"/short_link_campaigns/{code}").status_code == 404
    assert api.delete(f"/short_link_campaigns/{code}").status_code == 404
    assert api.get(f"/short_link_campaigns/{code}/short_links").status_code == 404
    assert api.get(f"/short_links/{short}").json()["campaign"] is None
    with pytest.raises(ApiError, match="does not exist"):
        expand(sandbox, f"[slink {code}]", sms_uuid="x", phone="+491701234567")


@pytest.fixture
def three(api: httpx.Client, clock: SandboxClock) -> list[str]:
    codes = [create(api, type=1, name="Menu", url="https://restaurant.example/menu")["id"]]
    clock.advance(1)
    codes.append(advanced(api)["id"])
    clock.advance(1)
    codes.append(create(api, type=2, name="Spring menu", url="https://restaurant.example")["id"])
    return codes


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", [2, 1, 0]),
        ("_order[created_at]=asc", [0, 1, 2]),
        ("name=MENU", [2, 0]),
        ("url=restaurant", [2, 0]),
        ("type=1", [0]),
        ("type[]=2", [2, 1]),
        (f"created_at={T0 + 1}", [1]),
    ],
)
def test_list_filters_and_order(
    api: httpx.Client, three: list[str], query: str, expected: list[int]
) -> None:
    """Newest first by default; name and url match in part, type and created_at exactly."""
    listed = [c["id"] for c in api.get(f"/short_link_campaigns?{query}").json()]
    assert listed == [three[i] for i in expected]


def test_jsonld_campaign_has_its_iri(ld: httpx.Client) -> None:
    """In JSON-LD a campaign is a ShortLinkCampaign at /short_link_campaigns/<code>."""
    body = {"type": 1, "name": "x", "url": "https://e.xample"}
    campaign = ld.post("/short_link_campaigns", json=body).json()
    assert campaign["@id"] == f"/short_link_campaigns/{campaign['id']}"
    assert campaign["@type"] == "ShortLinkCampaign"


# ----- the forms, as recipients use them ----------------------------------------------------


def events(sandbox: Sandbox, name: str) -> list[dict[str, Any]]:
    return [e for e in sandbox.events if e["name"] == name]


def phones(api: httpx.Client, group: int) -> list[str]:
    return [p["phone"] for p in api.get(f"/groups/{group}/phones").json()]


def test_subscribe_adds_the_number_and_emits_phone_subscribe(
    sandbox: Sandbox, api: httpx.Client, group: int
) -> None:
    """The number joins the group in E.164 form with subscribed_at; the event names the link."""
    form = create(api, "/short_link_campaigns/subscribe", name="Join", group_id=group)
    sent = expand(sandbox, f"Join: [slink {form['id']}]", phone="+491701234567")
    data = sandbox.simulate.subscribe(form["id"], "0170 1234567", at=T0 + 5)
    assert phones(api, group) == ["+491701234567"]
    assert data == {
        "phone": "+491701234567",
        "user_id": 1234567,
        "timestamp": T0 + 5,
        "campaign_code": form["id"],
        "short_link_code": sent.rsplit("/", 1)[1],
        "group_id": group,
        "additional_data": [],
    }
    [event] = events(sandbox, "phone.subscribe")
    assert (event["data"], event["created_at"]) == (data, T0 + 5)
    assert shared_book().validator("/components/schemas/PhoneSubscribeEvent").is_valid(event)
    phone_id = int(api.get(f"/groups/{group}/phones").json()[0]["id"])
    assert phone_subscription(sandbox._core.store, phone_id)["subscribed_at"] == T0 + 5


def test_subscribing_twice_keeps_one_entry(sandbox: Sandbox, api: httpx.Client, group: int) -> None:
    """A number already in the group is not added again; each subscription emits an event."""
    form = create(api, "/short_link_campaigns/subscribe", name="Join", group_id=group)
    first = sandbox.simulate.subscribe(form["id"], "+491701234567")
    second = sandbox.simulate.subscribe(form["id"], "+491701234567")
    assert phones(api, group) == ["+491701234567"]
    assert first["short_link_code"] == second["short_link_code"]
    assert len(events(sandbox, "phone.subscribe")) == 2


def test_unsubscribe_blocks_marks_the_entry_and_emits_phone_unsubscribe(
    sandbox: Sandbox, api: httpx.Client, clock: SandboxClock, group: int
) -> None:
    """The number is blocked (type 2), its entry gets the time and reason, the event the text."""
    entry = api.post(f"/groups/{group}/phones", json={"phone": "+491701234567"}).json()
    form = create(api, "/short_link_campaigns/unsubscribe", name="Stop", group_id=group)
    clock.advance(7)
    data = sandbox.simulate.unsubscribe(form["id"], "+491701234567", 2, text="Too much")
    assert data["additional_data"] == {
        "reason": {"id": 2, "label": "I receive too many messages"},
        "additional_text": "Too much",
    }
    assert (data["unsubscribe_request_id"], data["timestamp"], data["group_id"]) == (
        1,
        T0 + 7,
        group,
    )
    assert api.get("/blocked_numbers").json() == [
        {"id": 1, "number": "+491701234567", "type": 2, "added_at": T0 + 7}
    ]
    assert phone_subscription(sandbox._core.store, int(entry["id"])) == {
        "subscribed_at": None,
        "unsubscribed_at": T0 + 7,
        "unsubscribe_reason": 2,
    }
    [event] = events(sandbox, "phone.unsubscribe")
    assert event["data"] == data
    assert shared_book().validator("/components/schemas/PhoneUnsubscribeEvent").is_valid(event)


def test_unsubscribe_request_ids_grow(sandbox: Sandbox, api: httpx.Client) -> None:
    """Each unsubscription gets the next request id; a form without group names none."""
    form = create(api, "/short_link_campaigns/unsubscribe", name="Stop", group_id=None)
    first = sandbox.simulate.unsubscribe(form["id"], "+491701234567", 6)
    second = sandbox.simulate.unsubscribe(form["id"], "+491701234568", 1)
    assert [first["unsubscribe_request_id"], second["unsubscribe_request_id"]] == [1, 2]
    assert "group_id" not in first
    assert len(api.get("/blocked_numbers").json()) == 2


def test_form_routes(api: httpx.Client, group: int) -> None:
    """POST /_sandbox/simulate/subscribe and /unsubscribe answer 201 with the event data."""
    join = create(api, "/short_link_campaigns/subscribe", name="Join", group_id=group)
    stop = create(api, "/short_link_campaigns/unsubscribe", name="Stop", group_id=group)
    response = api.post(
        "/_sandbox/simulate/subscribe",
        json={"campaign_code": join["id"], "phone": "+4915112345678"},
    )
    assert (response.status_code, response.json()["phone"]) == (201, "+4915112345678")
    body = {"campaign_code": stop["id"], "phone": "+4915112345678", "reason_id": 3, "text": "no"}
    response = api.post("/_sandbox/simulate/unsubscribe", json=body)
    assert response.status_code == 201
    assert response.json()["additional_data"]["reason"]["id"] == 3


@pytest.mark.parametrize(
    ("route", "body", "status"),
    [
        ("subscribe", {"campaign_code": "nope1234", "phone": "+491701234567"}, 404),
        ("subscribe", {"campaign_code": "STOP", "phone": "+491701234567"}, 422),
        ("subscribe", {"campaign_code": "JOIN", "phone": "not a number"}, 400),
        ("subscribe", {"campaign_code": "JOIN"}, 400),
        ("subscribe", {"campaign_code": "JOIN", "phone": "+491701234567", "x": 1}, 400),
        ("subscribe", {"campaign_code": "JOIN", "phone": 491701234567}, 400),
        ("unsubscribe", {"campaign_code": "STOP", "phone": "+491701234567", "reason_id": 7}, 400),
        (
            "unsubscribe",
            {"campaign_code": "STOP", "phone": "+491701234567", "reason_id": True},
            400,
        ),
        ("unsubscribe", {"campaign_code": "JOIN", "phone": "+491701234567", "reason_id": 1}, 422),
        ("unsubscribe", {"campaign_code": "STOP", "phone": "+491701234567"}, 400),
    ],
)
def test_form_routes_refuse_bad_requests_without_effect(
    api: httpx.Client, group: int, route: str, body: dict, status: int
) -> None:
    """Unknown campaign 404, wrong kind 422, bad values or keys 400; nothing happens then."""
    join = create(api, "/short_link_campaigns/subscribe", name="Join", group_id=group)["id"]
    stop = create(api, "/short_link_campaigns/unsubscribe", name="Stop", group_id=group)["id"]
    codes = {"JOIN": join, "STOP": stop}
    body = {**body, "campaign_code": codes.get(body["campaign_code"], body["campaign_code"])}
    response = api.post(f"/_sandbox/simulate/{route}", json=body)
    assert response.status_code == status, response.text
    assert api.get("/_sandbox/events").json() == []
    assert phones(api, group) == []
    assert api.get("/blocked_numbers").json() == []
    assert api.post("/_sandbox/simulate/subscribe", content=b"[1").status_code == 400


def test_python_simulation_errors(sandbox: Sandbox, api: httpx.Client, group: int) -> None:
    """In Python an unknown campaign raises LookupError, an unusable value ValueError."""
    join = create(api, "/short_link_campaigns/subscribe", name="Join", group_id=group)["id"]
    with pytest.raises(LookupError, match="does not exist"):
        sandbox.simulate.subscribe("nope1234", "+491701234567")
    with pytest.raises(ValueError, match="not an unsubscription campaign"):
        sandbox.simulate.unsubscribe(join, "+491701234567", 1)
    api.delete(f"/groups/{group}")
    with pytest.raises(ValueError, match="group no longer exists"):
        sandbox.simulate.subscribe(join, "+491701234567")
