"""The root's options work where people put them: before the command or after it."""

from __future__ import annotations

from lox24.sandbox import SANDBOX_TOKEN

from .conftest import API, OK


def test_token_and_address_after_the_command(cli):
    """--token and --base-url after the command name work as before it."""
    bare = {k: v for k, v in cli.env().items() if k not in {"LOX24_TOKEN", "LOX24_BASE_URL"}}
    connection = ("--token", SANDBOX_TOKEN, "--base-url", cli.url)
    after = cli.run("account", *connection, "--json", env=bare)
    before = cli.run(*connection, "account", "--json", env=bare)
    nested = cli.run("sms", "list", *connection, "--json", env=bare)
    assert (after.code, before.code, nested.code) == (OK, OK, OK), (after, before, nested)
    assert after.json()["id"] == before.json()["id"]


def test_a_token_after_the_command_wins(cli):
    """A token given after the command replaces the one given before it (or by LOX24_TOKEN)."""
    wrong = cli.run("--token", "1234567:notthetoken", "account", "--json")
    fixed = cli.run("--token", "1234567:notthetoken", "account", "--token", SANDBOX_TOKEN, "--json")
    assert wrong.code == API
    assert fixed.code == OK, fixed
    assert "notthetoken" not in wrong.stderr


def test_json_before_the_command(cli):
    """``lox24 --json account`` and ``lox24 --json sms list`` print JSON, as --json after does."""
    cli.run("sms", "send", "--to", "+491701234567", "--from", "MyShop", "--text", "Hi")
    account = cli.run("--json", "account")
    listed = cli.run("--json", "sms", "list")
    assert account.code == OK, account
    assert account.json()["id"] == cli.run("account", "--json").json()["id"]
    assert [s["phone"] for s in listed.json_lines()] == ["+491701234567"]
