"""Reading the webhook events LOX24 pushes: typed parsing, deduplication, sender check.

LOX24 posts each event as a JSON body (``WebhookEvent``: ``id``, ``name``, ``data``, ...) and
retries until it gets a 2xx, so the same event can arrive several times: deduplicate by ``id``.
LOX24 documents no signature for webhooks; it documents the addresses it sends from.

The event classes are the generated models whose ``name`` is a constant; the mapping from event
name to class is read from the models themselves, so a new event in the spec needs no code here.
"""

from __future__ import annotations

import functools
import ipaddress
import json
import re
import threading
from collections import OrderedDict
from collections.abc import Mapping
from typing import Any, TypeAlias

from lox24_generated import models
from lox24_generated.models import (
    BulkEmailParsingFailEvent,
    BulkEmailParsingSuccessEvent,
    FraudCheckDoneEvent,
    PhoneSubscribeEvent,
    PhoneUnsubscribeEvent,
    SmsDeliveryDryrunEvent,
    SmsDeliveryEvent,
    SmsEmailParsingFailEvent,
    SmsEmailParsingSuccessEvent,
    SmsIncomingEvent,
    WebhookEvent,
)

from ._exceptions import InvalidInputError

#: Every event LOX24 documents; ``WebhookEvent`` is what an event of another name parses into.
Event: TypeAlias = (
    SmsDeliveryEvent
    | SmsDeliveryDryrunEvent
    | SmsIncomingEvent
    | SmsEmailParsingSuccessEvent
    | SmsEmailParsingFailEvent
    | BulkEmailParsingSuccessEvent
    | BulkEmailParsingFailEvent
    | FraudCheckDoneEvent
    | PhoneSubscribeEvent
    | PhoneUnsubscribeEvent
    | WebhookEvent
)

#: The addresses LOX24 sends webhooks from.
LOX24_WEBHOOK_SENDERS = (
    ipaddress.ip_address("162.55.80.140"),
    ipaddress.ip_address("162.55.80.141"),
)


_LITERAL = re.compile(r"""Literal\[(?P<quote>["'])(?P<value>[^"']+)(?P=quote)\]""")


class InvalidWebhookError(InvalidInputError):
    """A webhook body is not a LOX24 event; ``field`` names the part that is wrong."""


@functools.cache
def event_classes() -> dict[str, type[Any]]:
    """Map each event name to its generated model, read from the models' ``name`` constants."""
    found: dict[str, type[Any]] = {}
    for cls in (getattr(models, name) for name in models.__all__ if name.endswith("Event")):
        # The generated modules postpone annotations, so they are strings like
        # 'Literal["sms.delivery"]'; resolving them all would need every model imported.
        constant = _LITERAL.fullmatch(str(getattr(cls, "__annotations__", {}).get("name", "")))
        if constant is not None and hasattr(cls, "from_dict"):
            found[constant["value"]] = cls
    return found


def parse_event(payload: bytes | str | Mapping[str, Any]) -> Event:
    """Parse a webhook body into its typed event model.

    Args:
        payload: The raw request body, or the already decoded JSON object.

    Returns:
        The event's own model (``SmsDeliveryEvent`` for ``sms.delivery``, ...); an event whose
        name this version does not know becomes a generic ``WebhookEvent`` with raw ``data``.

    Raises:
        InvalidWebhookError: The body is not JSON, not an object, has no ``name``, or its data
            does not have the shape the spec gives that event.

    """
    body = _decode(payload)
    name = body.get("name")
    if not isinstance(name, str) or not name:
        raise InvalidWebhookError("the event has no 'name'", field="name")
    model = event_classes().get(name, WebhookEvent)
    try:
        event: Event = model.from_dict(body)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        message = f"the {name!r} event does not match the spec: {error!r}"
        raise InvalidWebhookError(message, field="data") from error
    return event


def is_lox24_sender(address: str) -> bool:
    """Whether ``address`` (e.g. the request's client IP) is one LOX24 sends webhooks from."""
    try:
        return ipaddress.ip_address(address) in LOX24_WEBHOOK_SENDERS
    except ValueError:
        return False


class EventDeduplicator:
    """Remembers the ids of the last ``capacity`` events, to drop redelivered ones.

    Example:
        >>> seen = EventDeduplicator()
        >>> seen.first_time("a3cd6e19-8af2-498d-ad07-c7840f1b4ac8")
        True
        >>> seen.first_time("a3cd6e19-8af2-498d-ad07-c7840f1b4ac8")
        False

    """

    def __init__(self, capacity: int = 10_000) -> None:
        if capacity < 1:
            raise InvalidInputError("capacity must be at least 1", field="capacity")
        self._capacity = capacity
        self._ids: OrderedDict[str, None] = OrderedDict()
        self._lock = threading.Lock()

    def first_time(self, event_id: str) -> bool:
        """Record ``event_id``; True if it was not seen among the remembered ids."""
        with self._lock:
            if event_id in self._ids:
                self._ids.move_to_end(event_id)
                return False
            self._ids[event_id] = None
            if len(self._ids) > self._capacity:
                self._ids.popitem(last=False)
            return True


def _decode(payload: bytes | str | Mapping[str, Any]) -> dict[str, Any]:
    if isinstance(payload, Mapping):
        return dict(payload)
    try:
        body = json.loads(payload)
    except ValueError as error:
        raise InvalidWebhookError(f"the body is not JSON: {error}", field="body") from error
    if not isinstance(body, dict):
        raise InvalidWebhookError("the body is not a JSON object", field="body")
    return body
