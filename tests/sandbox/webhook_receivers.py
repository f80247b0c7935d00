"""Small webhook receivers for delivery tests: an ASGI app and a loopback HTTP server.

Both record every post and answer from a plan of status codes (200 once the plan is used up).
"""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass(frozen=True)
class Post:
    """One post a receiver got."""

    path: str
    client: str
    content_type: str
    body: dict[str, Any]


class Plan:
    """Status codes to answer, in order, then ``decide(post)`` (200 unless given). Thread-safe."""

    def __init__(
        self, statuses: Iterable[int] = (), decide: Callable[[Post], int] | None = None
    ) -> None:
        self._statuses = list(statuses)
        self._decide = decide or (lambda _: 200)
        self._lock = threading.Lock()
        self.posts: list[Post] = []

    def answer(self, post: Post) -> int:
        with self._lock:
            self.posts.append(post)
            return self._statuses.pop(0) if self._statuses else self._decide(post)


class AsgiReceiver(Plan):
    """An ASGI app that records posts and answers from the plan."""

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        assert scope["type"] == "http"
        raw = b""
        while True:
            message = await receive()
            raw += message.get("body", b"")
            if not message.get("more_body"):
                break
        headers = {k.decode(): v.decode() for k, v in scope["headers"]}
        post = Post(scope["path"], scope["client"][0], headers["content-type"], json.loads(raw))
        status = self.answer(post)
        await send({"type": "http.response.start", "status": status, "headers": []})
        await send({"type": "http.response.body", "body": b""})


@contextlib.contextmanager
def loopback_receiver(
    statuses: Iterable[int] = (), decide: Callable[[Post], int] | None = None
) -> Iterator[tuple[str, Plan]]:
    """Serve a receiver on a free 127.0.0.1 port; yield its URL and plan, stop on exit."""
    plan = Plan(statuses, decide)

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            raw = self.rfile.read(int(self.headers["Content-Length"]))
            post = Post(
                self.path, self.client_address[0], self.headers["Content-Type"], json.loads(raw)
            )
            self.send_response(plan.answer(post))
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            """Keep test output quiet."""

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/hooks/lox24", plan
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
