"""The options every API command shares, and the client built from them."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import typer

import lox24

from ._errors import reported


@dataclass(frozen=True, repr=False)
class Settings:
    """Where and as whom the command talks to the API.

    The token is kept out of the repr: it is never printed.
    """

    token: str | None
    base_url: str | None

    def __repr__(self) -> str:
        return f"Settings(base_url={self.base_url!r})"


def settings(ctx: typer.Context) -> Settings:
    """The settings the root command stored for its subcommands."""
    found = ctx.find_object(Settings)
    return found if found is not None else Settings(token=None, base_url=None)


@contextmanager
def open_client(ctx: typer.Context) -> Iterator[lox24.Client]:
    """A client for the command's settings; client errors become one line and an exit code."""
    chosen = settings(ctx)
    with reported(), lox24.Client(chosen.token, base_url=chosen.base_url) as client:
        yield client
