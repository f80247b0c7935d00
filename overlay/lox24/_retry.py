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

Retries happen in a transport wrapper, below the code that parses answers, so every operation
gets the same policy. The wrapper reads each body completely inside the retry loop, so a read
whose body breaks off is retried like one whose connection broke. Backoff is exponential with
full jitter, capped at ``MAX_RETRY_DELAY``. Every decision is logged at DEBUG on the ``lox24``
logger.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import random
import time
import zlib
from collections.abc import Callable
from contextvars import ContextVar
from email.utils import parsedate_to_datetime

import attrs
import httpx

from ._constants import INITIAL_RETRY_DELAY, MAX_RETRY_AFTER, MAX_RETRY_DELAY, REQUEST_ID_HEADER
from ._exceptions import READ_METHODS
from ._redact import mask_phones

log = logging.getLogger("lox24")

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

#: The request that reached the transport, if one did: tells "never left" from "may have
#: arrived" for failures that are not httpx errors.
reached_transport: ContextVar[httpx.Request | None] = ContextVar(
    "lox24_reached_transport", default=None
)


def default_sleep(seconds: float) -> None:
    """How the sync retry transport waits when no ``sleep`` was given (``time.sleep``)."""
    time.sleep(seconds)


async def default_async_sleep(seconds: float) -> None:
    """How the async retry transport waits when no ``sleep`` was given (``asyncio.sleep``)."""
    await asyncio.sleep(seconds)


__all__ = ["READ_METHODS", "AsyncRetryTransport", "RetryPolicy", "RetryTransport"]


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
        if attempt >= self.max_retries:
            return None
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


def complete(response: httpx.Response, raw: bytes, request: httpx.Request) -> httpx.Response:
    """The response with its whole body, after checking it arrived intact.

    Raises:
        httpx.RemoteProtocolError: Fewer (or more) bytes than ``Content-Length`` arrived.
        httpx.DecodingError: The ``Content-Encoding`` cannot be undone (a broken gzip body).

    """
    declared = response.headers.get("Content-Length", "")
    if request.method != "HEAD" and declared.isdigit() and int(declared) != len(raw):
        message = f"the response body ended after {len(raw)} of {declared} bytes"
        raise httpx.RemoteProtocolError(message, request=request)
    encoding = response.headers.get("Content-Encoding")
    if encoding:
        _check_decodable(encoding, raw, request)
    return httpx.Response(
        response.status_code,
        headers=response.headers,
        stream=httpx.ByteStream(raw),
        extensions=response.extensions,
        request=request,
    )


def is_refusal(response: httpx.Response) -> bool:
    """A 4xx: the server refused the request, whatever became of the body that says why."""
    return 400 <= response.status_code < 500  # noqa: PLR2004 - the 4xx range


def without_body(response: httpx.Response, request: httpx.Request) -> httpx.Response:
    """A 4xx whose body broke off or cannot be decoded, kept with its status and no body.

    The status alone decides the outcome (a refusal, nothing changed), so a broken
    explanation must not turn it into an unknown outcome.
    """
    headers = [
        (name, value)
        for name, value in response.headers.multi_items()
        if name.lower() not in {"content-encoding", "content-length"}
    ]
    return httpx.Response(
        response.status_code,
        headers=headers,
        content=b"",
        extensions=response.extensions,
        request=request,
    )


def _check_decodable(encoding: str, raw: bytes, request: httpx.Request) -> None:
    """Raise ``httpx.DecodingError`` if the body cannot be decoded, or its gzip stream is cut."""
    try:
        httpx.Response(200, headers={"Content-Encoding": encoding}, content=raw).read()
    except httpx.DecodingError as error:
        raise httpx.DecodingError(str(error), request=request) from error
    if encoding.strip().lower() in {"gzip", "x-gzip"} and raw:
        # httpx decodes a truncated gzip stream without complaint; its end marker tells.
        decoder = zlib.decompressobj(zlib.MAX_WBITS | 16)
        decoder.decompress(raw)
        if not decoder.eof:
            message = "the gzip body ends before its end marker"
            raise httpx.DecodingError(message, request=request)


