"""The SMS indexes few requests use are built on their first use, then kept current.

Sending and delivering SMS (a bulk's above all) updates only the indexes kept from the start
(``EAGER_FIELDS``); a filter on another field builds its index from every SMS kept, and later
sends and delivery steps keep it current. Answers are compared with filtering every SMS.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from lox24.sandbox import Sandbox, SandboxClock
from lox24.sandbox._state._messaging import EAGER_FIELDS

from .conftest import T0, make_client

COUNT = 40


@pytest.fixture
def box_api() -> Iterator[tuple[Sandbox, httpx.Client]]:
    """A sandbox holding one delivered bulk of COUNT SMS and one SMS waiting for later."""
    clock = SandboxClock(start=T0, frozen=True)
    with Sandbox(clock=clock, balance=1e6) as box, make_client(box) as api:
        phones = [f"+4917{i:08d}" for i in range(COUNT)]
        assert api.post(
            "/bulks", json={"sender_id": "S", "text": "Hi", "phones": phones}
        ).is_success
        clock.advance(30)
        later = {
            "sender_id": "Late",
            "phone": "+491701234567",
            "text": "Hey",
            "delivery_at": T0 + 100,
        }
        assert api.post("/sms", json=later).status_code == 201
        yield box, api


def every_sms(api: httpx.Client) -> list[dict[str, Any]]:
    """Every SMS, by reading every page of the unfiltered listing."""
    rows: list[dict[str, Any]] = []
    for page in range(1, 10):
        found = api.get("/sms", params={"page": page}).json()
        rows += found
        if not found:
            return rows
    raise AssertionError("more pages than expected")


def uuids(api: httpx.Client, params: dict[str, Any]) -> set[str]:
    """The ids of every SMS a filtered listing answers (all its pages)."""
    found: set[str] = set()
    for page in range(1, 10):
        rows = api.get("/sms", params={**params, "page": page}).json()
        if not rows:
            return found
        found |= {row["uuid"] for row in rows}
    raise AssertionError("more pages than expected")


def test_sending_and_delivering_update_only_the_eager_indexes(
    box_api: tuple[Sandbox, httpx.Client],
) -> None:
    """A bulk's SMS, sent and delivered, leave every other index unbuilt."""
    box, _ = box_api
    messaging = box._core.store.messaging
    assert len(messaging.sms) == COUNT + 1
    assert set(messaging.sms_indexes.built) == set(EAGER_FIELDS)
    assert not messaging.sms_partial.built


@pytest.mark.parametrize(
    ("params", "kept"),
    [
        ({"is_sent": "true"}, lambda row: row["is_sent"] is True),
        ({"sender_id": "lat"}, lambda row: "lat" in row["sender_id"].casefold()),
        ({"phone": "1701234"}, lambda row: "1701234" in row["phone"]),
    ],
)
def test_a_filter_builds_its_index_which_writes_then_keep_current(
    box_api: tuple[Sandbox, httpx.Client], params: dict[str, Any], kept: Any
) -> None:
    """The first filter on a field builds its index; sends and deliveries after it update it."""
    box, api = box_api
    messaging = box._core.store.messaging
    assert uuids(api, params) == {row["uuid"] for row in every_sms(api) if kept(row)}
    name = next(iter(params))
    assert name in messaging.sms_indexes.built or name in messaging.sms_partial.built
    later = {"sender_id": "Later", "phone": "+491701234999", "text": "Yo", "delivery_at": T0 + 200}
    assert api.post("/sms", json=later).status_code == 201
    box.clock.advance(300)  # the waiting SMS are delivered
    assert uuids(api, params) == {row["uuid"] for row in every_sms(api) if kept(row)}
