"""A multi-value ``in`` filter on an indexed SMS field pages without merging every match.

Counted through ``FieldIndex.merged_keys`` and ``Store.work.rows_rendered``, never timed. A page
near the start is merged lazily from the values' runs, however many SMS match; deeper pages
merge the matches once and remember the merge until the SMS change.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from lox24.sandbox import Sandbox, SandboxClock
from lox24.sandbox._state._collection import PAGE_SIZE
from lox24.sandbox._state._runs import LAZY_DEPTH
from tests.helpers import store_sizes

from .conftest import T0, make_client

SIZES = (400, 4000)
LATER = {"sender_id": "Shop", "phone": "+491701234567", "text": "Hi", "delivery_at": T0 + 10**6}
IN_FILTER = {"status_code[]": [100, 0]}


@pytest.fixture(params=store_sizes(SIZES, "stored"))
def stored(request: pytest.FixtureRequest) -> Iterator[tuple[Sandbox, httpx.Client]]:
    """Delivered SMS of one bulk, and a few waiting for a later delivery (status 0)."""
    count = int(request.param)
    clock = SandboxClock(start=T0, frozen=True)
    with Sandbox(clock=clock, balance=1e6) as box, make_client(box) as api:
        phones = [f"+4917{i:08d}" for i in range(count)]
        assert api.post(
            "/bulks", json={"sender_id": "S", "text": "Hi", "phones": phones}
        ).is_success
        clock.advance(2 + count / 2000 + 10)
        for _ in range(5):
            api.post("/sms", json=LATER)
        yield box, api


def cost(box: Sandbox, api: httpx.Client, params: dict[str, object]) -> tuple[int, int, int]:
    """(keys merged, rows built, SMS answered) for one GET /sms."""
    store = box._core.store
    index = store.messaging.sms_indexes["status_code"]
    before = (index.merged_keys, store.work.rows_rendered)
    response = api.get("/sms", params=params)
    assert response.status_code == 200, response.text
    return index.merged_keys - before[0], store.work.rows_rendered - before[1], len(response.json())


@pytest.mark.parametrize(
    "params",
    [
        IN_FILTER,
        {**IN_FILTER, "page": 2},
        {**IN_FILTER, "_order[created_at]": "asc", "page": 3},
        {**IN_FILTER, "created_at[gte]": T0 + 2},
    ],
)
def test_a_shallow_page_after_a_change_merges_nothing(
    stored: tuple[Sandbox, httpx.Client], params: dict[str, object]
) -> None:
    """After each new SMS, a shallow page of status_code[] merges no key and builds its rows."""
    box, api = stored
    for _ in range(2):
        api.post("/sms", json=LATER)  # the SMS change: nothing merged is remembered
        assert cost(box, api, params) == (0, PAGE_SIZE, PAGE_SIZE)


def test_a_deep_page_merges_once_until_a_change(stored: tuple[Sandbox, httpx.Client]) -> None:
    """Past the lazy depth the matches are merged, once, and the merge serves the next pages."""
    box, api = stored
    deep = LAZY_DEPTH // PAGE_SIZE + 1
    total = len(box._core.store.messaging.sms)
    assert cost(box, api, {**IN_FILTER, "page": deep}) == (total, PAGE_SIZE, PAGE_SIZE)
    assert cost(box, api, {**IN_FILTER, "page": deep + 1}) == (0, PAGE_SIZE, PAGE_SIZE)
    assert cost(box, api, IN_FILTER) == (0, PAGE_SIZE, PAGE_SIZE)
