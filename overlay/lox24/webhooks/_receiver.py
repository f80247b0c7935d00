"""The receiver: from a request's body and sender to handled events and the status LOX24 expects.

LOX24 treats any 2xx as delivered and retries everything else with growing intervals, so the
answer decides whether an event comes again:

==========================================  ======  ==========================================
what happened                               status  so LOX24 ...
==========================================  ======  ==========================================
handled (or no handler for this name)       200     stops
a redelivery of an event handled before     200     stops
another worker is handling it right now     503     retries later, and then gets 200
a handler raised                            500     retries: the event is not marked handled
the dedup store failed (before or after     503     retries; a handler that already ran
the handlers ran)                                   runs again once its claim's lease lapses
the body is not an event                    400     retries, in vain (the sender's bug)
the body is too large                       413
the sender is not in the allow-list         403
==========================================  ======  ==========================================

Handlers may be plain functions or coroutine functions; :meth:`Receiver.handle` runs plain ones
only, :meth:`Receiver.handle_async` (and the ASGI app) both.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import uuid
from collections.abc import Awaitable, Callable, Iterable
from typing import Any, Literal, NamedTuple, TypeVar, overload

from ._asgi import WebhookApp
from ._events import Event
from ._names import (
    ANY_EVENT,
    AnyHandler,
    BulkParsedHandler,
    BulkParseFailHandler,
    DeliveryHandler,
    DryrunHandler,
    EventName,
    FraudCheckHandler,
    IncomingHandler,
    SmsParsedHandler,
    SmsParseFailHandler,
    SubscribeHandler,
    UnsubscribeHandler,
    check_event_name,
)
from ._parsing import MAX_BODY_BYTES, InvalidWebhookError, parse_event
from ._reply import Reply, reply
from ._senders import LOX24_WEBHOOK_SENDERS, Address, Headers, Network, SenderCheck
from ._sqlite import SQLiteStore
from ._store import Claim, DedupStore

logger = logging.getLogger("lox24.webhooks")

Handler = Callable[[Any], object]
HandlerT = TypeVar("HandlerT", bound=Handler)


class _Accepted(NamedTuple):
    event: Event
    key: str
    handlers: list[Handler]


class Receiver:
    """Receives LOX24's webhook events, once each, and runs the handler registered per name.

    Args:
        store: Where handled event ids are kept; by default an :class:`SQLiteStore` file in the
            working directory, which several worker processes on one machine may share.
        allowed_senders: Addresses or networks events may come from (LOX24's by default);
            :data:`SANDBOX` for the local sandbox over HTTP (loopback), ``None`` accepts any
            sender (in-process tests).
        trusted_proxies: Your reverse proxies; behind them the sender is read from
            ``X-Forwarded-For``. The server must pass the peer on unchanged
            (``uvicorn --no-proxy-headers``); a peer rewritten from the header is refused.
        max_body_bytes: Larger bodies are refused with 413.

    Example:
        >>> receiver = Receiver(store=MemoryStore(), allowed_senders=None)
        >>> @receiver.on("sms.delivery")
        ... def delivered(event):
        ...     print(event.data.id, event.data.dlr_code)
        >>> body = b'''{"id": "e1", "name": "sms.delivery", "created_at": 1,
        ...            "data": {"id": "s1", "dlr_code": 1}}'''
        >>> receiver.handle(body, "127.0.0.1").status
        s1 1
        200

    """

    def __init__(
        self,
        *,
        store: DedupStore | None = None,
        allowed_senders: Iterable[str | Address | Network] | None = LOX24_WEBHOOK_SENDERS,
        trusted_proxies: Iterable[str | Address | Network] = (),
        max_body_bytes: int = MAX_BODY_BYTES,
    ) -> None:
        self.store: DedupStore = store if store is not None else SQLiteStore()
        self.senders = SenderCheck(allowed_senders, trusted_proxies=trusted_proxies)
        self.max_body_bytes = min(max_body_bytes, MAX_BODY_BYTES)
        self._handlers: dict[str, list[Handler]] = {}

    @overload
    def on(self, name: Literal["sms.delivery"]) -> Callable[[DeliveryHandler], DeliveryHandler]: ...
    @overload
    def on(
        self, name: Literal["sms.delivery.dryrun"]
    ) -> Callable[[DryrunHandler], DryrunHandler]: ...
    @overload
    def on(self, name: Literal["sms.incoming"]) -> Callable[[IncomingHandler], IncomingHandler]: ...
    @overload
    def on(
        self, name: Literal["sms.email.parsing.success"]
    ) -> Callable[[SmsParsedHandler], SmsParsedHandler]: ...
    @overload
    def on(
        self, name: Literal["sms.email.parsing.fail"]
    ) -> Callable[[SmsParseFailHandler], SmsParseFailHandler]: ...
    @overload
    def on(
        self, name: Literal["bulk.email.parsing.success"]
    ) -> Callable[[BulkParsedHandler], BulkParsedHandler]: ...
    @overload
    def on(
        self, name: Literal["bulk.email.parsing.fail"]
    ) -> Callable[[BulkParseFailHandler], BulkParseFailHandler]: ...
    @overload
    def on(
        self, name: Literal["fraud-check.done"]
    ) -> Callable[[FraudCheckHandler], FraudCheckHandler]: ...
    @overload
    def on(
        self, name: Literal["phone.subscribe"]
    ) -> Callable[[SubscribeHandler], SubscribeHandler]: ...
    @overload
    def on(
        self, name: Literal["phone.unsubscribe"]
    ) -> Callable[[UnsubscribeHandler], UnsubscribeHandler]: ...
    @overload
    def on(self, name: Literal["*"]) -> Callable[[AnyHandler], AnyHandler]: ...
    def on(self, name: EventName | Literal["*"]) -> Callable[[HandlerT], HandlerT]:
        """Register the decorated function as a handler of events called ``name``.

        ``name`` is one of the documented event names (:data:`EventName`), and the handler's
        parameter is typed by it (``"sms.delivery"`` gives an ``SmsDeliveryEvent``); ``"*"``
        registers a handler of every event that has none of its own. Handlers of one name run
        in the order registered and get the typed event. When one raises, the event is
        redelivered and all of them run again, so what they do outside this package should be
        idempotent.

        Raises:
            UnknownEventNameError: ``name`` is no LOX24 event name (the message names it).

        """
        checked = check_event_name(name)

        def register(handler: HandlerT) -> HandlerT:
            self._handlers.setdefault(checked, []).append(handler)
            return handler

        return register

    def handle(self, body: bytes, client_ip: str | None, headers: Headers | None = None) -> Reply:
        """Handle one request: check, parse, deduplicate, dispatch; returns what to answer.

        Args:
            body: The raw request body.
            client_ip: The peer address of the connection (``request.client.host``,
                ``request.remote_addr``, ``request.META["REMOTE_ADDR"]``).
            headers: The request headers, needed behind a trusted proxy.

        """
        accepted = self._accept(body, client_ip, headers)
        if isinstance(accepted, Reply):
            return accepted
        token = uuid.uuid4().hex
        refusal = self._claim(accepted, token)
        if refusal is not None:
            return refusal
        try:
            for handler in accepted.handlers:
                outcome = handler(accepted.event)
                if inspect.isawaitable(outcome):
                    _close(outcome)
                    raise TypeError("an async handler needs handle_async or the ASGI app")
        except Exception as error:  # any handler failure must reach LOX24 as a 5xx
            return self._failed(accepted, token, error)
        return self._done(accepted, token)

    async def handle_async(
        self, body: bytes, client_ip: str | None, headers: Headers | None = None
    ) -> Reply:
        """Like :meth:`handle`, for async frameworks; also awaits coroutine handlers.

        The store and plain handlers run in a worker thread, so the event loop never blocks.
        """
        accepted = self._accept(body, client_ip, headers)
        if isinstance(accepted, Reply):
            return accepted
        token = uuid.uuid4().hex
        refusal = await asyncio.to_thread(self._claim, accepted, token)
        if refusal is not None:
            return refusal
        try:
            for handler in accepted.handlers:
                await _run(handler, accepted.event)
        except Exception as error:  # any handler failure must reach LOX24 as a 5xx
            return await asyncio.to_thread(self._failed, accepted, token, error)
        return await asyncio.to_thread(self._done, accepted, token)

    def asgi_app(self) -> WebhookApp:
        """An ASGI application serving this receiver at any path it is mounted on."""
        return WebhookApp(self)

    def _accept(
        self, body: bytes, client_ip: str | None, headers: Headers | None
    ) -> _Accepted | Reply:
        if not self.senders.allows(client_ip, headers):
            if self.senders.rewritten(client_ip, headers):
                logger.warning(
                    "webhook refused: the server replaced the peer address with %s from a "
                    "forwarding header, so the real sender is unknown; serve with the server's "
                    "proxy headers off (uvicorn --no-proxy-headers) and set trusted_proxies",
                    client_ip,
                )
            else:
                logger.warning("webhook refused: sender %s is not allowed", client_ip)
            return reply(403, outcome="forbidden", detail="the sender is not allowed")
        if len(body) > self.max_body_bytes:
            return reply(413, outcome="refused", detail="the body is too large")
        try:
            event = parse_event(body)
        except InvalidWebhookError as error:
            logger.warning("webhook refused: %s", error)
            return reply(400, outcome="invalid", detail=str(error), field=error.field)
        handlers = self._handlers.get(str(event.name)) or self._handlers.get(ANY_EVENT, [])
        return _Accepted(event, str(event.id), list(handlers))

    def _claim(self, accepted: _Accepted, token: str) -> Reply | None:
        try:
            claim = self.store.claim(accepted.key, token)
        except Exception:  # a store outage must reach LOX24 as a 5xx
            logger.exception("webhook store failed on %s %s", accepted.event.name, accepted.key)
            return reply(503, outcome="unavailable", detail="the store is unavailable")
        if claim is Claim.DONE:
            return reply(200, outcome="duplicate")
        if claim is Claim.BUSY:
            return reply(503, outcome="busy", detail="the event is being handled")
        return None

    def _failed(self, accepted: _Accepted, token: str, error: Exception) -> Reply:
        event = accepted.event
        logger.error("webhook handler failed on %s %s", event.name, accepted.key, exc_info=error)
        try:
            self.store.release(accepted.key, token)
        except Exception:  # the lease lapses by itself
            logger.exception("webhook store failed to release %s", accepted.key)
        return reply(500, outcome="failed", detail="the handler failed")

    def _done(self, accepted: _Accepted, token: str) -> Reply:
        try:
            self.store.complete(accepted.key, token)
        except Exception:  # not recorded: a 2xx would lose the record, so LOX24 must retry
            logger.exception("webhook store failed to record %s", accepted.key)
            return reply(503, outcome="unavailable", detail="the store is unavailable")
        outcome = "handled" if accepted.handlers else "ignored"
        return reply(200, outcome=outcome)


async def _run(handler: Handler, event: Event) -> None:
    if inspect.iscoroutinefunction(handler):
        await handler(event)
        return
    outcome = await asyncio.to_thread(handler, event)
    if inspect.isawaitable(outcome):
        await outcome


def _close(outcome: Awaitable[object]) -> None:
    close = getattr(outcome, "close", None)
    if callable(close):
        close()
