"""The root of the ``lox24`` command: global options, and the commands, each loaded when it runs.

``lox24 --help`` and shell completion list the commands from :data:`COMMANDS` alone; a command's
module is imported only when that command runs (or shows its own help), so the command starts
quickly however many commands there are.
"""

from __future__ import annotations

from typing import Annotated, Any

import typer

from ._lazy import Entry, LazyGroup
from ._options import JsonOption
from ._state import Settings, add_connection_options

#: Every command, in the order ``lox24 --help`` lists them.
COMMANDS = (
    Entry("sms", "lox24.cli._sms", "app", "Send, list and follow single SMS."),
    Entry("groups", "lox24.cli._groups", "app", "Contact groups and their phones."),
    Entry("bulks", "lox24.cli._bulks", "app", "Send one text to groups, and follow it."),
    Entry(
        "account",
        "lox24.cli._misc",
        "account",
        "Show the account: balance, currency and services.",
        epilog="Example:  lox24 account --json",
    ),
    Entry("blocked", "lox24.cli._misc", "blocked", "Numbers that never receive your SMS."),
    Entry("incomings", "lox24.cli._misc", "incomings", "SMS sent to your account."),
    Entry("sandbox", "lox24.cli._sandbox", "app", "The local LOX24 sandbox.", api=False),
    Entry(
        "demo",
        "lox24.cli._demo",
        "demo",
        "Run the tour: a group, thousands of phones, one bulk, followed to its end.",
        epilog="Example:  lox24 demo --phones 50000",
        api=False,
    ),
)


class Root(LazyGroup):
    """The ``lox24`` group: the commands of :data:`COMMANDS`, loaded when they run."""

    entries = COMMANDS

    def prepare(self, entry: Entry, command: Any) -> None:
        """API commands take --token and --base-url after their name too."""
        if entry.api:
            add_connection_options(command)


app = typer.Typer(
    name="lox24",
    cls=Root,
    help=(
        "Send SMS, manage groups and follow bulks with the LOX24 API, from a terminal.\n\n"
        "The token comes from LOX24_TOKEN (or --token); LOX24_BASE_URL points the command at "
        "another address, e.g. a sandbox started with 'lox24 sandbox serve'."
    ),
    epilog="Example:  LOX24_TOKEN=... lox24 sms send --to +491701234567 --from MyShop --text Hi",
    no_args_is_help=True,
    # Tracebacks with local variables could show the token; errors are one line instead.
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _show_version(value: bool | None) -> None:
    if value:
        from importlib import metadata  # noqa: PLC0415 - costs more than the rest of the help

        typer.echo(f"lox24 {metadata.version('lox24')}")
        raise typer.Exit


@app.callback()
def root(
    ctx: typer.Context,
    token: Annotated[
        str | None,
        typer.Option(
            envvar="LOX24_TOKEN",
            help="The API token; better set LOX24_TOKEN. Never printed.",
            show_default=False,
            show_envvar=True,
        ),
    ] = None,
    base_url: Annotated[
        str | None,
        typer.Option(
            envvar="LOX24_BASE_URL",
            help="The API address (default https://api.lox24.eu).",
            show_default=False,
            show_envvar=True,
        ),
    ] = None,
    as_json: JsonOption = False,
    version: Annotated[
        bool | None,
        typer.Option(
            "--version", callback=_show_version, is_eager=True, help="Show the version and exit."
        ),
    ] = None,
) -> None:
    """Keep the connection settings for the subcommands."""
    ctx.obj = Settings(token=token or None, base_url=base_url or None, as_json=as_json)
