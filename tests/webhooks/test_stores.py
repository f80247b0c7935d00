"""The dedup stores keep the claim/complete/release contract, in memory, SQLite and Redis."""

from __future__ import annotations

import json
import multiprocessing
import sqlite3
import threading
import uuid
from collections import Counter
from collections.abc import AsyncIterator, Callable, Iterator

import pytest

from lox24.webhooks import AsyncDedupStore, Claim, DedupStore, MemoryStore, RedisStore, SQLiteStore

from . import workers
from .examples import example

LEASE, RETENTION = 30.0, 3600.0


class FakeClock:
    """A clock tests move by hand."""

    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(params=["memory", "sqlite", "redis"])
def store(request, clock, tmp_path) -> Iterator[DedupStore]:
    """Each store, with the fake clock where the store takes one."""
    if request.param == "memory":
        yield MemoryStore(lease=LEASE, retention=RETENTION, clock=clock)
    elif request.param == "sqlite":
        path = tmp_path / "seen.sqlite3"
        with SQLiteStore(path, lease=LEASE, retention=RETENTION, clock=clock) as sqlite:
            yield sqlite
    else:
        client = request.getfixturevalue("redis_client")
        yield RedisStore(client, lease=LEASE, retention=RETENTION)


@pytest.fixture
def sqlite_store(clock, tmp_path) -> Callable[..., SQLiteStore]:
    """Build SQLite stores in the test's directory, closed at its end."""
    made = []

    def build(**options) -> SQLiteStore:
        made.append(SQLiteStore(tmp_path / "s.sqlite3", clock=clock, **options))
        return made[-1]

    yield build
    for store in made:
        store.close()


def test_every_store_satisfies_the_protocol(store):
    """Each store is a DedupStore."""
    assert isinstance(store, DedupStore)


def test_a_key_is_new_once_busy_while_claimed_and_done_once_completed(store):
    """The first claim wins; others see BUSY while it runs and DONE once it completed."""
    assert store.claim("e1", "t1") is Claim.NEW
    assert store.claim("e1", "t2") is Claim.BUSY
    store.complete("e1", "t1")
    assert store.claim("e1", "t3") is Claim.DONE
    assert store.claim("e2", "t3") is Claim.NEW


def test_a_released_claim_is_new_again(store):
    """After a handler failed and released its claim, the next delivery is handled again."""
    assert store.claim("e1", "t1") is Claim.NEW
    store.release("e1", "t1")
    assert store.claim("e1", "t2") is Claim.NEW


def test_only_the_holder_can_release(store):
    """A release with another token leaves the claim in place."""
    store.claim("e1", "t1")
    store.release("e1", "not-t1")
    assert store.claim("e1", "t2") is Claim.BUSY


def test_release_never_forgets_a_completed_event(store):
    """A late release after completion keeps the event DONE."""
    store.claim("e1", "t1")
    store.complete("e1", "t1")
    store.release("e1", "t1")
    assert store.claim("e1", "t2") is Claim.DONE


@pytest.mark.parametrize("kind", ["memory", "sqlite"])
def test_a_lapsed_claim_is_taken_over_and_the_old_holder_cannot_release_it(
    kind, clock, sqlite_store
):
    """A claim older than the lease (its worker died) is taken over by the next delivery."""
    store = MemoryStore(lease=LEASE, clock=clock) if kind == "memory" else sqlite_store(lease=LEASE)
    store.claim("e1", "old")
    clock.now += LEASE
    assert store.claim("e1", "new") is Claim.NEW
    store.release("e1", "old")
    assert store.claim("e1", "third") is Claim.BUSY


@pytest.mark.parametrize("kind", ["memory", "sqlite"])
def test_handled_events_are_forgotten_after_the_retention(kind, clock, sqlite_store):
    """After the retention period an event id is free again (and its row purged)."""
    store = (
        MemoryStore(retention=RETENTION, clock=clock)
        if kind == "memory"
        else sqlite_store(retention=RETENTION, purge_every=1)
    )
    store.claim("e1", "t1")
    store.complete("e1", "t1")
    clock.now += RETENTION - 1
    assert store.claim("e1", "t2") is Claim.DONE
    clock.now += 1
    assert store.claim("e1", "t3") is Claim.NEW


def test_sqlite_purges_lapsed_rows(clock, tmp_path):
    """Lapsed entries are deleted, so the file does not grow with every event ever seen."""
    path = tmp_path / "s.sqlite3"
    store = SQLiteStore(path, retention=10, clock=clock, purge_every=1)
    for i in range(50):
        store.claim(f"e{i}", "t")
        store.complete(f"e{i}", "t")
    clock.now += 11
    store.claim("fresh", "t")
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT key FROM lox24_webhook_events").fetchall() == [("fresh",)]
    store.close()


def test_sqlite_close_closes_the_connections_of_every_thread(tmp_path):
    """close() closes what each thread opened; the store opens anew when used again."""
    store = SQLiteStore(tmp_path / "s.sqlite3")
    worker = threading.Thread(target=store.claim, args=("from-thread", "t"))
    worker.start()
    worker.join()
    store.claim("from-main", "t")
    opened = [db for _, db in store._opened]
    assert len(opened) == 2
    store.close()
    for db in opened:
        with pytest.raises(sqlite3.ProgrammingError):
            db.execute("SELECT 1")
    assert store.claim("from-main", "t2") is Claim.BUSY  # reopened; the claim is still there
    store.close()


