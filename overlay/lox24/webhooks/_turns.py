"""Work that the events of one turn of an event loop queue, handed to a store together.

Concurrent events on one event loop each ask the store for a claim, then for a record. Instead
of one transaction or one round trip each, the requests queued before the loop next turns are
handed over in one batch (one SQLite transaction, one Redis pipeline), and each event awaits
only its own answer.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any, Generic, TypeVar

W = TypeVar("W")
#: A piece of work and the future its event awaits.
Queued = tuple[W, "asyncio.Future[Any]"]


class TurnBatches(Generic[W]):
    """Collects work per event loop and calls ``flush(loop, batch)`` once per turn."""

    def __init__(self, flush: Callable[[asyncio.AbstractEventLoop, list[Queued[W]]], None]) -> None:
        self._flush = flush
        self._queued: dict[asyncio.AbstractEventLoop, list[Queued[W]]] = {}

    async def submit(self, work: W) -> Any:
        """Queue ``work`` for this turn's batch; its answer, once the batch is done."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Any] = loop.create_future()
        queued = self._queued.setdefault(loop, [])
        queued.append((work, future))
        if len(queued) == 1:
            loop.call_soon(self._run, loop)
        return await future

    def _run(self, loop: asyncio.AbstractEventLoop) -> None:
        self._flush(loop, self._queued.pop(loop, []))


def settle(answers: list[tuple[asyncio.Future[Any], Any, BaseException | None]]) -> None:
    """Give each waiting future its result, or its error when that is not ``None``."""
    for future, result, error in answers:
        if future.cancelled():
            continue
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(result)
