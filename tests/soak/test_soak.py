"""Soak: thousands of calls through a sandbox that fails about one request in five.

Bounded and seeded, in-process: 2,000 SMS through ``Client``, 300 through ``AsyncClient`` and
20,000 phones through the streamed import, with every kind of fault the sandbox injects. It
checks the promises of the README's retry section:

* no SMS exists twice in the sandbox;
* every call ends done, not done or outcome unknown, and nothing else escapes;
* after reconciliation (and resending what was not created) the caller's record equals the
  sandbox's exactly;
* every read succeeds (through the client's own retries);
* every imported item gets exactly one result, and it is true;
* no log line, exception text, traceback or pickle carries the token.

The counts are printed (``pytest -s tests/soak``).
"""

from __future__ import annotations

import asyncio
import csv
import io
import logging
import pickle
import traceback
from collections import Counter

import pytest

import lox24
from lox24._exceptions import RequestNotSentError
from lox24._reconcile import areconcile_sms, reconcile_sms
from lox24.sandbox import Sandbox, SandboxClock

SEED = 20_261_130
TOKEN = "7654321:50a450a450a450a450a450a450a450a4"
KEY = TOKEN.split(":", 1)[1]
SMS_COUNT = 2_000
ASYNC_SMS_COUNT = 300
PHONE_COUNT = 20_000
TIMEOUT = 30.0
WINDOW = 61.0
RETRIES = 6
#: Each rule hits its share of the matching requests; together about 20 %.
WRITE_FAULTS = [
    ("drop_before", 0.03, {}),
    ("drop_after", 0.03, {}),
    ("status", 0.02, {"status": 429, "retry_after": 1}),
    ("status", 0.01, {"status": 429}),
    ("status", 0.01, {"status": 500, "processed": True}),
    ("status", 0.01, {"status": 502}),
    ("status", 0.01, {"status": 503, "processed": True}),
    ("status", 0.01, {"status": 504}),
    ("status", 0.01, {"status": 520, "processed": True}),
    ("html", 0.02, {"processed": True}),
    ("delay", 0.02, {"delay": TIMEOUT * 2}),
    ("cut_body", 0.02, {}),
    ("bad_encoding", 0.02, {}),
]
#: Reads get every kind but the 429 without Retry-After, which is an IP block, not a fault.
READ_FAULTS = [rule for rule in WRITE_FAULTS if rule[2] != {"status": 429}]

pytestmark = pytest.mark.slow


@pytest.fixture(autouse=True)
def _no_real_waiting(monkeypatch):
    """Backoff and Retry-After cost no wall time; the sandbox clock is what waits."""

    async def no_async_sleep(seconds):
        return None

    monkeypatch.setattr("lox24._retry_transport.default_sleep", lambda seconds: None)
    monkeypatch.setattr("lox24._retry_transport.default_async_sleep", no_async_sleep)


def add_faults(sandbox, path, method, rules):
    for kind, rate, options in rules:
        sandbox.faults.add(kind, path=path, method=method, rate=rate, **options)


@pytest.fixture
def sandbox():
    clock = SandboxClock(start=1_700_000_000, frozen=True)
    with Sandbox(token=TOKEN, clock=clock, balance=1_000_000.0) as sandbox:
        sandbox.faults.reseed(SEED)
        add_faults(sandbox, "/sms", "POST", WRITE_FAULTS)
        add_faults(sandbox, "/groups/*/phones/batch", "POST", WRITE_FAULTS)
        add_faults(sandbox, "*", "GET", READ_FAULTS)
        yield sandbox


class Ledger:
    """What the caller knows: SMS it holds, SMS to reconcile, and every error it saw."""

    def __init__(self):
        self.created = {}  # callback_data -> uuid
        self.unknown = {}  # callback_data -> sandbox time the outcome became unknown
        self.errors = []
        self.counts = Counter()

    def record(self, callback_data, call, now):
        try:
            sms = call()
        except lox24.WriteOutcomeUnknownError as error:
            self._saw(error, "unknown")
            self.unknown[callback_data] = now
        except (RequestNotSentError, lox24.RateLimitError) as error:
            self._saw(error, "not done")
        else:
            self.counts["done"] += 1
            self.created[callback_data] = sms.uuid

    async def arecord(self, callback_data, call, now):
        try:
            sms = await call()
        except lox24.WriteOutcomeUnknownError as error:
            self._saw(error, "unknown")
            self.unknown[callback_data] = now
        except (RequestNotSentError, lox24.RateLimitError) as error:
            self._saw(error, "not done")
        else:
            self.counts["done"] += 1
            self.created[callback_data] = sms.uuid

    def _saw(self, error, outcome):
        self.counts[outcome] += 1
        self.errors.append(error)

    def settle(self, callback_data, found):
        self.counts["reconciled created" if found.created else "reconciled absent"] += 1
        del self.unknown[callback_data]
        if found.created:
            self.created[callback_data] = found.item.uuid


def assert_no_secret(errors, log_text):
    """The token and its key part appear in no error (text, traceback, pickle) and no log."""
    assert TOKEN not in log_text
    assert KEY not in log_text
    for error in errors:
        blob = pickle.dumps(error)
        assert type(pickle.loads(blob)) is type(error)
        for text in (str(error), repr(error), "".join(traceback.format_exception(error))):
            assert KEY not in text
        assert KEY.encode() not in blob


def sandbox_sms(client):
    """callback_data -> uuids of every SMS in the sandbox (read through the faults)."""
    held = {}
    for sms in client.sms.list():
        held.setdefault(sms.callback_data, []).append(sms.uuid)
    return held


