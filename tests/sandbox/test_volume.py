"""Volume: a large batch import through the in-process transport stays fast."""

from __future__ import annotations

import time

import httpx
import pytest

#: Generous on purpose: about 4 s on a developer machine; the bound only catches a collapse.
BUDGET_SECONDS = 60


@pytest.mark.slow
def test_100_000_phones_in_100_batches(api: httpx.Client) -> None:
    """100 batches of 1,000 phones are all created, in well under a minute."""
    group = api.post("/groups", json={"name": "big"}).json()["id"]
    started = time.perf_counter()
    for batch in range(100):
        items = [{"phone": f"+4917{batch:03d}{i:05d}", "a": "x"} for i in range(1000)]
        response = api.post(f"/groups/{group}/phones/batch", json=items)
        assert response.status_code == 201
    elapsed = time.perf_counter() - started
    assert api.get(f"/groups/{group}").json()["count_items"] == 100_000
    assert elapsed < BUDGET_SECONDS
