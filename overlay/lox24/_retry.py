"""When a request is repeated, and how long to wait first.

The rule that matters: a request that may have created something (an SMS, a bulk, a phone) is
never sent twice. LOX24 documents no idempotency key, so

* reads (GET, HEAD, OPTIONS) are retried after any transient failure: a transport error
  (including a body cut off or undecodable while it is read), 500, 502, 503, 504 and 520-524;
* every other method is retried only when the connection could not be made at all (connect
  errors and pool timeouts): the request provably never left this machine;
* 429 is retried only when the server sends a ``Retry-After`` no longer than
  ``MAX_RETRY_AFTER``; LOX24 answers 429 while an IP is blocked for ten minutes after bad
  tokens, and hammering it does not help;
* 401 and 403 are never retried.

This module is the policy; ``lox24._retry_transport`` applies it below the code that parses
answers, so every operation gets the same rules. Backoff is exponential with full jitter,
capped at ``MAX_RETRY_DELAY``.
"""

from __future__ import annotations

import random
import time
from email.utils import parsedate_to_datetime

import attrs
import httpx

from ._constants import INITIAL_RETRY_DELAY, MAX_RETRY_AFTER, MAX_RETRY_DELAY, READ_METHODS

RETRYABLE_READ_STATUSES = frozenset({500, 502, 503, 504, 520, 521, 522, 523, 524})
#: Failures that happen before any byte of the request is sent.
NOT_SENT_ERRORS: tuple[type[Exception], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.UnsupportedProtocol,
)
#: Failures of one attempt that a read may simply repeat.
TRANSIENT_ERRORS: tuple[type[Exception], ...] = (httpx.TransportError, httpx.DecodingError)

__all__ = ["NOT_SENT_ERRORS", "READ_METHODS", "RetryPolicy", "parse_retry_after"]


@attrs.frozen
class RetryPolicy:
    """How often and how patiently to retry.

    Attributes:
        max_retries: Retries after the first attempt; 0 disables retrying.
        initial_delay: The backoff before the first retry, in seconds.
        max_delay: The backoff never exceeds this.

    """

    max_retries: int = 2
    initial_delay: float = INITIAL_RETRY_DELAY
    max_delay: float = MAX_RETRY_DELAY

    def retry_after_error(self, method: str, error: Exception, attempt: int) -> bool:
        """Whether to retry after ``error`` on the given (0-based) attempt."""
        if attempt >= self.max_retries:
            return False
        if isinstance(error, NOT_SENT_ERRORS):
            return True  # nothing reached the server, any method may go again
        # Anything else may have been received: only reads are safe to repeat.
        return method in READ_METHODS and isinstance(error, TRANSIENT_ERRORS)

    def delay_after_response(
        self, method: str, response: httpx.Response, attempt: int
    ) -> float | None:
        """The seconds to wait before retrying after ``response``, or None not to retry."""
        if attempt >= self.max_retries or response.status_code < 400:  # noqa: PLR2004
            return None  # (a success is never retried: no header to read)
        retry_after = parse_retry_after(response.headers.get("Retry-After"))
        if response.status_code == 429:  # noqa: PLR2004 - refused, so any method may go again
            if retry_after is None or retry_after > MAX_RETRY_AFTER:
                return None
            return retry_after
        if method in READ_METHODS and response.status_code in RETRYABLE_READ_STATUSES:
            if retry_after is not None:
                return retry_after if retry_after <= MAX_RETRY_AFTER else None
            return self.backoff(attempt)
        return None

    def backoff(self, attempt: int) -> float:
        """Exponential backoff with full jitter for the given (0-based) attempt."""
        ceiling = min(self.max_delay, self.initial_delay * 2**attempt)
        return random.uniform(0, ceiling)  # noqa: S311 - jitter, not cryptography


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
