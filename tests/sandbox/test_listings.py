"""Every listing kept by ``_listings`` answers from its order and indexes, as a full scan does.

Costs are counted through ``Store.work.listed_rows_built`` (rows built by collection), never
timed: a page in the default order builds only its rows at any store size; a filter or another
order builds every row once, then pages from what it selected until the collection changes.
The answers are compared with filtering and sorting a plain list of every row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from lox24.sandbox import Sandbox, SandboxClock
from lox24.sandbox._api._query import parse_query
from lox24.sandbox._handlers import HANDLERS, Call
from lox24.sandbox._handlers.groups import group_row
from lox24.sandbox._handlers.phones import phone_row
from lox24.sandbox._http._core import shared_book, shared_index
from lox24.sandbox._state._collection import PAGE_SIZE, select, select_all
from lox24.sandbox._state._indexed import IndexedRows
from lox24.sandbox._state._lifecycle import bulk_row
from lox24.sandbox._state._link_rows import campaign_row, link_row, sms_clicks_row
from lox24.sandbox._state._listings import LAYOUTS
from lox24.sandbox._state._store import Store
from tests.helpers import store_sizes

from .conftest import JSONLD, T0, make_client
from .listings_store import Filled, fill

SIZES = (40, 400)


@dataclass(frozen=True)
class Listing:
    """One list route: its collection's name, its path and every row of a full scan."""

    table: str
    path: Callable[[Filled], str]
    every_row: Callable[[Store, Filled, float], list[Any]]
    #: A query the indexes leave a scan to (a filter on a field whose value moves with time, a
    #: second filter, another order), and a write that changes the collection (``WRITES``).
    filtered: dict[str, Any]


LISTINGS = {
    "groups": Listing(
        "groups",
        lambda f: "/groups",
        lambda s, f, now: [group_row(g) for g in s.groups.values()],
        {},
    ),
    "phones": Listing(
        "phones",
        lambda f: f"/groups/{f.group_id}/phones",
        lambda s, f, now: [phone_row(s, p) for p in s.group_phones(s.groups[f.group_id])],
        {},
    ),
    "bulks": Listing(
        "bulks",
        lambda f: "/bulks",
        lambda s, f, now: [bulk_row(b, now) for b in s.bulks.values()],
        {"status_code": 0},
    ),
    "blocked_numbers": Listing(
        "blocked_numbers",
        lambda f: "/blocked_numbers",
        lambda s, f, now: [e.as_row() for e in s.messaging.blocked.values()],
        {},
    ),
    "incomings": Listing(
        "incomings",
        lambda f: "/incomings",
        lambda s, f, now: [i.as_row() for i in s.messaging.incomings.values()],
        {"text": "in 2", "from": "49170330"},
    ),
    "campaigns": Listing(
        "campaigns",
        lambda f: "/short_link_campaigns",
        lambda s, f, now: [campaign_row(c) for c in s.links.campaigns.values()],
        {"name": "c1", "type": 1},
    ),
    "campaign_links": Listing(
        "short_links",
        lambda f: f"/short_link_campaigns/{f.campaign}/short_links",
        lambda s, f, now: [link_row(s.links, x) for x in s.links.campaign_links(f.campaign)],
        {},
    ),
    "short_links": Listing(
        "short_links",
        lambda f: "/short_links",
        lambda s, f, now: [link_row(s.links, x) for x in s.links.links.values()],
        {"url": "shop.example/", "_order[updated_at]": "desc"},
    ),
    "sms_clicks": Listing(
        "sms_clicks",
        lambda f: "/sms/clicks",
        lambda s, f, now: [
            sms_clicks_row(s.links, m) for m in s.links.messages.values() if m.short_codes
        ],
        {"requests_count": 1},
    ),
}


@pytest.fixture(scope="module", params=store_sizes(SIZES, "each"))
def stored(request: pytest.FixtureRequest) -> Iterator[tuple[Sandbox, httpx.Client, Filled]]:
    clock = SandboxClock(start=T0, frozen=True)
    with Sandbox(clock=clock, balance=1e6) as box, make_client(box) as api:
        yield box, api, fill(box, api, int(request.param))


