"""Commands loaded when they run: ``lox24 --help`` imports no command's module.

The root group knows each command by an :class:`Entry`: its name, the module and attribute that
define it, and the one line its help list shows. Running a command (or its ``--help``, or
completing its options) imports its module and builds it; listing the commands, for the root's
help or for shell completion, uses the entries alone. A test checks that each entry's line is
the first line of its command's own help, so the list cannot drift from the commands.

A group's own options are read before its command runs, even when that command only shows its
help. An option left out, or a flag, has a final value already, which is taken as it is without
building the type's converter (which some Typer versions build with pydantic at a cost of a
tenth of a second): ``lox24 sms list --help`` starts as quickly as ``lox24 --help``.
"""

from __future__ import annotations

import difflib
import importlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, ClassVar

import typer
import typer.core
import typer.main

#: Typer's context; annotated ``Any`` where the methods of Typer's own click copy are overridden.
Context = Any


@dataclass(frozen=True)
class Entry:
    """One command of the root group, known before its module is imported.

    Attributes:
        name: The command's name (``sms``).
        module: The module that defines it (``lox24.cli._sms``).
        attribute: A ``typer.Typer`` of subcommands, or a command function, in that module.
        summary: The line shown in the list of commands.
        epilog: The example shown below a command function's help.
        api: Whether the command talks to the API (and so takes the connection options).

    """

    name: str
    module: str
    attribute: str
    summary: str
    epilog: str | None = None
    api: bool = True

    def load(self) -> Any:
        """Import the module and build the click command it defines."""
        target = getattr(importlib.import_module(self.module), self.attribute)
        if isinstance(target, typer.Typer):  # a group, even of one command (sandbox serve)
            return typer.main.get_group(target)
        single = typer.Typer(add_completion=False)  # a command function: a Typer of one command
        single.command(self.name, epilog=self.epilog)(target)
        return typer.main.get_command(single)


class FinalAsIs(typer.core.TyperOption):
    """An option whose value needs no conversion is taken as is, without building a converter.

    A left-out single optional value is ``None`` whatever the type, and a flag's value is
    already ``True`` or ``False``; only the converter's construction is skipped. Any other
    value converts as usual.
    """

    def process_value(self, ctx: Context, value: Any) -> Any:
        """The value through its callback, converted only when it is not already final."""
        single = not (self.required or self.multiple or self.count) and self.nargs == 1
        final = value is None or (self.is_flag and isinstance(value, bool))
        if not (single and final):
            return super().process_value(ctx, value)
        return self.callback(ctx, self, value) if self.callback is not None else value


def take_final_values_as_is(command: Any, ctx: Context) -> None:
    """Make ``command``'s options, and those of every command below it, :class:`FinalAsIs`.

    ``ctx`` is the context ``command`` runs in; its help option is made for that context.
    """
    for param in command.get_params(ctx):
        if type(param) is typer.core.TyperOption:
            param.__class__ = FinalAsIs
    for name, sub in getattr(command, "commands", {}).items():
        take_final_values_as_is(
            sub, typer.Context(sub, info_name=name, parent=ctx, **sub.context_settings)
        )


class LazyGroup(typer.core.TyperGroup):
    """A Typer group whose :attr:`entries` are imported and built only when they run.

    Subclasses set ``entries`` and may override :meth:`prepare`, which sees each command once
    it is built (the root adds the options that every API command shares).
    """

    entries: ClassVar[tuple[Entry, ...]] = ()

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._listing = False
        self._built: dict[str, Any] = {}

    def prepare(self, entry: Entry, command: Any) -> None:
        """Adjust a command built from ``entry`` before it runs; nothing by default."""

    def list_commands(self, ctx: Context) -> list[str]:
        """The eagerly defined commands, then the lazy ones, in their declared order."""
        return [*super().list_commands(ctx), *(e.name for e in self.entries)]

    def get_command(self, ctx: Context, cmd_name: str) -> Any:
        """The command named ``cmd_name``: built from its module, or a summary while listing."""
        entry = next((e for e in self.entries if e.name == cmd_name), None)
        if entry is None:
            return super().get_command(ctx, cmd_name)
        if self._listing:
            return typer.core.TyperCommand(name=entry.name, help=entry.summary)
        if cmd_name not in self._built:  # built once per process
            command = entry.load()
            self.prepare(entry, command)
            settings = command.context_settings
            take_final_values_as_is(
                command, typer.Context(command, info_name=cmd_name, parent=ctx, **settings)
            )
            self._built[cmd_name] = command
        return self._built[cmd_name]

    def parse_args(self, ctx: Context, args: list[str]) -> list[str]:
        """Read the group's own options, taking the final values as they are."""
        take_final_values_as_is(self, ctx)  # idempotent: a changed option keeps its class
        return list(super().parse_args(ctx, args))

    def resolve_command(self, ctx: Context, args: list[str]) -> Any:
        """The command ``args`` name; a misspelt name is refused with the names it is close to."""
        names = self.list_commands(ctx)
        if args and args[0] not in names and not args[0].startswith("-"):
            close = difflib.get_close_matches(args[0], names)
            if close:
                suggestions = ", ".join(repr(name) for name in close)
                ctx.fail(f"No such command {args[0]!r}. Did you mean {suggestions}?")
        return super().resolve_command(ctx, args)

    def format_help(self, ctx: Context, formatter: Any) -> None:
        """The group's help: its options and the summary of each command, none imported."""
        with self._summaries():
            super().format_help(ctx, formatter)

    def shell_complete(self, ctx: Context, incomplete: str) -> list[Any]:
        """Complete command names from the summaries, without importing a command."""
        with self._summaries():
            return super().shell_complete(ctx, incomplete)

    @contextmanager
    def _summaries(self) -> Iterator[None]:
        self._listing = True
        try:
            yield
        finally:
            self._listing = False
