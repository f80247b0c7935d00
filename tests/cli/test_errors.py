"""Errors: one line naming the status and request id, distinct exit codes, no token echoed."""

from __future__ import annotations

import re

import pytest

from .conftest import API, CONNECTION, USAGE, free_port

WRONG_TOKEN = "1234567:0123456789abcdef0123456789abcdef"


def one_line(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    assert len(lines) == 1, text
    return lines[0]


def test_an_api_error_is_one_line_with_status_and_request_id(cli):
    """A 404 prints 'error: 404 GET /groups/99: ... [request id X]' and exits 3."""
    run = cli.run("groups", "show", "99")
    assert run.code == API
    assert run.stdout == ""
    line = one_line(run.stderr)
    match = re.fullmatch(r"error: 404 GET /groups/99: .+ \[request id (\w+)\]", line)
    assert match, line
    recorded = cli.http.get("/_sandbox/requests").json()
    assert match[1] == recorded[-1]["request_id"]


def test_a_refused_field_is_named(cli):
    """A 422 names the field the API complained about."""
    run = cli.run("sms", "send", "--to", "12", "--from", "Shop", "--text", "Hi")
    assert run.code == API
    line = one_line(run.stderr)
    assert line.startswith("error: 422 POST /sms: ")
    assert "phone" in line


@pytest.mark.slow
def test_a_wrong_token_is_an_api_error_and_is_never_printed(cli):
    """A 401 exits 3; neither the token nor its key appears in the output, even with --token."""
    from_env = cli.run("account", env=cli.env(LOX24_TOKEN=WRONG_TOKEN))
    from_option = cli.run("--token", WRONG_TOKEN, "account", env=cli.env(LOX24_TOKEN=""))
    for run in (from_env, from_option):
        assert run.code == API, run
        assert one_line(run.stderr).startswith("error: 401 GET /me: ")
        assert WRONG_TOKEN.split(":")[1] not in run.stdout + run.stderr


def test_no_token_is_a_usage_error(cli):
    """Without LOX24_TOKEN or --token the command exits 2 and says how to give one."""
    run = cli.run("account", env=cli.env(LOX24_TOKEN=""))
    assert run.code == USAGE
    assert "LOX24_TOKEN" in one_line(run.stderr)


def test_no_server_is_a_connection_error(cli):
    """Nothing listening at the base URL: exit 4 with one line."""
    url = f"http://127.0.0.1:{free_port()}"
    run = cli.run("account", env=cli.env(LOX24_BASE_URL=url))
    assert run.code == CONNECTION
    assert "no answer from the API" in one_line(run.stderr)


@pytest.mark.slow
def test_usage_errors_exit_2(cli):
    """A missing option, an unknown command or a bad number is a usage error."""
    missing = cli.run("sms", "send", "--to", "+491701234567")
    unknown = cli.run("sms", "fly")
    not_a_number = cli.run("groups", "show", "forty-two")
    for run in (missing, unknown, not_a_number):
        assert run.code == USAGE, run
    assert "--from" in missing.stderr


def test_the_token_is_not_shown_in_help(cli):
    """--help names LOX24_TOKEN but never shows its value."""
    run = cli.run("--help", env=cli.env(LOX24_TOKEN=WRONG_TOKEN))
    assert run.code == 0
    assert "LOX24_TOKEN" in run.stdout
    assert WRONG_TOKEN.split(":")[1] not in run.stdout


def test_serve_refuses_a_bad_webhook_url(cli):
    """sandbox serve --webhook-url with a non-HTTP URL exits 2 before serving."""
    run = cli.run("sandbox", "serve", "--port", str(free_port()), "--webhook-url", "mailto:x@y.z")
    assert run.code == USAGE
    assert "--webhook-url" in one_line(run.stderr)
