"""lox24: a typed client for the LOX24 SMS gateway, with a local sandbox of its API.

Every operation of the API is a method of a resource namespace of :class:`Client` and
:class:`AsyncClient` (``client.sms.send(...)``), generated from the project's OpenAPI
description with its models (``lox24.types``); this package adds what generation
cannot: auth, timeouts, safe retries, typed errors, Hydra pagination, waiting and the batch
import. Names that start with an underscore are private.

``import lox24`` itself loads nothing: the client loads on the first use of one of its names
(``lox24.Client``), with its exceptions, pager and runtime; the webhook helpers, the batch
import and the waiting helpers each load on their first use, ``lox24.sandbox`` and
``lox24.testing`` when imported. A script starts as fast as what it uses, and the ``lox24``
command shows its help without loading the client.
"""

from __future__ import annotations

import importlib as _importlib
import typing as _typing

if _typing.TYPE_CHECKING:  # each name loads on first use, see __getattr__ below
    from . import types as types  # the subpackages, reachable as attributes
    from . import webhooks as webhooks
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
        LookupOutcomeUnknownError,
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
    "LookupOutcomeUnknownError",
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

#: The modules of the client: the first use of any of their names loads them all, as one unit,
#: so that tracebacks name ``lox24.NotFoundError`` however the client was reached.
_CORE = (
    "._version",
    "._exceptions",
    "._hydra",
    "._retry",
    "._pagination",
    "._reconcile",
    "._runtime",
    "._sms_state",
    "._client",
    "._async_client",
)
#: Names a client does not need, each loaded alone on first use, from its module.
_ON_USE = {
    "LOX24_WEBHOOK_SENDERS": ".webhooks",
    "Event": ".webhooks",
    "EventDeduplicator": ".webhooks",
    "InvalidWebhookError": ".webhooks",
    "PhoneImportResult": "._batch",
    "is_delivery_final": "._waiting",
    "is_finished": "._waiting",
    "is_fraud_check_finished": "._waiting",
    "is_lox24_sender": ".webhooks",
    "parse_event": ".webhooks",
}
#: Subpackages reachable as attributes (``lox24.webhooks.Receiver``) without an import.
_SUBPACKAGES = frozenset({"types", "webhooks"})


def _present(name: str, value: object) -> None:
    """Keep ``value`` as ``lox24.<name>``; reprs and tracebacks show ``lox24.Client``."""
    if getattr(value, "__module__", "").startswith("lox24._"):
        value.__module__ = "lox24"  # classes and functions take it
    globals()[name] = value


def _load_core() -> None:
    modules = [_importlib.import_module(source, __name__) for source in _CORE]
    for name in __all__:
        if name in _ON_USE:
            continue
        for module in modules:
            if hasattr(module, name):
                _present(name, getattr(module, name))
                break


if not _typing.TYPE_CHECKING:  # mypy reads the imports above, so a typo stays an error

    def __getattr__(name: str) -> object:
        if name in _SUBPACKAGES:
            return _importlib.import_module(f".{name}", __name__)
        if name in _ON_USE:
            _present(name, getattr(_importlib.import_module(_ON_USE[name], __name__), name))
        elif name in __all__:
            _load_core()
        if name not in globals():
            msg = f"module {__name__!r} has no attribute {name!r}"
            raise AttributeError(msg)
        return globals()[name]


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__, *_SUBPACKAGES})
