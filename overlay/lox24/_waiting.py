"""Waiting for a bulk sending to finish, by polling its status."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

from lox24_generated.models import BulkStatus, BulkStatusCode

from ._exceptions import WaitTimeoutError

#: A bulk in one of these states is still moving; every other state is final.
UNFINISHED = frozenset({BulkStatusCode.NEW, BulkStatusCode.PROCESSING})


def is_finished(status: BulkStatus) -> bool:
    """Whether the bulk has reached a final state (processed, cancelled, failed, ...)."""
    return status.status_code not in UNFINISHED


def wait_for_bulk(
    read_status: Callable[[], BulkStatus],
    *,
    timeout: float,
    poll_interval: float,
    on_progress: Callable[[BulkStatus], object] | None = None,
    sleep: Callable[[float], object] = time.sleep,
    monotonic: Callable[[], float] = time.monotonic,
) -> BulkStatus:
    """Poll until the bulk is finished; return its final status.

    Raises:
        WaitTimeoutError: The bulk was still unfinished after ``timeout`` seconds.

    """
    deadline = monotonic() + timeout
    while True:
        status = read_status()
        if on_progress is not None:
            on_progress(status)
        if is_finished(status):
            return status
        remaining = deadline - monotonic()
        if remaining <= 0:
            raise _timeout(status, timeout)
        sleep(min(poll_interval, remaining))


async def await_bulk(
    read_status: Callable[[], Awaitable[BulkStatus]],
    *,
    timeout: float,
    poll_interval: float,
    on_progress: Callable[[BulkStatus], object] | None = None,
    sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
    monotonic: Callable[[], float] = time.monotonic,
) -> BulkStatus:
    """The asynchronous twin of ``wait_for_bulk``."""
    deadline = monotonic() + timeout
    while True:
        status = await read_status()
        if on_progress is not None:
            on_progress(status)
        if is_finished(status):
            return status
        remaining = deadline - monotonic()
        if remaining <= 0:
            raise _timeout(status, timeout)
        await sleep(min(poll_interval, remaining))


def _timeout(status: BulkStatus, timeout: float) -> WaitTimeoutError:
    state = status.status_code if isinstance(status.status_code, int) else "unknown"
    return WaitTimeoutError(f"bulk {status.uuid} still in status {state} after {timeout:g}s")
