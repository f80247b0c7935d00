"""``lox24 sandbox serve`` serves the sandbox over real HTTP that the client can use."""

from __future__ import annotations

import socket
import subprocess
import sys
import time

import pytest

import lox24
from lox24.sandbox import SANDBOX_TOKEN
from lox24_generated.api.account import get_account
from lox24_generated.api.groups import create_group, get_group
from lox24_generated.models import GroupWrite


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def served(request):
    """Run the command in a subprocess on a free loopback port; stop it afterwards."""
    port = free_port()
    extra = getattr(request, "param", [])
    process = subprocess.Popen(
        [sys.executable, "-m", "lox24", "sandbox", "serve", "--port", str(port), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    banner = process.stdout.readline()
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", banner
    process.terminate()
    process.wait(timeout=10)
    process.stdout.close()


@pytest.mark.slow
def test_served_sandbox_answers_the_client(served):
    """The banner names the URL and token; the client creates and reads a group over HTTP."""
    url, banner = served
    assert url in banner
    assert SANDBOX_TOKEN in banner
    with lox24.Client(SANDBOX_TOKEN, base_url=url) as client:
        assert client.call(get_account).id == 1234567
        group = client.call(create_group, body=GroupWrite(name="Over HTTP"))
        assert client.call(get_group, id=group.id).name == "Over HTTP"
        response = client.request("GET", "/_sandbox/requests")
        assert [r["path"] for r in response.json()][-1] == f"/groups/{group.id}"


OWN_TOKEN = "7654321:abcdefabcdefabcdefabcdefabcdef01"


@pytest.mark.parametrize("served", [["--token", OWN_TOKEN]], indirect=True)
@pytest.mark.slow
def test_a_given_token_is_used_but_not_printed(served):
    """With --token the sandbox accepts that token, and the banner does not repeat it."""
    url, banner = served
    assert OWN_TOKEN not in banner
    with lox24.Client(OWN_TOKEN, base_url=url) as client:
        assert client.call(get_account).id == 7654321


def test_unknown_command_prints_help():
    """Without a known command the CLI prints its usage and exits 2."""
    result = subprocess.run(
        [sys.executable, "-m", "lox24"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 2
    assert "sandbox" in result.stdout
