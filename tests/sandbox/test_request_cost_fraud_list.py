"""GET /fraud-checks builds only the rows it shows, and answers what filtering every check does.

Counted through ``Store.work.fraud_rows_rendered``, never timed. The default order (by id) is the
order the checks are kept in, so a page builds its rows only; a filter builds every row once per
sandbox second and pages from what it selected until a check is added or deleted.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from lox24.sandbox import Sandbox, SandboxClock
from lox24.sandbox._api._query import parse_query
from lox24.sandbox._handlers import Call
from lox24.sandbox._handlers.fraud_checks import list_fraud_checks
from lox24.sandbox._http._core import shared_book, shared_index
from lox24.sandbox._state._collection import PAGE_SIZE, select
from lox24.sandbox._state._fraud import PARTS, FraudCheck, fraud_row
from tests.helpers import store_sizes

from .conftest import T0, make_client

SIZES = (200, 2000)
SERVICES = ("direct", "pro", "economy")


def add_checks(box: Sandbox, count: int, *, first: int = 0) -> None:
    """Store ``count`` checks directly (as POST /fraud-checks would), at the clock's time."""
    core = box._core
    store, now = core.store, core.clock.now()
    with core.lock:
        for n in range(first, first + count):
            inputs = dict.fromkeys(PARTS)
            inputs["phone" if n % 2 else "email"] = f"+49170{n:07d}" if n % 2 else f"u{n}@shop.de"
            check = FraudCheck(
                id=store.fraud.new_id(now),
                service_code=SERVICES[n % 3],
                created_at=int(now),
                price=0.01,
                callback_data=f"cb-{n % 4}",
                inputs=inputs,
            )
            store.fraud.add(check)


@pytest.fixture(params=store_sizes(SIZES, "checks"))
def stored(request: pytest.FixtureRequest) -> Iterator[tuple[Sandbox, httpx.Client]]:
    clock = SandboxClock(start=T0, frozen=True)
    with Sandbox(clock=clock, balance=1e6) as box, make_client(box) as api:
        add_checks(box, int(request.param))
        clock.advance(2)  # the direct checks (every third) ended
        yield box, api


def built(box: Sandbox, api: httpx.Client, params: dict[str, object]) -> tuple[int, int]:
    """(rows built, checks answered) for one GET /fraud-checks."""
    before = box._core.store.work.fraud_rows_rendered
    response = api.get("/fraud-checks", params=params)
    assert response.status_code == 200, response.text
    return box._core.store.work.fraud_rows_rendered - before, len(response.json())


@pytest.mark.parametrize("params", [{}, {"page": 2}, {"page": 6}])
def test_a_page_in_the_default_order_builds_only_its_rows(
    stored: tuple[Sandbox, httpx.Client], params: dict[str, object]
) -> None:
    """Paging by id builds a page of rows, whatever the number of checks."""
    box, api = stored
    assert built(box, api, params) == (PAGE_SIZE, PAGE_SIZE)


def test_a_filter_builds_every_row_once_per_second(stored: tuple[Sandbox, httpx.Client]) -> None:
    """A status filter scans once, pages from it in the same second, and scans again later."""
    box, api = stored
    count = len(box._core.store.fraud.checks)
    params: dict[str, object] = {"status_code": 10}
    done = (count + 2) // 3
    assert built(box, api, params) == (count + PAGE_SIZE, PAGE_SIZE)
    assert built(box, api, {**params, "page": 2}) == (PAGE_SIZE, PAGE_SIZE)
    with make_client(box, accept="application/ld+json") as ld:
        assert ld.get("/fraud-checks", params=params).json()["hydra:totalItems"] == done
    box.clock.advance(1)  # the pro checks end too: the selection is made again
    assert built(box, api, params) == (count + PAGE_SIZE, PAGE_SIZE)
    with make_client(box, accept="application/ld+json") as ld:
        assert ld.get("/fraud-checks", params=params).json()["hydra:totalItems"] > done


QUERIES: list[list[tuple[str, str]]] = [
    [],
    [("page", "2")],
    [("_order[created_at]", "desc")],
    [("_order[created_at]", "asc"), ("page", "2")],
    [("status_code", "10")],
    [("status_code[]", "5"), ("status_code[]", "0")],
    [("callback_data", "cb-1")],
    [("request_phone.phone", "+491700000")],
    [("request_email.email", "shop.de"), ("page", "2")],
]


@pytest.fixture
def mixed() -> Iterator[Sandbox]:
    """Checks over time, more than 4,096 in one millisecond, the clock moved back, some deleted."""
    clock = SandboxClock(start=T0, frozen=True)
    with Sandbox(clock=clock, balance=1e6) as box, make_client(box) as api:
        add_checks(box, 4200)
        for second in range(5):
            clock.advance(1)
            add_checks(box, 10, first=5000 + 10 * second)
        clock.advance(-3)
        add_checks(box, 20, first=6000)
        clock.advance(3)
        for check_id in list(box._core.store.fraud.checks)[::97]:
            assert api.delete(f"/fraud-checks/{check_id}").status_code == 204
        yield box


@pytest.mark.parametrize("pairs", QUERIES, ids=[str(q) for q in QUERIES])
def test_indexed_pages_equal_the_full_scan(mixed: Sandbox, pairs: list[tuple[str, str]]) -> None:
    """Each query answers the same page and total as filtering and sorting every check."""
    core = mixed._core
    operation = shared_index().match("GET", "/fraud-checks").operation
    assert operation is not None
    query = parse_query(operation, pairs, shared_book())
    call = Call(operation, {}, query, None, "127.0.0.1", core.clock.now(), core.store, core.book)
    indexed = list_fraud_checks(call).rows
    plain = [fraud_row(check, call.now) for check in core.store.fraud.checks.values()]
    expected, found = select(operation, query, plain), select(operation, query, indexed)
    assert (found.total, found.rows) == (expected.total, expected.rows)
    assert not core.store.fraud.order.in_creation_order