def test_memory_store_keeps_at_most_its_capacity():
    """The in-memory store forgets the oldest keys beyond its capacity."""
    store = MemoryStore(capacity=3)
    for i in range(5):
        store.claim(f"e{i}", "t")
    assert len(store) == 3
    assert store.claim("e0", "t") is Claim.NEW


def test_redis_keys_expire_by_themselves(redis_client):
    """Redis entries carry the lease, then the retention, as expiry: Redis forgets them itself."""
    store = RedisStore(redis_client, prefix="p:", lease=LEASE, retention=RETENTION)
    store.claim("e1", "t1")
    assert 0 < redis_client.pttl("p:e1") <= LEASE * 1000
    store.complete("e1", "t1")
    assert LEASE * 1000 < redis_client.pttl("p:e1") <= RETENTION * 1000


def test_redis_from_url_reaches_the_server(redis_url, redis_client):
    """RedisStore.from_url builds its own client for a URL."""
    store = RedisStore.from_url(redis_url, prefix="u:")
    assert store.claim("e1", "t1") is Claim.NEW
    assert redis_client.exists("u:e1") == 1
    store.close()


@pytest.fixture(params=["memory", "sqlite", "redis"])
async def async_store(request, tmp_path) -> AsyncIterator[AsyncDedupStore]:
    """Each store as the event loop asks it (Redis through from_url, for the asyncio client)."""
    if request.param == "memory":
        yield MemoryStore()
    elif request.param == "sqlite":
        with SQLiteStore(tmp_path / "async.sqlite3") as sqlite:
            yield sqlite
    else:
        request.getfixturevalue("redis_client")  # an emptied database
        store = RedisStore.from_url(request.getfixturevalue("redis_url"))
        yield store
        await store.aclose()
        store.close()


async def test_the_async_methods_mean_what_the_plain_ones_mean(async_store):
    """aclaim/acomplete/arelease: first claim wins, busy meanwhile, done after, released new."""
    assert isinstance(async_store, AsyncDedupStore)
    assert await async_store.aclaim("e1", "t1") is Claim.NEW
    assert await async_store.aclaim("e1", "t2") is Claim.BUSY
    await async_store.acomplete("e1", "t1")
    assert await async_store.aclaim("e1", "t3") is Claim.DONE
    assert await async_store.aclaim("e2", "t1") is Claim.NEW
    await async_store.arelease("e2", "other")
    assert await async_store.aclaim("e2", "t2") is Claim.BUSY
    await async_store.arelease("e2", "t1")
    assert async_store.claim("e2", "t3") is Claim.NEW  # the plain method sees the same state


# Several worker processes on one store: every event handled exactly once.

EVENTS = 300
DELIVERIES_PER_WORKER = 2


def _bodies() -> list[bytes]:
    bodies = []
    for i in range(EVENTS):
        body = example("sms.delivery", id=str(uuid.UUID(int=i + 1)))
        body["data"]["id"] = str(uuid.UUID(int=10_000 + i))
        bodies.append(json.dumps(body).encode())
    return bodies


def _run_two_workers(kind: str, where: str) -> list[dict]:
    bodies = _bodies()
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(2)
    results = ctx.Queue()
    # Both workers get every event twice, in opposite orders, so they race on the same ids.
    orders = [bodies * DELIVERIES_PER_WORKER, list(reversed(bodies)) * DELIVERIES_PER_WORKER]
    processes = [
        ctx.Process(target=workers.serve, args=(kind, where, order, barrier, results))
        for order in orders
    ]
    for process in processes:
        process.start()
    outcomes = [results.get(timeout=300) for _ in processes]
    for process in processes:
        process.join(timeout=60)
        assert process.exitcode == 0
    return outcomes


def _assert_each_event_handled_once(outcomes: list[dict]) -> None:
    handled = Counter(i for outcome in outcomes for i in outcome["handled"])
    expected = {str(uuid.UUID(int=i + 1)) for i in range(EVENTS)}
    assert set(handled) == expected
    assert set(handled.values()) == {1}
    statuses = Counter()
    for outcome in outcomes:
        statuses.update(outcome["statuses"])
    failed_on_purpose = sum(workers.fails_first_time(e) for e in expected)
    assert failed_on_purpose > 0
    # Every failure on purpose was answered 500 (an event can fail at both workers when the
    # second one claims it right after the first released it), and was handled later.
    assert statuses[500] == sum(len(o["failed"]) for o in outcomes) >= failed_on_purpose
    # Every delivery ended in a 2xx: one handled, the others recognised as duplicates.
    assert statuses[200] == EVENTS * DELIVERIES_PER_WORKER * 2


@pytest.mark.slow
def test_two_worker_processes_on_one_sqlite_file_handle_each_event_once(tmp_path):
    """Two processes sharing an SQLite store, racing on the same deliveries with forced
    failures, handle every event exactly once."""
    _assert_each_event_handled_once(_run_two_workers("sqlite", str(tmp_path / "seen.sqlite3")))


@pytest.mark.slow
def test_two_worker_processes_on_one_redis_handle_each_event_once(redis_url, redis_client):
    """The same race against a real redis-server: every event handled exactly once."""
    _assert_each_event_handled_once(_run_two_workers("redis", redis_url))