def built(box: Sandbox, api: httpx.Client, listing: Listing, filled: Filled, **params: Any) -> int:
    """Rows of the listing's collection built for one GET of it."""
    return built_and_total(box, api, listing, filled, **params)[0]


def built_so_far(store: Store, listing: Listing) -> int:
    """Rows of the listing's collection built so far."""
    return store.work.listed_rows_built.get(listing.table, 0)


def built_and_total(
    box: Sandbox, api: httpx.Client, listing: Listing, filled: Filled, **params: Any
) -> tuple[int, int]:
    """Rows of the listing's collection built for one GET of it, and the total it answers."""
    counts = box._core.store.work.listed_rows_built
    before = counts.get(listing.table, 0)
    response = api.get(listing.path(filled), params=params, headers={"Accept": JSONLD})
    assert response.status_code == 200, response.text
    return counts.get(listing.table, 0) - before, response.json()["hydra:totalItems"]


@pytest.mark.parametrize("name", list(LISTINGS))
def test_a_page_in_the_default_order_builds_only_its_rows(
    stored: tuple[Sandbox, httpx.Client, Filled], name: str
) -> None:
    """Pages 1, 2 and a last one build at most a page of rows, whatever the store holds."""
    box, api, filled = stored
    listing = LISTINGS[name]
    total = len(listing.every_row(box._core.store, filled, box.clock.now()))
    assert total > PAGE_SIZE  # the store holds more than a page
    for page in (1, 2, total // PAGE_SIZE + 1):
        assert built(box, api, listing, filled, page=page) <= PAGE_SIZE
    assert built(box, api, listing, filled) == PAGE_SIZE


@pytest.mark.parametrize("name", [n for n, listing in LISTINGS.items() if listing.filtered])
def test_a_scanned_query_is_kept_up_to_date_by_writes(
    stored: tuple[Sandbox, httpx.Client, Filled], name: str
) -> None:
    """A scan's selection pages without scanning again, and a write updates it, not a rescan."""
    box, api, filled = stored
    listing = LISTINGS[name]
    store = box._core.store
    count = len(listing.every_row(store, filled, box.clock.now()))
    params = {**listing.filtered, "page": 1}
    first, total = built_and_total(box, api, listing, filled, **params)
    assert max(total, 1) <= first <= count + PAGE_SIZE
    assert built(box, api, listing, filled, **{**params, "page": 2}) <= PAGE_SIZE
    table = store.listings[listing.table]
    updates = table.selection_updates
    WRITES[name](box, api, filled)
    assert table.selection_updates > updates  # the write went into the selection
    before = built_so_far(store, listing)
    kept = api.get(listing.path(filled), params=params, headers={"Accept": JSONLD})
    assert built_so_far(store, listing) - before <= PAGE_SIZE  # no new scan
    table.touch()  # forget it: the next answer is a new scan
    rescanned = api.get(listing.path(filled), params=params, headers={"Accept": JSONLD})
    assert kept.json() == rescanned.json()


def _new_sms_with_link(box: Sandbox, api: httpx.Client, filled: Filled) -> None:
    body = {"sender_id": "Shop", "phone": "+491701112222", "text": f"[slink {filled.campaign}]"}
    assert api.post("/sms", json=body).status_code == 201


def _click_one(box: Sandbox, api: httpx.Client, filled: Filled) -> None:
    box.simulate.click(box._core.store.links.links_by_campaign[filled.campaign][0])


def _rename_campaign(box: Sandbox, api: httpx.Client, filled: Filled) -> None:
    body = {"type": 1, "name": "c1 again", "url": "https://shop.example/s", "group_id": None}
    assert api.put(f"/short_link_campaigns/{filled.other_campaign}", json=body).status_code == 200


def _new_bulk(box: Sandbox, api: httpx.Client, filled: Filled) -> None:
    body = {"sender_id": "Shop", "text": "Sale 1", "phones": ["+491709876543"]}
    api.post("/bulks", json=body).raise_for_status()


WRITES: dict[str, Callable[[Sandbox, httpx.Client, Filled], None]] = {
    "bulks": _new_bulk,
    "incomings": lambda box, api, f: box.simulate.incoming_sms(sender="+491701", text="in 2"),
    "campaigns": _rename_campaign,
    "short_links": _new_sms_with_link,
    "sms_clicks": _click_one,
}

QUERIES: dict[str, list[list[tuple[str, str]]]] = {
    "groups": [[], [("page", "2")], [("page", "99")]],
    "phones": [[], [("page", "3")]],
    "bulks": [
        [],
        [("page", "2")],
        [("_order[created_at]", "asc"), ("page", "2")],
        [("_order[msg_total_count]", "desc")],
        [("_order[processed_at]", "asc"), ("page", "3")],
        [("_order[delivery_at]", "desc")],
        [("status_code", "10")],
        [("status_code[]", "0"), ("status_code[]", "30")],
        [("status_code", "0"), ("_order[delivery_at]", "asc")],
        [("is_dryrun", "true"), ("_order[created_at]", "asc")],
        [("text", "sale 2")],
        [("created_at[gte]", str(T0 + 5)), ("created_at[lt]", str(T0 + 40))],
        [("created_at", str(T0 + 3))],
        [("created_at[]", str(T0 + 3)), ("created_at[]", str(T0 + 4))],
        [("source", "3")],
        [("key_id", "8207"), ("page", "2")],
    ],
    "blocked_numbers": [
        [],
        [("page", "2")],
        [("type", "1"), ("page", "2")],
        [("type", "2")],
        [("number", "+491511200007")],
    ],
    "incomings": [
        [],
        [("page", "2")],
        [("_order[received_at]", "asc"), ("page", "2")],
        [("text", "in 1")],
        [("from", "491703300")],
        [("msg_uuid[]", "nope"), ("msg_uuid[]", "other")],
        [("msg_uuid", "{reply}")],
        [("msg_uuid[]", "{reply}"), ("msg_uuid[]", "nope"), ("_order[received_at]", "asc")],
    ],
    "campaigns": [
        [],
        [("page", "2")],
        [("_order[created_at]", "asc"), ("page", "3")],
        [("type", "2")],
        [("type[]", "1"), ("type[]", "2"), ("page", "2")],
        [("name", "C3")],
        [("url", "example/2")],
        [("created_at", str(T0 + 4))],
        [("created_at[]", str(T0 + 4)), ("created_at[]", str(T0 + 2))],
    ],
    "campaign_links": [[], [("page", "2")]],
    "short_links": [
        [],
        [("page", "2")],
        [("_order[updated_at]", "desc"), ("page", "2")],
        [("_order[updated_at]", "asc")],
        [("url", "example/b")],
        [("updated_at", str(T0))],
        [("updated_at", "{updated}")],
        [("updated_at[]", str(T0)), ("updated_at[]", "{updated}"), ("page", "2")],
    ],
    "sms_clicks": [
        [],
        [("page", "2")],
        [("_order[created_at]", "asc"), ("page", "2")],
        [("requests_count", "1")],
        [("requests_count[gte]", "1"), ("_order[created_at]", "asc")],
        [("requests_count[]", "0"), ("requests_count[]", "2")],
        [("created_at[between]", f"{T0 + 2}..{T0 + 20}")],
        [("created_at[gt]", str(T0 + 4)), ("created_at[lte]", str(T0 + 50))],
        [("created_at", str(T0 + 1))],
    ],
}
CASES = [(name, q) for name, queries in QUERIES.items() for q in queries]


def test_the_store_covers_the_cases(stored: tuple[Sandbox, httpx.Client, Filled]) -> None:
    """The store above holds what the comparisons must see (so that they can fail)."""
    box, _, filled = stored
    store, now = box._core.store, box.clock.now()
    assert {row["status_code"] for row in LISTINGS["bulks"].every_row(store, filled, now)} >= {
        0,
        10,
    }
    assert {e.type for e in store.messaging.blocked.values()} == {1, 2}
    links = LISTINGS["short_links"].every_row(store, filled, now)
    assert {row["campaign"] is None for row in links} == {True, False}
    assert {row["updated_at"] for row in links} >= {T0, int(now) - 1}
    clicks = LISTINGS["sms_clicks"].every_row(store, filled, now)
    assert {row["requests_count"] for row in clicks} >= {0, 1, 2}
    assert not store.listings["incomings"].in_creation_order
    assert not store.listings["campaigns"].in_creation_order


@pytest.mark.parametrize(("name", "pairs"), CASES, ids=[f"{n}-{q}" for n, q in CASES])
def test_indexed_pages_equal_the_full_scan(
    stored: tuple[Sandbox, httpx.Client, Filled], name: str, pairs: list[tuple[str, str]]
) -> None:
    """Each query answers the same page, total and order as filtering every row."""
    box, _, filled = stored
    listing = LISTINGS[name]
    core = box._core
    match = shared_index().match("GET", listing.path(filled))
    operation = match.operation
    assert operation is not None
    now = core.clock.now()
    updated = str(int(now) - 1)  # when the fill moved a campaign to another URL
    reply = next(i.msg_uuid for i in core.store.messaging.incomings.values() if i.msg_uuid)
    pairs = [
        (name, value.replace("{updated}", updated).replace("{reply}", reply))
        for name, value in pairs
    ]
    query = parse_query(operation, pairs, shared_book())
    path = {k: int(v) if v.isdigit() else v for k, v in match.path_values.items()}
    call = Call(operation, path, query, None, "127.0.0.1", now, core.store, core.book)
    with core.lock:
        indexed = HANDLERS[operation.operation_id](call).rows
        plain = listing.every_row(core.store, filled, now)
        assert isinstance(indexed, IndexedRows)
        expected, found = select(operation, query, plain), select(operation, query, indexed)
        assert (found.total, found.page, found.rows) == (
            expected.total,
            expected.page,
            expected.rows,
        )
        assert select_all(operation, query, indexed) == select_all(operation, query, plain)


def test_a_new_campaign_code_asks_membership_only_and_never_walks_the_campaigns():
    """Handing out a campaign code costs the same with any number of campaigns: no copy of them."""
    from lox24.sandbox._state._linking import LinkState

    class NoWalking(dict):
        def keys(self):
            raise AssertionError("walked every campaign")

        def __iter__(self):
            raise AssertionError("walked every campaign")

    state = LinkState()
    state.campaigns = NoWalking({f"code{i:04d}": object() for i in range(1000)})
    codes = {state.new_campaign_code() for _ in range(50)}
    assert len(codes) == 50
    assert not codes & {f"code{i:04d}" for i in range(1000)}


def _operation(listing: Listing) -> Any:
    """The list operation of ``listing`` (its path's ids do not change which one it is)."""
    operation = shared_index().match("GET", listing.path(Filled(1, "c", "d"))).operation
    assert operation is not None
    return operation


PARTIAL = [
    (name, param.name, param.filter.property)
    for name, listing in LISTINGS.items()
    for param in _operation(listing).query_params
    if param.filter is not None and param.filter.match == "partial"
]


@pytest.mark.parametrize(
    ("name", "param", "field"), PARTIAL, ids=[f"{n}-{p}" for n, p, _ in PARTIAL]
)
def test_a_partial_filter_builds_only_its_page(
    stored: tuple[Sandbox, httpx.Client, Filled], name: str, param: str, field: str
) -> None:
    """Each declared partial filter builds at most a page of rows and answers as a full scan."""
    box, _, filled = stored
    listing, core = LISTINGS[name], box._core
    operation, now = _operation(listing), core.clock.now()
    with core.lock:
        plain = listing.every_row(core.store, filled, now)
    held = sorted({str(row[field]) for row in plain if row[field]})
    assert held  # the store holds values to look for
    middle = held[len(held) // 2]
    counts = core.store.work.listed_rows_built
    for text in (middle[1:].upper(), middle[:2], "no such text"):
        for page in ("1", "2"):
            query = parse_query(operation, [(param, text), ("page", page)], shared_book())
            call = Call(operation, {}, query, None, "127.0.0.1", now, core.store, core.book)
            with core.lock:
                indexed = HANDLERS[operation.operation_id](call).rows
                before = counts.get(listing.table, 0)
                found = select(operation, query, indexed)
                assert counts.get(listing.table, 0) - before <= PAGE_SIZE
                expected = select(operation, query, plain)
            assert (found.total, found.rows) == (expected.total, expected.rows)


def _indexed(listing: Listing, field: str) -> bool:
    layout = LAYOUTS[listing.table]
    return field in layout.readers or field == layout.order_field


INDEXED_FILTERS = [
    (name, param.name)
    for name, listing in LISTINGS.items()
    for param in _operation(listing).query_params
    if param.filter is not None and _indexed(listing, param.filter.property)
]


def _asked(match: str, op: str | None, param: str, held: list[Any]) -> list[list[tuple[str, str]]]:
    """Values to ask a filter for, from the values the rows hold (sorted)."""
    low, middle, high = held[0], held[len(held) // 2], held[-1]
    if match == "partial":
        return [[(param, str(middle)[1:].upper())], [(param, str(middle)[:2])]]
    if match in {"boolean", "exists"}:
        return [[(param, "true")], [(param, "false")]]
    if match == "in":
        return [[(param, str(middle)), (param, str(low))], [(param, "0"), (param, str(high))]]
    if match == "range" and op == "between":
        return [[(param, f"{low}..{middle}")]]
    return [[(param, str(middle))], [(param, str(low))]]


@pytest.mark.parametrize(
    ("name", "param"), INDEXED_FILTERS, ids=[f"{n}-{p}" for n, p in INDEXED_FILTERS]
)
def test_every_indexed_filter_builds_only_its_page(
    stored: tuple[Sandbox, httpx.Client, Filled], name: str, param: str
) -> None:
    """Each declared filter the table indexes builds at most a page and answers as a full scan."""
    box, _, filled = stored
    listing, core = LISTINGS[name], box._core
    match = shared_index().match("GET", listing.path(filled))
    operation, now = match.operation, core.clock.now()
    assert operation is not None
    rule = next(p.filter for p in operation.query_params if p.name == param)
    assert rule is not None
    path = {k: int(v) if v.isdigit() else v for k, v in match.path_values.items()}
    with core.lock:
        plain = listing.every_row(core.store, filled, now)
    held = sorted({row[rule.property] for row in plain if row[rule.property] is not None}, key=str)
    assert held  # the store holds values to look for
    counts = core.store.work.listed_rows_built
    for pairs in _asked(rule.match, rule.op, param, held):
        for page in ("1", "2"):
            query = parse_query(operation, [*pairs, ("page", page)], shared_book())
            call = Call(operation, path, query, None, "127.0.0.1", now, core.store, core.book)
            with core.lock:
                indexed = HANDLERS[operation.operation_id](call).rows
                before = counts.get(listing.table, 0)
                found = select(operation, query, indexed)
                assert counts.get(listing.table, 0) - before <= PAGE_SIZE, pairs
                expected = select(operation, query, plain)
            assert (found.total, found.rows) == (expected.total, expected.rows), pairs


#: The declared filters no index answers (they scan, then page from the selection kept): their
#: values move with the clock (a bulk's state) or with other collections (a message's clicks).
SCANNED_FILTERS = {
    ("bulks", "status_code"),
    ("bulks", "processed_at"),
    ("bulks", "msg_total_count"),
    ("sms_clicks", "requests_count"),
}


def test_every_other_declared_filter_is_indexed() -> None:
    """A declared filter is either answered by an index or one of the few known to scan."""
    unindexed = {
        (listing.table, param.filter.property)
        for listing in LISTINGS.values()
        for param in _operation(listing).query_params
        if param.filter is not None and not _indexed(listing, param.filter.property)
    }
    assert unindexed == SCANNED_FILTERS
