"""``lox24 bulks create|follow|list``: one text to whole groups."""

from __future__ import annotations

import itertools
from typing import Annotated, Any

import typer

from ._labels import BULK_STATUS
from ._options import AtOption, InOption, JsonOption, LimitOption, delivery_time
from ._output import Column, labelled, show_list, show_one, when
from ._state import open_client

app = typer.Typer(
    name="bulks",
    help="Send one text to groups, and follow it.",
    no_args_is_help=True,
    add_completion=False,
)

COLUMNS = (
    Column("uuid", "UUID", width=36),
    Column("created_at", "created", when),
    Column("status_code", "status", labelled(BULK_STATUS)),
    Column("msg_total_count", "messages"),
    Column("msg_total_cost", "cost"),
)
DETAIL_ROWS = (
    Column("uuid", "UUID"),
    Column("sender_id", "from"),
    Column("text"),
    Column("msg_groups", "groups"),
    Column("created_at", "created", when),
    Column("delivery_at", "due", when),
    Column("processed_at", "processed", when),
    Column("status_code", "status", labelled(BULK_STATUS)),
    Column("msg_total_count", "messages"),
    Column("msg_total_cost", "cost"),
    Column("is_dryrun", "dry run"),
)


@app.command(
    epilog='Example:  lox24 bulks create --group 42 --from MyShop --text "Sale today!" --in 1h'
)
def create(
    ctx: typer.Context,
    group: Annotated[list[int], typer.Option("--group", help="A group id (repeatable).")],
    text: Annotated[str, typer.Option(help="The message; [Name colA] etc. are filled per phone.")],
    sender: Annotated[
        str, typer.Option("--from", help="The sender id: a name (up to 11 chars) or a number.")
    ],
    at: AtOption = None,
    delay: InOption = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Validate and count only; send nothing.")
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Send one text to every phone of the groups."""
    due = delivery_time(at, delay)
    fields: dict[str, Any] = {"sender_id": sender, "text": text, "msg_groups": list(group)}
    if due is not None:
        fields["delivery_at"] = due
    with open_client(ctx) as client:
        bulk = client.bulks.dry_run(**fields) if dry_run else client.bulks.create(**fields)
    show_one(bulk, DETAIL_ROWS, as_json=as_json)


@app.command(epilog="Example:  lox24 bulks follow 1b2c...-uuid")
def follow(
    ctx: typer.Context,
    bulk: Annotated[str, typer.Argument(help="The bulk's UUID.", show_default=False)],
    timeout: Annotated[float, typer.Option(help="Seconds to follow at most.")] = 3600.0,
    poll_interval: Annotated[float, typer.Option(help="Seconds between reads.")] = 1.0,
    as_json: JsonOption = False,
) -> None:
    """Follow a bulk with a progress bar until it is processed (or cancelled, or failed)."""
    from ._progress import count_progress  # noqa: PLC0415 - only following draws a bar

    with open_client(ctx) as client:
        total = _recipients(client, bulk)
        with count_progress("msgs") as progress:
            task = progress.add_task("bulk " + bulk[:8], total=total, state="reading")

            def report(status: Any) -> None:
                progress.update(task, completed=_count(status), state=_state(status))

            final = client.bulks.wait(
                bulk, timeout=timeout, poll_interval=poll_interval, on_progress=report
            )
            done = _count(final)
            progress.update(task, total=max(done, total or 0), completed=done, state=_state(final))
    show_one(final, DETAIL_ROWS, as_json=as_json)


@app.command("list", epilog="Example:  lox24 bulks list -n 10")
def list_bulks(ctx: typer.Context, limit: LimitOption = 50, as_json: JsonOption = False) -> None:
    """List bulks, newest first."""
    with open_client(ctx) as client:
        items = itertools.islice(client.bulks.list(order_by={"created_at": "desc"}), limit)
        show_list(items, COLUMNS, as_json=as_json)


def _recipients(client: Any, bulk_id: str) -> int | None:
    """How many messages the bulk will have: its phones plus its groups' phones."""
    bulk = client.bulks.get(bulk_id)
    phones = getattr(bulk, "phones", None)
    total = len(phones) if isinstance(phones, list) else 0
    for group in getattr(bulk, "msg_groups", None) or []:
        count = getattr(client.groups.get(_group_id(group)), "count_items", None)
        if not isinstance(count, int):
            return None
        total += count
    return total


def _group_id(group: Any) -> int:
    return int(str(group).rstrip("/").rsplit("/", 1)[-1])


def _count(status: Any) -> int:
    count = getattr(status, "msg_total_count", 0)
    return count if isinstance(count, int) else 0


def _state(status: Any) -> str:
    code = getattr(status, "status_code", None)
    return BULK_STATUS.get(int(code), str(code)) if isinstance(code, int) else ""
