"""When a request is repeated, and how long to wait first.

The rule that matters: a request that may have created something (an SMS, a bulk, a phone) is
never sent twice. LOX24 documents no idempotency key, so

* reads (GET, HEAD, OPTIONS) are retried, up to ``max_read_retries`` times, after every
  transient answer a proxy or the gateway gives: a transport error (including a body cut off
  or undecodable while it is read), 408, 429 (with or without ``Retry-After``), every 5xx but
  501 and 505, and a 2xx that is not what the API answers (a proxy's HTML page, a JSON body
  that does not even look like JSON);
* every other method is retried, up to ``max_retries`` times, only when the connection could
  not be made at all (connect errors and pool timeouts): the request provably never left this
  machine, or on a 429 with a ``Retry-After``: the server refused it;
* a write answered 429 without ``Retry-After`` is not retried: LOX24 answers so while an IP
  is blocked for ten minutes after bad tokens, and hammering it does not help;
* a ``Retry-After`` longer than ``MAX_RETRY_AFTER`` is never waited for;
* 401 and 403 are never retried.

This module is the policy; ``lox24._retry_transport`` applies it below the code that parses
answers, so every operation gets the same rules. Backoff is exponential with full jitter,
capped at ``MAX_RETRY_DELAY``.

The policy also carries the client's in-flight window (how long a sent write may still arrive
at the server): the transport stamps it on each request, so that an outcome-unknown error can
say how long to wait before looking for the write's result.
"""

from __future__ import annotations

import random
import time
from email.utils import parsedate_to_datetime

import attrs
import httpx

from ._constants import (
    DEFAULT_MAX_READ_RETRIES,
    DEFAULT_TIMEOUT,
    INITIAL_RETRY_DELAY,
    MAX_RETRY_AFTER,
    MAX_RETRY_DELAY,
    READ_METHODS,
)
from ._reconcile import in_flight_window

#: Statuses after which a read is repeated (every 5xx but these is, too).
RETRYABLE_READ_STATUSES = frozenset({408, 429, 500, 502, 503, 504, 520, 521, 522, 523, 524})
#: 5xx statuses that say the request itself is wrong: repeating a read does not help.
PERMANENT_SERVER_STATUSES = frozenset({501, 505})
#: Failures that happen before any byte of the request is sent.
NOT_SENT_ERRORS: tuple[type[Exception], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.UnsupportedProtocol,
)
#: Failures of one attempt that a read may simply repeat.
TRANSIENT_ERRORS: tuple[type[Exception], ...] = (httpx.TransportError, httpx.DecodingError)

__all__ = [
    "NOT_SENT_ERRORS",
    "READ_METHODS",
    "RetryPolicy",
    "parse_retry_after",
    "unreadable_success",
]


@attrs.frozen
class RetryPolicy:
    """How often and how patiently to retry.

    Attributes:
        max_retries: Retries of a write after the first attempt (only when it was provably
            not sent, or refused with ``Retry-After``); 0 disables retrying.
        initial_delay: The backoff before the first retry, in seconds.
        max_delay: The backoff never exceeds this.
        max_read_retries: Retries of a read after the first attempt.
        in_flight_window: Seconds a sent write may still arrive at the server.

    """

    max_retries: int = 2
    initial_delay: float = INITIAL_RETRY_DELAY
    max_delay: float = MAX_RETRY_DELAY
    max_read_retries: int = DEFAULT_MAX_READ_RETRIES
    in_flight_window: float = in_flight_window(DEFAULT_TIMEOUT)

    def budget(self, method: str) -> int:
        """How many retries a request with ``method`` may have."""
        return self.max_read_retries if method in READ_METHODS else self.max_retries

    def retry_after_error(self, method: str, error: Exception, attempt: int) -> bool:
        """Whether to retry after ``error`` on the given (0-based) attempt."""
        if attempt >= self.budget(method):
            return False
        if isinstance(error, NOT_SENT_ERRORS):
            return True  # nothing reached the server, any method may go again
        # Anything else may have been received: only reads are safe to repeat.
        return method in READ_METHODS and isinstance(error, TRANSIENT_ERRORS)

    def delay_after_response(
        self, method: str, response: httpx.Response, attempt: int
    ) -> float | None:
        """The seconds to wait before retrying after ``response``, or None not to retry.

        For a 2xx the body must have been read (the transport reads it whole first).
        """
        read = method in READ_METHODS
        if attempt >= self.budget(method):
            return None
        if response.is_success:
            return self.backoff(attempt) if read and unreadable_success(response) else None
        if response.status_code < 400:  # noqa: PLR2004 - a final 1xx or 3xx: no redirects
            return None
        retry_after = parse_retry_after(response.headers.get("Retry-After"))
        if retry_after is not None and retry_after > MAX_RETRY_AFTER:
            return None
        if retry_after is not None:
            return retry_after if self._retried(read, response.status_code, True) else None
        return self.backoff(attempt) if self._retried(read, response.status_code, False) else None

    @staticmethod
    def _retried(read: bool, status: int, with_retry_after: bool) -> bool:
        """Whether a 4xx or 5xx is repeated (a ``Retry-After`` over the cap never is)."""
        if status == 429:  # noqa: PLR2004 - refused, so any method may go again with its header
            return read or with_retry_after  # a write without one: maybe an IP block
        return read and (
            status in RETRYABLE_READ_STATUSES
            or (status >= 500 and status not in PERMANENT_SERVER_STATUSES)  # noqa: PLR2004
        )

    def backoff(self, attempt: int) -> float:
        """Exponential backoff with full jitter for the given (0-based) attempt."""
        ceiling = min(self.max_delay, self.initial_delay * 2**attempt)
        return random.uniform(0, ceiling)  # noqa: S311 - jitter, not cryptography


def unreadable_success(response: httpx.Response) -> bool:
    """Whether a 2xx is not what the API answers: an intermediary's page, or a broken JSON body.

    A proxy or gateway that answers 200 with its own HTML page, or passes on a JSON body that
    is cut short without saying so, gives a read nothing to parse; repeating the read helps.
    Only the body's type and first and last bytes are looked at: parsing is the parser's job.
    """
    if response.status_code == 204 or response.request.method == "HEAD":  # noqa: PLR2004
        return False
    kind = response.headers.get("Content-Type", "").lower()
    if "html" in kind:
        return True  # no operation of the API answers HTML
    if "json" not in kind:
        return False  # CSV exports, plain text: nothing to check
    try:
        body = response.content
    except httpx.ResponseNotRead:
        return False
    # Only the ends are looked at (no copy of a large body); JSON allows whitespace around.
    first, last = body[:64].lstrip()[:1], body[-64:].rstrip()[-1:]
    return first not in {b"{", b"["} or last not in {b"}", b"]"}


def parse_retry_after(value: str | None) -> float | None:
    """Read a ``Retry-After`` header (seconds or an HTTP date) as seconds from now."""
    if value is None:
        return None
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        return max(0.0, seconds) if seconds == seconds else None  # noqa: PLR0124 - NaN check
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError, OverflowError):
        return None
