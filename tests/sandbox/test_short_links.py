"""Short links: expanding [slink <code>] placeholders, prices, refusals, and the link listings."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest

from lox24.sandbox import Sandbox, SandboxClock
from lox24.sandbox._api._errors import ApiError
from lox24.sandbox._http._core import shared_book
from lox24.sandbox._state._linking import expand_short_links, short_link_cost

from .conftest import T0

LINK = re.compile(r"https://l24\.pw/([A-Za-z0-9]{6})")


def campaign(api: httpx.Client, kind: int, url: str = "https://shop.example") -> str:
    body = {"type": kind, "name": f"type {kind}", "url": url}
    code: str = api.post("/short_link_campaigns", json=body).json()["id"]
    return code


def expand(
    sandbox: Sandbox, text: str, sms_uuid: str, phone: str = "+491701234567", **extra: Any
) -> str:
    core = sandbox._core
    now = core.clock.now()
    return expand_short_links(core.store, text, sms_uuid=sms_uuid, phone=phone, now=now, **extra)


def codes(text: str) -> list[str]:
    return LINK.findall(text)


def balance(api: httpx.Client) -> float:
    return float(api.get("/me").json()["balance_amount"])


def test_simple_campaign_shares_one_free_link(sandbox: Sandbox, api: httpx.Client) -> None:
    """Type 1: every message gets the same link, made on first use and not charged."""
    code = campaign(api, 1)
    first = expand(sandbox, f"Menu: [slink {code}]", "sms-1")
    second = expand(sandbox, f"[slink {code}] again [slink {code}]", "sms-2")
    assert LINK.fullmatch(first.removeprefix("Menu: "))
    assert codes(first) * 2 == codes(second)
    assert balance(api) == 100.0
    [link] = api.get("/short_links").json()
    assert link == {
        "short_code": codes(first)[0],
        "url": "https://shop.example",
        "campaign": f"/short_link_campaigns/{code}",
        "requests": f"/short_links/{codes(first)[0]}/requests",
        "updated_at": T0,
    }


def test_advanced_campaign_makes_and_charges_a_link_per_placeholder(
    sandbox: Sandbox, api: httpx.Client
) -> None:
    """Type 2: each placeholder of each message gets a new link at 0.005."""
    code = campaign(api, 2)
    first = codes(expand(sandbox, f"[slink {code}] and [slink {code}]", "sms-1"))
    second = codes(expand(sandbox, f"Yours: [slink {code}]", "sms-2", "+491701234568"))
    assert len(set(first + second)) == 3
    assert balance(api) == pytest.approx(100 - 3 * 0.005)
    store = sandbox._core.store
    assert {(store.links.links[c].sms_uuid, store.links.links[c].phone) for c in second} == {
        ("sms-2", "+491701234568")
    }
    assert sorted(link["short_code"] for link in api.get("/short_links").json()) == sorted(
        first + second
    )


def test_form_campaigns_give_each_recipient_a_paid_link(
    sandbox: Sandbox, api: httpx.Client
) -> None:
    """A subscription form's placeholder makes a link per message leading to the form."""
    group = api.post("/groups", json={"name": "G"}).json()["id"]
    form = api.post("/short_link_campaigns/subscribe", json={"name": "F", "group_id": group}).json()
    links = [codes(expand(sandbox, f"[slink {form['id']}]", f"sms-{i}"))[0] for i in range(2)]
    assert links[0] != links[1]
    assert api.get(f"/short_links/{links[0]}").json()["url"] == form["url"]
    assert balance(api) == pytest.approx(100 - 2 * 0.005)


def test_text_without_placeholders_is_left_alone(sandbox: Sandbox, api: httpx.Client) -> None:
    """Without [slink …] the text comes back as it is and nothing is made or remembered."""
    assert expand(sandbox, "Hello [link x] [slink]", "sms-1") == "Hello [link x] [slink]"
    assert api.get("/short_links").json() == []
    assert api.get("/sms/sms-1/clicks").status_code == 404


def test_unknown_campaign_is_422_naming_text_and_nothing_is_made(
    sandbox: Sandbox, api: httpx.Client
) -> None:
    """One unknown code refuses the whole text: no link made, nothing charged, no message kept."""
    code = campaign(api, 2)
    with pytest.raises(ApiError) as refused:
        expand(sandbox, f"[slink {code}] [slink nope1234]", "sms-1")
    assert refused.value.status == 422
    assert [v.property_path for v in refused.value.violations] == ["text"]
    assert "nope1234" in refused.value.detail
    assert api.get("/short_links").json() == []
    assert balance(api) == 100.0
    assert api.get("/sms/sms-1/requests").status_code == 404


