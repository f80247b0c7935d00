"""The exceptions the client raises, one tree.

* Lox24Error
  + ConfigurationError (also ValueError): the client was set up wrongly, e.g. no token.
  + InvalidInputError (also ValueError): an argument cannot be sent as it is.
  + APIConnectionError: no usable response arrived.
    - APITimeoutError: the request timed out.
    - WriteOutcomeUnknownError: a write may or may not have reached the server.
  + APIStatusError: the server answered with a status outside 2xx.
    - BadRequestError 400, AuthenticationError 401, PaymentRequiredError 402,
      PermissionDeniedError 403, NotFoundError 404, ConflictError 409,
      UnprocessableEntityError 422, RateLimitError 429, InternalServerError 5xx
  + ResponseValidationError: a 2xx response does not match the spec.
  + BatchItemError: one item of a batch was refused while the batch as a whole succeeded.
  + WaitTimeoutError (also TimeoutError): a wait helper gave up.

No message or repr contains the API token: messages are built from the status, the server's
problem description, the method and the path only.
"""

from __future__ import annotations

import json
from typing import Any, ClassVar

import attrs
import httpx

from ._constants import REQUEST_ID_HEADER


class Lox24Error(Exception):
    """Base class of every exception raised by this package."""


class ConfigurationError(Lox24Error, ValueError):
    """The client cannot be built from the given arguments and environment."""


class InvalidInputError(Lox24Error, ValueError):
    """An argument cannot be turned into a request; ``field`` names the culprit."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class APIConnectionError(Lox24Error):
    """The request failed before a response arrived (DNS, refused connection, reset, ...)."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or waiting for a pooled connection)."""


class WriteOutcomeUnknownError(APIConnectionError):
    """A request that creates or changes something failed after it may have been received.

    It is never retried automatically, because repeating it could send an SMS twice. Check
    the state (for example list SMS by your ``callback_data``) before sending again.
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
        self.text = response.text
        self.body: Any = _json_or_none(response.text)
        self.detail: str | None = _problem_detail(self.body)
        self.violations: tuple[Violation, ...] = _violations(self.body)
        self.method = response.request.method
        self.path = response.request.url.path
        super().__init__(self._message())

    def _message(self) -> str:
        reason = self.detail or self.default_reason
        suffix = f" [request id {self.request_id}]" if self.request_id else ""
        return f"{self.status_code} on {self.method} {self.path}: {reason}{suffix}"


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


class BatchItemError(Lox24Error):
    """One item of a batch was refused while the batch request as a whole succeeded.

    Attributes:
        status_code: The HTTP status the server gave this item.
        detail: The server's description of the problem.

    """

    def __init__(self, status_code: int, detail: str) -> None:
        super().__init__(f"item refused with {status_code}: {detail}")
        self.status_code = status_code
        self.detail = detail


class WaitTimeoutError(Lox24Error, TimeoutError):
    """A wait helper did not see the expected state before its timeout."""


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
    """Build the exception for a non-2xx response (its body must have been read)."""
    if response.status_code >= 500:  # noqa: PLR2004 - the 5xx range
        return InternalServerError(response)
    return STATUS_ERRORS.get(response.status_code, APIStatusError)(response)


def _json_or_none(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return None


def _problem_detail(body: Any) -> str | None:
    if not isinstance(body, dict):
        return None
    for key in ("detail", "hydra:description", "title", "hydra:title", "message"):
        value = body.get(key)
        if isinstance(value, str) and value:
            return value
    return None


def _violations(body: Any) -> tuple[Violation, ...]:
    items = body.get("violations") if isinstance(body, dict) else None
    if not isinstance(items, list):
        return ()
    return tuple(
        Violation(field=str(item.get("propertyPath", "")), message=str(item.get("message", "")))
        for item in items
        if isinstance(item, dict)
    )
