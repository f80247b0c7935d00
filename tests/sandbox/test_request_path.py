"""The way of an API request through the app, and where it is served. Counted, never timed.

An API request goes straight to the API's middleware, past Starlette's router. A small one,
with the lock free and little due on the clock, is served on the event loop: no thread switch.
A large body, a request that finds the lock taken, and one that catches up with much go to a
worker thread, so that the loop stays free meanwhile.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from typing import Any

import anyio.to_thread
import httpx
import pytest
from starlette.routing import Router

from lox24.sandbox import Sandbox
from lox24.sandbox._api._operations import OperationIndex, RouteMatch
from lox24.sandbox._http._core import shared_index
from lox24.sandbox._http._fairlock import FairLock
from lox24.sandbox._http._inline import INLINE_BODY_BYTES
from lox24.sandbox._state._catch_up import due_work

SEND = {"phone": "+4915100000001", "sender_id": "Shop", "text": "Hello!"}


@pytest.fixture
def hops(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the functions run in a worker thread, in order."""
    seen: list[str] = []
    original = anyio.to_thread.run_sync

    async def counting(function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        seen.append(getattr(function, "__name__", repr(function)))
        return await original(function, *args, **kwargs)

    monkeypatch.setattr(anyio.to_thread, "run_sync", counting)
    return seen


def test_api_requests_skip_the_router(api: httpx.Client, monkeypatch: pytest.MonkeyPatch) -> None:
    """The API's paths never reach Starlette's router; the sandbox's own endpoints do."""
    routed: list[str] = []
    original = Router.__call__

    async def counting(self: Router, scope: Any, receive: Any, send: Any) -> None:
        routed.append(scope["path"])
        await original(self, scope, receive, send)

    monkeypatch.setattr(Router, "__call__", counting)
    assert api.get("/groups").status_code == 200
    assert api.get("/nowhere").status_code == 404
    assert routed == []
    assert api.get("/_sandbox/clock").status_code == 200
    assert api.get("/openapi.json").status_code == 200
    assert list(dict.fromkeys(routed)) == ["/_sandbox/clock", "/openapi.json"]


def test_small_requests_are_served_without_a_thread(api: httpx.Client, hops: list[str]) -> None:
    """GET /groups, POST /sms, GET /sms/{uuid}, a refusal and a 404: none switches threads."""
    assert api.post("/groups", json={"name": "Team"}).status_code == 201
    assert api.get("/groups").status_code == 200
    uuid = api.post("/sms", json=SEND).json()["uuid"]
    assert api.get(f"/sms/{uuid}").status_code == 200
    assert api.post("/sms", json={"phone": "+4915100000001"}).status_code == 422
    assert api.get("/nowhere").status_code == 404
    assert hops == []


def test_a_large_body_is_served_in_a_worker_thread(api: httpx.Client, hops: list[str]) -> None:
    """A batch whose body is over the inline limit goes to a thread; every item is created."""
    group = api.post("/groups", json={"name": "Many"}).json()["id"]
    phones = [{"phone": f"+49152{i:08d}"} for i in range(1500)]
    assert len(httpx.Request("POST", "/", json=phones).content) > INLINE_BODY_BYTES
    response = api.post(f"/groups/{group}/phones/batch", json=phones)
    assert response.status_code == 201
    assert [r["status"] for r in response.json()] == [201] * len(phones)
    assert hops == ["_serve_locked"]


def test_a_long_catch_up_is_served_in_a_worker_thread(
    sandbox: Sandbox, api: httpx.Client, hops: list[str]
) -> None:
    """The first request after the clock passed many delivery steps catches up in a thread."""
    phones = [f"+4917{i:08d}" for i in range(3)]  # a bulk release due counts as a backlog
    bulk = api.post("/bulks", json={"sender_id": "Shop", "text": "Hi", "phones": phones})
    assert bulk.status_code == 201
    assert hops == []
    sandbox.clock.advance(3600)
    assert len(api.get("/sms").json()) > 0
    assert hops == ["_serve_locked"]
    assert api.get("/sms").status_code == 200  # nothing is due any more
    assert hops == ["_serve_locked"]


def test_an_operation_that_leaves_the_backlog_is_then_served_inline(
    sandbox: Sandbox, api: httpx.Client, hops: list[str]
) -> None:
    """GET /groups never catches up: after one look at a backlog it stays on the event loop."""
    phones = ["+4917000000001", "+4917000000002"]  # a bulk release due counts as a backlog
    assert api.post("/bulks", json={"sender_id": "Shop", "text": "Hi", "phones": phones})
    sandbox.clock.advance(3600)
    for _ in range(3):
        assert api.get("/groups").status_code == 200
    assert api.get("/me").status_code == 200
    assert hops == ["_serve_locked", "_serve_locked"]  # once each, then inline
    assert api.get("/sms").status_code == 200  # this one catches up: in a thread
    assert hops == ["_serve_locked"] * 3


def test_a_request_that_finds_the_lock_taken_waits_in_a_thread(
    sandbox: Sandbox, api: httpx.Client, hops: list[str]
) -> None:
    """While another thread holds the lock, a request queues in a worker thread, then answers."""
    lock = sandbox._core.lock
    answers: list[int] = []
    with lock:
        caller = threading.Thread(target=lambda: answers.append(api.get("/groups").status_code))
        caller.start()
        while lock.waiting == 0:
            threading.Event().wait(0.001)
        assert answers == []
    caller.join()
    assert answers == [200]
    assert hops == ["_serve_locked"]


class TestDueWork:
    """``due_work`` counts what a catch-up would apply now, up to a limit, bulk releases high."""

    def test_counts_only_what_is_due(self, sandbox: Sandbox, api: httpx.Client) -> None:
        for _ in range(3):
            assert api.post("/sms", json=SEND).status_code == 201
        store, now = sandbox._core.store, sandbox.clock.now()
        assert due_work(store, now, 100) == 0
        assert 0 < due_work(store, now + 3600, 100) == len(store.due)
        assert due_work(store, now + 3600, 2) == 2

    def test_a_bulk_release_counts_as_the_limit(self, sandbox: Sandbox, api: httpx.Client) -> None:
        phones = ["+4917000000001", "+4917000000002"]
        assert api.post("/bulks", json={"sender_id": "Shop", "text": "Hi", "phones": phones})
        assert due_work(sandbox._core.store, sandbox.clock.now() + 3600, 50) == 50


class TestTryAcquire:
    """``FairLock.try_acquire`` takes a free lock at once and never waits."""

    def test_free_and_reentrant(self) -> None:
        lock = FairLock()
        assert lock.try_acquire()
        assert lock.try_acquire()
        lock.release()
        lock.release()
        with pytest.raises(RuntimeError):
            lock.release()

    def test_held_by_another_thread(self) -> None:
        lock = FairLock()
        results: list[bool] = []
        with lock:
            other = threading.Thread(target=lambda: results.append(lock.try_acquire()))
            other.start()
            other.join()
        assert results == [False]
        assert lock.waiting == 0


def test_route_matching_agrees_with_trying_every_template() -> None:
    """Looking only at the templates sharing a path's first segment finds what trying all finds."""
    index = shared_index()
    templates = sorted({op.template for op in index.operations})
    paths = ["/", "", "sms", "/nowhere", "//sms", "/sms/", "/{uuid}", "/_sandbox/clock"]
    for template in templates:
        concrete = re.sub(r"\{[^}/]+\}", "x1", template)
        paths += [concrete, f"{concrete}/", f"{concrete}/more", template, concrete.upper()]
    for path in paths:
        for method in ("GET", "POST", "PUT", "PATCH", "DELETE"):
            assert index.match(method, path) == _match_by_trying_all(index, method, path), path


def _match_by_trying_all(index: OperationIndex, method: str, path: str) -> RouteMatch:
    entries = sorted(
        {op.template: op for op in index.operations}.values(),
        key=lambda op: -sum(1 for s in op.template.split("/") if s and not s.startswith("{")),
    )
    for first in entries:
        found = re.fullmatch(_template_pattern(first.template), path)
        if found is None:
            continue
        operations = {op.method: op for op in index.operations if op.template == first.template}
        if method not in operations:
            return RouteMatch(None, {}, tuple(sorted(operations)))
        return RouteMatch(operations[method], found.groupdict())
    return RouteMatch(None, {})


def _template_pattern(template: str) -> str:
    parts = re.split(r"(\{[^}/]+\})", template)
    return "".join(f"(?P<{p[1:-1]}>[^/]+)" if p.startswith("{") else re.escape(p) for p in parts)
