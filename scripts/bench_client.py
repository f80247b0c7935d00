"""The client's figures, measured in process over httpx transports that answer prepared bytes.

Each figure compares the client with the hand-written httpx code a user would write instead,
on the same transport, so that the ratio is the client's own cost.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from itertools import islice
from typing import Any

import httpx
from bench_samples import (
    BASE_URL,
    TOKEN,
    Samples,
    forgetful_batch_transport,
    group_transport,
    numbers,
    pages_transport,
    sms_page,
)
from bench_stats import Figure, interleaved, seconds_per_call, skipped

import lox24
from lox24_generated.api.groups import get_group
from lox24_generated.models import Sms

AUTH = {"X-LOX24-AUTH-TOKEN": TOKEN}
HAND_PAGES = "the hand loop follows hydra:next and builds each item with Sms.from_dict too"
HAND_IMPORT = "the hand loop posts each chunk and decodes the reply; no result per row"
US = 1e6


def _raw(transport: httpx.BaseTransport) -> httpx.Client:
    return httpx.Client(base_url=BASE_URL, transport=transport, headers=AUTH)


def _client(transport: httpx.BaseTransport) -> lox24.Client:
    return lox24.Client(TOKEN, base_url=BASE_URL, transport=transport)


def call_overhead_sync(samples: Samples, rounds: int, number: int) -> Figure:
    """``client.groups.get(1)`` against ``httpx.get(...).json()``, microseconds per call."""
    transport = group_transport(samples)
    raw, client = _raw(transport), _client(transport)
    if not hasattr(client, "groups"):
        return skipped("call overhead vs raw httpx, sync", "<= 1.15", "no client.groups")
    return interleaved(
        "call overhead vs raw httpx, sync",
        "us",
        "<= 1.15",
        lambda: seconds_per_call(lambda: client.groups.get(1), number) * US,
        lambda: seconds_per_call(lambda: raw.get("/groups/1").json(), number) * US,
        rounds,
    )


def call_overhead_async(samples: Samples, rounds: int, number: int) -> Figure:
    """``await client.groups.get(1)`` against ``await httpx.get(...)`` then ``.json()``."""
    transport = group_transport(samples)
    raw = httpx.AsyncClient(base_url=BASE_URL, transport=transport, headers=AUTH)
    client = lox24.AsyncClient(TOKEN, base_url=BASE_URL, transport=transport)
    if not hasattr(client, "groups"):
        return skipped("call overhead vs raw httpx, async", "<= 1.15", "no client.groups")

    async def timed(call: Callable[[], Any]) -> float:
        loop = asyncio.get_running_loop()
        started = loop.time()
        for _ in range(number):
            await call()
        return (loop.time() - started) / number * US

    async def raw_get() -> Any:
        return (await raw.get("/groups/1")).json()

    loop = asyncio.new_event_loop()
    try:
        return interleaved(
            "call overhead vs raw httpx, async",
            "us",
            "<= 1.15",
            lambda: loop.run_until_complete(timed(lambda: client.groups.get(1))),
            lambda: loop.run_until_complete(timed(raw_get)),
            rounds,
        )
    finally:
        loop.close()


def namespace_vs_call(samples: Samples, rounds: int, number: int) -> Figure:
    """``client.groups.get(1)`` against ``client.call(get_group, id=1)``, same transport."""
    client = _client(group_transport(samples))
    if not (hasattr(client, "groups") and hasattr(client, "call")):
        return skipped("namespace call vs client.call", "<= 1.0", "no client.groups or .call")
    return interleaved(
        "namespace call vs client.call",
        "us",
        "<= 1.0",
        lambda: seconds_per_call(lambda: client.groups.get(1), number) * US,
        lambda: seconds_per_call(lambda: client.call(get_group, id=1), number) * US,
        rounds,
    )


def client_call_overhead(samples: Samples, rounds: int, number: int) -> Figure:
    """``client.call(get_group, id=1)`` against raw httpx (the figure kept from before)."""
    transport = group_transport(samples)
    raw, client = _raw(transport), _client(transport)
    if not hasattr(client, "call"):
        return skipped("client.call vs raw httpx, sync", "-", "no client.call")
    return interleaved(
        "client.call vs raw httpx, sync",
        "us",
        "-",
        lambda: seconds_per_call(lambda: client.call(get_group, id=1), number) * US,
        lambda: seconds_per_call(lambda: raw.get("/groups/1").json(), number) * US,
        rounds,
    )


def parse_page(samples: Samples, rounds: int, number: int) -> Figure:
    """A 100-SMS page into ``Sms`` models, against ``json.loads`` and reading every field."""
    body = sms_page(samples, 1, 100, 1)

    def models() -> object:
        return [Sms.from_dict(member) for member in json.loads(body)["hydra:member"]]

    def touched() -> object:
        for member in json.loads(body)["hydra:member"]:
            for key in member:
                member[key]
        return None

    return interleaved(
        "parse a 100-SMS page vs json.loads + touch",
        "us",
        "<= 1.5",
        lambda: seconds_per_call(models, number) * US,
        lambda: seconds_per_call(touched, number) * US,
        rounds,
    )


def _hand_pages(raw: httpx.Client) -> int:
    count, url = 0, "/sms"
    while url:
        data = raw.get(url).json()
        count += len([Sms.from_dict(member) for member in data["hydra:member"]])
        url = (data.get("hydra:view") or {}).get("hydra:next")
    return count


async def _hand_pages_async(raw: httpx.AsyncClient) -> int:
    count, url = 0, "/sms"
    while url:
        data = (await raw.get(url)).json()
        count += len([Sms.from_dict(member) for member in data["hydra:member"]])
        url = (data.get("hydra:view") or {}).get("hydra:next")
    return count


def paginate_sync(samples: Samples, rounds: int) -> Figure:
    """Every item of 100 pages of 100 SMS: ``client.sms.list()`` against a hand page loop."""
    transport = pages_transport(samples)
    raw, client = _raw(transport), _client(transport)
    if not hasattr(client, "sms"):
        return skipped("paginate 10,000 SMS vs hand loop, sync", "<= 1.1", "no client.sms")

    def project() -> float:
        return _timed(lambda: sum(1 for _ in client.sms.list()), 10_000)

    figure = interleaved(
        "paginate 10,000 SMS vs hand loop, sync",
        "ms",
        "<= 1.1",
        project,
        lambda: _timed(lambda: _hand_pages(raw), 10_000),
        rounds,
    )
    figure.note = HAND_PAGES
    return figure


def paginate_async(samples: Samples, rounds: int) -> Figure:
    """The same with ``AsyncClient`` and ``httpx.AsyncClient``."""
    transport = pages_transport(samples)
    raw = httpx.AsyncClient(base_url=BASE_URL, transport=transport, headers=AUTH)
    client = lox24.AsyncClient(TOKEN, base_url=BASE_URL, transport=transport)
    if not hasattr(client, "sms"):
        return skipped("paginate 10,000 SMS vs hand loop, async", "<= 1.1", "no client.sms")

    async def project() -> int:
        return sum([1 async for _ in client.sms.list()])

    loop = asyncio.new_event_loop()
    try:
        figure = interleaved(
            "paginate 10,000 SMS vs hand loop, async",
            "ms",
            "<= 1.1",
            lambda: _timed(lambda: loop.run_until_complete(project()), 10_000),
            lambda: _timed(lambda: loop.run_until_complete(_hand_pages_async(raw)), 10_000),
            rounds,
        )
        figure.note = HAND_PAGES
        return figure
    finally:
        loop.close()


def import_vs_threads(samples: Samples, rounds: int, count: int) -> Figure:
    """``phones.import_many`` of ``count`` phones against 4 threads posting the same chunks."""
    transport = forgetful_batch_transport(samples.phone)
    raw, client = _raw(transport), _client(transport)
    name = f"import {count:,} phones vs 4-thread hand loop"
    if not hasattr(client, "phones"):
        return skipped(name, "<= 1.2", "no client.phones")

    def project() -> int:
        results = client.phones.import_many(1, numbers(count), chunk_size=1000, concurrency=4)
        return sum(1 for _ in results)

    def post(chunk: list[dict[str, str]]) -> int:
        return len(raw.post("/groups/1/phones/batch", json=chunk).json()["hydra:member"])

    def hand() -> int:
        with ThreadPoolExecutor(4) as pool:
            return sum(pool.map(post, _chunks(numbers(count), 1000)))

    figure = interleaved(
        name,
        "s",
        "<= 1.2",
        lambda: _timed(project, count, 1.0),
        lambda: _timed(hand, count, 1.0),
        rounds,
    )
    figure.note = HAND_IMPORT
    return figure


def _chunks(rows: Iterator[str], size: int) -> Iterator[list[dict[str, str]]]:
    while chunk := [{"phone": phone} for phone in islice(rows, size)]:
        yield chunk


def _timed(action: Callable[[], int], expected: int, scale: float = 1e3) -> float:
    """Run ``action`` once; fail loudly if it did not handle ``expected`` items."""
    started = time.perf_counter()
    handled = action()
    elapsed = time.perf_counter() - started
    if handled != expected:
        raise SystemExit(f"bench: {handled} items handled instead of {expected}")
    return elapsed * scale
