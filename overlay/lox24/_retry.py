"""When a request is repeated, and how long to wait first.

The rule that matters: a request that may have created something (an SMS, a bulk, a phone) is
never sent twice. LOX24 documents no idempotency key, so

* reads (GET, HEAD, OPTIONS) are retried after transport errors and after 500, 502, 503, 504;
* every other method is retried only when the connection could not be made at all (connect
  errors and pool timeouts): the request provably never left this machine;
* 429 is retried only when the server sends a ``Retry-After`` no longer than
  ``MAX_RETRY_AFTER``; LOX24 answers 429 while an IP is blocked for ten minutes after bad
  tokens, and hammering it does not help;
* 401 and 403 are never retried.

Retries happen in a transport wrapper, below the generated code, so every operation gets the
same policy. Backoff is exponential with full jitter, capped at ``MAX_RETRY_DELAY``.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Callable
from email.utils import parsedate_to_datetime

import attrs
import httpx

from ._constants import INITIAL_RETRY_DELAY, MAX_RETRY_AFTER, MAX_RETRY_DELAY

log = logging.getLogger("lox24")

READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
RETRYABLE_READ_STATUSES = frozenset({500, 502, 503, 504})
#: Failures that happen before any byte of the request is sent.
NOT_SENT_ERRORS: tuple[type[Exception], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)


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
        return method in READ_METHODS and isinstance(error, httpx.TransportError)

    def delay_after_response(
        self, method: str, response: httpx.Response, attempt: int
    ) -> float | None:
        """The seconds to wait before retrying after ``response``, or None not to retry."""
        if attempt >= self.max_retries:
            return None
        if response.status_code == 429:  # noqa: PLR2004
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            if retry_after is None or retry_after > MAX_RETRY_AFTER:
                return None
            return retry_after
        if method in READ_METHODS and response.status_code in RETRYABLE_READ_STATUSES:
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
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None


class RetryTransport(httpx.BaseTransport):
    """Wraps a transport and applies a ``RetryPolicy`` to every request."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        policy: RetryPolicy,
        *,
        sleep: Callable[[float], None] | None = None,
    ) -> None:
        self._inner = inner
        self._policy = policy
        self._sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request``, retrying as the policy allows."""
        attempt = 0
        while True:
            try:
                response = self._inner.handle_request(request)
            except Exception as error:
                if not self._policy.retry_after_error(request.method, error, attempt):
                    raise
                delay = self._policy.backoff(attempt)
                _log_retry(request, attempt, delay, type(error).__name__)
            else:
                delay_or_none = self._policy.delay_after_response(request.method, response, attempt)
                if delay_or_none is None:
                    return response
                delay = delay_or_none
                response.close()
                _log_retry(request, attempt, delay, str(response.status_code))
            (self._sleep or time.sleep)(delay)
            attempt += 1

    def close(self) -> None:
        """Close the wrapped transport."""
        self._inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The asynchronous twin of ``RetryTransport``."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        policy: RetryPolicy,
        *,
        sleep: Callable[[float], object] | None = None,
    ) -> None:
        self._inner = inner
        self._policy = policy
        self._sleep = sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request``, retrying as the policy allows."""
        attempt = 0
        while True:
            try:
                response = await self._inner.handle_async_request(request)
            except Exception as error:
                if not self._policy.retry_after_error(request.method, error, attempt):
                    raise
                delay = self._policy.backoff(attempt)
                _log_retry(request, attempt, delay, type(error).__name__)
            else:
                delay_or_none = self._policy.delay_after_response(request.method, response, attempt)
                if delay_or_none is None:
                    return response
                delay = delay_or_none
                await response.aclose()
                _log_retry(request, attempt, delay, str(response.status_code))
            pause = (self._sleep or asyncio.sleep)(delay)
            if asyncio.iscoroutine(pause):
                await pause
            attempt += 1

    async def aclose(self) -> None:
        """Close the wrapped transport."""
        await self._inner.aclose()


def _log_retry(request: httpx.Request, attempt: int, delay: float, reason: str) -> None:
    # Method and path only: query strings may carry personal data, headers carry the token.
    log.debug(
        "retrying %s %s after %s (retry %d, in %.2fs)",
        request.method,
        request.url.path,
        reason,
        attempt + 1,
        delay,
    )
