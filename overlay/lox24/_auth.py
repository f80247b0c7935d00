"""The API token: where it comes from, how it is sent, and how it stays out of sight."""

from __future__ import annotations

import os
from collections.abc import Generator

import httpx

from ._constants import AUTH_HEADER, TOKEN_ENV
from ._exceptions import ConfigurationError


class TokenAuth(httpx.Auth):
    """Sends the token in ``X-LOX24-AUTH-TOKEN``; its repr never shows the token."""

    def __init__(self, token: str) -> None:
        self.__token = token

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Add the header to every request."""
        request.headers[AUTH_HEADER] = self.__token
        yield request

    def __repr__(self) -> str:
        return "TokenAuth(token=<hidden>)"


def resolve_token(token: str | None) -> str:
    """Return the token from the argument or ``LOX24_TOKEN``.

    Raises:
        ConfigurationError: No token was given, or it cannot be sent in a header.

    """
    value = token if token is not None else os.environ.get(TOKEN_ENV)
    if not value:
        message = f"no LOX24 API token: pass token=... or set {TOKEN_ENV}"
        raise ConfigurationError(message)
    if value != value.strip() or any(ch in value for ch in "\r\n\0"):
        # The value is not echoed: it is a secret even when malformed.
        message = "the LOX24 API token contains whitespace or control characters"
        raise ConfigurationError(message)
    return value
