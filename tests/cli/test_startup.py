"""The command starts without loading what it does not run, and still lists every command."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
import typer

from lox24.cli._app import COMMANDS, app

#: Every module that defines commands (and the import machinery behind ``groups import``).
COMMAND_MODULES = {entry.module for entry in COMMANDS} | {"lox24.cli._import", "lox24.cli._rows"}

PROBE = """
import json, sys
from lox24.cli import main
try:
    code = main(sys.argv[1:])
except SystemExit as done:  # shell completion leaves through sys.exit, as the script does
    code = done.code
print("\\n" + json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def run(*args: str, **env: str) -> tuple[str, set[str]]:
    """Run the command in a fresh interpreter; its output and the modules it imported."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("LOX24_", "_LOX24"))}
    environ.update(COLUMNS="200", **env)
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        capture_output=True, text=True, env=environ, timeout=60, check=False,
    )  # fmt: skip
    output, _, last = done.stdout.rstrip().rpartition("\n")
    result = json.loads(last)
    assert result["code"] == 0, done.stdout + done.stderr
    return output, set(result["modules"])


def test_root_help_imports_no_command_and_no_client():
    """``lox24 --help`` lists every command but imports none of their modules, nor the client."""
    output, modules = run("--help")
    for entry in COMMANDS:
        assert entry.name in output
        assert entry.summary.split()[0] in output
    assert not COMMAND_MODULES & modules
    assert not {"lox24._client", "httpx", "lox24.webhooks", "lox24.sandbox"} & modules


def test_a_command_help_imports_that_command_only():
    """``lox24 sms list --help`` imports the sms commands and no other command's module."""
    output, modules = run("sms", "list", "--help")
    assert "--since" in output
    assert "lox24.cli._sms" in modules
    assert not (COMMAND_MODULES - {"lox24.cli._sms"}) & modules
    assert not {"lox24._client", "dateutil", "rich.progress"} & modules


def test_a_command_help_loads_neither_the_client_nor_a_converter():
    """``lox24 sms list --help`` imports no client runtime, generated model or pydantic."""
    output, modules = run("sms", "list", "--help")
    assert "--since" in output
    client = {"lox24._client", "lox24._runtime", "lox24_generated", "httpx", "pydantic"}
    assert not client & modules


def test_a_command_help_converts_no_option(monkeypatch, capsys):
    """Options left out and flags keep their values as they are: no converter is built."""
    from lox24.cli import main

    converted: list[str] = []
    convert = typer.core.TyperOption.process_value

    def spy(self, ctx, value):
        converted.append(self.name)
        return convert(self, ctx, value)

    monkeypatch.setattr(typer.core.TyperOption, "process_value", spy)
    assert main(["sms", "list", "--help"]) == 0
    assert "--since" in capsys.readouterr().out
    assert converted == []
    assert main(["--token", "t", "sms", "list", "--limit", "0"]) == 2  # given values convert
    assert "--limit" in capsys.readouterr().err
    assert {"token", "limit"} <= set(converted)


def test_completion_offers_every_command_without_importing_them():
    """Shell completion of ``lox24 <TAB>`` offers each command, none of them imported."""
    output, modules = run(_LOX24_COMPLETE="complete_bash", COMP_WORDS="lox24 ", COMP_CWORD="1")
    assert output.split() == [entry.name for entry in COMMANDS]
    assert not COMMAND_MODULES & modules


def test_completion_of_a_command_loads_it():
    """Completing a command's options loads that command and offers its options."""
    output, modules = run(
        _LOX24_COMPLETE="complete_bash", COMP_WORDS="lox24 sms list --s", COMP_CWORD="3"
    )
    assert set(output.split()) == {"--since", "--status"}
    assert "lox24.cli._sms" in modules


@pytest.mark.parametrize("entry", COMMANDS, ids=lambda e: e.name)
def test_each_listed_summary_is_the_commands_own_help(entry):
    """The line the command list shows is the first line of the command's own help."""
    root = typer.main.get_command(app)
    command = root.get_command(typer.Context(root, info_name="lox24"), entry.name)
    assert command.help.splitlines()[0] == entry.summary


def test_a_misspelt_command_is_refused_with_the_close_names(capsys):
    """``lox24 smss`` exits 2 and suggests ``sms``, as it did when every command was loaded."""
    from lox24.cli import main

    assert main(["smss"]) == 2
    assert "Did you mean 'sms'?" in capsys.readouterr().err
