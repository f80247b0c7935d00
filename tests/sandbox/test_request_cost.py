"""The cost of a request does not grow with the store: counted work, never timed.

``Store.work`` counts SMS rows built (``rows_rendered``) and due-queue entries applied
(``due_handled``). A page of ``GET /sms`` builds at most a page of rows and ``POST /sms`` applies
only what is due, whatever the number of SMS stored.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from lox24.sandbox import Sandbox, SandboxClock
from lox24.sandbox._state._catch_up import catch_up
from lox24.sandbox._state._collection import PAGE_SIZE
from lox24.sandbox._state._store import WorkCounts
from tests.helpers import store_sizes

from .conftest import T0, make_client

SIZES = (300, 3000)


def fill(api: httpx.Client, clock: SandboxClock, count: int) -> str:
    """Store ``count`` SMS through one bulk; they are all delivered. Return the bulk's id."""
    phones = [f"+4917{i:08d}" for i in range(count)]
    response = api.post("/bulks", json={"sender_id": "Shop", "text": "Hi", "phones": phones})
    assert response.status_code == 201, response.text
    clock.advance(2 + count / 2000 + 10)
    assert api.get("/sms").headers  # catch up: every SMS exists and is delivered
    return str(response.json()["uuid"])


@pytest.fixture(params=store_sizes(SIZES, "stored"))
def stored(request: pytest.FixtureRequest) -> Iterator[tuple[Sandbox, httpx.Client, str]]:
    """A sandbox holding a parametrized number of delivered SMS, a client, and their bulk."""
    clock = SandboxClock(start=T0, frozen=True)
    with Sandbox(clock=clock, balance=1e6) as box, make_client(box) as api:
        yield box, api, fill(api, clock, request.param)


def work(box: Sandbox) -> WorkCounts:
    return box._core.store.work


def rows_for(box: Sandbox, api: httpx.Client, params: dict[str, object]) -> tuple[int, int]:
    """(rows built, items answered) for one GET /sms."""
    before = work(box).rows_rendered
    response = api.get("/sms", params=params)
    assert response.status_code == 200, response.text
    return work(box).rows_rendered - before, len(response.json())


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"page": 5},
        {"_order[created_at]": "asc", "page": 2},
        {"status_code": 100, "page": 3},
        {"status_code[]": [100, 0]},
        {"created_at[gte]": T0 + 2, "created_at[lt]": T0 + 3},
        {"callback_data": "nobody"},
    ],
)
def test_a_page_builds_only_its_rows(
    stored: tuple[Sandbox, httpx.Client, str], params: dict[str, object]
) -> None:
    """Paging, indexed filters and created_at order build no more rows than the page shows."""
    box, api, _ = stored
    built, answered = rows_for(box, api, params)
    assert built == answered <= PAGE_SIZE


def test_a_page_of_one_bulk_builds_only_its_rows(stored: tuple[Sandbox, httpx.Client, str]) -> None:
    """bulk and bulk[] select from their index: a full page built, nothing more."""
    box, api, bulk = stored
    assert rows_for(box, api, {"bulk": bulk, "page": 2}) == (PAGE_SIZE, PAGE_SIZE)
    assert rows_for(box, api, {"bulk[]": [bulk], "page": 3}) == (PAGE_SIZE, PAGE_SIZE)


def test_the_total_is_counted_without_building_rows(
    stored: tuple[Sandbox, httpx.Client, str],
) -> None:
    """hydra:totalItems and the last page come from the index sizes."""
    box, _, _ = stored
    with make_client(box, accept="application/ld+json") as ld:
        before = work(box).rows_rendered
        body = ld.get("/sms", params={"status_code": 100}).json()
        assert work(box).rows_rendered - before == PAGE_SIZE
    assert body["hydra:totalItems"] == len(box._core.store.messaging.sms)


def test_sending_applies_nothing_that_is_not_due(
    stored: tuple[Sandbox, httpx.Client, str],
) -> None:
    """On a frozen clock POST /sms applies no due entry and builds no stored SMS's row."""
    box, api, _ = stored
    before = (work(box).due_handled, work(box).rows_rendered)
    for _ in range(5):
        body = {"sender_id": "Shop", "phone": "+491701234567", "text": "Hi"}
        assert api.post("/sms", json=body).status_code == 201
    assert (work(box).due_handled, work(box).rows_rendered) == before


