"""lox24: a typed client for the LOX24 SMS gateway, with a local sandbox of its API.

Every operation of the API is a method of a resource namespace of :class:`Client` and
:class:`AsyncClient` (``client.sms.send(...)``), generated from the project's OpenAPI
description with its models (``lox24.types``); this package adds what generation
cannot: auth, timeouts, safe retries, typed errors, Hydra pagination, waiting and the batch
import. Names that start with an underscore are private.
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
    ClientClosedError,
    ConfigurationError,
    ConflictError,
    ConnectionOutcomeUnknownError,
    ForeignOriginError,
    InternalServerError,
    InvalidInputError,
    Lox24Error,
    NotFoundError,
    PaginationError,
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
    Violation,
    WaitTimeoutError,
    WriteOutcomeUnknownError,
)
from ._hydra import iri
from ._pagination import AsyncPager, Page, SyncPager
from ._reconcile import Reconciliation, areconcile_sms, reconcile_sms
from ._retry import RetryPolicy
from ._runtime import RawResponse
from ._sms_state import SmsState
from ._version import __spec_version__, __version__
from ._waiting import is_delivery_final, is_finished, is_fraud_check_finished
from .webhooks import (
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
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "ConnectionOutcomeUnknownError",
    "Event",
    "EventDeduplicator",
    "ForeignOriginError",
    "InternalServerError",
    "InvalidInputError",
    "InvalidWebhookError",
    "Lox24Error",
    "NotFoundError",
    "Page",
    "PaginationError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "PhoneImportResult",
    "RateLimitError",
    "RawResponse",
    "Reconciliation",
    "RequestNotSentError",
    "ResponseOutcomeUnknownError",
    "ResponseValidationError",
    "RetryPolicy",
    "ServerErrorOutcomeUnknownError",
    "SmsState",
    "StatusOutcomeUnknownError",
    "SyncPager",
    "TimeoutOutcomeUnknownError",
    "UnprocessableEntityError",
    "Violation",
    "WaitTimeoutError",
    "WriteOutcomeUnknownError",
    "__spec_version__",
    "__version__",
    "areconcile_sms",
    "iri",
    "is_delivery_final",
    "is_finished",
    "is_fraud_check_finished",
    "is_lox24_sender",
    "parse_event",
    "reconcile_sms",
]

# Tracebacks and reprs show ``lox24.Client``, not the private module it is defined in.
for _name in __all__:
    _obj = globals()[_name]
    if getattr(_obj, "__module__", "").startswith("lox24._"):
        _obj.__module__ = "lox24"
del _name, _obj
