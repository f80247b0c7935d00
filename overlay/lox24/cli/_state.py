"""The options every API command shares, and the client built from them.

``--token`` and ``--base-url`` are options of the root command (``lox24 --token T sms list``)
and of every API command (``lox24 sms list --token T``); ``--json`` is an option of each command
that prints results, and of the root (``lox24 --json sms list``). A value given after the
command wins over one given before it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any

import typer
import typer.main

from ._errors import reported

if TYPE_CHECKING:
    import lox24

#: The name of the ``--json`` parameter of the commands that print results.
JSON_PARAMETER = "as_json"


@dataclass(frozen=True, repr=False)
class Settings:
    """Where and as whom the command talks to the API, and whether it prints JSON.

    The token is kept out of the repr: it is never printed.
    """

    token: str | None
    base_url: str | None
    as_json: bool = False

    def __repr__(self) -> str:
        return f"Settings(base_url={self.base_url!r}, as_json={self.as_json!r})"


def settings(ctx: typer.Context) -> Settings:
    """The settings the root command stored for its subcommands."""
    found = ctx.find_object(Settings)
    return found if found is not None else Settings(token=None, base_url=None)


@contextmanager
def open_client(ctx: typer.Context) -> Iterator[lox24.Client]:
    """A client for the command's settings; client errors become one line and an exit code."""
    import lox24  # noqa: PLC0415 - the client loads when a command talks to the API

    chosen = settings(ctx)
    with reported(), lox24.Client(chosen.token, base_url=chosen.base_url) as client:
        yield client


def add_connection_options(command: Any) -> None:
    """Give every command below ``command`` the root's options, after its name.

    ``--token`` and ``--base-url`` join the commands that lack them; a command that prints
    results (it has ``--json``) prints JSON when ``--json`` came before its name, too.
    """
    subcommands = getattr(command, "commands", None)
    if subcommands is not None:
        for sub in subcommands.values():
            add_connection_options(sub)
        return
    taken = {name for param in command.params for name in param.opts}
    for option in _connection_options():
        if not taken & set(option.opts):
            command.params.append(option)
    for param in command.params:
        if param.name == JSON_PARAMETER and param.callback is None:
            param.callback = _json_from_root


def _given_after(field: str) -> Any:
    """The callback of an option that, given after the command, wins over the root's value."""

    def store(ctx: typer.Context, value: str | None) -> str | None:
        if value:
            changed: dict[str, Any] = {field: value}
            ctx.obj = dataclasses.replace(settings(ctx), **changed)
        return value

    return store


def _connection(
    token: Annotated[
        str | None,
        typer.Option(
            callback=_given_after("token"),
            expose_value=False,
            help="The API token (here or before the command); better set LOX24_TOKEN.",
            show_default=False,
        ),
    ] = None,
    base_url: Annotated[
        str | None,
        typer.Option(
            callback=_given_after("base_url"),
            expose_value=False,
            help="The API address (here or before the command).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Declares the connection options that API commands take after their name."""


def _connection_options() -> list[Any]:
    """Fresh ``--token`` and ``--base-url`` options, built by Typer from :func:`_connection`."""
    holder = typer.Typer(add_completion=False)
    holder.command()(_connection)
    return list(typer.main.get_command(holder).params)


def _json_from_root(ctx: typer.Context, _param: Any, value: bool) -> bool:
    """``--json`` after the command, or before it (``lox24 --json sms list``)."""
    return value or settings(ctx).as_json
