"""Click listings cost what they show: counted (``Store.work.click_rows_rendered``), not timed.

Clicks are indexed by date and by owner (link, campaign, SMS, bulk). A page of one owner's
clicks builds the rows it shows; a filter no index answers looks at that owner's clicks only,
whatever the number of clicks and links stored. The answers are those of filtering every click.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from lox24.sandbox import Sandbox, SandboxClock
from lox24.sandbox._api._query import parse_query
from lox24.sandbox._http._core import shared_book, shared_index
from lox24.sandbox._state._collection import PAGE_SIZE, select, select_all
from lox24.sandbox._state._link_rows import request_row, request_rows
from lox24.sandbox._state._linking import expand_short_links
from tests.helpers import store_sizes

from .conftest import T0, make_client

LINK = re.compile(r"https://l24\.pw/([A-Za-z0-9]{6})")
SIZES = (300, 3000)
MINE = 40
SMS_MINE = "00000000-0000-4000-8000-00000000beef"


def campaign(api: httpx.Client, kind: int) -> str:
    body = {"type": kind, "name": f"type {kind}", "url": f"https://shop.example/{kind}"}
    code: str = api.post("/short_link_campaigns", json=body).json()["id"]
    return code


def bulk(api: httpx.Client) -> str:
    body = {"sender_id": "S", "text": "t", "phones": ["+491701234567"]}
    uuid: str = api.post("/bulks", json=body).json()["uuid"]
    return uuid


def link(box: Sandbox, code: str, sms_uuid: str, **extra: Any) -> str:
    text = expand_short_links(
        box._core.store,
        f"[slink {code}]",
        sms_uuid=sms_uuid,
        phone="+491701234567",
        now=box.clock.now(),
        **extra,
    )
    found = LINK.fullmatch(text)
    assert found is not None
    return found[1]


def fill(box: Sandbox, api: httpx.Client, count: int) -> dict[str, str]:
    """``count`` clicks on links of other owners, and ``MINE`` on one link of known owners."""
    others, mine, shared = campaign(api, 2), campaign(api, 2), campaign(api, 1)
    other_bulk, my_bulk = bulk(api), bulk(api)
    for n in range(count):
        owner = {"bulk_uuid": other_bulk} if n % 2 else {}
        short = link(box, others, f"00000000-0000-4000-8000-{n:012d}", **owner)
        box.simulate.click(short, country="AT" if n % 5 == 0 else "DE")
    free = link(box, shared, SMS_MINE)
    for _ in range(count // 10):
        box.simulate.click(free)
    short = link(box, mine, SMS_MINE, bulk_uuid=my_bulk)
    for n in range(MINE):
        box.clock.advance(1 if n % 3 else 0)
        box.simulate.click(short, country="AT" if n % 4 == 0 else "DE")
    return {"link": short, "campaign": mine, "bulk": my_bulk}


@pytest.fixture(params=store_sizes(SIZES, "clicks"))
def stored(
    request: pytest.FixtureRequest,
) -> Iterator[tuple[Sandbox, httpx.Client, dict[str, str]]]:
    clock = SandboxClock(start=T0, frozen=True)
    with Sandbox(clock=clock, balance=1e6) as box, make_client(box) as api:
        yield box, api, fill(box, api, request.param)


def owner_paths(owners: dict[str, str]) -> list[str]:
    return [
        f"/short_links/{owners['link']}/requests",
        f"/short_link_campaigns/{owners['campaign']}/requests",
        f"/sms/{SMS_MINE}/requests",
        f"/bulks/{owners['bulk']}/requests",
    ]


def built(box: Sandbox, api: httpx.Client, path: str, params: dict[str, Any]) -> tuple[int, int]:
    """(click rows built, clicks answered) for one GET."""
    before = box._core.store.work.click_rows_rendered
    response = api.get(path, params=params)
    assert response.status_code == 200, response.text
    return box._core.store.work.click_rows_rendered - before, len(response.json())


@pytest.mark.parametrize("params", [{}, {"page": 2}, {"_order[date]": "asc"}])
def test_a_page_of_one_owners_clicks_builds_only_its_rows(
    stored: tuple[Sandbox, httpx.Client, dict[str, str]], params: dict[str, Any]
) -> None:
    """Per link, campaign, SMS and bulk: the rows shown are the rows built."""
    box, api, owners = stored
    shown = MINE - PAGE_SIZE if params.get("page") == 2 else PAGE_SIZE
    for path in owner_paths(owners):
        assert built(box, api, path, params) == (shown, shown), path


def test_every_click_pages_and_date_ranges_build_only_their_rows(
    stored: tuple[Sandbox, httpx.Client, dict[str, str]],
) -> None:
    """The listing of every click pages and narrows by date from its index."""
    box, api, _ = stored
    assert built(box, api, "/short_link_requests", {"page": 3}) == (PAGE_SIZE, PAGE_SIZE)
    rows, answered = built(box, api, "/short_link_requests", {"date[gte]": T0 + 20})
    assert rows == answered > 0


def test_a_filter_looks_at_the_owners_clicks_only(
    stored: tuple[Sandbox, httpx.Client, dict[str, str]],
) -> None:
    """A filter no index answers builds the owner's clicks once, then pages without scanning."""
    box, api, owners = stored
    path = f"/short_links/{owners['link']}/requests"
    rows, answered = built(box, api, path, {"country": "AT"})
    assert (rows, answered) == (MINE + MINE // 4, MINE // 4)
    assert built(box, api, path, {"country": "AT"}) == (MINE // 4, MINE // 4)


QUERIES: list[list[tuple[str, str]]] = [
    [],
    [("page", "2")],
    [("_order[date]", "asc")],
    [("_order[date]", "asc"), ("page", "2")],
    [("country", "AT")],
    [("country[]", "AT"), ("country[]", "DE"), ("page", "2")],
    [("date[gte]", str(T0 + 5)), ("date[lt]", str(T0 + 9))],
    [("date[between]", f"{T0 + 3}..{T0 + 6}"), ("_order[date]", "asc")],
    [("date", str(T0 + 4))],
    [("date[]", str(T0 + 4)), ("date[]", str(T0 + 2))],
]


@pytest.fixture
def mixed() -> Iterator[tuple[Sandbox, dict[str, str]]]:
    """Clicks over time on links of every kind of owner, the clock moved back midway."""
    clock = SandboxClock(start=T0, frozen=True)
    with Sandbox(clock=clock, balance=1e6) as box, make_client(box) as api:
        owners = fill(box, api, 60)
        clock.advance(-30)  # clicks made now sort among older ones
        for n in range(10):
            box.simulate.click(owners["link"], country="AT" if n % 2 else "DE")
            clock.advance(1)
        yield box, owners


@pytest.mark.parametrize("pairs", QUERIES, ids=[str(q) for q in QUERIES])
def test_indexed_click_pages_equal_the_full_scan(
    mixed: tuple[Sandbox, dict[str, str]], pairs: list[tuple[str, str]]
) -> None:
    """For every owner, the indexes answer what filtering every click answers."""
    box, owners = mixed
    store = box._core.store
    state = store.links
    links = state.links
    owned = {
        None: lambda c: True,
        "short_code": lambda c: c.short_code == owners["link"],
        "campaign": lambda c: links[c.short_code].campaign_code == owners["campaign"],
        "sms": lambda c: c.short_code in state.messages[SMS_MINE].short_codes,
        "bulk": lambda c: links[c.short_code].bulk_uuid == owners["bulk"],
    }
    values = {None: "", "short_code": owners["link"], "campaign": owners["campaign"]}
    values.update(sms=SMS_MINE, bulk=owners["bulk"])
    operation = shared_index().match("GET", "/short_link_requests").operation
    assert operation is not None
    query = parse_query(operation, pairs, shared_book())
    assert not state.click_order.in_creation_order
    for owner, keep in owned.items():
        plain = [request_row(c) for c in state.clicks.values() if keep(c)]
        indexed = request_rows(store, owner, values[owner])
        expected, found = select(operation, query, plain), select(operation, query, indexed)
        assert (found.total, found.rows) == (expected.total, expected.rows), owner
        assert select_all(operation, query, indexed) == select_all(operation, query, plain)
