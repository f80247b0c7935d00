"""Clicks on short links: the simulation (Python and HTTP) and every listing that shows them."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest

from lox24.sandbox import Sandbox, SandboxClock
from lox24.sandbox._http._core import shared_book
from lox24.sandbox._state._click_agents import IPHONE_SAFARI, parse_user_agent
from lox24.sandbox._state._linking import expand_short_links

from .conftest import T0

LINK = re.compile(r"https://l24\.pw/([A-Za-z0-9]{6})")
SMS_1 = "00000000-0000-4000-8000-000000000001"
SMS_2 = "00000000-0000-4000-8000-000000000002"
ANDROID_CHROME = (
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0.6478.122 Mobile Safari/537.36"
)
WINDOWS_FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0"


def campaign(api: httpx.Client, kind: int) -> str:
    body = {"type": kind, "name": f"type {kind}", "url": f"https://shop.example/{kind}"}
    code: str = api.post("/short_link_campaigns", json=body).json()["id"]
    return code


def link(sandbox: Sandbox, code: str, sms_uuid: str, **extra: Any) -> str:
    core = sandbox._core
    text = expand_short_links(
        core.store, f"[slink {code}]", sms_uuid=sms_uuid, phone="+491701234567", now=T0, **extra
    )
    found = LINK.fullmatch(text)
    assert found is not None
    return found[1]


def ids(api: httpx.Client, path: str) -> list[int]:
    response = api.get(path)
    assert response.status_code == 200, response.text
    return [click["id"] for click in response.json()]


def test_click_records_the_visit(sandbox: Sandbox, api: httpx.Client, clock: SandboxClock) -> None:
    """A click gets the next id, the time, the target URL and what the user agent tells."""
    short = link(sandbox, campaign(api, 2), SMS_1)
    clock.advance(30)
    click = sandbox.simulate.click(short)
    assert click == {
        "id": 1,
        "short_link": f"/short_links/{short}",
        "url": "https://shop.example/2",
        "date": T0 + 30,
        "type": 1,
        "ip": "203.0.113.7",
        "country": "DE",
        "referer": None,
        "user_agent": IPHONE_SAFARI,
        "browser": "Safari",
        "browser_version": "17.5",
        "os": "iOS",
        "os_version": "17.5",
        "software_type": "browser",
        "hardware_type": "mobile",
    }
    assert api.get("/short_link_requests/1").json() == click
    assert shared_book().validator("/components/schemas/ShortLinkRequest").is_valid(click)
    assert sandbox.simulate.click(short)["id"] == 2


@pytest.mark.parametrize(
    ("agent", "expected"),
    [
        (ANDROID_CHROME, ("Chrome", "126.0.6478.122", "Android", "14", "browser", "mobile")),
        (WINDOWS_FIREFOX, ("Firefox", "127.0", "Windows", "10.0", "browser", "desktop")),
        (
            "Googlebot/2.1 (+http://www.google.com/bot.html)",
            (None, None, None, None, "bot", "desktop"),
        ),
        (None, (None, None, None, None, None, None)),
    ],
)
def test_user_agents_are_read_simply(agent: str | None, expected: tuple) -> None:
    """Browser, version, OS, OS version, software and hardware kind come from the user agent."""
    parsed = parse_user_agent(agent)
    assert (
        parsed.browser,
        parsed.browser_version,
        parsed.os,
        parsed.os_version,
        parsed.software_type,
        parsed.hardware_type,
    ) == expected


def test_click_route(sandbox: Sandbox, api: httpx.Client) -> None:
    """POST /_sandbox/simulate/click answers 201 with the click, taking the visitor's details."""
    short = link(sandbox, campaign(api, 1), SMS_1)
    body = {
        "short_code": short,
        "ip": "198.51.100.4",
        "user_agent": ANDROID_CHROME,
        "referer": "https://mail.example",
        "country": "AT",
    }
    response = api.post("/_sandbox/simulate/click", json=body)
    assert response.status_code == 201
    click = response.json()
    assert {k: click[k] for k in body if k != "short_code"} == {
        k: v for k, v in body.items() if k != "short_code"
    }
    assert (click["browser"], click["os"]) == ("Chrome", "Android")
    assert ids(api, "/short_link_requests") == [click["id"]]


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"short_code": "zzzzzz"}, 404),
        ({}, 400),
        ({"short_code": 5}, 400),
        ({"short_code": "SHORT", "ip": "2001:db8::1"}, 400),
        ({"short_code": "SHORT", "ip": "not an ip"}, 400),
        ({"short_code": "SHORT", "country": "de"}, 400),
        ({"short_code": "SHORT", "referer": 3}, 400),
        ({"short_code": "SHORT", "browser": "x"}, 400),
        ([], 400),
    ],
)
def test_click_route_refusals(
    sandbox: Sandbox, api: httpx.Client, body: object, status: int
) -> None:
    """Unknown short code 404; a body that is no object, lacks or mistypes a value 400."""
    short = link(sandbox, campaign(api, 1), SMS_1)
    if isinstance(body, dict) and body.get("short_code") == "SHORT":
        body = {**body, "short_code": short}
    response = api.post("/_sandbox/simulate/click", json=body)
    assert response.status_code == status, response.text
    assert api.get("/short_link_requests").json() == []
    assert api.post("/_sandbox/simulate/click", content=b"{").status_code == 400