def test_unpaid_links_are_402_and_nothing_is_made(sandbox: Sandbox, api: httpx.Client) -> None:
    """When the balance does not cover the links: 402, nothing made, nothing taken."""
    code = campaign(api, 2)
    sandbox._core.store.balance = 0.009
    with pytest.raises(ApiError) as refused:
        expand(sandbox, f"[slink {code}] [slink {code}]", "sms-1")
    assert refused.value.status == 402
    assert api.get("/short_links").json() == []
    assert balance(api) == pytest.approx(0.009)
    assert len(codes(expand(sandbox, f"[slink {code}]", "sms-2"))) == 1


def test_cost_of_a_text(sandbox: Sandbox, api: httpx.Client) -> None:
    """short_link_cost prices the per-message links of a text and checks its codes."""
    simple, paid = campaign(api, 1), campaign(api, 2)
    store = sandbox._core.store
    assert short_link_cost(store, f"[slink {simple}] [slink {paid}] [slink {paid}]") == 0.01
    assert short_link_cost(store, "no links") == 0
    with pytest.raises(ApiError):
        short_link_cost(store, "[slink nope1234]")
    assert api.get("/short_links").json() == []


def test_sms_with_a_placeholder_sends_the_link(api: httpx.Client) -> None:
    """POST /sms expands placeholders; an unknown code is 422 naming text."""
    code = campaign(api, 2)
    body = {"sender_id": "Shop", "phone": "+491701234567", "text": f"Sale: [slink {code}]"}
    sent = api.post("/sms", json=body)
    assert sent.status_code == 201
    assert LINK.fullmatch(sent.json()["text"].removeprefix("Sale: "))
    refused = api.post("/sms", json={**body, "text": "[slink nope1234]"})
    assert refused.status_code == 422
    assert refused.json()["violations"][0]["propertyPath"] == "text"


def test_get_short_link_and_404(sandbox: Sandbox, api: httpx.Client) -> None:
    """A link is read by its code; an unknown code is 404."""
    code = campaign(api, 1)
    short = codes(expand(sandbox, f"[slink {code}]", "sms-1"))[0]
    link = api.get(f"/short_links/{short}").json()
    assert link["short_code"] == short
    assert shared_book().validator("/components/schemas/ShortLink").is_valid(link)
    assert api.get("/short_links/zzzzzz").status_code == 404


def test_campaign_short_links(sandbox: Sandbox, api: httpx.Client) -> None:
    """A campaign lists only its own links (by short code); an unknown campaign is 404."""
    mine, other = campaign(api, 2), campaign(api, 2)
    made = codes(expand(sandbox, f"[slink {mine}] [slink {other}] [slink {mine}]", "sms-1"))
    listed = [
        link["short_code"] for link in api.get(f"/short_link_campaigns/{mine}/short_links").json()
    ]
    assert listed == sorted([made[0], made[2]])
    assert api.get("/short_link_campaigns/nope1234/short_links").status_code == 404


def test_short_link_filters_and_order(
    sandbox: Sandbox, api: httpx.Client, clock: SandboxClock
) -> None:
    """Links sort by short code by default; url and updated_at filter, updated_at orders."""
    shop, menu = campaign(api, 2), campaign(api, 1, "https://restaurant.example/menu")
    early = codes(expand(sandbox, f"[slink {shop}]", "sms-1"))[0]
    clock.advance(5)
    late = codes(expand(sandbox, f"[slink {menu}]", "sms-2"))[0]

    def listed(query: str) -> list[str]:
        return [link["short_code"] for link in api.get(f"/short_links?{query}").json()]

    assert listed("") == sorted([early, late])
    assert listed("url=RESTAURANT") == [late]
    assert listed(f"updated_at={T0}") == [early]
    assert listed(f"updated_at[]={T0 + 5}&updated_at[]={T0}") == sorted([early, late])
    assert listed("_order[updated_at]=desc") == [late, early]


def test_jsonld_short_link_has_its_iri(sandbox: Sandbox, ld: httpx.Client) -> None:
    """In JSON-LD a link is a ShortLink at /short_links/<code>."""
    code = ld.post("/short_link_campaigns", json={"type": 1, "name": "x", "url": "https://e.x"})
    short = codes(expand(sandbox, f"[slink {code.json()['id']}]", "sms-1"))[0]
    link = ld.get(f"/short_links/{short}").json()
    assert (link["@id"], link["@type"]) == (f"/short_links/{short}", "ShortLink")
