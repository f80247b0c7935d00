"""What each failure means for the caller: not sent, refused, done, or outcome unknown.

Every call ends in one of three ways, and only ``Lox24Error`` subclasses leave the client:

* **done**: a clean, parsed 2xx;
* **not done**: the request never left (``RequestNotSentError``, ``InvalidInputError``,
  ``ClientClosedError``, ``ForeignOriginError``) or the server refused it (a 4xx
  ``APIStatusError``); sending it again after fixing the cause is safe;
* **outcome unknown** (writes only): it was sent and no clean, parsed 2xx came back
  (``WriteOutcomeUnknownError``); reads are retried instead and end in done or an error.

``status_error`` maps a non-2xx answer to its exception; ``translate_transport_errors`` wraps
every send; ``response_misfit`` classifies a 2xx body that the parser could not read;
``check_created`` refuses a 201 that lacks the resource's identity.
"""

from __future__ import annotations

import logging
from types import TracebackType
from typing import Any

import attrs
import httpx

from ._constants import READ_METHODS
from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConflictError,
    ConnectionOutcomeUnknownError,
    InternalServerError,
    InvalidInputError,
    Lox24Error,
    NotFoundError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    RequestNotSentError,
    ResponseOutcomeUnknownError,
    ResponseValidationError,
    ServerErrorOutcomeUnknownError,
    StatusOutcomeUnknownError,
    TimeoutOutcomeUnknownError,
    UnprocessableEntityError,
    WriteOutcomeUnknownError,
    reconcile_hint,
    window_of,
)
from ._redact import mask_phones, scrub_chain
from ._retry import NOT_SENT_ERRORS
from ._retry_transport import reached_transport

log = logging.getLogger("lox24")

#: Fields that identify a created resource; a 201 whose model declares one must carry it.
IDENTITY_FIELDS = ("uuid", "id")


class translate_transport_errors:
    """Re-raise every failure of sending a request as a ``Lox24Error``.

    A class rather than a generator-based context manager: it wraps every request, and this
    costs a fraction of what ``contextlib.contextmanager`` does.

    Args:
        http: The httpx client the request goes through, to recognise its use after close.

    """

    __slots__ = ("_http",)

    def __init__(self, http: httpx.Client | httpx.AsyncClient | None = None) -> None:
        self._http = http

    def __enter__(self) -> None:
        reached_transport.set(None)

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if error is None or not isinstance(error, Exception):
            return
        if isinstance(error, Lox24Error):
            scrub_chain(error)
            return
        translated = _translated(error, self._http)  # reads the request before it is scrubbed
        scrub_chain(error)  # the httpx error keeps the request with its token
        raise translated from error


def _translated(error: Exception, http: httpx.Client | httpx.AsyncClient | None) -> Lox24Error:
    if isinstance(error, httpx.InvalidURL):
        message = f"the request URL cannot be built: {mask_phones(str(error))}"
        return InvalidInputError(message)
    if isinstance(error, httpx.HTTPError):
        return connection_error(error)
    if isinstance(error, RuntimeError) and (
        (http is not None and http.is_closed) or "has been closed" in str(error)
    ):
        return ClientClosedError("the client is closed; nothing was sent")
    return unexpected_error(error)


def connection_error(error: httpx.HTTPError) -> Lox24Error:
    """The error for an httpx failure of sending a request or reading its answer."""
    request = _request_of(error)
    name = type(error).__name__
    if request is None:
        return APIConnectionError(f"the request failed: {name}: {mask_phones(str(error))}")
    where = f"{request.method} {mask_phones(request.url.path)}"
    if isinstance(error, NOT_SENT_ERRORS):
        return RequestNotSentError(f"{where} was not sent: {name}: {error}", request=request)
    timed_out = isinstance(error, httpx.TimeoutException)
    if request.method in READ_METHODS:
        kind = APITimeoutError if timed_out else APIConnectionError
        return kind(f"{where} failed: {name}: {mask_phones(str(error))}", request=request)
    unknown = TimeoutOutcomeUnknownError if timed_out else ConnectionOutcomeUnknownError
    outcome = unknown(
        f"{where} failed after it may have reached the server ({name}); it was not repeated: "
        f"{_hint(request)}",
        request=request,
        cause=name,
    )
    return log_outcome_unknown(outcome)


