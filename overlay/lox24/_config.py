"""Resolving the client's settings from arguments, the environment and defaults."""

from __future__ import annotations

import os

import attrs
import httpx

from ._constants import BASE_URL_ENV, DEFAULT_BASE_URL
from ._exceptions import ConfigurationError
from ._retry import RetryPolicy


@attrs.frozen
class Settings:
    """Everything but the token that shapes how requests are sent."""

    base_url: str
    timeout: httpx.Timeout
    policy: RetryPolicy


def resolve_settings(
    *, base_url: str | None, timeout: float | httpx.Timeout, max_retries: int
) -> Settings:
    """Combine arguments, ``LOX24_BASE_URL`` and defaults; reject impossible values."""
    url = base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL
    if not url.startswith(("http://", "https://")):
        message = f"base_url must start with http:// or https://, got {url!r}"
        raise ConfigurationError(message)
    if max_retries < 0:
        message = f"max_retries must be 0 or more, got {max_retries}"
        raise ConfigurationError(message)
    resolved_timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
    return Settings(
        base_url=url.rstrip("/"),
        timeout=resolved_timeout,
        policy=RetryPolicy(max_retries=max_retries),
    )
