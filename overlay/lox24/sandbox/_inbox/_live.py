"""Server-sent events telling open inbox pages, within a fraction of a second, of a change.

Each open page holds one stream. The stream looks at the sandbox a few times a second: it
catches up with the clock (so that delivery reports due by now happen even when no request comes)
and compares a cheap summary of the state (counts, the newest request, the clock, the faults);
when the summary moved, it sends a ``change`` event and the page fetches what it shows again.
"""

from __future__ import annotations

import sys
import time
from collections.abc import AsyncIterator, Hashable
from typing import TYPE_CHECKING

import anyio
import anyio.to_thread
from starlette.requests import Request
from starlette.responses import StreamingResponse

from lox24.sandbox._webhooks._registry import webhooks_of

if TYPE_CHECKING:
    from lox24.sandbox._http._core import SandboxCore

#: Seconds between two looks at the sandbox.
POLL_INTERVAL = 0.15
#: Seconds between two comments that keep an idle stream open through proxies.
KEEPALIVE = 15.0
_END = sys.maxsize


def summary(core: SandboxCore) -> Hashable:
    """What changes whenever anything an inbox view shows may have changed."""
    core.events_since(core.generation, _END)  # emits what the clock has reached
    store = core.store
    records = core.records
    clock = core.clock
    now = clock.now()
    webhooks = webhooks_of(core)
    return (
        core.generation,
        len(store.events.events),
        len(store.messaging.sms),
        len(store.messaging.incomings),
        len(store.bulks),
        store.work.due_handled,
        len(records),
        records[-1].request_id if records else None,
        clock.frozen,
        round(now if clock.frozen else now - time.time()),
        tuple(r.id for r in core.faults.rules),
        len(webhooks.attempts),
        len(webhooks.subscriptions),
    )


def live_stream(core: SandboxCore, request: Request) -> StreamingResponse:
    """The ``text/event-stream`` answer: a ``change`` event each time :func:`summary` moves."""

    async def events() -> AsyncIterator[str]:
        last: Hashable = None
        quiet_since = time.monotonic()
        yield "retry: 1000\n\n"
        while not await request.is_disconnected():
            current = await anyio.to_thread.run_sync(summary, core)
            if current != last:
                last = current
                quiet_since = time.monotonic()
                yield "event: change\ndata: {}\n\n"
            elif time.monotonic() - quiet_since > KEEPALIVE:
                quiet_since = time.monotonic()
                yield ": still here\n\n"
            await anyio.sleep(POLL_INTERVAL)

    headers = {"Cache-Control": "no-store", "X-Accel-Buffering": "no"}
    return StreamingResponse(events(), media_type="text/event-stream", headers=headers)
