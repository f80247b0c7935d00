"""The tunables of the client, in one place."""

from __future__ import annotations

import httpx

#: Where the LOX24 API lives; overridden by ``base_url=`` or ``LOX24_BASE_URL``.
DEFAULT_BASE_URL = "https://api.lox24.eu"
#: Environment variables read when the arguments are not given.
TOKEN_ENV = "LOX24_TOKEN"  # noqa: S105 - the variable name, not a token
BASE_URL_ENV = "LOX24_BASE_URL"

#: Header names of the LOX24 API.
AUTH_HEADER = "X-LOX24-AUTH-TOKEN"
REQUEST_ID_HEADER = "X-LOX24-REQUEST-ID"

#: The generated parsers read the first representation of each response, JSON-LD.
ACCEPT = "application/ld+json"

#: Explicit timeouts: a slow network must not hang a caller forever (httpx's default in the
#: generated client is no timeout at all).
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)

#: Methods that only read; every other method is a write whose outcome may be unknown.
READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

#: Retries of requests that are safe to repeat (see ``lox24._retry``).
DEFAULT_MAX_RETRIES = 2
#: Retries of a read (GET): repeating one is always safe, and a long listing needs many pages.
DEFAULT_MAX_READ_RETRIES = 8
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
#: A ``Retry-After`` longer than this is not waited for; the error is raised instead.
MAX_RETRY_AFTER = 60.0

#: The request extension on which the retry transport notes the client's in-flight window.
IN_FLIGHT_WINDOW = "lox24.in_flight_window"

#: Batch import defaults (see ``lox24._batch``).
DEFAULT_BATCH_SIZE = 1000
DEFAULT_BATCH_CONCURRENCY = 4
