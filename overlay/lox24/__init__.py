"""lox24: a typed client for the LOX24 SMS gateway, with a local sandbox of its API.

Operations and models are generated from the project's OpenAPI description and live in
``lox24_generated.api`` and ``lox24_generated.models``; this package adds the client that sends
them (auth, timeouts, safe retries, typed errors), Hydra pagination and the helpers. Names that
start with an underscore are private.
"""

from __future__ import annotations

from ._async_client import AsyncClient
from ._batch import PhoneImportResult
from ._client import Client
from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BatchItemError,
    ConfigurationError,
    ConflictError,
    InternalServerError,
    InvalidInputError,
    Lox24Error,
    NotFoundError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    UnprocessableEntityError,
    Violation,
    WaitTimeoutError,
    WriteOutcomeUnknownError,
)
from ._hydra import iri
from ._pagination import AsyncPager, Page, SyncPager
from ._retry import RetryPolicy
from ._waiting import is_delivery_final, is_finished, is_fraud_check_finished
from ._webhooks import (
    LOX24_WEBHOOK_SENDERS,
    Event,
    EventDeduplicator,
    InvalidWebhookError,
    is_lox24_sender,
    parse_event,
)

__all__ = [
    "LOX24_WEBHOOK_SENDERS",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncClient",
    "AsyncPager",
    "AuthenticationError",
    "BadRequestError",
    "BatchItemError",
    "Client",
    "ConfigurationError",
    "ConflictError",
    "Event",
    "EventDeduplicator",
    "InternalServerError",
    "InvalidInputError",
    "InvalidWebhookError",
    "Lox24Error",
    "NotFoundError",
    "Page",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "PhoneImportResult",
    "RateLimitError",
    "ResponseValidationError",
    "RetryPolicy",
    "SyncPager",
    "UnprocessableEntityError",
    "Violation",
    "WaitTimeoutError",
    "WriteOutcomeUnknownError",
    "iri",
    "is_delivery_final",
    "is_finished",
    "is_fraud_check_finished",
    "is_lox24_sender",
    "parse_event",
]

# Tracebacks and reprs show ``lox24.Client``, not the private module it is defined in.
for _name in __all__:
    _obj = globals()[_name]
    if getattr(_obj, "__module__", "").startswith("lox24._"):
        _obj.__module__ = "lox24"
del _name, _obj
