"""Many SMS, a receiver that refuses a fixed share of first posts: every report still arrives."""

from __future__ import annotations

import zlib
from collections import Counter

import httpx

from lox24.sandbox import Sandbox, SandboxClock

from .webhook_receivers import Post, loopback_receiver

SMS_COUNT = 150
FINAL = {"0000": 16, "9999": 8}


def refuse_every_fourth_first_post(post: Post) -> int:
    """503 for the first attempt of every fourth event (by its data id and dlr), else 200."""
    body = post.body
    key = zlib.crc32(f"{body['data']['id']}/{body['data']['dlr_code']}".encode())
    return 503 if body["attempt_number"] == 1 and key % 4 == 0 else 200


def test_every_report_of_many_sms_arrives_once_accepted(
    sandbox: Sandbox, api: httpx.Client, clock: SandboxClock
) -> None:
    """Each SMS's two reports are accepted exactly once, the final one as its number decides."""
    endings = ["0000", "9999", "1234"]
    phones = {}
    with loopback_receiver(decide=refuse_every_fourth_first_post) as (url, plan):
        sandbox.webhooks.subscribe(url, events=["sms.delivery"])
        for n in range(SMS_COUNT):
            phone = f"+49170{n:03d}{endings[n % 3]}"
            body = {"sender_id": "Shop", "phone": phone, "text": "Hi"}
            phones[api.post("/sms", json=body).json()["uuid"]] = phone
        clock.advance(1_000)
        made = sandbox.webhooks.deliver_due()

    accepted = [a for a in made if a.delivered]
    refused = [a for a in made if not a.delivered]
    assert len(accepted) == len({a.event_id for a in made}) == 2 * SMS_COUNT
    assert Counter(a.event_id for a in accepted) == Counter({a.event_id for a in made})
    assert refused
    assert all(a.attempt_number == 1 for a in refused)
    assert len(plan.posts) == len(made)
    assert sandbox.webhooks.pending == []

    final = {
        p.body["data"]["id"]: p.body["data"]["dlr_code"]
        for p in plan.posts
        if p.body["data"]["dlr_code"] != 4
    }
    assert final == {uuid: FINAL.get(phone[-4:], 1) for uuid, phone in phones.items()}
