"""The README's receiver served by uvicorn as the README says, over loopback: forged senders fail.

The README's service module is written to a temporary folder and served by ``uvicorn`` in a
subprocess with each command the README gives (and with uvicorn's defaults, which rewrite the
peer from ``X-Forwarded-For`` for requests from 127.0.0.1). Requests from this machine that
claim LOX24's address in a forwarding header are all refused; the same service made for the
local sandbox (``allowed_senders=SANDBOX``) takes the sandbox's posts over HTTP.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

import lox24
from lox24.sandbox import Sandbox, SandboxClock

from .examples import example
from .test_readme import README, SECTION, section_blocks

READY_ATTEMPTS = 400  # x 25 ms
LOX24 = "162.55.80.140"
FORGED = [
    {"X-Forwarded-For": LOX24},
    {"X-Forwarded-For": "162.55.80.141"},
    {"X-Forwarded-For": f"::ffff:{LOX24}"},
    {"X-Forwarded-For": f"{LOX24}, 127.0.0.1"},
    {"X-Forwarded-For": f"203.0.113.9, {LOX24}"},
    {"Forwarded": f"for={LOX24}"},
    {"X-Real-IP": LOX24},
]


def readme_commands() -> list[str]:
    """The uvicorn command lines of the README's webhooks section, comments left out."""
    text = README.read_text(encoding="utf-8")
    start = text.index(SECTION)
    section = text[start : text.find("\n#", start + len(SECTION))]
    blocks = re.findall(r"```sh\n(.*?)```", section, re.S)
    lines = [line.split("#", 1)[0].strip() for block in blocks for line in block.splitlines()]
    return [line for line in lines if line.startswith("uvicorn ")]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _on_loopback(command: str, port: int) -> list[str]:
    """The command with its host on loopback and a free port (tests listen nowhere else)."""
    words = shlex.split(command)
    for flag, value in (("--host", "127.0.0.1"), ("--port", str(port))):
        if flag in words:
            words[words.index(flag) + 1] = value
        else:
            words += [flag, value]
    return [sys.executable, "-m", *words]


@pytest.fixture
def serve(tmp_path: Path) -> Iterator[object]:
    """Serve a service module by a command line; yields its URL and the output it logs."""
    servers: list[subprocess.Popen[bytes]] = []

    def start(command: str, service: str) -> tuple[str, Path]:
        folder = tmp_path / f"service{len(servers)}"
        folder.mkdir()
        (folder / "service.py").write_text(service, encoding="utf-8")
        port = _free_port()
        env = {k: v for k, v in os.environ.items() if k != "FORWARDED_ALLOW_IPS"}
        env["PYTHONUNBUFFERED"] = "1"  # the handler prints what it handled
        log = folder / "server.log"
        with log.open("wb") as out:  # the child keeps its copy
            server = subprocess.Popen(
                _on_loopback(command, port), cwd=folder, env=env, stdout=out, stderr=out
            )
        servers.append(server)
        url = f"http://127.0.0.1:{port}{lox24.webhooks.WEBHOOK_PATH}"
        for _ in range(READY_ATTEMPTS):
            if server.poll() is not None:
                pytest.fail(f"{command} exited: {log.read_text()[-2000:]}")
            try:
                if httpx.get(url, timeout=1, trust_env=False).status_code == 405:  # POST only
                    return url, log
            except httpx.TransportError:
                time.sleep(0.025)
        pytest.fail(f"{command} did not start")

    yield start
    for server in servers:
        server.terminate()
        server.wait(timeout=30)


def test_the_readme_shows_a_command_for_direct_use_and_one_behind_a_proxy():
    """The section gives two uvicorn commands, both with the server's proxy handling off."""
    commands = readme_commands()
    assert len(commands) == 2
    assert all("--no-proxy-headers" in command for command in commands)


@pytest.mark.parametrize("command", [*readme_commands(), "uvicorn service:app"])
@pytest.mark.slow
def test_forged_forwarding_headers_from_this_machine_are_all_refused(serve, command):
    """Each README command, and uvicorn's defaults, refuse every forged sender: 403, no handler."""
    url, log = serve(command, section_blocks()[0])
    body = json.dumps(example("sms.delivery")).encode()
    with httpx.Client(trust_env=False, timeout=10) as client:
        statuses = [
            client.post(url, content=body, headers=headers).status_code for headers in FORGED
        ]
    assert statuses == [403] * len(FORGED)
    assert example("sms.delivery")["data"]["id"] not in log.read_text()  # the handler never ran


@pytest.mark.slow
def test_the_sandbox_posting_over_http_is_accepted_with_allowed_senders_sandbox(serve):
    """allowed_senders=SANDBOX takes the local sandbox's posts; a forged one is still refused."""
    service = section_blocks()[0].replace(
        "Receiver(store=", "Receiver(allowed_senders=lox24.webhooks.SANDBOX, store="
    )
    url, log = serve("uvicorn service:app", "import lox24.webhooks\n" + service)
    with Sandbox(clock=SandboxClock(start=1_700_000_000, frozen=True)) as sandbox:
        sandbox.webhooks.subscribe(url, events=["sms.delivery"])
        with lox24.Client(**sandbox.client_settings()) as client:
            sms = client.sms.send(phone="+491701231234", sender_id="Shop", text="Hi")
        sandbox.clock.advance(60)
        attempts = sandbox.webhooks.deliver_due()
    assert attempts
    assert [a.status for a in attempts] == [200] * len(attempts)
    assert sms.uuid in log.read_text()
    forged = httpx.post(
        url,
        content=json.dumps(example("sms.delivery")).encode(),
        headers={"X-Forwarded-For": LOX24},
        trust_env=False,
    )
    assert forged.status_code == 403
