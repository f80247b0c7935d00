"""The work of one event in handle_async, counted: thread hops and SQLite transactions.

Every hop of the receiver to a worker thread goes through ``_receiver.offload``; the tests
count its calls. The SQLite store's writer thread counts the transactions it commits.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import threading

import pytest

from lox24.webhooks import MemoryStore, Receiver, RedisStore, SQLiteStore
from lox24.webhooks import _receiver as receiver_module

from .examples import example


def body(number: int = 0) -> bytes:
    """An sms.delivery event with its own id."""
    return json.dumps(example("sms.delivery", id=f"event-{number}")).encode()


class PlainStore:
    """A store with only the synchronous methods (as users may write one)."""

    def __init__(self) -> None:
        self._inner = MemoryStore()

    def claim(self, key, token):
        return self._inner.claim(key, token)

    def complete(self, key, token):
        self._inner.complete(key, token)

    def release(self, key, token):
        self._inner.release(key, token)


@pytest.fixture
def hops(monkeypatch) -> list[str]:
    """The name of every function the receiver sent to a worker thread."""
    calls: list[str] = []
    real = receiver_module.offload

    async def counted(function, *args):
        calls.append(getattr(function, "__name__", repr(function)))
        return await real(function, *args)

    monkeypatch.setattr(receiver_module, "offload", counted)
    return calls


@pytest.fixture
def sqlite_store(tmp_path):
    store = SQLiteStore(tmp_path / "dedup.sqlite3")
    yield store
    store.close()


def make_receiver(store, handler) -> Receiver:
    receiver = Receiver(store=store, allowed_senders=None)
    if handler is not None:
        receiver.on("sms.delivery")(handler)
    return receiver


def plain(event) -> None:
    """A plain handler."""


async def coroutine(event) -> None:
    """A coroutine handler."""


@pytest.mark.parametrize(
    ("store_kind", "handler", "counts"),
    [
        ("memory", plain, (1, 0)),
        ("memory", coroutine, (0, 0)),
        ("memory", None, (0, 0)),
        ("sqlite", plain, (1, 0)),
        ("sqlite", coroutine, (0, 0)),
        ("plain", plain, (1, 1)),
        ("plain", coroutine, (2, 1)),
    ],
)
async def test_an_event_costs_at_most_one_thread_hop_with_the_stores_of_the_package(
    hops, sqlite_store, store_kind, handler, counts
):
    """Plain handlers cost one hop, coroutine ones none; only a user's plain store adds hops.

    With a user's plain store, plain handlers run in one hop with the claim and the record.
    """
    expected, duplicate = counts
    store = {"memory": MemoryStore(), "sqlite": sqlite_store, "plain": PlainStore()}[store_kind]
    receiver = make_receiver(store, handler)
    first = await receiver.handle_async(body(), "127.0.0.1")
    assert (first.status, len(hops)) == (200, expected)
    hops.clear()
    again = await receiver.handle_async(body(), "127.0.0.1")
    assert json.loads(again.body)["outcome"] == "duplicate"
    assert len(hops) == duplicate


async def test_concurrent_events_share_sqlite_transactions(sqlite_store):
    """Claims queued while the writer is busy are committed together, each answered right."""
    receiver = make_receiver(sqlite_store, coroutine)
    gate = threading.Event()
    blocker = asyncio.ensure_future(sqlite_store.writer.run(lambda db: gate.wait(10)))
    tasks = [asyncio.ensure_future(receiver.handle_async(body(n), "127.0.0.1")) for n in range(40)]
    for _ in range(5):
        await asyncio.sleep(0)  # every task reaches its claim
    gate.set()
    replies = await asyncio.gather(*tasks)
    await blocker
    assert [r.status for r in replies] == [200] * 40
    # The blocker, one transaction of all 40 claims, and the records (40 at most).
    assert sqlite_store.writer.transactions <= 1 + 1 + 40
    with sqlite3.connect(sqlite_store.path) as db:
        done = db.execute("SELECT count(*) FROM lox24_webhook_events WHERE state = 'done'")
        assert done.fetchone()[0] == 40
    db.close()


async def test_a_failing_sqlite_statement_fails_only_its_own_event(sqlite_store):
    """A work item that raises gets its error; the others of its transaction are kept."""
    receiver = make_receiver(sqlite_store, coroutine)

    def broken(db):
        raise sqlite3.OperationalError("broken on purpose")

    results = await asyncio.gather(
        sqlite_store.writer.run(broken),
        receiver.handle_async(body(1), "127.0.0.1"),
        return_exceptions=True,
    )
    assert isinstance(results[0], sqlite3.OperationalError)
    assert results[1].status == 200
    assert (await receiver.handle_async(body(1), "127.0.0.1")).status == 200  # a duplicate now


async def test_an_uncontended_sqlite_store_answers_on_the_loop_without_its_writer(sqlite_store):
    """With the database free, claims and records run on the loop: no writer transaction."""
    receiver = make_receiver(sqlite_store, coroutine)
    replies = [await receiver.handle_async(body(n), "127.0.0.1") for n in range(20)]
    assert [r.status for r in replies] == [200] * 20
    assert sqlite_store.writer.transactions == 0
    assert (await receiver.handle_async(body(3), "127.0.0.1")).body == b'{"outcome": "duplicate"}'


async def test_the_events_of_one_turn_of_the_loop_share_one_sqlite_transaction(sqlite_store):
    """40 concurrent events: their claims commit together, then their records together."""
    receiver = make_receiver(sqlite_store, coroutine)
    replies = await asyncio.gather(
        *(receiver.handle_async(body(n), "127.0.0.1") for n in range(40))
    )
    assert [r.status for r in replies] == [200] * 40
    assert sqlite_store.loop_transactions == 2
    assert sqlite_store.writer.transactions == 0


async def test_the_events_of_one_turn_of_the_loop_share_one_redis_round_trip(
    redis_url, redis_client
):
    """40 concurrent events: their claims go in one pipeline, then their records in one."""
    store = RedisStore.from_url(redis_url)
    receiver = make_receiver(store, coroutine)
    replies = await asyncio.gather(
        *(receiver.handle_async(body(n), "127.0.0.1") for n in range(40))
    )
    again = await receiver.handle_async(body(7), "127.0.0.1")
    await store.aclose()
    store.close()
    assert [r.status for r in replies] == [200] * 40
    assert json.loads(again.body)["outcome"] == "duplicate"
    assert store.round_trips == 2 + 2  # the duplicate: its claim, then the GET of its state
