"""Every command has --help with an example; the command without arguments shows its usage."""

from __future__ import annotations

import pytest
import typer
from typer.testing import CliRunner

from lox24.cli import main
from lox24.cli._app import app


def commands(group, path=()):
    """Every command path below ``group``, each command built as it runs."""
    ctx = typer.Context(group, info_name="lox24")
    for name in group.list_commands(ctx):
        yield (*path, name)
        command = group.get_command(ctx, name)
        if hasattr(command, "list_commands"):
            yield from commands(command, (*path, name))


ALL = list(commands(typer.main.get_command(app)))


def test_every_command_named_in_the_issue_exists():
    """The command tree holds each command the CLI promises."""
    expected = {
        ("sms", "send"), ("sms", "list"), ("sms", "show"),
        ("groups", "list"), ("groups", "create"), ("groups", "show"), ("groups", "delete"),
        ("groups", "export"), ("groups", "import"),
        ("bulks", "create"), ("bulks", "follow"), ("bulks", "list"),
        ("account",), ("blocked", "list"), ("blocked", "add"), ("blocked", "remove"),
        ("incomings", "list"), ("sandbox", "serve"), ("demo",),
    }  # fmt: skip
    assert expected <= set(ALL)


@pytest.mark.parametrize("path", ALL, ids=" ".join)
def test_help_with_an_example(path):
    """``lox24 ... --help`` exits 0 and shows an example (leaf commands) or the subcommands."""
    result = CliRunner().invoke(app, [*path, "--help"], prog_name="lox24", env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "Usage: lox24 " + " ".join(path) in result.output
    is_group = any(len(other) > len(path) and other[: len(path)] == path for other in ALL)
    assert ("Commands" if is_group else "Example:") in result.output


def test_no_arguments_print_the_usage_and_exit_2(capsys):
    """``lox24`` alone prints its usage on stdout and returns the usage status."""
    assert main([]) == 2
    out = capsys.readouterr().out
    assert "Usage: lox24" in out
    assert "sms" in out


def test_completion_is_offered():
    """Shell completion can be shown for the command (Typer's --show-completion)."""
    result = CliRunner().invoke(app, ["--show-completion", "bash"], prog_name="lox24")
    assert result.exit_code == 0
    assert "complete" in result.output


def test_version():
    """--version prints the installed package's version."""
    from importlib import metadata

    result = CliRunner().invoke(app, ["--version"], prog_name="lox24")
    assert result.exit_code == 0
    assert result.output.strip() == f"lox24 {metadata.version('lox24')}"


def test_settings_never_show_the_token():
    """The settings object the commands share keeps the token out of its repr."""
    from lox24.cli._state import Settings

    shown = repr(Settings(token="1234567:secretsecretsecret", base_url="http://127.0.0.1:1"))
    assert "secret" not in shown
    assert "127.0.0.1" in shown
