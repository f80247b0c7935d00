"""Benchmarks, each reported as a ratio against a baseline measured in the same run.

    python scripts/bench.py [--quick]

1. Per-call overhead: ``client.call(get_group)`` against raw httpx (GET, ``response.json()``)
   on the same in-memory transport answering the same bytes.
2. Batch import memory: peak traced memory of ``import_phones`` while the input grows 8-fold,
   against a server that stores nothing (so only the client's memory is measured).
3. Batch import end to end: 100,000 phones into the in-process sandbox, with the time of the
   sandbox alone (the same batches posted with raw httpx) as the baseline.
"""

from __future__ import annotations

import argparse
import json
import time
import tracemalloc
from collections.abc import Callable, Iterator

import httpx

import lox24
from lox24.sandbox import Sandbox
from lox24_generated.api.groups import create_group, get_group
from lox24_generated.models import GroupWrite

TOKEN = "1234567:00000000000000000000000000000000"
GROUP = json.dumps({"@context": "/contexts/Group", "@id": "/groups/1", "@type": "Group", "id": 1,
                    "name": "Bench", "count_items": 0, "name_a": None}).encode()  # fmt: skip


def best_of(repeat: int, action: Callable[[], object], number: int) -> float:
    """The best mean seconds per call over ``repeat`` runs of ``number`` calls."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        for _ in range(number):
            action()
        best = min(best, (time.perf_counter() - started) / number)
    return best


def call_overhead(number: int) -> None:
    """Client call vs raw httpx on the same transport."""
    transport = httpx.MockTransport(
        lambda _: httpx.Response(
            200, content=GROUP, headers={"Content-Type": "application/ld+json"}
        )
    )
    raw = httpx.Client(base_url="http://bench", transport=transport)
    client = lox24.Client(TOKEN, base_url="http://bench", transport=transport)
    baseline = best_of(
        5, lambda: raw.get("/groups/1", headers={"X-LOX24-AUTH-TOKEN": TOKEN}).json(), number
    )
    measured = best_of(5, lambda: client.call(get_group, id=1), number)
    print(f"call overhead      raw httpx {baseline * 1e6:8.1f} us/call   client {measured * 1e6:8.1f} us/call"
          f"   ratio {measured / baseline:5.2f}x")  # fmt: skip


def forgetful_batch_server(request: httpx.Request) -> httpx.Response:
    """Answers a batch like the API but keeps nothing, so memory measured is the client's."""
    items = json.loads(request.content)
    members = [
        {"status": 201, "body": {"id": str(i), "phone": item["phone"]}}
        for i, item in enumerate(items)
    ]
    body = json.dumps({"hydra:member": members, "hydra:totalItems": len(members)}).encode()
    return httpx.Response(201, content=body, headers={"Content-Type": "application/ld+json"})


def numbers(count: int) -> Iterator[str]:
    """A stream of distinct numbers, never held in memory."""
    return (f"+49151{i:08d}" for i in range(count))


def import_memory(sizes: list[int]) -> None:
    """Peak memory of a streamed import as the input grows."""
    client = lox24.Client(
        TOKEN, base_url="http://bench", transport=httpx.MockTransport(forgetful_batch_server)
    )
    peaks = []
    for size in sizes:
        tracemalloc.start()
        results = sum(
            1 for _ in client.import_phones(1, numbers(size), chunk_size=1000, concurrency=4)
        )
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        assert results == size
        peaks.append(peak)
        print(f"import memory      {size:>8,} phones   {results:>8,} results   peak {peak / 2**20:6.2f} MiB"
              f"   ratio to smallest {peak / peaks[0]:5.2f}x")  # fmt: skip


def import_end_to_end(count: int) -> None:
    """Client import into the sandbox vs the same batches posted with raw httpx."""
    chunk = [{"phone": n} for n in numbers(1000)]
    sandbox = Sandbox(block_bad_auth=False)
    raw = httpx.Client(
        base_url="http://sandbox",
        transport=sandbox.transport(),
        headers={"X-LOX24-AUTH-TOKEN": sandbox.token},
    )
    group_id = raw.post("/groups", json={"name": "raw"}).json()["id"]
    started = time.perf_counter()
    for _ in range(count // 1000):
        raw.post(f"/groups/{group_id}/phones/batch", json=chunk).raise_for_status()
    baseline = time.perf_counter() - started
    with lox24.Client(
        sandbox.token, base_url="http://sandbox", transport=sandbox.transport()
    ) as client:
        group = client.call(create_group, body=GroupWrite(name="bench"))
        started = time.perf_counter()
        results = list(
            client.import_phones(group.id, numbers(count), chunk_size=1000, concurrency=4)
        )
        measured = time.perf_counter() - started
        stored = client.call(get_group, id=group.id).count_items
    created = sum(r.ok for r in results)
    print(
        f"import end to end  {count:,} phones: {len(results):,} results, {created:,} created, group holds {stored:,}"
    )
    print(
        f"                   raw httpx {baseline:6.2f}s   client {measured:6.2f}s   ratio {measured / baseline:5.2f}x"
    )
    sandbox.close()


def main() -> None:
    """Run every benchmark and print the ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes, for a smoke run")
    args = parser.parse_args()
    call_overhead(number=300 if args.quick else 3000)
    import_memory([5_000, 10_000, 20_000] if args.quick else [25_000, 50_000, 100_000, 200_000])
    import_end_to_end(10_000 if args.quick else 100_000)


if __name__ == "__main__":
    main()
