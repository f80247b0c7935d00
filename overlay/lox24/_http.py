"""The httpx seam: how the client's httpx clients are built and how failures are translated.

Every request goes through the httpx client built here, so auth, the ``Accept`` header,
timeouts, retries and error mapping apply to every operation alike.

Proxies: without a custom transport, ``HTTPS_PROXY``/``HTTP_PROXY``/``ALL_PROXY`` and
``NO_PROXY`` from the environment are honoured for the base URL (httpx itself ignores them
once a transport is given, and the retry transport always is).
"""

from __future__ import annotations

import logging
import urllib.request
from collections.abc import Callable, Mapping
from contextvars import ContextVar
from importlib import metadata
from typing import TypeVar

import httpx

from ._auth import TokenAuth
from ._constants import ACCEPT, REQUEST_ID_HEADER
from ._exceptions import ConfigurationError, WriteOutcomeUnknownError
from ._outcome import log_outcome_unknown, status_error, translate_transport_errors
from ._redact import mask_phones
from ._retry import RetryPolicy
from ._retry_transport import AsyncRetryTransport, RetryTransport

log = logging.getLogger("lox24")
TransportT = TypeVar("TransportT", httpx.HTTPTransport, httpx.AsyncHTTPTransport)

#: Set by the response hook: tells a failure while building the request (bad arguments) from a
#: failure while parsing the response (a response that does not match the spec).
response_received: ContextVar[bool] = ContextVar("lox24_response_received", default=False)
#: The last response the hook saw in this context, for classifying a parse failure.
last_response: ContextVar[httpx.Response | None] = ContextVar("lox24_last_response", default=None)

__all__ = [
    "build_async_client",
    "build_sync_client",
    "environment_proxy",
    "last_response",
    "response_received",
    "translate_transport_errors",
]


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


def environment_proxy(base_url: str) -> str | None:
    """The proxy the environment names for ``base_url``, or ``None`` (also when NO_PROXY).

    Only the environment variables are read (``HTTPS_PROXY``, ``HTTP_PROXY``, ``ALL_PROXY``,
    ``NO_PROXY``, in either case), never system settings, so the answer is predictable.
    """
    url = httpx.URL(base_url)
    proxies = urllib.request.getproxies_environment()
    proxy = proxies.get(url.scheme) or proxies.get("all")
    if not proxy:
        return None
    # Not in the type stubs, but present on every platform.
    if urllib.request.proxy_bypass_environment(url.host, proxies):  # type: ignore[attr-defined]
        return None
    return proxy


def build_sync_client(
    *,
    base_url: str,
    auth: TokenAuth,
    timeout: httpx.Timeout,
    policy: RetryPolicy,
    headers: Mapping[str, str] | None,
    transport: httpx.BaseTransport | None,
    sleep: Callable[[float], object] | None = None,
) -> httpx.Client:
    """An ``httpx.Client`` that authenticates, retries safely and raises typed errors.

    The token is bound to the origin of ``base_url``: a request to any other origin is refused
    before it is sent (``ForeignOriginError``).
    """
    inner = transport or _default_transport(httpx.HTTPTransport, base_url)
    return httpx.Client(
        base_url=base_url,
        auth=auth.bound_to(base_url),
        headers=default_headers(headers),
        timeout=timeout,
        transport=RetryTransport(inner, policy, sleep=sleep),
        event_hooks={"response": [raise_for_status]},
        trust_env=False,
    )


def build_async_client(
    *,
    base_url: str,
    auth: TokenAuth,
    timeout: httpx.Timeout,
    policy: RetryPolicy,
    headers: Mapping[str, str] | None,
    transport: httpx.AsyncBaseTransport | None,
    sleep: Callable[[float], object] | None = None,
) -> httpx.AsyncClient:
    """The asynchronous twin of ``build_sync_client``."""
    inner = transport or _default_transport(httpx.AsyncHTTPTransport, base_url)
    return httpx.AsyncClient(
        base_url=base_url,
        auth=auth.bound_to(base_url),
        headers=default_headers(headers),
        timeout=timeout,
        transport=AsyncRetryTransport(inner, policy, sleep=sleep),
        event_hooks={"response": [araise_for_status]},
        trust_env=False,
    )


def _default_transport(kind: Callable[..., TransportT], base_url: str) -> TransportT:
    proxy = environment_proxy(base_url)
    try:
        return kind(proxy=proxy)
    except (ValueError, ImportError, httpx.InvalidURL) as error:
        # The proxy URL is not echoed: it may carry credentials.
        message = f"the proxy named by the environment cannot be used ({type(error).__name__})"
        raise ConfigurationError(message) from None


def raise_for_status(response: httpx.Response) -> None:
    """Response hook: turn any non-2xx response into the matching ``APIStatusError``."""
    _received(response)
    if not response.is_success:
        response.read()
        raise _status_error(response)


async def araise_for_status(response: httpx.Response) -> None:
    """The asynchronous twin of ``raise_for_status``."""
    _received(response)
    if not response.is_success:
        await response.aread()
        raise _status_error(response)


def _received(response: httpx.Response) -> None:
    response_received.set(True)
    last_response.set(response)
    if not log.isEnabledFor(logging.DEBUG):
        return  # the arguments below cost more than the rest of the hook
    log.debug(
        "%s %s -> %d [request id %s]",
        response.request.method,
        mask_phones(response.request.url.path),
        response.status_code,
        response.headers.get(REQUEST_ID_HEADER, "-"),
    )


def _status_error(response: httpx.Response) -> Exception:
    error = status_error(response)
    if isinstance(error, WriteOutcomeUnknownError):
        log_outcome_unknown(error)
    return error
