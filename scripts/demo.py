"""The lox24 demo: a group, 10,000 phones, one bulk to the group, followed to its end.

    python scripts/demo.py                       # against an in-process sandbox
    python scripts/demo.py --url http://127.0.0.1:8024 --token TOKEN   # against a running one

Only the public API of ``lox24`` is used, exactly as an application would.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterator

import lox24
from lox24.sandbox import Sandbox
from lox24_generated.api.account import get_account
from lox24_generated.api.bulks import create_bulk
from lox24_generated.api.groups import create_group, get_group
from lox24_generated.models import BulkStatus, BulkWrite, GroupWrite

SANDBOX_URL = "http://sandbox.lox24.test"
STATES = {
    0: "queued",
    5: "processing",
    10: "processed",
    15: "cancelled",
    20: "failed",
    201: "no recipients",
}


def phones(count: int) -> Iterator[dict[str, str]]:
    """A stream of distinct German mobile numbers with a first name in column A."""
    names = ("Anna", "Ben", "Clara", "David", "Emma", "Felix", "Greta", "Hannah")
    for i in range(count):
        yield {"phone": f"+49151{i:08d}", "a": names[i % len(names)]}


def main() -> int:
    """Run the demo; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--url", help="a running sandbox (or the real API); default: in-process sandbox"
    )
    parser.add_argument("--token", help="the token for --url")
    parser.add_argument("--phones", type=int, default=10_000, help="how many phones to import")
    args = parser.parse_args()
    if args.url:
        client = lox24.Client(args.token, base_url=args.url)
    else:
        sandbox = Sandbox()
        client = lox24.Client(sandbox.token, base_url=SANDBOX_URL, transport=sandbox.transport())
    with client:
        return run(client, args.phones)


def run(client: lox24.Client, count: int) -> int:
    """Create the group, import, send the bulk, wait, and summarise."""
    started = time.perf_counter()
    account = client.call(get_account)
    print(f"account {account.id}: balance {account.balance_amount} {account.currency}")
    group = client.call(create_group, body=GroupWrite(name="Demo customers", name_a="first name"))
    print(f"created group {group.id} ({lox24.iri(group)})")

    import_started = time.perf_counter()
    created = refused = 0
    first_problem: lox24.PhoneImportResult | None = None
    for result in client.import_phones(group.id, phones(count), chunk_size=1000, concurrency=4):
        if result.ok:
            created += 1
        else:
            refused += 1
            first_problem = first_problem or result
        if (result.index + 1) % 2000 == 0:
            print(f"  imported {result.index + 1:>6,} of {count:,}")
    import_seconds = time.perf_counter() - import_started
    stored = client.call(get_group, id=group.id).count_items
    print(
        f"import: {created:,} created, {refused:,} refused in {import_seconds:.2f}s; group holds {stored:,}"
    )
    if first_problem is not None:
        print(f"  first refusal: item {first_problem.index}: {first_problem.error}")

    bulk = client.call(
        create_bulk,
        body=BulkWrite(
            sender_id="lox24demo",
            text="Hello [Name colA], our sale starts today!",
            msg_groups=[group.id],
        ),
    )
    print(f"created bulk {bulk.uuid}")
    final = client.wait_for_bulk(
        bulk.uuid, timeout=120, poll_interval=0.5, on_progress=show_progress
    )

    print("\nsummary")
    print(f"  phones imported   {created:,} of {count:,} ({refused:,} refused, none lost)")
    print(
        f"  bulk              {final.uuid}: {STATES.get(int(final.status_code), final.status_code)}"
    )
    print(f"  messages          {final.msg_total_count:,}, cost {final.msg_total_cost}")
    print(f"  total time        {time.perf_counter() - started:.2f}s")
    ok = created + refused == count and stored == created and final.msg_total_count == created
    return 0 if ok else 1


def show_progress(status: BulkStatus) -> None:
    """Print one line per poll of the bulk."""
    state = STATES.get(int(status.status_code), str(status.status_code))
    print(f"  bulk {state:<11} {status.msg_total_count:>6,} messages", flush=True)


if __name__ == "__main__":
    sys.exit(main())
