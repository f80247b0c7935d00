"""``lox24 account``, ``lox24 blocked list|add|remove`` and ``lox24 incomings list``."""

from __future__ import annotations

from .conftest import API, OK


def test_account(cli):
    """The account shows its customer number, balance and services, as JSON or a table."""
    data = cli.run("account", "--json").json()
    assert data["id"] == 1234567
    assert data["balance_amount"] == 1_000_000
    table = cli.run("account")
    assert table.code == OK
    assert "1234567" in table.stdout
    assert "balance" in table.stdout


def test_blocked_add_list_remove(cli):
    """A blocked number is listed until it is removed; a blocked number gets no SMS."""
    added = cli.run("blocked", "add", "+491709999999", "--json")
    assert added.code == OK, added
    entry = added.json()
    assert entry["number"] == "+491709999999"
    assert [b["id"] for b in cli.run("blocked", "list", "--json").json_lines()] == [entry["id"]]
    removed = cli.run("blocked", "remove", str(entry["id"]))
    assert removed.code == OK, removed
    assert cli.run("blocked", "list", "--json").json_lines() == []


def test_blocked_remove_takes_the_number_that_add_took(cli):
    """``blocked remove +49...`` unblocks the number; a number that is not blocked is an error."""
    assert cli.run("blocked", "add", "+491709999999").code == OK
    removed = cli.run("blocked", "remove", "+491709999999")
    assert removed.code == OK, removed
    assert "+491709999999" in removed.stderr
    assert cli.run("blocked", "list", "--json").json_lines() == []
    again = cli.run("blocked", "remove", "+491709999999")
    assert again.code == API
    assert "+491709999999 is not blocked" in again.stderr


def test_incomings_list(cli):
    """Messages sent to the account are listed, newest first."""
    for text in ("first", "second"):
        cli.http.post(
            "/_sandbox/simulate/incoming", json={"sender": "+491701112233", "text": text}
        ).raise_for_status()
    listed = cli.run("incomings", "list", "--json").json_lines()
    assert sorted(m["text"] for m in listed) == ["first", "second"]
    assert all(m["from"] == "+491701112233" for m in listed)
    table = cli.run("incomings", "list")
    assert "+491701112233" in table.stdout


def test_the_serve_banner_names_the_inbox_and_the_ip_block():
    """``sandbox serve`` says where the inbox is and how a blocked address is lifted."""
    from lox24.cli._sandbox import banner

    shown = banner("127.0.0.1", 8024, "T", ip_block=True).splitlines()
    assert shown[0] == "LOX24 sandbox on http://127.0.0.1:8024  token: T"
    assert "http://127.0.0.1:8024/" in shown[1]
    assert "Retry-After" in shown[2]
    assert "POST /_sandbox/reset" in shown[2]
    assert "--no-ip-block" in banner("127.0.0.1", 8024, "T", ip_block=False)
