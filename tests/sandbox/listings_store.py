"""A sandbox holding every listed collection, built through the API, with changes over time.

Shared by the listing tests: ``fill`` creates about ``count`` items of each collection of
``_listings.LAYOUTS`` (groups and a group's phones, bulks, blocked numbers, incoming messages,
campaigns, short links and the messages that have them), moves the clock forward and once back,
updates and deletes some, and clicks some links.
"""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from lox24.sandbox import Sandbox

from .conftest import T0


@dataclass(frozen=True)
class Filled:
    """What ``fill`` made that listings are scoped to."""

    group_id: int
    campaign: str
    other_campaign: str


def fill(box: Sandbox, api: httpx.Client, count: int) -> Filled:
    """Create about ``count`` items of each listed collection (see the module's docstring)."""
    clock = box.clock
    advanced = _campaign(api, 2, "https://shop.example/a")
    simple = _campaign(api, 1, "https://shop.example/s")
    doomed = _campaign(api, 1, "https://shop.example/d")
    group = api.post("/groups", json={"name": "all"}).json()["id"]
    phones = [{"phone": f"+4917012{n:05d}", "callback_data": f"cb-{n % 3}"} for n in range(count)]
    assert api.post(f"/groups/{group}/phones/batch", json=phones).status_code == 201
    sent: list[str] = []
    for n in range(count):
        if n == count // 2:
            clock.advance(-7)  # later items sort among earlier ones
        api.post("/groups", json={"name": f"g{n % 5}", "description": "x" if n % 2 else None})
        api.post("/blocked_numbers", json={"number": f"+4915112{n:05d}"})
        kind = 1 if n % 3 else 2
        _campaign(api, kind, f"https://shop.example/{n % 4}", name=f"c{n % 6}")
        bulk = {"sender_id": "Shop", "text": f"Sale {n % 3}", "phones": [f"+4917099{n:05d}"]}
        if n % 5 == 0:
            bulk["delivery_at"] = T0 + 10**6
        if n % 3 == 1:
            bulk["source"], bulk["is_unicode"] = n % 4, n % 2 == 0
        api.post("/bulks/dryrun" if n % 2 else "/bulks", json=bulk)
        text = f"Hi [slink {advanced}]" + (f" [slink {simple}]" if n % 4 == 0 else "")
        text += f" [slink {doomed}]" if n % 5 == 0 else ""
        body = {"sender_id": "Shop", "phone": f"+4917055{n:05d}", "text": text}
        response = api.post("/sms", json=body)
        assert response.status_code == 201, response.text
        sent.append(response.json()["uuid"])
        box.simulate.incoming_sms(sender=f"+4917033{n:05d}", text=f"in {n % 4}")
        if n % 3 == 0:
            box.simulate.reply(sent[-1], "stop" if n % 2 else None)
        if n % 4 == 3:
            clock.advance(1)
    _change_some(box, api, advanced, count)
    assert api.delete(f"/short_link_campaigns/{doomed}").status_code == 204
    return Filled(group, advanced, simple)


def _change_some(box: Sandbox, api: httpx.Client, advanced: str, count: int) -> None:
    """Update, delete and click some of what ``fill`` made."""
    links = box._core.store.links
    for short_code in list(links.links)[::3]:
        box.simulate.click(short_code)
    box.clock.advance(3)
    for short_code in list(links.links)[::5]:
        box.simulate.click(short_code)
    box.clock.advance(2)
    doomed = [c for c in list(links.campaigns) if c != advanced][2:4]
    for code in doomed:  # their links stay, without a campaign
        assert api.delete(f"/short_link_campaigns/{code}").status_code == 204
    body = {"type": 2, "name": "moved", "url": "https://shop.example/b", "group_id": None}
    assert api.put(f"/short_link_campaigns/{advanced}", json=body).status_code == 200
    _delete_some(box, api, count)
    form = api.post("/short_link_campaigns/unsubscribe", json={"name": "f", "group_id": None})
    for n in range(3):
        box.simulate.unsubscribe(form.json()["id"], f"+4916012{n:05d}", 1)
    box.clock.advance(1)
    assert box.clock.now() > T0


def _delete_some(box: Sandbox, api: httpx.Client, count: int) -> None:
    """Delete, update and cancel some blocked numbers, incomings, groups and bulks."""
    messaging, store = box._core.store.messaging, box._core.store
    for entry_id in list(messaging.blocked)[:: max(2, count // 8)]:
        assert api.delete(f"/blocked_numbers/{entry_id}").status_code == 204
    for uuid in list(messaging.incomings)[1 :: max(2, count // 8)]:
        assert api.delete(f"/incomings/{uuid}").status_code == 204
    for group_id in list(store.groups)[2 :: max(2, count // 8)]:
        assert api.delete(f"/groups/{group_id}").status_code == 204
    for group_id in list(store.groups)[3:6]:
        assert api.put(f"/groups/{group_id}", json={"name": "renamed"}).status_code == 200
    for bulk_id in list(store.bulks)[:: max(2, count // 8)]:
        api.delete(f"/bulks/{bulk_id}")
    for bulk_id in list(store.bulks)[:: max(3, count // 6)]:
        api.put(f"/bulks/{bulk_id}/cancel")  # 422 for a bulk processed already


def _campaign(api: httpx.Client, kind: int, url: str, *, name: str = "c") -> str:
    body = {"type": kind, "name": name, "url": url, "group_id": None}
    response = api.post("/short_link_campaigns", json=body)
    assert response.status_code == 201, response.text
    return str(response.json()["id"])
