"""Serve a sandbox over real loopback HTTP with uvicorn, in a thread, for one test."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator

import uvicorn
from starlette.types import ASGIApp

_START_POLLS = 500


@contextlib.contextmanager
def serve(app: ASGIApp) -> Iterator[str]:
    """Run ``app`` on ``127.0.0.1`` on a free port; yield its base URL, stop it on exit."""
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="critical", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        for _ in range(_START_POLLS):
            if server.started:
                break
            time.sleep(0.01)
        else:
            msg = "uvicorn did not start"
            raise RuntimeError(msg)
        port = server.servers[0].sockets[0].getsockname()[1]
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join()
