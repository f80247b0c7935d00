"""The API token: where it comes from, where it may go, and how it stays out of sight."""

from __future__ import annotations

import os
from collections.abc import Generator

import httpx

from ._constants import AUTH_HEADER, TOKEN_ENV
from ._exceptions import ConfigurationError, ForeignOriginError
from ._redact import describe_origin, origin_of


class TokenAuth(httpx.Auth):
    """Sends the token in ``X-LOX24-AUTH-TOKEN``; its repr never shows the token.

    Once bound to a base URL (``bound_to``), it refuses every request to another scheme, host
    or port, so the token never follows a link (or a mistake) to somewhere else.
    """

    def __init__(self, token: str, *, origin: str | None = None) -> None:
        self.__token = token
        self._origin = httpx.URL(origin) if origin is not None else None
        self._bound = origin_of(self._origin) if self._origin is not None else None

    def bound_to(self, base_url: str) -> TokenAuth:
        """A copy that only sends the token to the origin of ``base_url``."""
        return TokenAuth(self.__token, origin=base_url)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Add the header to a request for the bound origin; refuse any other.

        Raises:
            ForeignOriginError: The request is for another scheme, host or port.

        """
        if self._origin is not None and origin_of(request.url) != self._bound:
            message = (
                f"refused to send the API token to {describe_origin(request.url)}: it is only "
                f"sent to {describe_origin(self._origin)} (the configured base URL); a link "
                "from the server to another origin is not followed"
            )
            raise ForeignOriginError(message)
        request.headers[AUTH_HEADER] = self.__token
        yield request

    def __repr__(self) -> str:
        return "TokenAuth(token=<hidden>)"

    def __reduce__(self) -> tuple[object, ...]:
        message = "TokenAuth holds a secret and is not pickled"
        raise TypeError(message)


def resolve_token(token: str | None) -> str:
    """Return the token from the argument or ``LOX24_TOKEN``.

    Raises:
        ConfigurationError: No token was given, or it cannot be sent in a header.

    """
    value = token if token is not None else os.environ.get(TOKEN_ENV)
    if not value:
        message = f"no LOX24 API token: pass token=... or set {TOKEN_ENV}"
        raise ConfigurationError(message)
    if not isinstance(value, str):
        message = "the LOX24 API token must be a string"
        raise ConfigurationError(message)
    if value != value.strip() or not value.isascii() or not value.isprintable():
        # The value is not echoed: it is a secret even when malformed.
        message = "the LOX24 API token contains whitespace, control or non-ASCII characters"
        raise ConfigurationError(message)
    return value
