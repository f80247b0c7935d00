"""The root of the ``lox24`` command: global options and the command groups."""

from __future__ import annotations

from importlib import metadata
from typing import Annotated

import typer

from . import _bulks, _demo, _groups, _misc, _sandbox, _sms
from ._state import Settings

app = typer.Typer(
    name="lox24",
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
    version: Annotated[
        bool | None,
        typer.Option(
            "--version", callback=_show_version, is_eager=True, help="Show the version and exit."
        ),
    ] = None,
) -> None:
    """Keep the connection settings for the subcommands."""
    ctx.obj = Settings(token=token or None, base_url=base_url or None)


app.add_typer(_sms.app)
app.add_typer(_groups.app)
app.add_typer(_bulks.app)
app.command(epilog="Example:  lox24 account --json")(_misc.account)
app.add_typer(_misc.blocked)
app.add_typer(_misc.incomings)
app.add_typer(_sandbox.app)
app.command(epilog="Example:  lox24 demo --phones 50000")(_demo.demo)
