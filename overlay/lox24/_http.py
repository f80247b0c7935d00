"""The httpx seam: how the client's httpx clients are built and how failures are translated.

The generated code sends every request through the httpx client built here, so auth, the
``Accept`` header, timeouts, retries and error mapping apply to every operation alike.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from importlib import metadata

import httpx

from ._auth import TokenAuth
from ._constants import ACCEPT, REQUEST_ID_HEADER
from ._exceptions import (
    APIConnectionError,
    APITimeoutError,
    WriteOutcomeUnknownError,
    status_error,
)
from ._retry import NOT_SENT_ERRORS, READ_METHODS, AsyncRetryTransport, RetryPolicy, RetryTransport

log = logging.getLogger("lox24")

#: Set by the response hook: tells a failure while building the request (bad arguments) from a
#: failure while parsing the response (a response that does not match the spec).
response_received: ContextVar[bool] = ContextVar("lox24_response_received", default=False)


def user_agent() -> str:
    """The ``User-Agent`` sent with every request."""
    try:
        version = metadata.version("lox24")
    except metadata.PackageNotFoundError:  # running from a checkout without installing
        version = "0+unknown"
    return f"lox24-python/{version} httpx/{httpx.__version__}"


def default_headers(extra: Mapping[str, str] | None) -> dict[str, str]:
    """The headers of every request: ``Accept`` for the generated parsers and the user agent."""
    return {"Accept": ACCEPT, "User-Agent": user_agent(), **(extra or {})}


def build_sync_client(
    *,
    base_url: str,
    auth: TokenAuth,
    timeout: httpx.Timeout,
    policy: RetryPolicy,
    headers: Mapping[str, str] | None,
    transport: httpx.BaseTransport | None,
) -> httpx.Client:
    """An ``httpx.Client`` that authenticates, retries safely and raises typed errors."""
    return httpx.Client(
        base_url=base_url,
        auth=auth,
        headers=default_headers(headers),
        timeout=timeout,
        transport=RetryTransport(transport or httpx.HTTPTransport(), policy),
        event_hooks={"response": [raise_for_status]},
    )


def build_async_client(
    *,
    base_url: str,
    auth: TokenAuth,
    timeout: httpx.Timeout,
    policy: RetryPolicy,
    headers: Mapping[str, str] | None,
    transport: httpx.AsyncBaseTransport | None,
) -> httpx.AsyncClient:
    """The asynchronous twin of ``build_sync_client``."""
    return httpx.AsyncClient(
        base_url=base_url,
        auth=auth,
        headers=default_headers(headers),
        timeout=timeout,
        transport=AsyncRetryTransport(transport or httpx.AsyncHTTPTransport(), policy),
        event_hooks={"response": [araise_for_status]},
    )


def raise_for_status(response: httpx.Response) -> None:
    """Response hook: turn any non-2xx response into the matching ``APIStatusError``."""
    response_received.set(True)
    _log_response(response)
    if not response.is_success:
        response.read()
        raise status_error(response)


async def araise_for_status(response: httpx.Response) -> None:
    """The asynchronous twin of ``raise_for_status``."""
    response_received.set(True)
    _log_response(response)
    if not response.is_success:
        await response.aread()
        raise status_error(response)


@contextmanager
def translate_transport_errors() -> Iterator[None]:
    """Re-raise httpx transport failures as this package's connection errors."""
    try:
        yield
    except httpx.TransportError as error:
        raise _connection_error(error) from error


def _connection_error(error: httpx.TransportError) -> APIConnectionError:
    request = _request_of(error)
    method = request.method if request is not None else "?"
    where = f"{method} {request.url.path}" if request is not None else "the request"
    sent_for_sure_not = isinstance(error, NOT_SENT_ERRORS)
    if method not in READ_METHODS and not sent_for_sure_not and request is not None:
        message = (
            f"{where} failed after it may have reached the server ({type(error).__name__}); "
            "it was not repeated: check whether it took effect before sending it again"
        )
        return WriteOutcomeUnknownError(message, request=request)
    kind = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
    return kind(f"{where} failed: {type(error).__name__}: {error}", request=request)


def _request_of(error: httpx.TransportError) -> httpx.Request | None:
    try:
        return error.request
    except RuntimeError:  # raised by httpx when the error was created without a request
        return None


def _log_response(response: httpx.Response) -> None:
    log.debug(
        "%s %s -> %d [request id %s]",
        response.request.method,
        response.request.url.path,
        response.status_code,
        response.headers.get(REQUEST_ID_HEADER, "-"),
    )
