"""``lox24 account``, ``lox24 blocked list|add|remove`` and ``lox24 incomings list``."""

from __future__ import annotations

import itertools
from typing import Annotated

import typer

from ._errors import ExitCode, fail
from ._labels import BLOCKED_TYPE
from ._options import JsonOption, LimitOption
from ._output import Column, labelled, show_list, show_one, when
from ._state import open_client

blocked = typer.Typer(
    name="blocked",
    help="Numbers that never receive your SMS.",
    no_args_is_help=True,
    add_completion=False,
)
incomings = typer.Typer(
    name="incomings", help="SMS sent to your account.", no_args_is_help=True, add_completion=False
)

ACCOUNT_ROWS = (
    Column("id", "customer"),
    Column("balance_amount", "balance"),
    Column("currency"),
    Column("balance_changed_at", "balance changed", when),
    Column("services"),
    Column("is_text_deleted", "texts deleted"),
)
BLOCKED_COLUMNS = (
    Column("id"),
    Column("number", width=13),
    Column("type", "type", labelled(BLOCKED_TYPE)),
    Column("added_at", "added", when),
)
INCOMING_COLUMNS = (
    Column("uuid", "UUID", width=36),
    Column("received_at", "received", when),
    Column("from", width=13),
    Column("to"),
    Column("text"),
    Column("msg_uuid", "reply to"),
)


def account(ctx: typer.Context, as_json: JsonOption = False) -> None:
    """Show the account: balance, currency and services.

    Example:  lox24 account --json
    """
    with open_client(ctx) as client:
        found = client.account.get()
    show_one(found, ACCOUNT_ROWS, as_json=as_json)


@blocked.command("list", epilog="Example:  lox24 blocked list --json")
def list_blocked(ctx: typer.Context, limit: LimitOption = 100, as_json: JsonOption = False) -> None:
    """List blocked numbers."""
    with open_client(ctx) as client:
        items = itertools.islice(client.blocked_numbers.list(), limit)
        show_list(items, BLOCKED_COLUMNS, as_json=as_json)


@blocked.command(epilog="Example:  lox24 blocked add +491701234567")
def add(
    ctx: typer.Context,
    number: Annotated[str, typer.Argument(help="The number, e.g. +491701234567.")],
    as_json: JsonOption = False,
) -> None:
    """Block a number: SMS to it are refused from now on."""
    with open_client(ctx) as client:
        created = client.blocked_numbers.create(number=number)
    show_one(created, BLOCKED_COLUMNS, as_json=as_json)


@blocked.command(epilog="Example:  lox24 blocked remove +491701234567")
def remove(
    ctx: typer.Context,
    entry: Annotated[
        str,
        typer.Argument(
            help="The number as 'blocked add' took it (+491701234567), or the entry's id "
            "(see 'blocked list').",
            show_default=False,
        ),
    ],
) -> None:
    """Unblock a number, given as the number itself or as its entry's id."""
    with open_client(ctx) as client:
        ids = [found.id for found in client.blocked_numbers.list(number=entry)]
        if not ids and entry.isdigit():
            ids = [int(entry)]  # an id; a missing one is the API's 404
        if not ids:
            fail(f"{entry} is not blocked (see 'blocked list')", ExitCode.API)
        for found in ids:
            client.blocked_numbers.delete(found)
            shown = f"entry {found}" if str(found) == entry else f"{entry} (entry {found})"
            typer.echo(f"unblocked {shown}", err=True)


@incomings.command("list", epilog="Example:  lox24 incomings list -n 20")
def list_incomings(
    ctx: typer.Context, limit: LimitOption = 50, as_json: JsonOption = False
) -> None:
    """List SMS received by the account, newest first."""
    with open_client(ctx) as client:
        items = itertools.islice(client.incomings.list(), limit)
        show_list(items, INCOMING_COLUMNS, as_json=as_json)
