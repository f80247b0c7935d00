"""Receiving LOX24's webhooks in a service: typed events, once each, from LOX24 only.

LOX24 posts each event (``sms.delivery``, ``sms.incoming``, ``fraud-check.done``, ...) as a JSON
body to your endpoint and retries until it gets a 2xx. This package turns such a request into
the answer LOX24 expects:

* :func:`parse_event` turns any body into its typed event or :class:`InvalidWebhookError`;
* :class:`Receiver` checks the sender (:class:`SenderCheck`, proxies included), parses,
  drops redeliveries through a :class:`DedupStore` (:class:`MemoryStore`,
  :class:`SQLiteStore`, :class:`RedisStore`) and runs the handler registered per event name;
  ``receiver.handle(body, client_ip, headers)`` serves any framework in one line and
  ``receiver.asgi_app()`` is an ASGI application;
* :class:`DeliveryTracker` follows sent SMS to their final state from ``sms.delivery`` events,
  polling those that stay silent.
"""

from __future__ import annotations

from ._asgi import WEBHOOK_PATH, WebhookApp
from ._events import Event, event_classes
from ._memory import EventDeduplicator, MemoryStore
from ._names import ANY_EVENT, EventName, UnknownEventNameError
from ._parsing import MAX_BODY_BYTES, InvalidWebhookError, parse_event
from ._receiver import Receiver
from ._redis import RedisStore
from ._reply import Reply
from ._senders import (
    LOX24_WEBHOOK_SENDERS,
    SANDBOX,
    SenderCheck,
    is_lox24_sender,
    parse_address,
)
from ._sqlite import SQLiteStore
from ._store import AsyncDedupStore, Claim, DedupStore
from ._tracker import DeliveryState, DeliveryTracker, final_state
from ._tracking import TrackingStore

__all__ = [
    "ANY_EVENT",
    "LOX24_WEBHOOK_SENDERS",
    "MAX_BODY_BYTES",
    "SANDBOX",
    "WEBHOOK_PATH",
    "AsyncDedupStore",
    "Claim",
    "DedupStore",
    "DeliveryState",
    "DeliveryTracker",
    "Event",
    "EventDeduplicator",
    "EventName",
    "InvalidWebhookError",
    "MemoryStore",
    "Receiver",
    "RedisStore",
    "Reply",
    "SQLiteStore",
    "SenderCheck",
    "TrackingStore",
    "UnknownEventNameError",
    "WebhookApp",
    "event_classes",
    "final_state",
    "is_lox24_sender",
    "parse_address",
    "parse_event",
]

# Tracebacks and reprs show ``lox24.webhooks.Receiver``, not the private module.
for _name in __all__:
    _obj = globals()[_name]
    if getattr(_obj, "__module__", "").startswith("lox24.webhooks._"):
        _obj.__module__ = "lox24.webhooks"
del _name, _obj
