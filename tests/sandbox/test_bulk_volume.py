"""Volume: a bulk of 100,000 recipients, created and processed; its work is counted, not timed."""

from __future__ import annotations

import httpx
import pytest

from lox24.sandbox import Sandbox, SandboxClock

from .conftest import T0, make_client

RECIPIENTS = 100_000


@pytest.mark.slow
def test_100_000_recipients_become_100_000_sms() -> None:
    """Creating touches no stored SMS, each second of progress applies the same work, all arrive."""
    clock = SandboxClock(start=T0, frozen=True)
    with Sandbox(clock=clock, balance=1e6) as box, make_client(box) as api:
        work = box._core.store.work
        phones = [f"+4916{i:08d}" for i in range(RECIPIENTS)]
        response = api.post("/bulks", json={"sender_id": "S", "text": "Hi", "phones": phones})
        assert response.status_code == 201, response.text
        uuid = response.json()["uuid"]
        assert (work.due_handled, work.rows_rendered) == (0, 0)
        clock.advance(2)
        per_second = []
        for _ in range(RECIPIENTS // 2000 + 10):
            clock.advance(1)
            before = work.due_handled
            page = api.get("/sms", params={"bulk": uuid})
            assert len(page.json()) == 30
            per_second.append(work.due_handled - before)
        # Steady state: two releases and the 2,000 handovers (and, from the sixth second, the
        # 2,000 final reports) of one second; never more, however many SMS are stored.
        assert max(per_second) == 2 + 2000 + 2000
        assert api.get(f"/bulks/{uuid}/status").json()["msg_total_count"] == RECIPIENTS
        listed = api.get("/sms", params={"bulk": uuid}, headers={"Accept": "application/ld+json"})
        assert listed.json()["hydra:totalItems"] == RECIPIENTS
        clock.advance(60)  # numbers ending in 9999 expire a minute after their handover
        reports = [e for e in box.events if e["name"] == "sms.delivery"]
        assert len(reports) == 2 * RECIPIENTS


@pytest.mark.slow
def test_a_page_costs_the_same_beside_100_000_sms(api: httpx.Client, sandbox: Sandbox) -> None:
    """With 100,000 SMS stored, a page of GET /sms still builds only its 30 rows."""
    sandbox.set_balance(1e6)
    phones = [f"+4916{i:08d}" for i in range(RECIPIENTS)]
    assert api.post("/bulks", json={"sender_id": "S", "text": "Hi", "phones": phones}).is_success
    sandbox.clock.advance(100)
    api.get("/sms")
    work = sandbox._core.store.work
    for params in ({}, {"page": 3000}, {"status_code": 100, "page": 7}):
        before = work.rows_rendered
        assert len(api.get("/sms", params=params).json()) == 30
        assert work.rows_rendered - before == 30
