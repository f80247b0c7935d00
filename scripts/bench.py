"""Benchmarks: every figure as the project's number, a baseline's, and their ratio.

    python scripts/bench.py [--quick] [--rounds N] [--only NAME,NAME]

Each figure pairs the project with the code a user would write instead (or with Prism, or with a
smaller input), measured in the same run in interleaved rounds; the table shows min / median /
max of each side and of the ratio, with the load average. The figures:

- the client (``bench_client``): per-call overhead against raw httpx, sync and async, on an
  in-process transport; a namespace call against ``client.call``; parsing a 100-SMS page into
  models against ``json.loads`` and reading every field; paginating 10,000 SMS against a hand
  page loop; importing 100,000 phones against 4 threads posting the same chunks, against a
  server that stores nothing;
- fresh interpreters (``bench_process``): peak RSS of an import of 1,000,000 phones against
  100,000; ``import lox24`` against ``import httpx``; traced memory of an import as the input
  grows 8-fold; an import into the in-process sandbox against raw httpx batches;
- the command (``bench_cli``): ``lox24 --help`` and ``lox24 sms list --help`` cold, bytecode
  compiled, against ``python -c 'import httpx'``;
- loopback HTTP (``bench_servers``): the sandbox served by uvicorn against Stoplight Prism
  mocking the same spec, in requests per second from ``wrk``, for GET /groups, GET /sms/{uuid}
  and POST /sms; the latency of one page of GET /sms with 1,000, 10,000 and 100,000 SMS stored;
- the webhook receiver (``bench_receiver``): events per second through ``Receiver.asgi_app()``
  with each store (memory, SQLite, Redis) and a plain or a coroutine handler, against a bare
  Starlette endpoint answering 200, both under uvicorn and loaded by ``wrk`` from 4 and 16
  connections;
- the in-process sandbox (``bench_sandbox_queries``): a page of GET /sms after a write, for every
  filter and order the spec declares, at 10,000 and 100,000 SMS stored against 1,000; a bulk to
  a group of 100,000 phones against 10,000 until processed;
- the sandbox under load (``bench_sandbox_load``): a mixed workload with phone searches and POST
  /sms against Prism from ``wrk``, in requests per second and p99 latency.

Prism is installed from the npm registry into a temporary folder and ``wrk`` from the machine's
packages; where one cannot be had, its figures say so and are skipped. Timing is never asserted
in the test suite: this script only reports.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_cli as cli
import bench_client as client
import bench_process as process
import bench_receiver as receiver
import bench_sandbox_load as load
import bench_sandbox_queries as queries
import bench_servers as servers
from bench_samples import Samples, take_samples
from bench_stats import Figure, table


@dataclass(frozen=True)
class Sizes:
    """How much work each figure does; ``--quick`` shrinks everything for a smoke run."""

    calls: int = 2000
    pages: int = 200
    imported: int = 100_000
    rss_big: int = 1_000_000
    rss_small: int = 100_000
    traced: tuple[int, int] = (100_000, 12_500)
    wrk_seconds: int = 3
    stored: tuple[int, ...] = (1_000, 10_000, 100_000)
    latency_requests: int = 20


QUICK = Sizes(
    calls=200,
    pages=20,
    imported=10_000,
    rss_big=100_000,
    rss_small=10_000,
    traced=(20_000, 2_500),
    wrk_seconds=1,
    stored=(100, 1_000, 10_000),
    latency_requests=5,
)


def plan(
    samples: Samples, sizes: Sizes, rounds: int
) -> list[tuple[str, Callable[[], list[Figure]]]]:
    """Every figure group, by name, as a thunk that measures it."""
    r, s = rounds, sizes
    return [
        ("call overhead sync", lambda: [client.call_overhead_sync(samples, r, s.calls)]),
        ("call overhead async", lambda: [client.call_overhead_async(samples, r, s.calls)]),
        ("namespace vs call", lambda: [client.namespace_vs_call(samples, r, s.calls)]),
        ("client.call vs raw", lambda: [client.client_call_overhead(samples, r, s.calls)]),
        ("parse page", lambda: [client.parse_page(samples, r, s.pages)]),
        ("paginate sync", lambda: [client.paginate_sync(samples, r)]),
        ("paginate async", lambda: [client.paginate_async(samples, r)]),
        ("import vs threads", lambda: [client.import_vs_threads(samples, r, s.imported)]),
        ("peak rss", lambda: [process.import_peak_memory(samples, r, s.rss_big, s.rss_small)]),
        ("import time", lambda: [process.import_time(r)]),
        ("cli cold start", lambda: cli.cold_start(max(r, 10))),
        ("traced memory", lambda: [process.import_traced_memory(samples, r, *s.traced)]),
        ("import into sandbox", lambda: [process.import_into_sandbox(r, s.imported)]),
        ("sandbox vs prism", lambda: servers.throughput_vs_prism(r, s.wrk_seconds)),
        ("page latency", lambda: servers.page_latency(r, s.stored, s.latency_requests)),
        ("receiver", lambda: receiver.receiver_vs_bare(r, s.wrk_seconds)),
        ("sandbox queries", lambda: queries.filtered_pages(r, s.stored, s.latency_requests)),
        ("sandbox load", lambda: load.under_load(r, s.wrk_seconds, s.stored[-1])),
        ("sandbox bulk", lambda: [load.bulk_growth(r, s.stored[-1], s.stored[-2])]),
    ]


def main() -> None:
    """Measure the figures asked for and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    parser.add_argument("--rounds", type=int, default=5, help="interleaved rounds (default 5)")
    parser.add_argument(
        "--only", default="", help="only the figure groups whose name has one of these (a,b)"
    )
    args = parser.parse_args()
    sizes = QUICK if args.quick else Sizes()
    figures: list[Figure] = []
    loads = [os.getloadavg()[0]]
    for name, measure in plan(take_samples(), sizes, args.rounds):
        if args.only and not any(part in name for part in args.only.split(",")):
            continue
        print(f"bench: {name} (load {os.getloadavg()[0]:.2f})", file=sys.stderr, flush=True)
        figures += measure()
        loads.append(os.getloadavg()[0])
    print(table(figures, args.rounds))
    print(f"1-minute load average during the run: {min(loads):.2f} to {max(loads):.2f}")


if __name__ == "__main__":
    main()
