"""The event names a handler can be registered for, and the handler type each name implies.

``EventName`` is the ``Literal`` of every event the spec documents; a test keeps it equal to the
names read from the generated models, so it cannot drift. Each ``*Handler`` type variable is a
function taking one event type, so that :meth:`Receiver.on` can type the handler by the name.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal, TypeAlias, TypeVar

from lox24._exceptions import InvalidInputError
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
)

from ._events import Event, event_classes

#: The name of every event LOX24 documents (``receiver.on`` accepts these and ``"*"``).
EventName: TypeAlias = Literal[
    "sms.delivery",
    "sms.delivery.dryrun",
    "sms.incoming",
    "sms.email.parsing.success",
    "sms.email.parsing.fail",
    "bulk.email.parsing.success",
    "bulk.email.parsing.fail",
    "fraud-check.done",
    "phone.subscribe",
    "phone.unsubscribe",
]
#: The name under which a handler receives every event that has no handler of its own.
ANY_EVENT: Literal["*"] = "*"

DeliveryHandler = TypeVar("DeliveryHandler", bound=Callable[[SmsDeliveryEvent], object])
DryrunHandler = TypeVar("DryrunHandler", bound=Callable[[SmsDeliveryDryrunEvent], object])
IncomingHandler = TypeVar("IncomingHandler", bound=Callable[[SmsIncomingEvent], object])
SmsParsedHandler = TypeVar(
    "SmsParsedHandler", bound=Callable[[SmsEmailParsingSuccessEvent], object]
)
SmsParseFailHandler = TypeVar(
    "SmsParseFailHandler", bound=Callable[[SmsEmailParsingFailEvent], object]
)
BulkParsedHandler = TypeVar(
    "BulkParsedHandler", bound=Callable[[BulkEmailParsingSuccessEvent], object]
)
BulkParseFailHandler = TypeVar(
    "BulkParseFailHandler", bound=Callable[[BulkEmailParsingFailEvent], object]
)
FraudCheckHandler = TypeVar("FraudCheckHandler", bound=Callable[[FraudCheckDoneEvent], object])
SubscribeHandler = TypeVar("SubscribeHandler", bound=Callable[[PhoneSubscribeEvent], object])
UnsubscribeHandler = TypeVar("UnsubscribeHandler", bound=Callable[[PhoneUnsubscribeEvent], object])
AnyHandler = TypeVar("AnyHandler", bound=Callable[[Event], object])


class UnknownEventNameError(InvalidInputError):
    """``receiver.on`` was given a name that is no LOX24 event; the message names the value."""


def check_event_name(name: object) -> str:
    """``name`` if it is a documented event name or ``"*"``, else :class:`UnknownEventNameError`."""
    if isinstance(name, str) and (name == ANY_EVENT or name in event_classes()):
        return name
    known = ", ".join(sorted(event_classes()))
    message = f"{name!r} is not a LOX24 webhook event name; known names: {known}, or '*'"
    raise UnknownEventNameError(message, field="name")
