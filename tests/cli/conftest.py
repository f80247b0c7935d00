"""The ``lox24`` command run as a subprocess against ``lox24 sandbox serve`` on loopback.

One served sandbox per test session (starting one costs a second); every test starts from a
reset sandbox whose clock shows the real time again.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from lox24.sandbox import SANDBOX_TOKEN

#: Exit codes of the command (see lox24.cli._errors).
OK, PARTIAL, USAGE, API, CONNECTION = 0, 1, 2, 3, 4


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class Run:
    """What one run of the command did."""

    args: tuple[str, ...]
    code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        """The one JSON document on stdout."""
        return json.loads(self.stdout)

    def json_lines(self) -> list[Any]:
        """The JSON Lines on stdout, one object per line."""
        return [json.loads(line) for line in self.stdout.splitlines() if line.strip()]

    def __str__(self) -> str:
        return f"lox24 {' '.join(self.args)} -> {self.code}\n{self.stdout}\n{self.stderr}"


class Served:
    """A served sandbox and a way to run the command against it."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.http = httpx.Client(base_url=url, timeout=30)

    def env(self, **extra: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("LOX24_")}
        env.update(LOX24_BASE_URL=self.url, LOX24_TOKEN=SANDBOX_TOKEN, COLUMNS="200", NO_COLOR="1")
        env.update(extra)
        return env

    def run(
        self,
        *args: str,
        env: dict[str, str] | None = None,
        timeout: float = 120,
        stdin: str | None = None,
    ) -> Run:
        """Run ``lox24 *args`` to its end, with ``stdin`` as its input (none by default)."""
        done = subprocess.run(
            [sys.executable, "-m", "lox24", *args],
            capture_output=True,
            text=True,
            env=env or self.env(),
            timeout=timeout,
            check=False,
            input=stdin,
            stdin=None if stdin is not None else subprocess.DEVNULL,
        )
        return Run(tuple(args), done.returncode, done.stdout, done.stderr)

    def start(self, *args: str) -> subprocess.Popen[str]:
        """Start ``lox24 *args`` without waiting for it."""
        return subprocess.Popen(
            [sys.executable, "-m", "lox24", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=self.env(),
            stdin=subprocess.DEVNULL,
        )

    def advance(self, seconds: float) -> None:
        """Move the served sandbox's clock forward."""
        self.http.post("/_sandbox/clock", json={"advance": seconds}).raise_for_status()

    def reads_of(self, path: str) -> int:
        """How many GET requests for ``path`` the sandbox has answered."""
        records = self.http.get("/_sandbox/requests").json()
        return sum(1 for r in records if r["method"] == "GET" and r["path"] == path)

    def wait_for_read(self, path: str, process: subprocess.Popen[str]) -> None:
        """Wait until ``process`` has read ``path`` once (a generous deadline, not a timing check)."""
        deadline = time.monotonic() + 60
        while self.reads_of(path) == 0:
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"{path} was never read")
            time.sleep(0.05)

    def reset(self) -> None:
        self.http.post("/_sandbox/reset").raise_for_status()
        self.http.post(
            "/_sandbox/clock", json={"set": time.time(), "frozen": False}
        ).raise_for_status()

    def freeze(self) -> None:
        """Stop the served sandbox's clock until it is advanced."""
        self.http.post("/_sandbox/clock", json={"frozen": True}).raise_for_status()


@pytest.fixture(scope="session")
def served_sandbox():
    """``lox24 sandbox serve`` on a free loopback port for the whole session."""
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable, "-m", "lox24", "sandbox", "serve",
            "--port", str(port), "--no-ip-block", "--balance", "1000000",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )  # fmt: skip
    banner = process.stdout.readline()
    deadline = time.monotonic() + 30
    while True:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                break
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"lox24 sandbox serve did not start:\n{banner}{process.stdout.read()}")
        time.sleep(0.05)
    served = Served(f"http://127.0.0.1:{port}")
    yield served
    served.http.close()
    process.terminate()
    process.wait(timeout=10)
    process.stdout.close()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test that runs the command against the served sandbox is end to end: marked slow."""
    for item in items:
        if "served_sandbox" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.slow)


@pytest.fixture
def cli(served_sandbox):
    """The served sandbox, reset, with its clock at the real time."""
    served_sandbox.reset()
    return served_sandbox
