"""The conversations index: by recipient, latest activity first, and right after deletes and resets."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from lox24.sandbox import Sandbox, SandboxClock
from lox24.sandbox._inbox._reader import InboxReader
from lox24.sandbox._inbox._threads import ThreadIndex


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(clock=SandboxClock(start=1_700_000_000, frozen=True)) as sandbox:
        yield sandbox


@pytest.fixture
def api(sandbox: Sandbox) -> Iterator[httpx.Client]:
    headers = {"X-LOX24-AUTH-TOKEN": sandbox.token, "Accept": "application/json"}
    with httpx.Client(
        transport=sandbox.transport(), base_url="http://sandbox", headers=headers
    ) as client:
        yield client


def send(api: httpx.Client, phone: str, text: str) -> str:
    answer = api.post("/sms", json={"sender_id": "Shop", "phone": phone, "text": text})
    assert answer.status_code == 201, answer.text
    return str(answer.json()["uuid"])


def listed(reader: InboxReader) -> list[tuple[str, int]]:
    return [(t["phone"], t["count"]) for t in reader.thread_list(1)["threads"]]


def test_threads_follow_sends_replies_deletes_and_resets(
    sandbox: Sandbox, api: httpx.Client
) -> None:
    """Latest activity first; a reply moves its thread up; a delete and a reset are seen."""
    reader = InboxReader(sandbox._core)
    first = send(api, "+491701000001", "one")
    sandbox.clock.advance(1)
    send(api, "+491701000002", "two")
    sandbox.clock.advance(1)
    send(api, "+491701000001", "three")
    assert listed(reader) == [("+491701000001", 2), ("+491701000002", 1)]
    sandbox.clock.advance(1)
    second = send(api, "+491701000002", "four")
    sandbox.clock.advance(1)
    sandbox.simulate.reply(first, "yes")
    assert listed(reader) == [("+491701000001", 3), ("+491701000002", 2)]
    thread = reader.thread("+491701000001", 1)
    assert [(m["kind"], m["text"]) for m in thread["messages"]] == [
        ("sms", "one"),
        ("sms", "three"),
        ("incoming", "yes"),
    ]
    assert api.delete(f"/sms/{second}").status_code == 204
    assert listed(reader) == [("+491701000001", 3), ("+491701000002", 1)]
    sandbox.reset()
    assert listed(reader) == []
    send(api, "+491701000003", "after the reset")
    assert listed(reader) == [("+491701000003", 1)]


def test_a_thread_pages_back_from_its_newest_messages(sandbox: Sandbox, api: httpx.Client) -> None:
    """A long conversation shows its newest page, and more on asking, never all at once."""
    reader = InboxReader(sandbox._core)
    for i in range(60):
        send(api, "+491702000001", f"message {i}")
        sandbox.clock.advance(1)
    newest = reader.thread("+491702000001", 1)
    assert [m["text"] for m in newest["messages"]][-1] == "message 59"
    assert len(newest["messages"]) == 50
    assert newest["more"] is True
    both = reader.thread("+491702000001", 2)
    assert len(both["messages"]) == 60
    assert both["more"] is False


def test_the_bulk_view_counts_its_sms_by_state(sandbox: Sandbox, api: httpx.Client) -> None:
    """A bulk's SMS are counted as they are created and as their reports come."""
    reader = InboxReader(sandbox._core)
    phones = ["+491703000001", "+491703000002", "+491703990000"]
    bulk = api.post("/bulks", json={"sender_id": "Shop", "text": "Hi", "phones": phones})
    assert bulk.status_code == 201, bulk.text
    uuid = bulk.json()["uuid"]
    view = reader.bulk(uuid, 1)
    assert view is not None
    assert sum(view["counts"].values()) == 0
    sandbox.clock.advance(3600)
    view = reader.bulk(uuid, 1)
    assert view is not None
    assert {k: v for k, v in view["counts"].items() if v} == {"delivered": 2, "rejected": 1}
    assert view["bulk"]["progress"] == 100
    assert reader.bulk("00000000-0000-4000-8000-000000000000", 1) is None


def test_a_large_first_look_is_taken_in_chunks_in_order(
    sandbox: Sandbox, api: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Taken in in chunks, with a pause between them, the order is still the latest first."""
    monkeypatch.setattr("lox24.sandbox._inbox._threads.CHUNK", 4)
    for i in range(10):
        send(api, f"+49170400000{i}", f"message {i}")
        sandbox.clock.advance(1)
    pauses: list[int] = []
    index = ThreadIndex()
    core = sandbox._core
    with core.lock:
        index.sync(core.store, core.generation, lambda: pauses.append(len(index)))
    assert pauses == [2, 6]
    assert [t.phone for t in index.newest(0, 3)] == [f"+49170400000{i}" for i in (9, 8, 7)]