class RetryTransport(httpx.BaseTransport):
    """Wraps a transport and applies a ``RetryPolicy`` to every request."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        policy: RetryPolicy,
        *,
        sleep: Callable[[float], object] | None = None,
    ) -> None:
        self._inner = inner
        self._policy = policy
        self._sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` and read its body, retrying as the policy allows."""
        attempt = 0
        while True:
            try:
                response = self._attempt(request)
            except Exception as error:
                if not self._policy.retry_after_error(request.method, error, attempt):
                    _log_give_up(request, attempt, error, None)
                    raise
                delay = self._policy.backoff(attempt)
                _log_retry(request, attempt, delay, type(error).__name__, None)
            else:
                delay_or_none = self._policy.delay_after_response(request.method, response, attempt)
                if delay_or_none is None:
                    _log_give_up(request, attempt, None, response)
                    return response
                delay = delay_or_none
                _log_retry(request, attempt, delay, str(response.status_code), response)
            (self._sleep or default_sleep)(delay)
            attempt += 1

    def _attempt(self, request: httpx.Request) -> httpx.Response:
        reached_transport.set(request)
        response = self._inner.handle_request(request)
        try:
            # The stream itself, not ``iter_raw``: a response built with ``content=`` counts
            # as consumed already but still yields its raw bytes.
            stream = response.stream
            if not isinstance(stream, httpx.SyncByteStream):
                raise TypeError("a sync transport answered with an async stream")
            raw = b"".join(stream)
            return complete(response, raw, request)
        except TRANSIENT_ERRORS:
            if is_refusal(response):
                return without_body(response, request)
            raise
        finally:
            response.close()

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
        """Send ``request`` and read its body, retrying as the policy allows."""
        attempt = 0
        while True:
            try:
                response = await self._attempt(request)
            except Exception as error:
                if not self._policy.retry_after_error(request.method, error, attempt):
                    _log_give_up(request, attempt, error, None)
                    raise
                delay = self._policy.backoff(attempt)
                _log_retry(request, attempt, delay, type(error).__name__, None)
            else:
                delay_or_none = self._policy.delay_after_response(request.method, response, attempt)
                if delay_or_none is None:
                    _log_give_up(request, attempt, None, response)
                    return response
                delay = delay_or_none
                _log_retry(request, attempt, delay, str(response.status_code), response)
            pause = (self._sleep or default_async_sleep)(delay)
            if inspect.isawaitable(pause):
                await pause
            attempt += 1

    async def _attempt(self, request: httpx.Request) -> httpx.Response:
        reached_transport.set(request)
        response = await self._inner.handle_async_request(request)
        try:
            stream = response.stream
            if not isinstance(stream, httpx.AsyncByteStream):
                raise TypeError("an async transport answered with a sync stream")
            raw = b"".join([chunk async for chunk in stream])
            return complete(response, raw, request)
        except TRANSIENT_ERRORS:
            if is_refusal(response):
                return without_body(response, request)
            raise
        finally:
            await response.aclose()

    async def aclose(self) -> None:
        """Close the wrapped transport."""
        await self._inner.aclose()


def _where(request: httpx.Request, response: httpx.Response | None) -> str:
    # Method and path only (phone numbers masked): query strings may carry personal data,
    # headers carry the token.
    request_id = response.headers.get(REQUEST_ID_HEADER) if response is not None else None
    return f"{request.method} {mask_phones(request.url.path)} [request id {request_id or '-'}]"


def _log_retry(
    request: httpx.Request,
    attempt: int,
    delay: float,
    reason: str,
    response: httpx.Response | None,
) -> None:
    log.debug(
        "retrying %s after %s (retry %d, in %.2fs)",
        _where(request, response),
        reason,
        attempt + 1,
        delay,
    )


def _log_give_up(
    request: httpx.Request,
    attempt: int,
    error: Exception | None,
    response: httpx.Response | None,
) -> None:
    if response is not None and response.is_success:
        return
    reason = type(error).__name__ if error is not None else str(response and response.status_code)
    if request.method in READ_METHODS or isinstance(error, NOT_SENT_ERRORS):
        why = "no retries left"
    elif response is not None and response.status_code < 500:  # noqa: PLR2004
        why = "the server refused it"
    else:
        why = "it may have reached the server"
    log.debug(
        "not retrying %s after %s (attempt %d): %s",
        _where(request, response),
        reason,
        attempt + 1,
        why,
    )