def test_python_click_errors(sandbox: Sandbox, api: httpx.Client) -> None:
    """In Python an unknown link raises LookupError and a bad value ValueError."""
    short = link(sandbox, campaign(api, 1), SMS_1)
    with pytest.raises(LookupError):
        sandbox.simulate.click("zzzzzz")
    with pytest.raises(ValueError, match="country"):
        sandbox.simulate.click(short, country="Germany")


@pytest.fixture
def clicked(sandbox: Sandbox, api: httpx.Client, clock: SandboxClock) -> dict[str, Any]:
    """Two SMS of an advanced campaign, one of a simple one, and four clicks a second apart."""
    paid, free = campaign(api, 2), campaign(api, 1)
    shorts = {
        "paid_1": link(sandbox, paid, SMS_1),
        "paid_2": link(sandbox, paid, SMS_2),
        "shared": link(sandbox, free, SMS_1),
    }
    order = ["paid_1", "shared", "paid_1", "paid_2"]
    agents = [IPHONE_SAFARI, ANDROID_CHROME, WINDOWS_FIREFOX, IPHONE_SAFARI]
    for i, (name, agent) in enumerate(zip(order, agents, strict=True)):
        clock.advance(1)
        sandbox.simulate.click(shorts[name], user_agent=agent, country="AT" if i == 3 else "DE")
    return {"paid": paid, "free": free, **shorts}


def test_listings_per_link_campaign_and_sms(api: httpx.Client, clicked: dict[str, Any]) -> None:
    """Every listing shows its own clicks, newest first; an SMS only those of its own links."""
    assert ids(api, "/short_link_requests") == [4, 3, 2, 1]
    assert ids(api, f"/short_links/{clicked['paid_1']}/requests") == [3, 1]
    assert ids(api, f"/short_link_campaigns/{clicked['paid']}/requests") == [4, 3, 1]
    assert ids(api, f"/short_link_campaigns/{clicked['free']}/requests") == [2]
    assert ids(api, f"/sms/{SMS_1}/requests") == [3, 1]
    assert ids(api, f"/sms/{SMS_2}/requests?_order[date]=asc") == [4]


