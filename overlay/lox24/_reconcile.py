"""Finding out whether a write whose outcome is unknown took effect, safely.

After a ``WriteOutcomeUnknownError`` the request may still be on its way: held by a proxy, or
queued at the server. Looking for its result at once can say "absent" and then see it appear a
second later, and a caller who resent in between has sent the SMS twice. So the helpers here
first wait out the in-flight window (at least the client's timeout: a request older than that
has either arrived or been abandoned by the connection that carried it), then look once.

The look-up is by something the caller chose and sent with the write: for an SMS its
``callback_data``, which should be unique per message for this to work.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable, Iterable
from typing import Generic, TypeVar

import attrs
import httpx

from ._exceptions import InvalidInputError

T = TypeVar("T")
Clock = Callable[[], float]
Sleep = Callable[[float], object]

#: Added to the timeouts: time for the server to store what it received.
WINDOW_MARGIN = 1.0
#: The window when the client has no write or read timeout.
UNBOUNDED_WINDOW = 120.0


@attrs.frozen
class Reconciliation(Generic[T]):
    """What reconciliation found.

    Attributes:
        created: Whether the write took effect.
        found: Every matching resource (more than one means the reference was reused).

    """

    created: bool
    found: tuple[T, ...] = ()

    @property
    def item(self) -> T | None:
        """The resource the write created, or ``None``."""
        return self.found[0] if self.found else None


def in_flight_window(timeout: httpx.Timeout) -> float:
    """How long a sent request may still arrive: the write and read timeouts plus a margin."""
    if timeout.write is None or timeout.read is None:
        return UNBOUNDED_WINDOW
    return timeout.write + timeout.read + WINDOW_MARGIN


def reconcile_sms(
    callback_data: str,
    *,
    list_by_callback_data: Callable[[str], Iterable[T]],
    sleep: Sleep,
    clock: Clock,
    window: float,
    since: float | None = None,
) -> Reconciliation[T]:
    """Wait out the in-flight window, then say whether an SMS with ``callback_data`` exists.

    Args:
        callback_data: The ``callback_data`` sent with the SMS whose outcome is unknown.
        list_by_callback_data: Lists SMS filtered by ``callback_data`` (for example
            ``lambda value: client.sms.list(callback_data=value)``); only exact matches count.
        sleep: How to wait (the client's ``sleep``).
        clock: Seconds on the clock ``sleep`` advances (the client's ``clock``).
        window: Seconds to wait after ``since`` (see ``in_flight_window``).
        since: When the outcome became unknown, on ``clock``; now if not given.

    Returns:
        ``created`` with the SMS in ``item``, or not created: then sending it again is safe.

    Raises:
        InvalidInputError: ``callback_data`` is empty, so nothing can be matched.
        Lox24Error: The listing failed (reads are retried first); try again later.

    """
    _check_reference(callback_data)
    deadline = (clock() if since is None else since) + window
    while (remaining := deadline - clock()) > 0:
        sleep(remaining)
    return _found(callback_data, list_by_callback_data(callback_data))


async def areconcile_sms(
    callback_data: str,
    *,
    list_by_callback_data: Callable[[str], Awaitable[Iterable[T]]],
    sleep: Callable[[float], Awaitable[object] | object],
    clock: Clock,
    window: float,
    since: float | None = None,
) -> Reconciliation[T]:
    """The asynchronous twin of ``reconcile_sms``; ``list_by_callback_data`` is awaited."""
    _check_reference(callback_data)
    deadline = (clock() if since is None else since) + window
    while (remaining := deadline - clock()) > 0:
        pause = sleep(remaining)
        if inspect.isawaitable(pause):
            await pause
    return _found(callback_data, await list_by_callback_data(callback_data))


def _check_reference(callback_data: str) -> None:
    if not isinstance(callback_data, str) or not callback_data:
        message = "reconciling needs the non-empty callback_data that was sent with the SMS"
        raise InvalidInputError(message, field="callback_data")


def _found(callback_data: str, candidates: Iterable[T]) -> Reconciliation[T]:
    # The API filters callback_data by substring: keep exact matches only.
    found = tuple(sms for sms in candidates if getattr(sms, "callback_data", None) == callback_data)
    return Reconciliation(created=bool(found), found=found)
