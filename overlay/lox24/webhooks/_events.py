"""The typed events: which generated model each event name parses into.

The event classes are the generated models whose ``name`` is a constant; the mapping from event
name to class is read from the models themselves, so a new event in the spec needs no code here.
"""

from __future__ import annotations

import functools
import re
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

_LITERAL = re.compile(r"""Literal\[(?P<quote>["'])(?P<value>[^"']+)(?P=quote)\]""")


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


def event_class(name: str) -> type[Any]:
    """The model an event called ``name`` parses into (``WebhookEvent`` for unknown names)."""
    return event_classes().get(name, WebhookEvent)
