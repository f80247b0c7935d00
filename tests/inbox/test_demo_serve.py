"""``lox24 demo`` tells where to look, and ``--serve`` keeps its sandbox up with the bulk in the inbox."""

from __future__ import annotations

import os
import subprocess
import sys

import httpx
import pytest

from .conftest import free_port, wait_for


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LOX24_")}
    env["COLUMNS"] = "200"
    return env


@pytest.mark.slow
def test_demo_closes_with_where_to_see_the_sms() -> None:
    """A plain run's last line names ``lox24 demo --serve`` and the inbox's address."""
    done = subprocess.run(
        [sys.executable, "-m", "lox24", "demo", "--phones", "20"],
        capture_output=True, text=True, env=_env(), timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    last = done.stdout.strip().splitlines()[-1]
    assert "lox24 demo --serve" in last
    assert "http://127.0.0.1:8024/" in last


@pytest.mark.slow
def test_demo_serve_shows_the_bulk_in_the_inbox() -> None:
    """With ``--serve`` the demo's bulk SMS, placeholders filled, are in the served inbox."""
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "lox24",
        "demo",
        "--phones",
        "20",
        "--serve",
        "--port",
        str(port),
    ]
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=_env()
    )
    try:
        assert process.stdout is not None
        lines = []
        for line in process.stdout:
            lines.append(line)
            if "Ctrl-C" in line:
                break
        assert f"http://127.0.0.1:{port}/" in lines[-1], lines
        url = f"http://127.0.0.1:{port}"

        def threads() -> str:
            try:
                return httpx.get(f"{url}/_sandbox/inbox/view/threads", timeout=5).text
            except httpx.TransportError:
                return ""

        shown = wait_for(lambda: "our sale starts today" in threads() and threads(), "the inbox")
        assert "20 conversations" in shown
        assert "Hello Anna, our sale starts today!" in shown
        assert "[Name colA]" not in shown
    finally:
        if process.stdout:
            process.stdout.close()
        process.terminate()
        process.wait(timeout=10)
