"""The exceptions the client raises, one tree.

* Lox24Error
  + ConfigurationError (also ValueError): the client was set up wrongly, e.g. no token.
  + InvalidInputError (also ValueError): an argument cannot be sent as it is.
  + ClientClosedError (also RuntimeError): the client was used after ``close()``.
  + ForeignOriginError: a request would have carried the token to another origin.
  + APIConnectionError: no usable response arrived.
    - APITimeoutError: the request timed out.
    - RequestNotSentError: the request provably never left; sending it again is safe.
  + APIStatusError: the server answered with a status outside 2xx.
    - BadRequestError 400, AuthenticationError 401, PaymentRequiredError 402,
      PermissionDeniedError 403, NotFoundError 404, ConflictError 409,
      UnprocessableEntityError 422, RateLimitError 429, InternalServerError 5xx
  + ResponseValidationError: a 2xx response does not match the spec.
    - PaginationError: a listing's page links loop or go beyond its ``hydra:totalItems``.
  + WriteOutcomeUnknownError: a write may or may not have taken effect. Each subclass is also
    the error it would be for a read, so both ``except`` clauses catch it:
    - StatusOutcomeUnknownError (also APIStatusError): a final 1xx or 3xx answered a write;
      ServerErrorOutcomeUnknownError (also InternalServerError) when it was a 5xx.
    - ConnectionOutcomeUnknownError (also APIConnectionError): the connection failed after
      the write was sent, or its answer could not be read;
      TimeoutOutcomeUnknownError (also APITimeoutError) when it timed out.
    - ResponseOutcomeUnknownError (also ResponseValidationError): a 2xx answered a write but
      its body does not match the spec.
  + BatchItemError: one item of a batch was refused while the batch as a whole succeeded.
  + WaitTimeoutError (also TimeoutError): a wait helper gave up.

No message, repr or pickle contains the API token: messages are built from the status, the
server's problem description, the method and the path only, and a kept request is a copy
without its credentials. Every exception pickles and unpickles.
"""

from __future__ import annotations

from typing import Any, ClassVar

import attrs
import httpx

from ._constants import IN_FLIGHT_WINDOW, REQUEST_ID_HEADER
from ._problem import json_or_none, problem_detail, text_of, violations_of
from ._redact import mask_phones, redacted_request


class Lox24Error(Exception):
    """Base class of every exception raised by this package."""

    def __reduce__(self) -> tuple[Any, ...]:
        # Exceptions unpickle by calling ``cls(*args)``, which fails for constructors that
        # take a response; rebuild from the attributes instead.
        return (_rebuild, (type(self), self.args, dict(self.__dict__)))


def _rebuild(cls: type[Lox24Error], args: tuple[Any, ...], state: dict[str, Any]) -> Lox24Error:
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    return error


class ConfigurationError(Lox24Error, ValueError):
    """The client cannot be built from the given arguments and environment."""


