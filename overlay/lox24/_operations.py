"""Calling generated operations generically.

Every module under ``lox24_generated.api`` is one operation with the same four functions. The
client takes such a module and calls its ``sync_detailed`` or ``asyncio_detailed`` with the
generated client it owns; this module turns the generated ``Response`` into the parsed model or
a typed exception, in one place for all operations.
"""

from __future__ import annotations

from collections.abc import Awaitable, MutableMapping
from http import HTTPStatus
from typing import Any, Protocol, TypeVar

import httpx

from lox24_generated import errors as generated_errors

from ._exceptions import InvalidInputError, Lox24Error, ResponseValidationError
from ._http import last_response, response_received, translate_transport_errors
from ._outcome import check_created, response_misfit

T_co = TypeVar("T_co", covariant=True)
T = TypeVar("T")

#: Failures of the generated parsers when a 2xx body does not have the documented shape.
PARSE_ERRORS = (
    KeyError,
    TypeError,
    ValueError,
    AttributeError,
    RecursionError,
    generated_errors.UnexpectedStatus,
)


class ResponseLike(Protocol[T_co]):
    """A generated ``Response``: the parsed model with the status, headers and raw body."""

    @property
    def status_code(self) -> HTTPStatus:
        """The HTTP status."""
        ...

    @property
    def headers(self) -> MutableMapping[str, str]:
        """The response headers (``X-LOX24-REQUEST-ID`` among them)."""
        ...

    @property
    def content(self) -> bytes:
        """The raw body."""
        ...

    @property
    def parsed(self) -> T_co | None:
        """The parsed model, ``None`` for responses without a body."""
        ...


class SyncOperation(Protocol[T_co]):
    """A generated operation module, as far as the synchronous client needs it."""

    def sync_detailed(self, *args: Any, **kwargs: Any) -> ResponseLike[T_co]:
        """Send the request and parse the response."""
        ...


class AsyncOperation(Protocol[T_co]):
    """A generated operation module, as far as the asynchronous client needs it."""

    def asyncio_detailed(self, *args: Any, **kwargs: Any) -> Awaitable[ResponseLike[T_co]]:
        """Send the request and parse the response."""
        ...


def call_sync(operation: SyncOperation[T], /, *args: Any, **kwargs: Any) -> ResponseLike[T]:
    """Run a generated operation, raising this package's exceptions for every failure."""
    response_received.set(False)
    last_response.set(None)
    with translate_transport_errors():
        try:
            result = operation.sync_detailed(*args, **kwargs)
        except httpx.HTTPError:
            raise
        except PARSE_ERRORS as error:
            raise _misfit(operation, error) from error
    return _checked(operation, result)


async def call_async(operation: AsyncOperation[T], /, *args: Any, **kwargs: Any) -> ResponseLike[T]:
    """The asynchronous twin of ``call_sync``."""
    response_received.set(False)
    last_response.set(None)
    with translate_transport_errors():
        try:
            result = await operation.asyncio_detailed(*args, **kwargs)
        except httpx.HTTPError:
            raise
        except PARSE_ERRORS as error:
            raise _misfit(operation, error) from error
    return _checked(operation, result)


def _misfit(operation: object, error: Exception) -> Lox24Error:
    """Blame the arguments if nothing was received yet, else the response."""
    name = _name(operation)
    response = last_response.get()
    if response_received.get() and response is not None:
        return response_misfit(response, error, what=name)
    if response_received.get():
        return ResponseValidationError(f"{name}: the response does not match the spec: {error!r}")
    return InvalidInputError(
        f"{name}: an argument does not have the type the operation declares: {error!r}"
    )


def _checked(operation: object, result: ResponseLike[T]) -> ResponseLike[T]:
    """Refuse a 201 that lacks the identity of what it created (see ``check_created``)."""
    response = last_response.get()
    if response is not None:
        check_created(result.parsed, response, what=_name(operation))
    return result


def _name(operation: object) -> str:
    return str(getattr(operation, "__name__", type(operation).__name__)).rsplit(".", 1)[-1]
