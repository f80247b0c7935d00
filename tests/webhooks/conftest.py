"""Fixtures of the webhook tests: a real redis-server of their own, example events."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .examples import example

READY_ATTEMPTS = 400  # x 25 ms: how long a fresh redis-server may take to answer PING


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def redis_server(workdir: Path) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """A redis-server on a free loopback port in ``workdir``: its URL and its process.

    Without the binary the test fails in CI (where .ci/run installs it) and is skipped locally.
    """
    binary = shutil.which("redis-server")
    if binary is None:
        if _in_ci():
            pytest.fail("redis-server is not installed; .ci/run installs it with apt-get")
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    try:
        import redis
    except ImportError:
        if _in_ci():
            pytest.fail("the redis package is missing; it is in the test dependency group")
        pytest.skip("the redis package is not installed (pip install 'lox24[redis]')")
    port = _free_port()
    command = [binary, "--port", str(port), "--bind", "127.0.0.1", "--dir", str(workdir)]
    command += ["--save", "", "--appendonly", "no", "--daemonize", "no"]
    log = (workdir / "redis.log").open("wb")
    server = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    client = redis.Redis(host="127.0.0.1", port=port)
    try:
        for _ in range(READY_ATTEMPTS):
            if server.poll() is not None:
                pytest.fail(f"redis-server exited: {(workdir / 'redis.log').read_text()[-500:]}")
            try:
                if client.ping():
                    break
            except redis.ConnectionError:
                time.sleep(0.025)
        else:
            pytest.fail("redis-server did not answer PING")
        yield f"redis://127.0.0.1:{port}/0", server
    finally:
        client.close()
        if server.poll() is None:
            server.terminate()
        server.wait(timeout=30)
        log.close()


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A redis-server started for this test session on a free loopback port, in a temp dir."""
    with redis_server(tmp_path_factory.mktemp("redis")) as (url, _):
        yield url


@pytest.fixture
def redis_client(redis_url: str) -> Iterator[Any]:
    """A client of the session's redis-server, on an emptied database."""
    import redis

    client = redis.Redis.from_url(redis_url)
    client.flushdb()
    yield client
    client.close()


@pytest.fixture
def delivery_body() -> bytes:
    """An sms.delivery event as LOX24 posts it."""
    return json.dumps(example("sms.delivery")).encode()
