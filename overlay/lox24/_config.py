"""Resolving the client's settings from arguments, the environment and defaults.

The base URL decides where the token goes, so it is checked strictly: ``https://`` always
works; ``http://`` (the token in clear text) only for loopback addresses (``localhost``,
``127.0.0.0/8``, ``::1``, names under ``.localhost``), for names under the reserved ``.test``
domain, which never resolve on the Internet (the in-process sandbox's
``http://sandbox.lox24.test``), or with ``allow_insecure_http=True``. A URL carrying a user
name or password is refused: it would show in reprs and logs.
"""

from __future__ import annotations

import ipaddress
import math
import os

import attrs
import httpx

from ._constants import BASE_URL_ENV, DEFAULT_BASE_URL, DEFAULT_MAX_READ_RETRIES
from ._exceptions import ConfigurationError
from ._reconcile import in_flight_window as default_window
from ._retry import RetryPolicy

#: Domains that never resolve on the public Internet (RFC 6761), where ``http://`` is allowed.
LOCAL_DOMAINS = ("localhost", "test")


@attrs.frozen
class Settings:
    """Everything but the token that shapes how requests are sent."""

    base_url: str
    timeout: httpx.Timeout
    policy: RetryPolicy

    @property
    def in_flight_window(self) -> float:
        """Seconds a sent write may still arrive at the server (see ``in_flight_window``)."""
        return self.policy.in_flight_window


def resolve_settings(
    *,
    base_url: str | None,
    timeout: float | httpx.Timeout,
    max_retries: int,
    max_read_retries: int | None = None,
    in_flight_window: float | None = None,
    allow_insecure_http: bool = False,
) -> Settings:
    """Combine arguments, ``LOX24_BASE_URL`` and defaults; reject impossible or unsafe values.

    Raises:
        ConfigurationError: The URL is malformed, has credentials, or is ``http://`` to a host
            that is not local without ``allow_insecure_http``; or a number is impossible.

    """
    url = check_base_url(
        base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL,
        allow_insecure_http=allow_insecure_http,
    )
    _check_count("max_retries", max_retries)
    if max_read_retries is None:
        # ``max_retries=0`` turns every retry off; otherwise reads get the larger budget.
        max_read_retries = 0 if max_retries == 0 else max(max_retries, DEFAULT_MAX_READ_RETRIES)
    _check_count("max_read_retries", max_read_retries)
    checked_timeout = _timeout(timeout)
    window = (
        default_window(checked_timeout)
        if in_flight_window is None
        else _positive("in_flight_window", in_flight_window)
    )
    policy = RetryPolicy(max_retries, max_read_retries=max_read_retries, in_flight_window=window)
    return Settings(base_url=url, timeout=checked_timeout, policy=policy)


def _check_count(name: str, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        message = f"{name} must be an int, 0 or more, got {value!r}"
        raise ConfigurationError(message)


def _positive(name: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        message = f"{name} must be a finite number of seconds, got {value!r}"
        raise ConfigurationError(message)
    if value <= 0:
        message = f"{name} must be more than 0 seconds, got {value!r}"
        raise ConfigurationError(message)
    return float(value)


def check_base_url(url: str, *, allow_insecure_http: bool = False) -> str:
    """The base URL without a trailing slash, if it is safe to send the token to."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError) as error:
        message = f"base_url is not a valid URL ({type(error).__name__})"
        raise ConfigurationError(message) from None
    if parsed.scheme not in {"http", "https"} or not parsed.host:
        message = "base_url must be an absolute http:// or https:// URL"
        raise ConfigurationError(message)
    if parsed.userinfo:
        # Not echoed: the URL holds a password or the token.
        message = "base_url must not contain a user name or password; pass the token as token="
        raise ConfigurationError(message)
    if parsed.query or parsed.fragment:
        message = "base_url must not have a query string or fragment"
        raise ConfigurationError(message)
    if parsed.scheme == "http" and not allow_insecure_http and not is_local_host(parsed.host):
        message = (
            f"base_url http://{parsed.host} would send the API token in clear text; use "
            "https://, a loopback address, or pass allow_insecure_http=True"
        )
        raise ConfigurationError(message)
    return str(parsed).rstrip("/")


def is_local_host(host: str) -> bool:
    """Whether ``host`` is a loopback address or a name that never leaves this machine's setup."""
    name = host.lower().rstrip(".")
    if name in LOCAL_DOMAINS or name.endswith(tuple(f".{domain}" for domain in LOCAL_DOMAINS)):
        return True
    try:
        address = ipaddress.ip_address(name.strip("[]"))
    except ValueError:
        return False
    mapped = getattr(address, "ipv4_mapped", None)
    return address.is_loopback or (mapped is not None and mapped.is_loopback)


def _timeout(timeout: float | httpx.Timeout) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        values = [timeout.connect, timeout.read, timeout.write, timeout.pool]
    elif isinstance(timeout, int | float) and not isinstance(timeout, bool):
        values = [timeout]
    else:
        message = f"timeout must be seconds or an httpx.Timeout, got {type(timeout).__name__}"
        raise ConfigurationError(message)
    if any(v is not None and (not math.isfinite(v) or v <= 0) for v in values):
        message = f"timeouts must be finite and positive, got {timeout!r}"
        raise ConfigurationError(message)
    return timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