def test_sending_applies_exactly_what_became_due(
    stored: tuple[Sandbox, httpx.Client, str],
) -> None:
    """After one second only the handovers of that second are applied, not the stored SMS."""
    box, api, _ = stored
    clock = box.clock
    later = {"sender_id": "Shop", "phone": "+491701234567", "text": "Hi", "delivery_at": T0 + 10**6}
    for _ in range(50):
        api.post("/sms", json=later)
    for _ in range(3):
        api.post("/sms", json={"sender_id": "Shop", "phone": "+491701234567", "text": "Hi"})
    clock.advance(1)
    before = work(box).due_handled
    api.post("/sms", json={"sender_id": "Shop", "phone": "+491701234567", "text": "Hi"})
    assert work(box).due_handled - before == 3


def test_bulk_creation_touches_no_stored_sms(stored: tuple[Sandbox, httpx.Client, str]) -> None:
    """POST /bulks plans its recipients and builds no row of the SMS already stored."""
    box, api, _ = stored
    before = (work(box).due_handled, work(box).rows_rendered)
    body = {"sender_id": "Shop", "text": "Hi", "phones": ["+491701234567"] * 10}
    assert api.post("/bulks", json=body).status_code == 201
    assert (work(box).due_handled, work(box).rows_rendered) == before


def test_a_second_of_bulk_progress_costs_the_same_at_any_store_size(
    stored: tuple[Sandbox, httpx.Client, str],
) -> None:
    """Each sandbox second of a 10,000-recipient bulk applies the same entries, whatever is stored."""
    box, api, _ = stored
    box.clock.set(T0 + 100)
    phones = [f"+4916{i:08d}" for i in range(10_000)]
    assert api.post("/bulks", json={"sender_id": "S", "text": "Hi", "phones": phones}).is_success
    box.clock.advance(2)  # processing starts
    applied = []
    for _ in range(4):
        box.clock.advance(1)
        before = work(box).due_handled
        api.get("/sms")
        applied.append(work(box).due_handled - before)
    # Each second: the 2,000 SMS due (message n is due (n + 1) / 2,000 s after the start, so they
    # straddle two creation seconds: two releases) and the handovers of the previous second's.
    assert applied == [2 + 1999, 2 + 2000, 2 + 2000, 2 + 2000]


def test_a_long_catch_up_lets_waiting_requests_through(
    sandbox: Sandbox, api: httpx.Client, clock: SandboxClock
) -> None:
    """Catching up with 5,000 messages pauses between chunks and still applies all of them once."""
    sandbox.set_balance(1000)
    phones = [f"+4916{i:08d}" for i in range(5000)]
    assert api.post("/bulks", json={"sender_id": "S", "text": "Hi", "phones": phones}).is_success
    clock.advance(100)
    pauses: list[int] = []
    store = sandbox._core.store
    emitted = catch_up(store, clock.now(), pause=lambda: pauses.append(len(store.events.events)))
    assert emitted == 2 * 5000
    assert len(pauses) >= 5
    assert pauses == sorted(pauses)
    assert catch_up(store, clock.now()) == 0


def test_paging_a_scanned_selection_scans_once_until_something_changes(
    stored: tuple[Sandbox, httpx.Client, str],
) -> None:
    """A filter no index answers scans once; its next pages build only their rows; a new SMS counts."""
    box, api, _ = stored
    count = len(box._core.store.messaging.sms)
    params: dict[str, object] = {"phone": "+4917", "_order[gateway_sent_at]": "desc"}
    built, answered = rows_for(box, api, params)
    assert (built, answered) == (count + PAGE_SIZE, PAGE_SIZE)
    for page in (2, 3):
        assert rows_for(box, api, {**params, "page": page}) == (PAGE_SIZE, PAGE_SIZE)
    api.post("/sms", json={"sender_id": "Shop", "phone": "+491701234567", "text": "Hi"})
    with make_client(box, accept="application/ld+json") as ld:
        assert ld.get("/sms", params=params).json()["hydra:totalItems"] == count + 1
