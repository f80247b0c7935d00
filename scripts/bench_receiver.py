"""The webhook Receiver served by uvicorn against a bare Starlette endpoint that answers 200.

Each configuration (store: memory, SQLite file, Redis; handler: plain or coroutine) is served by
its own uvicorn process on loopback, and so is the bare endpoint, with the same options. ``wrk``
posts ``sms.delivery`` events, each with its own id (so every request is a new event to claim,
handle and record), from 4 and from 16 connections; the figure is the receiver's events per
second over the bare endpoint's requests per second, in interleaved rounds.

The servers are this module run as a script: ``python bench_receiver.py serve KIND PORT``.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import uvicorn
from bench_stats import Figure, interleaved, skipped
from bench_tools import find_wrk
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from lox24.webhooks import SANDBOX, MemoryStore, Receiver, RedisStore, SQLiteStore

PATH = "/lox24/webhooks"
STORES = ("memory", "sqlite", "redis")
HANDLERS = ("plain", "coroutine")
CONNECTIONS = (4, 16)
TARGET = ">= 0.4x"
READY_TIMEOUT = 120.0
# An sms.delivery event; %s is replaced by wrk with a fresh id per request.
EVENT = (
    '{"api_version":"2022-05-25","attempt_number":1,"attempt_total":4,"created_at":1700000000,'
    '"id":"%s","notification_task_id":"3378de83-de66-4de8-9d29-2b10d41bb641",'
    '"name":"sms.delivery","data":{"callback_data":"order-1","dlr_code":1,'
    '"id":"d6c12ac4-cc7d-11ec-b6da-525400bbb7dc","key_id":8207,"status_code":100}}'
)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _end(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _wait_listening(port: int, process: subprocess.Popen[bytes], what: str) -> None:
    deadline = time.monotonic() + READY_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"bench: {what} ended (code {process.returncode})")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 1):
            return
        time.sleep(0.1)
    raise SystemExit(f"bench: {what} did not listen within {READY_TIMEOUT:.0f} s")


@contextlib.contextmanager
def served(kind: str, env: dict[str, str]) -> Iterator[str]:
    """This module serving ``kind`` (``bare`` or ``STORE-HANDLER``); yields its URL."""
    port = _free_port()
    command = [sys.executable, __file__, "serve", kind, str(port)]
    process = subprocess.Popen(command, env={**os.environ, **env})
    try:
        _wait_listening(port, process, f"the {kind} server")
        yield f"http://127.0.0.1:{port}{PATH}"
    finally:
        _end(process)


@contextlib.contextmanager
def redis_server(folder: Path) -> Iterator[str | None]:
    """A redis-server of its own on loopback (its URL), or ``None`` without the binary."""
    binary = shutil.which("redis-server")
    if binary is None:
        yield None
        return
    port = _free_port()
    command = [binary, "--port", str(port), "--bind", "127.0.0.1", "--dir", str(folder)]
    command += ["--save", "", "--appendonly", "no"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_listening(port, process, "redis-server")
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        _end(process)


def wrk(binary: str, url: str, connections: int, seconds: int, errors: list[int]) -> float:
    """Requests per second of ``url``, each posting a new event, from one wrk thread."""
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        # Ids unique across rounds: the servers remember every event they have seen.
        script.write(
            f'local prefix = "{uuid.uuid4().hex}"\nlocal counter = 0\n'
            'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\n'
            "request = function()\n  counter = counter + 1\n"
            f"  local body = string.format('{EVENT}', prefix .. \"-\" .. counter)\n"
            "  return wrk.format(nil, nil, nil, body)\nend\n"
        )
    command = [binary, "-t1", f"-c{connections}", f"-d{seconds}s", "-s", script.name, url]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    Path(script.name).unlink()
    rate = re.search(r"Requests/sec:\s+([\d.]+)", result.stdout)
    failed = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", result.stdout)
    if result.returncode != 0 or rate is None:
        raise SystemExit(f"bench: wrk failed:\n{result.stdout}\n{result.stderr}")
    errors.append(int(failed.group(1)) if failed else 0)
    return float(rate.group(1))


def receiver_vs_bare(rounds: int, seconds: int) -> list[Figure]:
    """Receiver events/s over bare-endpoint requests/s, per store, handler and connections."""
    names = [
        (store, handler, connections, f"receiver {store} {handler} c{connections} vs bare")
        for connections in CONNECTIONS
        for store in STORES
        for handler in HANDLERS
    ]
    binary, reason = find_wrk()
    if binary is None:
        return [skipped(name, TARGET, reason) for *_, name in names]
    figures: list[Figure] = []
    with contextlib.ExitStack() as stack:
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="lox24-recv-")))
        redis_url = stack.enter_context(redis_server(folder))
        env = {"BENCH_SQLITE": str(folder / "dedup.sqlite3"), "BENCH_REDIS": redis_url or ""}
        bare = stack.enter_context(served("bare", env))
        urls = {
            (store, handler): stack.enter_context(served(f"{store}-{handler}", env))
            for store in STORES
            for handler in HANDLERS
            if store != "redis" or redis_url
        }
        for url in [bare, *urls.values()]:  # warm up each server once
            wrk(binary, url, 4, 1, [])
        for store, handler, connections, name in names:
            url = urls.get((store, handler))
            if url is None:
                figures.append(skipped(name, TARGET, "redis-server is not installed"))
                continue
            errors: list[int] = []
            figure = interleaved(
                name,
                "req/s",
                TARGET,
                lambda url=url, c=connections, e=errors: wrk(binary, url, c, seconds, e),
                lambda c=connections: wrk(binary, bare, c, seconds, []),
                rounds,
                warm_up=False,
            )
            if any(errors):
                figure.note = f"non-2xx answers of the receiver: {sum(errors):,}"
            figures.append(figure)
    return figures


def _app(kind: str) -> object:
    """The ASGI app a server of ``kind`` serves."""
    if kind == "bare":

        async def endpoint(request: Request) -> Response:
            await request.body()
            return Response(b'{"outcome": "handled"}', media_type="application/json")

        return Starlette(routes=[Route(PATH, endpoint, methods=["POST"])])
    store_kind, handler_kind = kind.split("-")
    stores = {
        "memory": MemoryStore,
        "sqlite": lambda: SQLiteStore(os.environ["BENCH_SQLITE"]),
        "redis": lambda: RedisStore.from_url(os.environ["BENCH_REDIS"]),
    }
    receiver = Receiver(store=stores[store_kind](), allowed_senders=SANDBOX)
    handled = []
    if handler_kind == "plain":

        @receiver.on("sms.delivery")
        def plain(event: object) -> None:
            handled.append(1)

    else:

        @receiver.on("sms.delivery")
        async def coroutine(event: object) -> None:
            handled.append(1)

    return receiver.asgi_app()


def _serve(kind: str, port: int) -> None:
    uvicorn.run(
        _app(kind),  # type: ignore[arg-type]
        host="127.0.0.1",
        port=port,
        log_level="warning",
        access_log=False,
        proxy_headers=False,
    )


if __name__ == "__main__" and sys.argv[1:2] == ["serve"]:
    _serve(sys.argv[2], int(sys.argv[3]))