class InvalidInputError(Lox24Error, ValueError):
    """An argument cannot be turned into a request; ``field`` names the culprit."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class ClientClosedError(Lox24Error, RuntimeError):
    """The client was used after ``close()``; nothing was sent."""


class ForeignOriginError(Lox24Error):
    """A request (for example a server's next-page link) pointed to another origin.

    The token is only ever sent to the scheme, host and port of the configured base URL, so
    the request was refused before it was sent.
    """


class APIConnectionError(Lox24Error):
    """The request failed before a usable response arrived (DNS, refused connection, reset, ...).

    Attributes:
        request: The request, without its token.

    """

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.request = redacted_request(request) if request is not None else None


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or waiting for a pooled connection)."""


class RequestNotSentError(APIConnectionError):
    """The request provably never left this machine (no connection could be made).

    Nothing happened on the server; sending the request again is safe.
    """


@attrs.frozen
class Violation:
    """One field-level problem reported by the server."""

    field: str
    message: str


class APIStatusError(Lox24Error):
    """The server answered with a non-2xx status.

    Attributes:
        status_code: The HTTP status.
        request_id: The ``X-LOX24-REQUEST-ID`` of the response, for LOX24 support.
        body: The parsed JSON body, or ``None`` when the body is not JSON.
        text: The raw body text.
        detail: The server's description of the problem, when it gave one.
        violations: The fields the server complained about (for 422 mostly).
        method: The HTTP method of the request.
        path: The path of the request (without host or query).

    """

    status_code: int
    default_reason: ClassVar[str] = "the server reported an error"

    def __init__(self, response: httpx.Response) -> None:
        self.status_code = response.status_code
        self.request_id: str | None = response.headers.get(REQUEST_ID_HEADER)
        self.text = text_of(response)
        self.body: Any = json_or_none(self.text)
        self.detail: str | None = problem_detail(self.body)
        self.violations: tuple[Violation, ...] = tuple(
            Violation(field=field, message=message) for field, message in violations_of(self.body)
        )
        self.method = response.request.method
        self.path = response.request.url.path
        super().__init__(self._message())

    def _message(self) -> str:
        reason = self.detail or self.default_reason
        suffix = f" [request id {self.request_id}]" if self.request_id else ""
        return f"{self.status_code} on {self.method} {mask_phones(self.path)}: {reason}{suffix}"


class BadRequestError(APIStatusError):
    """400: the request could not be read (malformed JSON, a value of the wrong type)."""

    default_reason = "the request could not be read"


class AuthenticationError(APIStatusError):
    """401: the token is wrong or inactive. Never retried: repeated failures block the IP."""

    default_reason = "the API token is wrong or inactive"


class PaymentRequiredError(APIStatusError):
    """402: the balance or credit line does not cover the request."""

    default_reason = "the balance does not cover this request"


class PermissionDeniedError(APIStatusError):
    """403: the account is not activated yet or is blocked."""

    default_reason = "the account is not activated or is blocked"


class NotFoundError(APIStatusError):
    """404: no such resource in this account."""

    default_reason = "no such resource"


class ConflictError(APIStatusError):
    """409: the resource exists already."""

    default_reason = "the resource exists already"


class UnprocessableEntityError(APIStatusError):
    """422: the content breaks a rule; ``violations`` names the fields."""

    default_reason = "the request content is not acceptable"


class RateLimitError(APIStatusError):
    """429: this IP address is blocked, usually for ten minutes after repeated bad tokens."""

    default_reason = "this IP address is temporarily blocked after repeated bad credentials"


class InternalServerError(APIStatusError):
    """5xx: the server failed."""

    default_reason = "the server failed"


class ResponseValidationError(Lox24Error):
    """A 2xx response could not be read as the spec describes it."""


class PaginationError(ResponseValidationError):
    """A listing's page links do not lead to an end, so the walk was stopped.

    The server (or something between) linked to a page this walk already read (a ``hydra:next``
    pointing to itself or back), or to more pages than its ``hydra:totalItems`` allows. Nothing
    more is fetched; ``cursor`` resumes the walk from the last good page once the server is
    fixed.

    Attributes:
        link: The ``hydra:next`` that was refused.
        pages: The pages this walk read.
        cursor: ``pager.cursor`` at the stop: the page in progress (``None``: the first).

    """

    def __init__(self, message: str, *, link: str, pages: int, cursor: str | None) -> None:
        super().__init__(message)
        self.link = link
        self.pages = pages
        self.cursor = cursor


class BatchItemError(Lox24Error):
    """One item of a batch was refused while the batch request as a whole succeeded.

    Attributes:
        status_code: The HTTP status the server gave this item.
        detail: The server's description of the problem.
        field: The field the server blamed, when it named one.

    """

    def __init__(self, status_code: int, detail: str, *, field: str | None = None) -> None:
        named = field is not None and detail.startswith(f"{field}: ")
        where = f" ({field})" if field and not named else ""
        super().__init__(f"item refused with {status_code}{where}: {detail}")
        self.status_code = status_code
        self.detail = detail
        self.field = field


class WaitTimeoutError(Lox24Error, TimeoutError):
    """A wait helper did not see the expected state before its timeout."""


class WriteOutcomeUnknownError(Lox24Error):
    """A write (POST, PUT, DELETE) may or may not have taken effect on the server.

    It was sent, and no clean, readable 2xx came back: a 5xx, a timeout or a broken connection
    after sending, or an answer that could not be read. It is never repeated automatically,
    because repeating it could send an SMS twice: reconcile first (see ``reconcile_with``).

    Attributes:
        method: The HTTP method.
        path: The path of the request (phone numbers masked).
        status_code: The HTTP status when one arrived, else ``None``.
        request_id: The ``X-LOX24-REQUEST-ID`` when a response carried one.
        cause: What went wrong, e.g. ``"ReadTimeout"`` or ``"502"``.
        reconcile_with: How to find out whether the write took effect.
        in_flight_window: The client's in-flight window in seconds: how long the write may
            still arrive at the server (``None`` when the client's setting is not known).
            Look for its result only after that; a write held longer than this by something
            between (a proxy, a queue) can still arrive later.

    """

    method: str
    path: str
    status_code: int | None
    request_id: str | None
    cause: str
    reconcile_with: str
    in_flight_window: float | None

    def __init__(
        self,
        message: str,
        *,
        request: httpx.Request | None = None,
        method: str | None = None,
        path: str | None = None,
        status_code: int | None = None,
        request_id: str | None = None,
        cause: str = "unknown",
    ) -> None:
        super().__init__(message)
        self._set_outcome(
            method or (request.method if request is not None else "?"),
            path or (request.url.path if request is not None else "?"),
            status_code,
            request_id,
            cause,
            window=window_of(request),
        )

    def _set_outcome(
        self,
        method: str,
        path: str,
        status_code: int | None,
        request_id: str | None,
        cause: str,
        *,
        window: float | None = None,
    ) -> None:
        self.method = method
        self.path = path
        self.status_code = status_code
        self.request_id = request_id
        self.cause = cause
        self.in_flight_window = window
        self.reconcile_with = reconcile_hint(method, path, window)


class LookupOutcomeUnknownError(WriteOutcomeUnknownError):
    """A write's outcome was unknown, and looking for its result failed as well.

    An import looks its items of unknown outcome up in the group after the in-flight window;
    this is their error when that look-up could not be made. The write may have taken effect:
    look again later (an import with ``skip_existing`` does) before sending it again.

    Attributes:
        lookup_error: Why the look-up failed, or ``None`` when the item could not be looked
            up at all (its number cannot be brought into E.164 form).

    """

    lookup_error: Lox24Error | None

    def __init__(self, original: Lox24Error, lookup_error: Lox24Error | None) -> None:
        why = (
            f"looking it up in the group failed too ({lookup_error})"
            if lookup_error is not None
            else "its number cannot be matched in the group, so it was not looked up"
        )
        super().__init__(f"{original}; {why}")
        self.lookup_error = lookup_error
        if isinstance(original, WriteOutcomeUnknownError):
            self._set_outcome(
                original.method,
                original.path,
                original.status_code,
                original.request_id,
                original.cause,
            )
        else:
            self._set_outcome("POST", "?", None, None, type(original).__name__)


# ``status_code`` is ``int | None`` on the outcome base and ``int`` here: always set.
class StatusOutcomeUnknownError(WriteOutcomeUnknownError, APIStatusError):  # type: ignore[misc]
    """A write was answered with a status that is neither success nor refusal (1xx, 3xx, 5xx)."""

    def __init__(self, response: httpx.Response) -> None:
        request = response.request
        self._set_outcome(
            request.method,
            request.url.path,
            response.status_code,
            response.headers.get(REQUEST_ID_HEADER),
            str(response.status_code),
            window=window_of(request),
        )
        APIStatusError.__init__(self, response)

    def _message(self) -> str:
        return f"{super()._message()}; {_unknown_suffix(self.reconcile_with)}"


class ServerErrorOutcomeUnknownError(StatusOutcomeUnknownError, InternalServerError):  # type: ignore[misc]
    """A 5xx answered a write: the server (or a proxy before it) may have done it anyway."""


class ConnectionOutcomeUnknownError(WriteOutcomeUnknownError, APIConnectionError):
    """The connection failed after a write was sent, or its answer could not be read."""

    def __init__(self, message: str, *, request: httpx.Request, cause: str) -> None:
        APIConnectionError.__init__(self, message, request=request)
        self._set_outcome(
            request.method, request.url.path, None, None, cause, window=window_of(request)
        )


class TimeoutOutcomeUnknownError(ConnectionOutcomeUnknownError, APITimeoutError):
    """A write timed out after it was sent."""


class ResponseOutcomeUnknownError(WriteOutcomeUnknownError, ResponseValidationError):
    """A 2xx answered a write, but its body does not match the spec."""

    def __init__(
        self,
        message: str,
        *,
        cause: str,
        response: httpx.Response | None = None,
        method: str = "POST",
        path: str = "?",
    ) -> None:
        ResponseValidationError.__init__(self, message)
        if response is None:
            self._set_outcome(method, path, None, None, cause)
            return
        request = response.request
        self._set_outcome(
            request.method,
            request.url.path,
            response.status_code,
            response.headers.get(REQUEST_ID_HEADER),
            cause,
            window=window_of(request),
        )


def window_of(request: httpx.Request | None) -> float | None:
    """The in-flight window the client's transport noted on ``request``, if it did."""
    value = request.extensions.get(IN_FLIGHT_WINDOW) if request is not None else None
    return float(value) if isinstance(value, int | float) else None


def reconcile_hint(method: str, path: str, window: float | None = None) -> str:
    """How to find out whether a write to ``path`` took effect, in one sentence.

    ``window`` is the client's in-flight window: looking earlier may miss a write still held
    on its way, so every hint says to look after it.
    """
    after = (
        " after the in-flight window"
        if window is None
        else f" after the in-flight window ({window:g} s, the client's in_flight_window)"
    )
    if method == "POST" and path.rstrip("/").endswith("/sms"):
        return f"list SMS by the callback_data you sent,{after} (client.sms.reconcile does both)"
    if method == "POST" and path.rstrip("/").endswith("/phones/batch"):
        return f"list the group's phones{after} and compare them with the batch"
    if method == "DELETE":
        return f"read the resource back{after}: a 404 means it is gone"
    return f"read the resource (or its collection) back{after}, before sending the request again"


def _unknown_suffix(reconcile_with: str) -> str:
    return f"the write may have taken effect: {reconcile_with}"
