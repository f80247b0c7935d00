"""The sandbox's filtered pages as the store grows: every filter and order ``GET /sms`` declares.

Each sandbox runs in this process (its in-process transport: no HTTP, so the figure is the
query's cost) and holds SMS of several bulks with varied phones, countries, texts, senders and
states. A page is asked after a ``POST /sms`` each time, as a live service sees it (a write
between two reads), with a value taken from a stored SMS; its milliseconds at each larger store
are compared with the smallest store's.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import httpx
from bench_stats import Figure, interleaved

from lox24.sandbox import Sandbox, SandboxClock
from lox24.sandbox._api._operations import Operation, Param
from lox24.sandbox._http._core import shared_index

T0 = 1_700_000_000
BULKS = 5
SEND = {"phone": "+4915100000001", "sender_id": "Live", "text": "A new one"}
COUNTRIES = ("+4917", "+4176", "+43660", "+3161", "+4915")


def _sandbox(count: int) -> tuple[Sandbox, httpx.Client]:
    """A sandbox holding ``count`` delivered SMS of :data:`BULKS` bulks."""
    clock = SandboxClock(start=T0, frozen=True)
    box = Sandbox(clock=clock, balance=1e12, block_bad_auth=False)
    api = httpx.Client(
        base_url="http://sandbox.test",
        transport=box.transport(),
        headers={"X-LOX24-AUTH-TOKEN": box.token, "Accept": "application/json"},
        timeout=600,
    )
    per_bulk = count // BULKS
    for number in range(BULKS):
        start = number * per_bulk
        phones = [f"{COUNTRIES[number]}{n:08d}" for n in range(start, start + per_bulk)]
        body = {"sender_id": f"Shop{number}", "text": f"Sale {number} ab heute", "phones": phones}
        api.post("/bulks", json=body).raise_for_status()
        clock.advance(1 + per_bulk / 2000 + 1)
    clock.advance(120)
    api.get("/sms").raise_for_status()
    return box, api


def _list_sms() -> Operation:
    operation = shared_index().match("GET", "/sms").operation
    assert operation is not None
    return operation


def _value(param: Param, row: dict[str, Any]) -> list[tuple[str, str]]:
    """Query pairs for ``param`` keeping ``row``, or ordering by the parameter's field."""
    name, rule = param.name, param.filter
    if rule is None:
        return [(name, "desc")]
    value = row[rule.property]
    if rule.match == "partial":  # a number's last digits, a text's middle
        text = str(value)
        return [(name, text[-6:] if name == "phone" else text[len(text) // 2 - 2 :][:5])]
    if rule.match == "boolean":
        return [(name, "true" if value else "false")]
    if rule.match == "in":
        return [(name, str(value)), (name, str(value))]
    if rule.op == "between":
        return [(name, f"{value - 1}..{value}")]
    return [(name, str(value))]


def queries(row: dict[str, Any]) -> Iterator[tuple[str, list[tuple[str, str]]]]:
    """Every declared filter (with a value from ``row``) and order of ``GET /sms``."""
    for param in _list_sms().query_params:
        if param.filter is None and param.order is None:
            continue
        if param.filter is not None and row.get(param.filter.property) is None:
            continue
        yield param.name, _value(param, row)


def filtered_pages(rounds: int, sizes: tuple[int, ...], requests: int) -> list[Figure]:
    """Milliseconds per filtered page after a write, at each size against the smallest."""
    stores = {size: _sandbox(size) for size in sizes}
    try:
        smallest = sizes[0]
        asked = {
            size: dict(queries(api.get("/sms", params={"page": 2}).json()[3]))
            for size, (_, api) in stores.items()
        }

        def latency(size: int, name: str) -> float:
            api, pairs = stores[size][1], asked[size][name]
            spent = 0.0
            for _ in range(requests):
                api.post("/sms", json=SEND).raise_for_status()
                started = time.perf_counter()
                api.get("/sms", params=pairs).raise_for_status()
                spent += time.perf_counter() - started
            return spent / requests * 1e3

        figures = []
        for name in asked[smallest]:
            figures.extend(
                interleaved(
                    f"sandbox GET /sms?{name} after a write, {size:,} vs {smallest:,} SMS",
                    "ms",
                    "<= 1.5",
                    lambda size=size, name=name: latency(size, name),
                    lambda name=name: latency(smallest, name),
                    rounds,
                )
                for size in sizes[1:]
            )
        return figures
    finally:
        for box, api in stores.values():
            api.close()
            box.close()
