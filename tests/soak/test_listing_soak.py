"""Soak: a 5,000-SMS listing walked through about 20 % faults, with the client's defaults.

Ten walks through ``Client`` and ten through ``AsyncClient``, in-process, seeded: every kind of
fault the sandbox injects into a GET (18 %), plus a proxy in front that answers some of the
requests with its own HTML page and status 200 (3 %). Every walk must yield each SMS exactly once,
and a ``hydra:next`` that loops must stop the walk at once. The figures (walks, faults hit,
retries, requests) are printed (``pytest -s tests/soak/test_listing_soak.py``).
"""

from __future__ import annotations

import random
from collections import Counter

import httpx
import pytest

import lox24
from lox24.sandbox import PAGE_SIZE, Sandbox, SandboxClock

SEED = 20_261_204
SMS_COUNT = 5_000
WALKS = 10
PAGES = -(-SMS_COUNT // PAGE_SIZE)
#: Each rule hits its share of the GETs it sees; with the proxy's 3 %, about 20 % together.
READ_FAULTS = [
    ("drop_before", 0.02, {}),
    ("drop_after", 0.02, {}),
    ("status", 0.02, {"status": 429}),
    ("status", 0.01, {"status": 429, "retry_after": 1}),
    ("status", 0.01, {"status": 500}),
    ("status", 0.01, {"status": 502}),
    ("status", 0.01, {"status": 503}),
    ("status", 0.01, {"status": 504}),
    ("status", 0.01, {"status": 520}),
    ("html", 0.02, {}),
    ("delay", 0.01, {"delay": 60.0}),
    ("cut_body", 0.02, {}),
    ("bad_encoding", 0.01, {}),
]
PROXY_PAGE_RATE = 0.03
PROXY_PAGE = b"<!DOCTYPE html><html><body>Please wait while we check your browser</body></html>"

pytestmark = pytest.mark.slow


class Proxy:
    """Counts the requests and answers some with a 200 HTML page of its own, seeded."""

    def __init__(self, seed: int) -> None:
        self.draws = random.Random(seed)
        self.requests = 0
        self.pages = 0

    def spoil(self, request: httpx.Request) -> httpx.Response | None:
        self.requests += 1
        if self.draws.random() >= PROXY_PAGE_RATE:
            return None
        self.pages += 1
        headers = {"Content-Type": "text/html; charset=utf-8"}
        return httpx.Response(200, content=PROXY_PAGE, headers=headers, request=request)


class SyncProxy(Proxy, httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, seed: int) -> None:
        super().__init__(seed)
        self.inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.spoil(request) or self.inner.handle_request(request)


class AsyncProxy(Proxy, httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, seed: int) -> None:
        super().__init__(seed)
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self.spoil(request) or await self.inner.handle_async_request(request)


@pytest.fixture(scope="module")
def sandbox():
    """5,000 SMS (five bulks of 1,000), then every read fault switched on."""
    clock = SandboxClock(start=1_700_000_000, frozen=True)
    with Sandbox(clock=clock, balance=1_000_000.0) as sandbox:
        client = lox24.Client(**sandbox.client_settings())
        for bulk in range(SMS_COUNT // 1000):
            phones = [f"+4917{bulk}{i:07d}" for i in range(1000)]
            client.bulks.create(sender_id="Soak", text="Hi", phones=phones)
        sandbox.clock.advance(600)
        sandbox.faults.reseed(SEED)
        for kind, rate, options in READ_FAULTS:
            sandbox.faults.add(kind, path="/sms*", method="GET", rate=rate, **options)
        yield sandbox


def report(name, figures, injected):
    kinds = Counter(f"{fault.kind.value}" for fault in injected)
    print(f"\n{name}: {dict(figures)}; sandbox faults by kind: {dict(kinds)}")


def test_sync_walks_finish_through_faults(sandbox):
    """Ten sync walks of 5,000 SMS through 20 % faults: each complete, no SMS twice."""
    settings = sandbox.client_settings()
    proxy = SyncProxy(settings.pop("transport"), SEED)
    before = len(sandbox.faults.injected)
    figures = Counter()
    with lox24.Client(**settings, transport=proxy) as client:
        for _ in range(WALKS):
            uuids = [sms.uuid for sms in client.sms.list()]
            assert len(uuids) == SMS_COUNT
            assert len(set(uuids)) == SMS_COUNT
            figures["walks"] += 1
    injected = sandbox.faults.injected[before:]
    figures["requests"] = proxy.requests
    figures["faults"] = len(injected) + proxy.pages
    figures["proxy pages"] = proxy.pages
    figures["retries"] = proxy.requests - WALKS * PAGES
    report("sync listing", figures, injected)
    assert figures["faults"] > 0.15 * proxy.requests
    assert figures["retries"] == figures["faults"]  # each fault cost one retry, nothing more


async def test_async_walks_finish_through_faults(sandbox):
    """Ten async walks of 5,000 SMS through 20 % faults: each complete, no SMS twice."""
    settings = sandbox.async_client_settings()
    proxy = AsyncProxy(settings.pop("transport"), SEED + 1)
    before = len(sandbox.faults.injected)
    figures = Counter()
    async with lox24.AsyncClient(**settings, transport=proxy) as client:
        for _ in range(WALKS):
            uuids = [sms.uuid async for sms in client.sms.list()]
            assert len(uuids) == SMS_COUNT
            assert len(set(uuids)) == SMS_COUNT
            figures["walks"] += 1
    injected = sandbox.faults.injected[before:]
    figures["requests"] = proxy.requests
    figures["faults"] = len(injected) + proxy.pages
    figures["proxy pages"] = proxy.pages
    figures["retries"] = proxy.requests - WALKS * PAGES
    report("async listing", figures, injected)
    assert figures["faults"] > 0.15 * proxy.requests
    assert figures["retries"] == figures["faults"]


class Looping(SyncProxy):
    """Rewrites page 3's hydra:next to point back to page 2, as a broken gateway might."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        if request.url.params.get("page") != "3" or response.status_code != 200:
            return response
        try:
            body = httpx.Response(200, content=response.read()).json()
        except ValueError:
            return response  # a fault: the client retries it
        body["hydra:view"]["hydra:next"] = body["hydra:view"]["hydra:first"].replace(
            "page=1", "page=2"
        )
        return httpx.Response(200, json=body, headers={"Content-Type": "application/ld+json"})


def test_a_looping_listing_fails_fast_through_faults(sandbox):
    """Page 3 links back to page 2: PaginationError after 3 pages, not an endless walk."""
    settings = sandbox.client_settings()
    proxy = Looping(settings.pop("transport"), SEED + 2)
    before = len(sandbox.faults.injected)
    with lox24.Client(**settings, transport=proxy) as client:
        seen = []
        with pytest.raises(lox24.PaginationError, match="loops"):
            seen.extend(sms.uuid for sms in client.sms.list())
    faults = len(sandbox.faults.injected[before:]) + proxy.pages
    print(f"\nlooping listing: {proxy.requests} requests, {faults} faults, {len(seen)} SMS")
    assert len(seen) == 3 * PAGE_SIZE
    assert proxy.requests == 3 + faults  # three pages and one retry per fault
