"""End to end over loopback HTTP: the sandbox posts to two worker processes sharing a store.

Two uvicorn processes serve tests/webhooks/loopback_service.py on their own ports with one
store (an SQLite file, then a real Redis server) for deduplication and delivery tracking; the
sandbox has a webhook subscription to each, so every event reaches both. One worker fails a
fixed share of first attempts on purpose, so those events are handled by the other worker and
redelivered to the first. The service must end with exactly one record per event, and the
tracker the workers share with the test with each SMS's final state as its number says, made
final once.
"""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

import lox24
from lox24.sandbox import Sandbox, SandboxClock
from lox24.webhooks import DeliveryState, DeliveryTracker, RedisStore, SQLiteStore

from . import loopback_service

ROOT = Path(__file__).resolve().parents[2]
#: Phones in the bulk: with the three single SMS, 1,003 SMS tracked on each store.
PHONES = 1000
READY_ATTEMPTS = 400  # x 25 ms
OUTCOMES = {"0000": DeliveryState.REJECTED, "9999": DeliveryState.EXPIRED}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_until_serving(url: str, server: subprocess.Popen[bytes]) -> None:
    for _ in range(READY_ATTEMPTS):
        if server.poll() is not None:
            pytest.fail(f"the service exited with {server.returncode}")
        try:
            if httpx.get(url, timeout=1, trust_env=False).status_code == 405:  # POST only
                return
        except httpx.TransportError:
            time.sleep(0.025)
    pytest.fail(f"the service at {url} did not start")


@pytest.fixture(params=["sqlite", "redis"])
def workers(request, tmp_path: Path) -> Iterator[tuple[str, list[str]]]:
    """Two worker processes of the service on one store, the first failing some first attempts."""
    redis = (
        {"LOX24_TEST_REDIS": request.getfixturevalue("redis_url")}
        if request.param == "redis"
        else {}
    )
    if redis:
        request.getfixturevalue("redis_client")  # an emptied database
    env = {
        **os.environ,
        **redis,
        "LOX24_TEST_DEDUP": str(tmp_path / "dedup.sqlite3"),
        "LOX24_TEST_RECORDS": str(tmp_path / "records.sqlite3"),
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    servers, urls = [], []
    try:
        for index in range(2):
            port = _free_port()
            command = [sys.executable, "-m", "uvicorn", "tests.webhooks.loopback_service:app"]
            command += ["--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"]
            worker_env = {**env, "LOX24_TEST_FAIL": "1" if index == 0 else "0"}
            with (tmp_path / f"worker{index}.log").open("wb") as log:  # the child keeps its copy
                servers.append(
                    subprocess.Popen(command, cwd=tmp_path, env=worker_env, stdout=log, stderr=log)
                )
            urls.append(f"http://127.0.0.1:{port}/lox24/webhooks")
        for url, server in zip(urls, servers, strict=True):
            _wait_until_serving(url, server)
        yield request.param, urls, env
    finally:
        for server in servers:
            server.terminate()
            server.wait(timeout=30)


def _finals(path: Path) -> list[tuple[str, str, int]]:
    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT uuid, state, pid FROM finals").fetchall()
    db.close()
    return rows


def _records(path: Path) -> list[tuple[str, int, str]]:
    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT event_id, pid, body FROM records").fetchall()
    db.close()
    return rows


def _shared_store(kind: str, env: dict[str, str]) -> SQLiteStore | RedisStore:
    """The store the workers use, opened by the test too."""
    if kind == "redis":
        return RedisStore.from_url(env["LOX24_TEST_REDIS"])
    return SQLiteStore(env["LOX24_TEST_DEDUP"])


@pytest.mark.slow
def test_two_workers_on_one_store_record_each_report_once(workers, tmp_path):
    """A bulk to 1,000 phones and three single SMS, every report posted to both workers, some
    refused on purpose: one record per event; in the tracker the workers share through their
    store, every SMS reaches its right final state, made final once by one of the workers."""
    kind, urls, env = workers
    sandbox = Sandbox(clock=SandboxClock(start=1_700_000_000, frozen=True))
    store = _shared_store(kind, env)
    tracker = DeliveryTracker(store=store)
    with sandbox, lox24.Client(**sandbox.client_settings()) as client:  # closes its connections
        for url in urls:
            sandbox.webhooks.subscribe(url, events=["sms.delivery"])
        group = client.groups.create(name="Everyone")
        endings = ("0000", "9999", "1234")
        rows = [{"phone": f"+4917133{n:03d}{endings[n % 3]}"} for n in range(PHONES)]
        client.phones.create_batch(group.id, rows)
        bulk = client.bulks.create(sender_id="Shop", text="Hi", msg_groups=[group.id])
        singles = [
            client.sms.send(phone=f"+49170555{ending}", sender_id="Shop", text="Hi")
            for ending in endings
        ]
        client.bulks.wait(bulk.uuid)  # moves the sandbox clock; nothing is posted yet
        sent = {sms.uuid: sms.phone for sms in client.sms.list(bulk=bulk.uuid)}
        sent |= {sms.uuid: sms.phone for sms in singles}
        tracker.track(*sent)  # before any report is posted
        attempts = []
        for _ in range(12):  # reports, then the retries 10, 60 and 300 s later
            sandbox.clock.advance(60)
            attempts += sandbox.webhooks.deliver_due()
    events = [e for e in sandbox.events if e["name"] == "sms.delivery"]
    records = _records(tmp_path / "records.sqlite3")
    finals = _finals(tmp_path / "records.sqlite3")
    states = tracker.states
    store.close()

    assert len(sent) == PHONES + 3
    assert Counter(event_id for event_id, _, _ in records) == Counter(e["id"] for e in events)
    assert len({pid for _, pid, _ in records}) == 2  # both workers handled events
    refused = [a for a in attempts if a.status == 500]
    assert refused
    assert all(loopback_service.fails_on_purpose(a.event_id) for a in refused)
    assert all(a.status == 200 for a in attempts if a.attempt_number > 1)
    expected = {
        uuid: OUTCOMES.get(phone[-4:], DeliveryState.DELIVERED) for uuid, phone in sent.items()
    }
    assert states == expected
    assert Counter(uuid for uuid, _, _ in finals) == Counter(set(sent))  # once per SMS
    assert {uuid: DeliveryState(state) for uuid, state, _ in finals} == expected
    assert len({pid for _, _, pid in finals}) == 2  # both workers made SMS final
