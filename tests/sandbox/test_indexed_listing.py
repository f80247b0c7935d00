"""Listing SMS from the indexes answers exactly what filtering every row answers.

The collection engine answers an ``IndexedRows`` from its indexes; here the same queries run
against a plain list of every row, in creation order, and both answers must be equal.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from lox24.sandbox import Sandbox, SandboxClock
from lox24.sandbox._api._query import parse_query
from lox24.sandbox._handlers import Call
from lox24.sandbox._handlers.sms import _rows
from lox24.sandbox._http._core import shared_book, shared_index
from lox24.sandbox._state._collection import select, select_all
from lox24.sandbox._state._indexed import IndexedRows
from lox24.sandbox._state._sms_lifecycle import sms_row

from .conftest import T0, make_client

QUERIES: list[list[tuple[str, str]]] = [
    [],
    [("page", "2")],
    [("page", "9")],
    [("_order[created_at]", "asc"), ("page", "2")],
    [("_order[gateway_sent_at]", "desc")],
    [("status_code", "100")],
    [("status_code", "0"), ("_order[created_at]", "asc")],
    [("status_code[]", "6000"), ("status_code[]", "0")],
    [("callback_data", "cb-3")],
    [("callback_data[]", "cb-1"), ("callback_data[]", "cb-2"), ("callback_data[]", "none")],
    [("created_at[gte]", str(T0 + 50)), ("created_at[lte]", str(T0 + 120))],
    [("created_at[gt]", str(T0 + 50)), ("created_at[lt]", str(T0 + 120))],
    [("created_at[between]", f"{T0 + 40}..{T0 + 45}")],
    [("created_at", str(T0 + 100))],
    [("status_code", "100"), ("dlr_code", "1"), ("created_at[gte]", str(T0 + 10))],
    [("callback_data", "cb-1"), ("phone", "0000")],
    [("text", "hello"), ("page", "2")],
    [("is_sent", "false"), ("_order[created_at]", "desc")],
    [("status_code[]", "100"), ("status_code[]", "0"), ("page", "2")],
    [
        ("status_code[]", "0"),
        ("status_code[]", "100"),
        ("_order[created_at]", "asc"),
        ("page", "3"),
    ],
    [("callback_data[]", "cb-1"), ("callback_data[]", "cb-3"), ("created_at[gte]", str(T0 + 30))],
    [("callback_data[]", "cb-0"), ("callback_data[]", "cb-2"), ("created_at[lt]", str(T0 + 90))],
    [("status_code[]", "100"), ("status_code[]", "6000"), ("page", "12")],
    [("status_code[]", "100"), ("status_code[]", "0"), ("phone", "0000")],
]


def sms_body(number: int) -> dict[str, object]:
    endings = ("4567", "0000", "9999")
    return {
        "sender_id": "Shop",
        "phone": f"+49170123{number % 7}{endings[number % 3]}",
        "text": "Hello" if number % 2 else "Other",
        "callback_data": f"cb-{number % 4}",
    }


@pytest.fixture
def mixed() -> Iterator[Sandbox]:
    """SMS sent over time, some in bulks, some cancelled, some deleted, the clock moved back."""
    clock = SandboxClock(start=T0, frozen=True)
    with Sandbox(clock=clock, balance=1e6) as box, make_client(box) as api:
        for number in range(120):
            assert api.post("/sms", json=sms_body(number)).status_code == 201
            if number % 10 == 0:
                phones = [f"+4917055{number:03d}{i:02d}" for i in range(5)]
                api.post("/bulks", json={"sender_id": "Shop", "text": "Hi", "phones": phones})
            clock.advance(1)
        for number in range(6):
            later = {**sms_body(number), "delivery_at": T0 + 10**6, "callback_data": "cb-2"}
            api.post("/sms", json=later)
        cancelled = api.post("/sms/ops/batch_cancel", params={"callback_data": "cb-2"})
        assert cancelled.json()["deleted_sms_count"] == 6
        uuids = [s["uuid"] for s in api.get("/sms", params={"callback_data": "cb-1"}).json()]
        for uuid in uuids[:5]:
            api.delete(f"/sms/{uuid}")
        clock.advance(-60)  # SMS sent now sort among older ones
        for number in range(10):
            api.post("/sms", json=sms_body(number))
        clock.advance(60)
        yield box


def plain_and_indexed(box: Sandbox, pairs: list[tuple[str, str]]) -> tuple[Call, list, IndexedRows]:
    core = box._core
    operation = shared_index().match("GET", "/sms").operation
    assert operation is not None
    query = parse_query(operation, pairs, shared_book())
    call = Call(operation, {}, query, None, "127.0.0.1", core.clock.now(), core.store, core.book)
    indexed = _rows(call)
    plain = [sms_row(sms, call.now) for sms in core.store.messaging.sms.values()]
    return call, plain, indexed


@pytest.mark.parametrize("pairs", QUERIES, ids=[str(q) for q in QUERIES])
def test_indexed_page_equals_the_full_scan(mixed: Sandbox, pairs: list[tuple[str, str]]) -> None:
    """Each query gives the same page, total and order from the indexes as from every row."""
    call, plain, indexed = plain_and_indexed(mixed, pairs)
    expected = select(call.operation, call.query, plain)
    found = select(call.operation, call.query, indexed)
    assert (found.total, found.page, found.rows) == (expected.total, expected.page, expected.rows)
    assert select_all(call.operation, call.query, indexed) == select_all(
        call.operation, call.query, plain
    )


def test_the_mixed_store_covers_the_cases(mixed: Sandbox) -> None:
    """The store above does hold cancelled, delivered and out-of-order SMS (so the test bites)."""
    messaging = mixed._core.store.messaging
    statuses = {sms.status_code for sms in messaging.sms.values()}
    assert {0, 100, 6000} <= statuses
    assert not messaging.sms_order.in_creation_order
    assert any(sms.fields["bulk_id"] for sms in messaging.sms.values())


def test_api_listing_uses_the_indexes(mixed: Sandbox) -> None:
    """Over HTTP the first page is the newest SMS, ties in creation order."""
    with make_client(mixed) as api:
        listed = api.get("/sms").json()
    messaging = mixed._core.store.messaging
    expected = sorted(messaging.sms.values(), key=lambda s: (-s.created_at, s.seq))[:30]
    assert [s["uuid"] for s in listed] == [s.uuid for s in expected]


def test_status_index_follows_the_clock(api: httpx.Client, clock: SandboxClock) -> None:
    """status_code filters see an SMS move from 0 to 100 as the clock passes its handover."""
    uuid = api.post("/sms", json=sms_body(1)).json()["uuid"]
    assert [s["uuid"] for s in api.get("/sms", params={"status_code": 0}).json()] == [uuid]
    clock.advance(1)
    assert api.get("/sms", params={"status_code": 0}).json() == []
    assert [s["uuid"] for s in api.get("/sms", params={"status_code": 100}).json()] == [uuid]