def test_unknown_owners_are_404(api: httpx.Client, clicked: dict[str, Any]) -> None:
    """An unknown click, link, campaign, SMS or bulk is 404."""
    for path in (
        "/short_link_requests/99",
        "/short_link_requests/abc",
        "/short_links/zzzzzz/requests",
        "/short_link_campaigns/nope1234/requests",
        f"/sms/{SMS_1[:-1]}9/requests",
        f"/sms/{SMS_1[:-1]}9/clicks",
        f"/bulks/{SMS_1}/requests",
    ):
        assert api.get(path).status_code == 404, path


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("browser=chrome", [2]),
        ("os=iOS", [4, 1]),
        ("browser_version=127", [3]),
        ("hardware_type=desktop", [3]),
        ("hardware_type=mobile", [4, 2, 1]),
        ("software_type=browser", [4, 3, 2, 1]),
        ("country=AT", [4]),
        ("country[]=AT&country[]=DE", [4, 3, 2, 1]),
        (f"date[gte]={T0 + 3}", [4, 3]),
        (f"date[between]={T0 + 2}..{T0 + 3}", [3, 2]),
        ("url=shop.example/1", [2]),
        ("type=1", [4, 3, 2, 1]),
    ],
)
def test_click_filters(
    api: httpx.Client, clicked: dict[str, Any], query: str, expected: list[int]
) -> None:
    """The declared filters select clicks by what was recorded about them."""
    assert ids(api, f"/short_link_requests?{query}") == expected


def test_sms_click_counts(api: httpx.Client, clicked: dict[str, Any]) -> None:
    """Per SMS only its own links count; a simple campaign's shared link does not."""
    assert api.get(f"/sms/{SMS_1}/clicks").json() == {
        "uuid": SMS_1,
        "requests_count": 2,
        "created_at": T0,
    }
    counts = {row["uuid"]: row["requests_count"] for row in api.get("/sms/clicks").json()}
    assert counts == {SMS_1: 2, SMS_2: 1}
    listed = [row["uuid"] for row in api.get("/sms/clicks?requests_count[gte]=2").json()]
    assert listed == [SMS_1]


def test_sms_with_only_a_shared_link_counts_nothing(sandbox: Sandbox, api: httpx.Client) -> None:
    """An SMS whose only link is a simple campaign's is known but has no clicks of its own."""
    short = link(sandbox, campaign(api, 1), SMS_1)
    sandbox.simulate.click(short)
    assert api.get(f"/sms/{SMS_1}/clicks").json()["requests_count"] == 0
    assert api.get(f"/sms/{SMS_1}/requests").json() == []
    assert api.get("/sms/clicks").json() == []


def test_bulk_requests(sandbox: Sandbox, api: httpx.Client) -> None:
    """A bulk lists the clicks on links made for its messages; other bulks list none."""
    bulks = [
        api.post("/bulks", json={"sender_id": "S", "text": "t", "phones": ["+491701234567"]})
        for _ in range(2)
    ]
    mine, other = (b.json()["uuid"] for b in bulks)
    short = link(sandbox, campaign(api, 2), SMS_1, bulk_uuid=mine)
    clicked = sandbox.simulate.click(short)
    assert ids(api, f"/bulks/{mine}/requests") == [clicked["id"]]
    assert ids(api, f"/bulks/{other}/requests") == []


def test_sent_sms_clicks_end_to_end(sandbox: Sandbox, api: httpx.Client) -> None:
    """An SMS sent with a placeholder: a click on its link shows in its clicks and requests."""
    code = campaign(api, 2)
    body = {"sender_id": "Shop", "phone": "+491701234567", "text": f"Sale: [slink {code}]"}
    sms = api.post("/sms", json=body).json()
    short = sms["text"].rsplit("/", 1)[1]
    sandbox.simulate.click(short)
    assert api.get(sms["clicks"]).json()["requests_count"] == 1
    assert [c["short_link"] for c in api.get(sms["requests"]).json()] == [f"/short_links/{short}"]


def test_jsonld_click_collections(ld: httpx.Client, clicked: dict[str, Any]) -> None:
    """In JSON-LD clicks are ShortLinkRequest members and SMS counts SmsClicks at their IRIs."""
    page = ld.get("/short_link_requests").json()
    assert page["hydra:totalItems"] == 4
    assert page["hydra:member"][0]["@id"] == "/short_link_requests/4"
    counts = ld.get(f"/sms/{SMS_1}/clicks").json()
    assert (counts["@id"], counts["@type"]) == (f"/sms/{SMS_1}/clicks", "SmsClicks")
