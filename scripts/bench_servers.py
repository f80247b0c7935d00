"""The sandbox over real HTTP on loopback: throughput against Stoplight Prism mocking the same
spec (load from ``wrk``), and the latency of one page of ``GET /sms`` as the store grows.

Servers run as subprocesses on free loopback ports and are ended when the figure is done.
"""

from __future__ import annotations

import contextlib
import json
import re
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
from bench_stats import Figure, interleaved, skipped
from bench_tools import find_wrk, install_prism

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "lox24.yaml"
SERVER = Path(__file__).resolve().parent / "bench_sandbox_server.py"
SEND = {"phone": "+4915100000001", "sender_id": "Bench", "text": "Hello!"}
READY_TIMEOUT = 600.0


@dataclass(frozen=True)
class Server:
    """A server listening on loopback, with what the figures read from it."""

    url: str
    token: str
    group: int
    sms: str


def free_port() -> int:
    """A TCP port on loopback that nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def sandbox_server(stored: int) -> Iterator[Server]:
    """A sandbox holding ``stored`` SMS, served by uvicorn in a subprocess."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, str(SERVER), str(port), str(stored)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        if not line:
            raise SystemExit(f"bench: the sandbox server with {stored:,} SMS did not start")
        info = json.loads(line)
        server = Server(f"http://127.0.0.1:{port}", info["token"], info["group"], info["sms"])
        _wait_ready(server, process)
        yield server
    finally:
        _end(process)


@contextlib.contextmanager
def prism_server(prism: Path, token: str) -> Iterator[Server]:
    """Prism mocking spec/lox24.yaml on loopback."""
    port = free_port()
    process = subprocess.Popen(
        [str(prism), "mock", str(SPEC), "-h", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        server = Server(
            f"http://127.0.0.1:{port}", token, 1, "00000000-0000-4000-8000-000000000001"
        )
        _wait_ready(server, process)
        yield server
    finally:
        _end(process)


def _wait_ready(server: Server, process: subprocess.Popen[str] | subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + READY_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(
                f"bench: the server for {server.url} ended (code {process.returncode})"
            )
        with contextlib.suppress(httpx.HTTPError):
            headers = {"X-LOX24-AUTH-TOKEN": server.token}
            if httpx.get(f"{server.url}/me", headers=headers, timeout=5).status_code == 200:  # noqa: PLR2004
                return
        time.sleep(0.5)
    raise SystemExit(f"bench: {server.url} was not ready within {READY_TIMEOUT:.0f} s")


def _end(process: subprocess.Popen[str] | subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@dataclass(frozen=True)
class Load:
    """What wrk reports of one run."""

    rate: float
    errors: int


def wrk(binary: str, url: str, token: str, seconds: int, body: dict[str, str] | None) -> Load:
    """Requests per second of ``url`` under 16 connections from one wrk thread."""
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(f'wrk.headers["X-LOX24-AUTH-TOKEN"] = "{token}"\n')
        if body is not None:
            script.write(
                'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\n'
                f"wrk.body = '{json.dumps(body)}'\n"
            )
    command = [binary, "-t1", "-c16", f"-d{seconds}s", "-s", script.name, url]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    Path(script.name).unlink()
    rate = re.search(r"Requests/sec:\s+([\d.]+)", result.stdout)
    errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", result.stdout)
    if result.returncode != 0 or rate is None:
        raise SystemExit(f"bench: wrk failed:\n{result.stdout}\n{result.stderr}")
    return Load(float(rate.group(1)), int(errors.group(1)) if errors else 0)


ROUTES: list[tuple[str, Callable[[Server], str], bool]] = [
    ("GET /groups", lambda s: f"{s.url}/groups", False),
    ("GET /sms/{uuid}", lambda s: f"{s.url}/sms/{s.sms}", False),
    ("POST /sms", lambda s: f"{s.url}/sms", True),
]


def throughput_vs_prism(rounds: int, seconds: int) -> list[Figure]:
    """Sandbox req/s over Prism req/s for each route; skipped where a tool is missing."""
    names = [f"sandbox {route} req/s vs Prism" for route, _, _ in ROUTES]
    binary, reason = find_wrk()
    if binary is None:
        return [skipped(name, ">= 3x", reason) for name in names]
    with tempfile.TemporaryDirectory(prefix="lox24-prism-") as folder:
        prism, reason = install_prism(Path(folder))
        if prism is None:
            return [skipped(name, ">= 3x", reason) for name in names]
        with sandbox_server(0) as sandbox, prism_server(prism, sandbox.token) as mock:
            figures = []
            for name, (_, url, post) in zip(names, ROUTES, strict=True):
                errors: list[int] = []

                def measure(
                    server: Server,
                    url: Callable[[Server], str] = url,
                    post: bool = post,
                    errors: list[int] = errors,
                ) -> float:
                    load = wrk(binary, url(server), server.token, seconds, SEND if post else None)
                    errors.append(load.errors)
                    return load.rate

                figure = interleaved(
                    name,
                    "req/s",
                    ">= 3x",
                    lambda: measure(sandbox),
                    lambda: measure(mock),
                    rounds,
                    warm_up=False,
                )
                if any(errors):
                    figure.note = f"non-2xx answers during the runs: {sum(errors):,}"
                figures.append(figure)
            return figures


def page_latency(rounds: int, sizes: tuple[int, ...], requests: int) -> list[Figure]:
    """Milliseconds for one page of ``GET /sms`` with each size stored, against the smallest."""
    with contextlib.ExitStack() as stack:
        servers = {size: stack.enter_context(sandbox_server(size)) for size in sizes}
        clients = {
            size: stack.enter_context(
                httpx.Client(
                    base_url=server.url, headers={"X-LOX24-AUTH-TOKEN": server.token}, timeout=600
                )
            )
            for size, server in servers.items()
        }

        def latency(size: int) -> float:
            client = clients[size]
            started = time.perf_counter()
            for _ in range(requests):
                client.get("/sms").raise_for_status()
            return (time.perf_counter() - started) / requests * 1e3

        smallest = sizes[0]
        return [
            interleaved(
                f"sandbox GET /sms page, {size:,} vs {smallest:,} SMS stored",
                "ms",
                "<= 1.5",
                lambda size=size: latency(size),
                lambda: latency(smallest),
                rounds,
            )
            for size in sizes[1:]
        ]
