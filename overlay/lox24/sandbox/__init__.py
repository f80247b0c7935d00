"""An in-memory sandbox of the LOX24 SMS API, validated against the bundled OpenAPI spec.

The sandbox answers the API's operations from memory: groups and their phones, bulk sendings
that progress on a controllable clock, the account. Every request is validated generically
against ``lox24.yaml`` (bodies with JSON Schema 2020-12, query and path parameters by their
schemas); collections are filtered, ordered and paged from the parameters' ``x-filter`` /
``x-order`` / ``x-default-order`` extensions, with :data:`PAGE_SIZE` items per page. It answers
in JSON-LD (Hydra) or plain JSON, as ``Accept`` asks.

It depends on nothing else of the ``lox24`` package, so a bug in the client cannot hide in it.

Use it in-process with httpx::

    from lox24.sandbox import Sandbox, SandboxClock, SANDBOX_BASE_URL

    with Sandbox(clock=SandboxClock(start=1_700_000_000, frozen=True)) as sandbox:
        http = httpx.Client(base_url=SANDBOX_BASE_URL, transport=sandbox.transport())
        http.get("/me", headers={"X-LOX24-AUTH-TOKEN": sandbox.token})

or as a server: ``uvicorn --factory lox24.sandbox:create_app``. Its own endpoints live under
``/_sandbox`` (reset, clock, recorded requests) and the spec is served at ``/openapi.json``.

``Sandbox.webhooks`` posts the account's webhook events to your service, retrying on the
sandbox clock as LOX24 does (``lox24 sandbox serve --webhook-url URL`` when served).
"""

from __future__ import annotations

from ._api import _extra  # noqa: F401 - first: without the sandbox extra, say how to add it
from ._client_settings import AsyncClientSettings, ClientSettings
from ._http._core import RecordedRequest
from ._http._faults import FaultKind, FaultRule, InjectedFault, SandboxFaults
from ._http._limits import SandboxLimits
from ._sandbox import SANDBOX_BASE_URL, SANDBOX_TOKEN, Sandbox, create_app
from ._serve import serve
from ._state._clock import SandboxClock
from ._state._collection import PAGE_SIZE
from ._webhooks import DeliveryAttempt, PendingDelivery, SandboxWebhooks, WebhookSubscription

__all__ = [
    "PAGE_SIZE",
    "SANDBOX_BASE_URL",
    "SANDBOX_TOKEN",
    "AsyncClientSettings",
    "ClientSettings",
    "DeliveryAttempt",
    "FaultKind",
    "FaultRule",
    "InjectedFault",
    "PendingDelivery",
    "RecordedRequest",
    "Sandbox",
    "SandboxClock",
    "SandboxFaults",
    "SandboxLimits",
    "SandboxWebhooks",
    "WebhookSubscription",
    "create_app",
    "serve",
]
_WEBHOOK_NAMES = ("DeliveryAttempt", "PendingDelivery", "SandboxWebhooks", "WebhookSubscription")

_FAULT_NAMES = ("FaultKind", "FaultRule", "InjectedFault", "SandboxFaults")

for _name in ("RecordedRequest", "Sandbox", "SandboxClock", "SandboxLimits", "create_app"):
    globals()[_name].__module__ = "lox24.sandbox"
for _name in (*_WEBHOOK_NAMES, *_FAULT_NAMES, "serve"):
    globals()[_name].__module__ = "lox24.sandbox"
del _name