def sms_args(callback_data):
    return {
        "phone": "+491701234567",
        "sender_id": "Soak",
        "text": "Hi",
        "callback_data": callback_data,
    }


def test_sms_through_the_sync_client(sandbox, caplog):
    """2,000 SMS: no duplicate, every outcome one of three, the ledger equals the sandbox."""
    caplog.set_level(logging.DEBUG)
    settings = sandbox.client_settings()
    client = lox24.Client(**settings, timeout=TIMEOUT, max_retries=RETRIES)
    ledger = Ledger()
    pending = [f"sync-{i:05d}" for i in range(SMS_COUNT)]
    for _ in range(10):
        for callback_data in pending:
            ledger.record(
                callback_data,
                lambda cb=callback_data: client.sms.send(**sms_args(cb)),
                sandbox.clock.now(),
            )
        for callback_data, since in list(ledger.unknown.items()):
            found = reconcile_sms(
                callback_data,
                list_by_callback_data=lambda cb: client.sms.list(callback_data=cb),
                sleep=settings["sleep"],
                clock=sandbox.clock.now,
                window=WINDOW,
                since=since,
            )
            ledger.settle(callback_data, found)
        pending = [cb for cb in pending if cb not in ledger.created]
        if not pending:
            break
    held = sandbox_sms(client)
    injected = Counter(fault.kind.value for fault in sandbox.faults.injected)
    print(f"\nsync SMS: {dict(ledger.counts)}; faults injected: {dict(injected)}")
    assert pending == []
    assert all(len(uuids) == 1 for uuids in held.values())
    assert {cb: uuids[0] for cb, uuids in held.items()} == ledger.created
    assert len(ledger.created) == SMS_COUNT
    assert ledger.counts["unknown"] > 0
    assert ledger.counts["not done"] > 0
    assert sum(injected.values()) > SMS_COUNT * 0.15
    assert_no_secret(ledger.errors, caplog.text)


async def test_sms_through_the_async_client(sandbox, caplog):
    """300 SMS sent 20 at a time through AsyncClient: the same promises."""
    caplog.set_level(logging.DEBUG)
    settings = sandbox.async_client_settings()
    ledger = Ledger()
    async with lox24.AsyncClient(**settings, timeout=TIMEOUT, max_retries=RETRIES) as client:
        pending = [f"async-{i:05d}" for i in range(ASYNC_SMS_COUNT)]
        for _ in range(10):
            for start in range(0, len(pending), 20):
                await asyncio.gather(
                    *(
                        ledger.arecord(
                            cb,
                            lambda cb=cb: client.sms.send(**sms_args(cb)),
                            sandbox.clock.now(),
                        )
                        for cb in pending[start : start + 20]
                    )
                )
            for callback_data, since in list(ledger.unknown.items()):

                async def listing(cb):
                    return [sms async for sms in client.sms.list(callback_data=cb)]

                found = await areconcile_sms(
                    callback_data,
                    list_by_callback_data=listing,
                    sleep=settings["sleep"],
                    clock=sandbox.clock.now,
                    window=WINDOW,
                    since=since,
                )
                ledger.settle(callback_data, found)
            pending = [cb for cb in pending if cb not in ledger.created]
            if not pending:
                break
        held = {}
        async for sms in client.sms.list():
            held.setdefault(sms.callback_data, []).append(sms.uuid)
    print(f"\nasync SMS: {dict(ledger.counts)}")
    assert pending == []
    assert all(len(uuids) == 1 for uuids in held.values())
    assert {cb: uuids[0] for cb, uuids in held.items()} == ledger.created
    assert len(ledger.created) == ASYNC_SMS_COUNT
    assert_no_secret(ledger.errors, caplog.text)


def test_phones_through_the_streamed_import(sandbox, caplog):
    """20,000 rows: one result each, in order, and each result true of the sandbox."""
    caplog.set_level(logging.DEBUG)
    client = lox24.Client(**sandbox.client_settings(), timeout=TIMEOUT, max_retries=RETRIES)
    group = client.groups.create(name="Soak")
    rows = ["12" if i % 100 == 99 else f"+4917{i:08d}" for i in range(PHONE_COUNT)]
    results = list(
        client.phones.import_many(group.id, rows, chunk_size=200, concurrency=1, resolve=False)
    )
    exported = client.groups.export_csv(group.id)
    existing = Counter(row["phone"] for row in csv.DictReader(io.StringIO(exported)))
    outcomes = Counter(result.outcome for result in results)
    unknown_existing = sum(existing[rows[r.index]] for r in results if r.outcome == "unknown")
    print(
        f"\nimport: {dict(outcomes)}; of the unknown, {unknown_existing} exist; "
        f"{len(existing)} phones in the group"
    )
    assert [result.index for result in results] == list(range(PHONE_COUNT))
    assert all(count == 1 for count in existing.values())
    for result in results:
        number = rows[result.index]
        if result.outcome == "created":
            assert existing[number] == 1, result
        elif result.outcome in {"refused", "not_sent"}:
            assert number not in existing, result
        else:
            assert result.outcome == "unknown", result
    refused_by_server = [r for r in results if r.outcome == "refused" and r.status == 422]
    assert all(r.field == "phone" and rows[r.index] == "12" for r in refused_by_server)
    assert outcomes["unknown"] > 0
    assert outcomes["created"] > PHONE_COUNT // 2
    errors = [r.error for r in results if r.error is not None]
    assert_no_secret(errors[:: max(1, len(errors) // 500)], caplog.text)
