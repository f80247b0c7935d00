"""``lox24 sms send|list|show``: single messages."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Annotated, Any

import typer

from ._errors import ExitCode, fail
from ._labels import DLR, SMS_STATUS, dlr_codes
from ._options import AtOption, InOption, JsonOption, LimitOption, delivery_time
from ._output import Column, labelled, show_list, show_one, when
from ._state import open_client
from ._times import parse_moment, start_of_today

app = typer.Typer(
    name="sms", help="Send, list and follow single SMS.", no_args_is_help=True, add_completion=False
)

LIST_COLUMNS = (
    Column("uuid", "UUID", width=36),
    Column("phone", "to", width=13),
    Column("sender_id", "from"),
    Column("created_at", "created", when),
    Column("status_code", "status", labelled(SMS_STATUS)),
    Column("dlr_code", "delivery", labelled(DLR)),
    Column("price"),
)
DETAIL_ROWS = (
    Column("uuid", "UUID"),
    Column("phone", "to"),
    Column("sender_id", "from"),
    Column("text"),
    Column("parts_count", "parts"),
    Column("price"),
    Column("callback_data", "callback data"),
    Column("created_at", "created", when),
    Column("delivery_at", "due", when),
    Column("gateway_sent_at", "sent", when),
    Column("status_code", "status", labelled(SMS_STATUS)),
    Column("dlr_code", "delivery", labelled(DLR)),
)


@app.command(
    epilog='Example:  lox24 sms send --to +491701234567 --from MyShop --text "Your order shipped"'
    ' --at "2026-12-24 09:00 Europe/Berlin"'
)
def send(
    ctx: typer.Context,
    to: Annotated[str, typer.Option("--to", help="The recipient, e.g. +491701234567.")],
    sender: Annotated[
        str, typer.Option("--from", help="The sender id: a name (up to 11 chars) or a number.")
    ],
    text: Annotated[str, typer.Option(help="The message.")],
    at: AtOption = None,
    delay: InOption = None,
    callback_data: Annotated[
        str | None, typer.Option(help="Your reference, echoed in webhooks.", show_default=False)
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Validate and price only; send nothing.")
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Send one SMS now or later (--at / --in)."""
    due = delivery_time(at, delay)
    fields: dict[str, Any] = {"phone": to, "sender_id": sender, "text": text}
    if callback_data is not None:
        fields["callback_data"] = callback_data
    if due is not None:
        fields["delivery_at"] = due
    with open_client(ctx) as client:
        sms = client.sms.dry_run(**fields) if dry_run else client.sms.send(**fields)
    show_one(sms, DETAIL_ROWS, as_json=as_json)


@app.command(
    "list",
    epilog="Example:  lox24 sms list --today --status delivered,failed --json",
)
def list_sms(
    ctx: typer.Context,
    today: Annotated[bool, typer.Option("--today", help="Only SMS created today.")] = False,
    since: Annotated[
        str | None,
        typer.Option(
            help="Created at or after: a time, or a duration ago (2h).", show_default=False
        ),
    ] = None,
    until: Annotated[
        str | None,
        typer.Option(help="Created before: a time or a duration ago.", show_default=False),
    ] = None,
    status: Annotated[
        str | None,
        typer.Option(
            help="Delivery states, comma-separated: pending, delivered, expired, rejected, failed.",
            show_default=False,
        ),
    ] = None,
    to: Annotated[str | None, typer.Option("--to", help="Only to this number.")] = None,
    limit: LimitOption = 50,
    as_json: JsonOption = False,
) -> None:
    """List SMS, newest first."""
    filters = _list_filters(today=today, since=since, until=until, status=status, to=to)
    with open_client(ctx) as client:
        items = itertools.islice(client.sms.list(**filters), limit)
        show_list(items, LIST_COLUMNS, as_json=as_json)


@app.command(epilog="Example:  lox24 sms show 0f4c...-uuid --follow")
def show(
    ctx: typer.Context,
    uuid: Annotated[str, typer.Argument(help="The SMS's UUID.")],
    follow: Annotated[
        bool, typer.Option("--follow", "-f", help="Wait for its final delivery report.")
    ] = False,
    timeout: Annotated[float, typer.Option(help="Seconds to follow at most.")] = 600.0,
    poll_interval: Annotated[float, typer.Option(help="Seconds between reads.")] = 2.0,
    as_json: JsonOption = False,
) -> None:
    """Show one SMS; with --follow, wait until it is delivered, expired or rejected."""
    with open_client(ctx) as client:
        if not follow:
            sms = client.sms.get(uuid)
        else:
            from ._progress import state_progress  # noqa: PLC0415 - only --follow draws

            with state_progress() as progress:
                task = progress.add_task(f"SMS {uuid[:8]}", total=None, state="reading")

                def report(current: Any) -> None:
                    progress.update(task, state=_state_text(current))

                sms = client.sms.wait_for_delivery(
                    uuid, timeout=timeout, poll_interval=poll_interval, on_progress=report
                )
                progress.update(task, state=_state_text(sms))
    show_one(sms, DETAIL_ROWS, as_json=as_json)


def _state_text(sms: Any) -> str:
    status = labelled(SMS_STATUS)(_code(getattr(sms, "status_code", None)))
    delivery = labelled(DLR)(_code(getattr(sms, "dlr_code", None)))
    return f"status {status}, delivery {delivery}"


def _code(value: Any) -> Any:
    return int(value) if isinstance(value, int) else value


def _list_filters(
    *, today: bool, since: str | None, until: str | None, status: str | None, to: str | None
) -> dict[str, Any]:
    now = dt.datetime.now(dt.UTC)
    if today and since is not None:
        fail("give --today or --since, not both", ExitCode.USAGE)
    filters: dict[str, Any] = {"order_by": {"created_at": "desc"}}
    try:
        if today:
            filters["created_at_gte"] = start_of_today(now)
        elif since is not None:
            filters["created_at_gte"] = parse_moment(since, now=now)
        if until is not None:
            filters["created_at_lt"] = parse_moment(until, now=now)
        if status is not None:
            filters["dlr_code"] = dlr_codes(status)
    except ValueError as error:
        fail(str(error), ExitCode.USAGE)
    if to is not None:
        filters["phone"] = to
    return filters
