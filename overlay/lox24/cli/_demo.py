"""``lox24 demo``: a tour of the client against the sandbox, with live progress bars.

It creates a group, streams thousands of phones into it, sends one bulk to the group and
follows it to the end, then checks that nothing was lost. By default it runs against an
in-process sandbox; ``--url``/``--token`` point it at a served sandbox (or the real API).
``--serve`` then keeps the in-process sandbox up over HTTP, with the bulk's SMS in the inbox.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import ExitStack
from typing import Annotated, Any

import typer

import lox24

from ._console import stderr, stdout
from ._errors import ExitCode, fail, reported
from ._labels import BULK_STATUS
from ._progress import count_progress, import_progress

_NAMES = ("Anna", "Ben", "Clara", "David", "Emma", "Felix", "Greta", "Hannah")


def phones(count: int) -> Iterator[dict[str, str]]:
    """A stream of distinct German mobile numbers with a first name in column A."""
    for i in range(count):
        yield {"phone": f"+49151{i:08d}", "a": _NAMES[i % len(_NAMES)]}


def demo(
    count: Annotated[
        int, typer.Option("--phones", min=1, help="How many phones to import.")
    ] = 10_000,
    url: Annotated[
        str | None, typer.Option(help="A served sandbox or the API; default: in-process sandbox.")
    ] = None,
    token: Annotated[
        str | None,
        typer.Option(envvar="LOX24_TOKEN", help="The token for --url.", show_default=False),
    ] = None,
    serve: Annotated[
        bool,
        typer.Option(
            "--serve", help="Then serve the demo's sandbox on loopback: its inbox shows the SMS."
        ),
    ] = False,
    port: Annotated[int, typer.Option(help="The port --serve binds on 127.0.0.1.")] = 8024,
) -> None:
    """Run the tour: a group, thousands of phones, one bulk, followed to its end.

    Example:  lox24 demo --phones 50000 --serve
    """
    if serve and url is not None:
        fail("--serve serves the demo's own sandbox; it does not go with --url", ExitCode.USAGE)
    with ExitStack() as stack, reported():
        sandbox = None if url is not None else stack.enter_context(_sandbox())
        client = stack.enter_context(_client(sandbox, url, token))
        ok = _tour(client, count)
        if sandbox is not None:
            _closing(sandbox, serve=serve, port=port)
    if not ok:
        raise typer.Exit(int(ExitCode.PARTIAL))


def _sandbox() -> Any:
    from lox24.sandbox import Sandbox  # noqa: PLC0415 - only the default needs it

    # A balance that covers the bulk, however many phones are asked for.
    stderr.print("[dim]Running against an in-process sandbox.[/]")
    return Sandbox(balance=1_000_000.0)


def _client(sandbox: Any, url: str | None, token: str | None) -> lox24.Client:
    if sandbox is None:
        return lox24.Client(token, base_url=url)
    return lox24.Client(**sandbox.client_settings())


def _closing(sandbox: Any, *, serve: bool, port: int) -> None:
    """Say where to see the demo's SMS; with ``serve``, serve them until interrupted."""
    inbox = f"http://127.0.0.1:{port}/"
    if not serve:
        stdout.print(
            f"\nSee every SMS of a run in a browser: [bold]lox24 demo --serve[/], then open {inbox}"
        )
        return
    from lox24.sandbox._serve import serve as serve_sandbox  # noqa: PLC0415

    stdout.print(
        f"\nThe demo's SMS are in the inbox at [bold]{inbox}[/]; Ctrl-C stops the sandbox."
    )
    serve_sandbox(sandbox, host="127.0.0.1", port=port)


def _tour(client: lox24.Client, count: int) -> bool:
    started = time.perf_counter()
    account = client.account.get()
    stdout.print(
        f"Account [bold]{account.id}[/]: balance {account.balance_amount:,.2f} {account.currency}"
    )
    group = client.groups.create(name="Demo customers", name_a="first name")
    stdout.print(f"Created group [bold]{group.id}[/] ({lox24.iri(group)})")
    created, refused = _import(client, int(group.id), count)
    stored = client.groups.get(group.id).count_items
    bulk = client.bulks.create(
        sender_id="lox24demo",
        text="Hello [Name colA], our sale starts today!",
        msg_groups=[group.id],
    )
    final = _follow(client, str(bulk.uuid), created)
    _summary(
        count=count,
        created=created,
        refused=refused,
        stored=stored,
        final=final,
        seconds=time.perf_counter() - started,
    )
    return created + refused == count and stored == created and final.msg_total_count == created


def _import(client: lox24.Client, group_id: int, count: int) -> tuple[int, int]:
    created = refused = 0
    with import_progress() as progress:
        task = progress.add_task("Importing phones", total=count, refused=0)
        for result in client.phones.import_many(
            group_id, phones(count), chunk_size=1000, concurrency=4
        ):
            if result.ok:
                created += 1
            else:
                refused += 1
            if (created + refused) % 250 == 0:
                progress.update(task, completed=created + refused, refused=refused)
        progress.update(task, completed=created + refused, refused=refused)
    return created, refused


def _follow(client: lox24.Client, bulk_id: str, expected: int) -> Any:
    with count_progress("msgs") as progress:
        task = progress.add_task("Sending the bulk", total=expected, state="queued")

        def report(status: Any) -> None:
            progress.update(
                task,
                completed=status.msg_total_count,
                state=BULK_STATUS.get(int(status.status_code), str(status.status_code)),
            )

        final = client.bulks.wait(bulk_id, timeout=300, poll_interval=0.25, on_progress=report)
        report(final)
    return final


def _summary(
    *, count: int, created: int, refused: int, stored: Any, final: Any, seconds: float
) -> None:
    state = BULK_STATUS.get(int(final.status_code), str(final.status_code))
    stdout.print("\n[bold]Summary[/]")
    stdout.print(f"  phones imported  {created:,} of {count:,} ({refused:,} refused, none lost)")
    stdout.print(f"  group holds      {stored:,}")
    stdout.print(f"  bulk             {final.uuid}: {state}")
    stdout.print(f"  messages         {final.msg_total_count:,}, cost {final.msg_total_cost}")
    stdout.print(f"  total time       {seconds:.1f} s")