def unexpected_error(error: Exception) -> Lox24Error:
    """Any other exception while sending: not sent if it happened before the transport."""
    name = type(error).__name__
    request = reached_transport.get()
    text = mask_phones(str(error))
    if request is None:
        return InvalidInputError(f"the request cannot be built: {name}: {text}")
    where = f"{request.method} {mask_phones(request.url.path)}"
    if request.method in READ_METHODS:
        return APIConnectionError(f"{where} failed: {name}: {text}", request=request)
    outcome = ConnectionOutcomeUnknownError(
        f"{where} failed after it may have reached the server ({name}): {_hint(request)}",
        request=request,
        cause=name,
    )
    return log_outcome_unknown(outcome)


def response_misfit(response: httpx.Response, error: BaseException, *, what: str) -> Lox24Error:
    """The error for a 2xx whose body the parser could not read.

    For a read it is a ``ResponseValidationError``; for a write a
    ``ResponseOutcomeUnknownError``: the server answered success, so the write may well have
    taken effect, but what it created is unknown.

    Args:
        response: The answer (its request tells the method).
        error: What the parser raised.
        what: The operation's name for the message, e.g. ``"sms.send"``.

    """
    detail = (
        f"{what}: the {response.status_code} response does not match the spec: "
        f"{type(error).__name__}: {mask_phones(str(error))[:200]}"
    )
    if response.request.method in READ_METHODS:
        return ResponseValidationError(detail)
    outcome = ResponseOutcomeUnknownError(
        f"{detail}; {_hint(response.request)}", response=response, cause=type(error).__name__
    )
    return log_outcome_unknown(outcome)


def check_created(parsed: Any, response: httpx.Response, *, what: str) -> Any:
    """Return ``parsed``, or raise if a 201 lacks the identity its model declares.

    A created resource always has its ``uuid`` or ``id``; a 201 without it is a response that
    does not match the spec, and for a write its outcome is unknown.

    Raises:
        ResponseOutcomeUnknownError: The identity is missing (``ResponseValidationError`` for
            a read, which cannot answer 201 in this API).

    """
    if response.status_code != 201 or not attrs.has(type(parsed)):  # noqa: PLR2004
        return parsed
    declared = {field.name for field in attrs.fields(type(parsed))}
    for name in IDENTITY_FIELDS:
        if name in declared:
            value = getattr(parsed, name)
            if not isinstance(value, str | int) or value == "":
                missing = KeyError(f"the created resource has no {name!r}")
                raise response_misfit(response, missing, what=what)
            break
    return parsed


STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: PaymentRequiredError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error(response: httpx.Response) -> APIStatusError:
    """Build the exception for a non-2xx response (its body must have been read).

    A 5xx answering a write is a ``ServerErrorOutcomeUnknownError``: it is an
    ``InternalServerError`` and a ``WriteOutcomeUnknownError`` at once. A final 1xx or 3xx
    answering a write (this client follows no redirects) is a ``StatusOutcomeUnknownError``.
    """
    write = response.request.method not in READ_METHODS
    if response.status_code >= 500:  # noqa: PLR2004 - the 5xx range
        return ServerErrorOutcomeUnknownError(response) if write else InternalServerError(response)
    if write and not 400 <= response.status_code < 500:  # noqa: PLR2004 - a final 1xx or 3xx
        return StatusOutcomeUnknownError(response)
    return STATUS_ERRORS.get(response.status_code, APIStatusError)(response)


def log_outcome_unknown(error: WriteOutcomeUnknownError) -> WriteOutcomeUnknownError:
    """Log an outcome-unknown write at WARNING (method, path, status, request id, cause)."""
    log.warning(
        "outcome unknown: %s %s [status %s, request id %s] after %s; reconcile: %s",
        error.method,
        mask_phones(error.path),
        error.status_code if error.status_code is not None else "-",
        error.request_id or "-",
        error.cause,
        error.reconcile_with,
    )
    return error


def _hint(request: httpx.Request) -> str:
    hint = reconcile_hint(request.method, request.url.path, window_of(request))
    return f"the write may have taken effect: {hint}"


def _request_of(error: httpx.HTTPError) -> httpx.Request | None:
    try:
        return error.request
    except RuntimeError:  # raised by httpx when the error was created without a request
        return None
