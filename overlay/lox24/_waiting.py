"""Waiting for asynchronous work to finish by polling: bulks, fraud checks, SMS delivery.

The API pushes no progress to a client (webhooks go to a server); these helpers poll the
resource until it reaches a final state, report each state they see, and give up after a
timeout. Unknown future state codes count as final, so a wait never hangs on a new code.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from lox24_generated.models import (
    BulkStatus,
    BulkStatusCode,
    DlrCode,
    FraudCheck,
    FraudCheckStatusCode,
    Sms,
    SmsStatusCode,
)

from ._exceptions import WaitTimeoutError
from ._sms_state import sms_state

StateT = TypeVar("StateT")

UNFINISHED_BULK = frozenset({BulkStatusCode.NEW, BulkStatusCode.PROCESSING})
UNFINISHED_FRAUD_CHECK = frozenset({FraudCheckStatusCode.NEW, FraudCheckStatusCode.PROCESSING})
#: An SMS is on its way while new or handed to the network without a final delivery report.
SMS_IN_FLIGHT = frozenset({SmsStatusCode.NEW, SmsStatusCode.SENT})
FINAL_DLR = frozenset({DlrCode.DELIVERY_OK, DlrCode.DELIVERY_EXPIRED, DlrCode.DELIVERY_REJECTED})


def is_finished(status: BulkStatus) -> bool:
    """Whether a bulk has reached a final state (processed, cancelled, failed, ...)."""
    return status.status_code not in UNFINISHED_BULK


def is_fraud_check_finished(check: FraudCheck) -> bool:
    """Whether a fraud check has a result (or failed)."""
    return check.status_code not in UNFINISHED_FRAUD_CHECK


def is_delivery_final(sms: Sms) -> bool:
    """Whether an SMS has its final delivery report, or failed before it reached the network.

    That is ``sms.state.final`` (``lox24.SmsState``): a code this version does not know
    counts as final.
    """
    return sms_state(sms.status_code, sms.dlr_code).final


#: The final-state rules by the name generated ``wait`` methods give them (``x-lox24-wait``).
FINAL_STATES: dict[str, Callable[[Any], bool]] = {
    "bulk_finished": is_finished,
    "fraud_check_finished": is_fraud_check_finished,
    "delivery_final": is_delivery_final,
}


def poll(
    read: Callable[[], StateT],
    is_done: Callable[[StateT], bool],
    *,
    timeout: float,
    poll_interval: float,
    on_progress: Callable[[StateT], object] | None = None,
    sleep: Callable[[float], object] = time.sleep,
    monotonic: Callable[[], float] = time.monotonic,
) -> StateT:
    """Read until ``is_done``; return the last state.

    Raises:
        WaitTimeoutError: Still not done after ``timeout`` seconds.

    """
    deadline = monotonic() + timeout
    while True:
        state = read()
        if on_progress is not None:
            on_progress(state)
        if is_done(state):
            return state
        remaining = deadline - monotonic()
        if remaining <= 0:
            raise WaitTimeoutError(f"still not finished after {timeout:g}s: {_describe(state)}")
        sleep(min(poll_interval, remaining))


async def apoll(
    read: Callable[[], Awaitable[StateT]],
    is_done: Callable[[StateT], bool],
    *,
    timeout: float,
    poll_interval: float,
    on_progress: Callable[[StateT], object] | None = None,
    sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
    monotonic: Callable[[], float] = time.monotonic,
) -> StateT:
    """The asynchronous twin of ``poll``."""
    deadline = monotonic() + timeout
    while True:
        state = await read()
        if on_progress is not None:
            on_progress(state)
        if is_done(state):
            return state
        remaining = deadline - monotonic()
        if remaining <= 0:
            raise WaitTimeoutError(f"still not finished after {timeout:g}s: {_describe(state)}")
        await sleep(min(poll_interval, remaining))


def _describe(state: object) -> str:
    ident = getattr(state, "uuid", None) or getattr(state, "id", None)
    code = getattr(state, "status_code", None)
    return (
        f"{type(state).__name__} {ident} in status {code if isinstance(code, int) else 'unknown'}"
    )
