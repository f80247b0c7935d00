"""The transports that apply the retry policy to every request, sync and async.

Each attempt reads the whole body inside the retry loop and checks that it arrived intact
(``Content-Length``, a complete gzip stream), so a read whose body breaks off is retried like
one whose connection broke, and a write whose answer breaks off is reported, never repeated.
Every decision is logged at DEBUG on the ``lox24`` logger (method, masked path, status, request
id; never headers or query strings).
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import time
import zlib
from collections.abc import Callable
from contextvars import ContextVar

import httpx

from ._constants import IN_FLIGHT_WINDOW, READ_METHODS, REQUEST_ID_HEADER
from ._redact import mask_phones
from ._retry import NOT_SENT_ERRORS, TRANSIENT_ERRORS, RetryPolicy

log = logging.getLogger("lox24")

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
    if response.is_stream_consumed and _holds_content(response):
        # Built from bytes in memory (an in-process transport): already whole, no copy needed.
        response.request = request
        return response
    return httpx.Response(
        response.status_code,
        headers=response.headers,
        stream=httpx.ByteStream(raw),
        extensions=response.extensions,
        request=request,
    )


def _readable(response: httpx.Response) -> httpx.Response:
    """A successful read with its body decoded, for the policy to look at (it is whole)."""
    if response.is_success and response.request.method in READ_METHODS:
        response.read()
    return response


def _holds_content(response: httpx.Response) -> bool:
    try:
        response.content  # noqa: B018 - raises ResponseNotRead unless the body is in memory
    except httpx.ResponseNotRead:
        return False
    return True


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
        request.extensions[IN_FLIGHT_WINDOW] = self._policy.in_flight_window
        response = self._inner.handle_request(request)
        try:
            # The stream itself, not ``iter_raw``: a response built with ``content=`` counts
            # as consumed already but still yields its raw bytes.
            stream = response.stream
            if not isinstance(stream, httpx.SyncByteStream):
                raise TypeError("a sync transport answered with an async stream")
            raw = b"".join(stream)
            return _readable(complete(response, raw, request))
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
        request.extensions[IN_FLIGHT_WINDOW] = self._policy.in_flight_window
        response = await self._inner.handle_async_request(request)
        try:
            stream = response.stream
            if not isinstance(stream, httpx.AsyncByteStream):
                raise TypeError("an async transport answered with a sync stream")
            if isinstance(stream, httpx.ByteStream):  # bytes in memory: nothing to await
                raw = b"".join(stream)
            else:
                raw = b"".join([chunk async for chunk in stream])
            return _readable(complete(response, raw, request))
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
