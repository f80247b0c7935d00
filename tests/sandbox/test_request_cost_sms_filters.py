"""Every filter and order ``GET /sms`` declares answers a page from indexes, as a scan does.

Counted through ``Store.work.rows_rendered`` (SMS rows built), never timed: at two store sizes,
a page filtered by any declared filter (exact, list, partial, range, boolean) or ordered by any
declared order builds only the rows it shows, and answers what filtering and sorting a plain
list of every row answers (the same rows in the same order, the same total).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from lox24.sandbox import Sandbox, SandboxClock
from lox24.sandbox._api._operations import Operation, Param
from lox24.sandbox._api._query import parse_query
from lox24.sandbox._http._core import shared_book, shared_index
from lox24.sandbox._state._collection import PAGE_SIZE, SCAN_CHUNK, select
from lox24.sandbox._state._sms_lifecycle import sms_row
from tests.helpers import store_sizes

from .conftest import T0, make_client

SIZES = (200, 2000)
LIST_SMS: Operation = shared_index().match("GET", "/sms").operation  # type: ignore[assignment]


def fill(box: Sandbox, api: httpx.Client, count: int) -> None:
    """About ``count`` SMS of several bulks and single sends, with varied fields and states."""
    clock = box.clock
    countries = ("+4917", "+4176", "+43660", "+3161")
    made = 0
    for number in range(4):
        size = count // 5
        phones = [f"{countries[number]}{n:04d}{n % 7}{'0000' if n % 11 == 0 else '12'}"
                  for n in range(made, made + size)]  # fmt: skip
        body: dict[str, Any] = {
            "sender_id": f"Shop{number}",
            "text": f"Sale {number} für alle" if number % 2 else f"Sale {number}",
            "phones": phones,
            "source": number if number % 2 else None,
        }
        if number == 3:
            body["delivery_at"] = T0 + 10**6
        assert api.post("/bulks", json=body).status_code == 201
        made += size
        clock.advance(1 + size / 2000 + 2)
    for n in range(count - made):
        text = "x" * (n % 200) + f" note {n % 13}"
        body = {"sender_id": "Desk", "phone": f"+4915{n:07d}", "text": text,
                "callback_data": f"cb-{n % 17}", "is_text_deleted": n % 3 == 0}  # fmt: skip
        assert api.post("/sms", json=body).status_code == 201, body
        if n % 50 == 49:
            clock.advance(3)
    clock.advance(120)
    assert api.get("/sms").status_code == 200  # catch up: every report is in


@pytest.fixture(scope="module", params=store_sizes(SIZES, "stored"))
def stored(request: pytest.FixtureRequest) -> Iterator[tuple[Sandbox, httpx.Client]]:
    """A sandbox holding a parametrized number of SMS in every state (read only by the tests)."""
    clock = SandboxClock(start=T0, frozen=True)
    with Sandbox(clock=clock, balance=1e6) as box, make_client(box) as api:
        fill(box, api, int(request.param))
        yield box, api


def every_row(box: Sandbox) -> list[dict[str, Any]]:
    """Every SMS row, oldest first, built without counting."""
    store = box._core.store
    keys = store.messaging.sms_order.keys
    return [sms_row(store.messaging.sms[key[2]], box.clock.now()) for key in keys]


def value_for(param: Param, row: dict[str, Any]) -> list[str] | None:
    """Query values for ``param`` that keep ``row`` (and others like it); None if not a filter."""
    rule = param.filter
    if rule is None:
        return None
    value = row[rule.property]
    if rule.match == "partial":
        text = str(value)
        return [text[len(text) // 3 : len(text) // 3 + 4]]
    if rule.match == "boolean":
        return ["true" if value else "false"]
    if rule.match == "in":
        return [str(value), "0"] if isinstance(value, int) else [str(value), "other"]
    if rule.op == "between":
        return [f"{value - 1}..{value}"]
    return [str(value)]


def queries() -> list[tuple[str, list[str]]]:
    """Every declared filter of GET /sms, and every declared order both ways."""
    found: list[tuple[str, list[str]]] = []
    for param in LIST_SMS.query_params:
        if param.filter is not None:
            found.append((param.name, []))
        elif param.order is not None:
            found.extend([(param.name, ["asc"]), (param.name, ["desc"])])
    return found


TARGETS = (0.1, 0.5, 0.97)


@pytest.mark.parametrize(("name", "given"), queries(), ids=str)
def test_every_declared_filter_and_order_builds_only_the_page(
    stored: tuple[Sandbox, httpx.Client], name: str, given: list[str]
) -> None:
    """A page filtered or ordered by any declared parameter builds only the rows it shows."""
    box, api = stored
    param = next(p for p in LIST_SMS.query_params if p.name == name)
    rows = every_row(box)
    held = [r for r in rows if param.filter is None or r[param.filter.property] is not None]
    for share in TARGETS:
        values = given or value_for(param, held[int(len(held) * share)])
        assert values is not None
        for page in (1, 2):
            pairs = [(name, value) for value in values] + [("page", str(page))]
            query = parse_query(LIST_SMS, pairs, shared_book())
            expected = select(LIST_SMS, query, rows)
            work = box._core.store.work
            before = work.rows_rendered
            response = api.get("/sms", params=pairs)
            assert response.status_code == 200, response.text
            answered = response.json()
            assert work.rows_rendered - before == len(answered) <= PAGE_SIZE, pairs
            assert [r["uuid"] for r in answered] == [r["uuid"] for r in expected.rows], pairs
            ld = api.get("/sms", params=pairs, headers={"Accept": "application/ld+json"})
            assert ld.json()["hydra:totalItems"] == expected.total, pairs


COMBINED = [
    [("phone", "12"), ("_order[gateway_sent_at]", "desc")],
    [("text", "sale"), ("iso2", "DE"), ("page", "2")],
    [("dlr_code", "1"), ("sender_id", "desk"), ("_order[gateway_sent_at]", "asc")],
    [("iso2[]", "DE"), ("iso2[]", "CH"), ("is_sent", "true"), ("_order[created_at]", "asc")],
]


@pytest.mark.parametrize("pairs", COMBINED, ids=str)
def test_a_write_updates_a_selection_instead_of_clearing_it(pairs: list[tuple[str, str]]) -> None:
    """After sends, deliveries and a deletion, a scanned selection pages without a new scan."""
    clock = SandboxClock(start=T0, frozen=True)
    with Sandbox(clock=clock, balance=1e6) as box, make_client(box) as api:
        fill(box, api, 400)
        work, selections = box._core.store.work, box._core.store.messaging.sms_selections

        def rows_built() -> int:
            before = work.rows_rendered
            response = api.get("/sms", params=pairs)
            assert response.status_code == 200, response.text
            expected = select(LIST_SMS, parse_query(LIST_SMS, pairs, shared_book()), every_row(box))
            assert [r["uuid"] for r in response.json()] == [r["uuid"] for r in expected.rows]
            return work.rows_rendered - before

        assert rows_built() > PAGE_SIZE  # the first answer scans
        updates = selections.kept_updates
        for n in range(40):
            body = {"sender_id": "Desk", "phone": f"+4917012{n:04d}", "text": "Sale again",
                    "callback_data": f"cb-{n % 3}"}  # fmt: skip
            assert api.post("/sms", json=body).status_code == 201
        first = api.get("/sms").json()[0]["uuid"]
        assert api.delete(f"/sms/{first}").status_code == 204
        clock.advance(10)
        assert api.get("/sms", params={"page": 99}).status_code == 200  # catch up: deliveries
        assert rows_built() <= PAGE_SIZE
        assert selections.kept_updates > updates


def test_a_scan_lets_waiting_requests_through_between_chunks() -> None:
    """A scan the indexes cannot spare builds at most SCAN_CHUNK rows between two lock pauses."""
    clock = SandboxClock(start=T0, frozen=True)
    with Sandbox(clock=clock, balance=1e6) as box, make_client(box) as api:
        fill(box, api, 2000)
        work, lock = box._core.store.work, box._core.lock
        marks: list[int] = []
        pause = lock.pause

        def counted_pause() -> bool:
            marks.append(work.rows_rendered)
            return pause()

        lock.pause = counted_pause  # type: ignore[method-assign]
        pairs = [("is_sent", "true"), ("_order[gateway_sent_at]", "asc"), ("page", "3")]
        before = work.rows_rendered
        response = api.get("/sms", params=pairs)
        assert response.status_code == 200, response.text
        points = [before, *marks, work.rows_rendered]
        held = [later - earlier for earlier, later in itertools.pairwise(points)]
        assert len(marks) >= 3
        assert max(held) <= SCAN_CHUNK + PAGE_SIZE
        expected = select(LIST_SMS, parse_query(LIST_SMS, pairs, shared_book()), every_row(box))
        assert [r["uuid"] for r in response.json()] == [r["uuid"] for r in expected.rows]
