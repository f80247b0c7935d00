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
import contextlib
import inspect
import logging
import os
from collections.abc import Awaitable, Callable, Iterable, Iterator
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
from ._store import AsyncDedupStore, Claim, DedupStore

logger = logging.getLogger("lox24.webhooks")

Handler = Callable[[Any], object]
HandlerT = TypeVar("HandlerT", bound=Handler)


class _Accepted(NamedTuple):
    event: Event
    key: str
    handlers: list[Handler]
    awaits: bool  # a handler is a coroutine function


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
        self.store = store if store is not None else SQLiteStore()
        self.senders = SenderCheck(allowed_senders, trusted_proxies=trusted_proxies)
        self.max_body_bytes = min(max_body_bytes, MAX_BODY_BYTES)
        self._handlers: dict[str, list[Handler]] = {}
        self._awaits: dict[str, bool] = {}  # name -> a handler of it is a coroutine function

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
            if inspect.iscoroutinefunction(handler):
                self._awaits[checked] = True
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
        return self._handle_accepted(accepted, None)

    async def handle_async(
        self, body: bytes, client_ip: str | None, headers: Headers | None = None
    ) -> Reply:
        """Like :meth:`handle`, for async frameworks; also awaits coroutine handlers.

        The event loop never blocks, and an event costs at most one hop to a worker thread.
        The stores of this package are asked from the loop (:class:`SQLiteStore` commits the
        statements of the events of one turn of the loop together, :class:`RedisStore` uses
        redis' asyncio client); coroutine handlers run on the loop, plain ones together in one
        worker thread. With a store that has no ``aclaim``, an event with plain handlers is
        claimed, handled and recorded in one worker thread.
        """
        accepted = self._accept(body, client_ip, headers)
        if isinstance(accepted, Reply):
            return accepted
        loop = asyncio.get_running_loop()
        if not (accepted.awaits or self._native_async):
            return await offload(self._handle_accepted, accepted, loop)
        return await self._handle_on_loop(accepted, loop)

    async def _handle_on_loop(self, accepted: _Accepted, loop: asyncio.AbstractEventLoop) -> Reply:
        """Claim and record through the async store; coroutine handlers run on the loop."""
        store, token = self._async_store, os.urandom(16).hex()
        try:
            claim = await store.aclaim(accepted.key, token)
        except Exception:  # a store outage must reach LOX24 as a 5xx
            return self._unavailable(accepted)
        refusal = _refusal(claim)
        if refusal is not None:
            return refusal
        try:
            if accepted.awaits:
                for handler in accepted.handlers:
                    await _run(handler, accepted.event)
            elif accepted.handlers:
                await offload(_run_plain, accepted, loop)
        except Exception as error:  # any handler failure must reach LOX24 as a 5xx
            with _logged_release(accepted.key):
                await store.arelease(accepted.key, token)
            return _failure(accepted, error)
        try:
            await store.acomplete(accepted.key, token)
        except Exception:  # not recorded: a 2xx would lose the record, so LOX24 must retry
            return _unrecorded(accepted)
        return _handled(accepted)

    @property
    def store(self) -> DedupStore:
        """Where handled event ids are kept."""
        return self._store

    @store.setter
    def store(self, store: DedupStore) -> None:
        self._store = store
        self._native_async = isinstance(store, AsyncDedupStore)
        self._async_store: AsyncDedupStore = (
            store if isinstance(store, AsyncDedupStore) else _Threaded(store)
        )

    async def aclose(self) -> None:
        """Close what the store opened for the running event loop (the ASGI app's shutdown)."""
        close = getattr(self.store, "aclose", None)
        if close is not None:
            await close()

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
        name = str(event.name)
        handlers = self._handlers.get(name) or self._handlers.get(ANY_EVENT, [])
        awaits = self._awaits.get(name if name in self._handlers else ANY_EVENT, False)
        return _Accepted(event, str(event.id), list(handlers), awaits)

    def _handle_accepted(
        self, accepted: _Accepted, loop: asyncio.AbstractEventLoop | None
    ) -> Reply:
        """Claim, run the plain handlers, record: all in this thread.

        ``loop`` is the event loop of :meth:`handle_async`, where an awaitable that a plain
        handler returns is awaited; without one such a handler is a failure.
        """
        token = os.urandom(16).hex()
        try:
            claim = self.store.claim(accepted.key, token)
        except Exception:  # a store outage must reach LOX24 as a 5xx
            return self._unavailable(accepted)
        refusal = _refusal(claim)
        if refusal is not None:
            return refusal
        try:
            _run_plain(accepted, loop)
        except Exception as error:  # any handler failure must reach LOX24 as a 5xx
            return self._failed(accepted, token, error)
        try:
            self.store.complete(accepted.key, token)
        except Exception:  # not recorded: a 2xx would lose the record, so LOX24 must retry
            return _unrecorded(accepted)
        return _handled(accepted)

    def _unavailable(self, accepted: _Accepted) -> Reply:
        logger.exception("webhook store failed on %s %s", accepted.event.name, accepted.key)
        return reply(503, outcome="unavailable", detail="the store is unavailable")

    def _failed(self, accepted: _Accepted, token: str, error: Exception) -> Reply:
        with _logged_release(accepted.key):
            self.store.release(accepted.key, token)
        return _failure(accepted, error)


class _Threaded:
    """A plain store asked from the event loop: each call in a worker thread."""

    def __init__(self, store: DedupStore) -> None:
        self._store = store

    async def aclaim(self, key: str, token: str) -> Claim:
        return await offload(self._store.claim, key, token)

    async def acomplete(self, key: str, token: str) -> None:
        await offload(self._store.complete, key, token)

    async def arelease(self, key: str, token: str) -> None:
        await offload(self._store.release, key, token)


#: Runs a function in a worker thread; every thread hop of the receiver goes through it.
offload = asyncio.to_thread


def _refusal(claim: Claim) -> Reply | None:
    if claim is Claim.DONE:
        return _DUPLICATE
    if claim is Claim.BUSY:
        return _BUSY
    return None


def _handled(accepted: _Accepted) -> Reply:
    return _HANDLED if accepted.handlers else _IGNORED


def _failure(accepted: _Accepted, error: Exception) -> Reply:
    event = accepted.event
    logger.error("webhook handler failed on %s %s", event.name, accepted.key, exc_info=error)
    return _FAILED


def _unrecorded(accepted: _Accepted) -> Reply:
    logger.exception("webhook store failed to record %s", accepted.key)
    return reply(503, outcome="unavailable", detail="the store is unavailable")


@contextlib.contextmanager
def _logged_release(key: str) -> Iterator[None]:
    """Log a failed release and go on: the claim's lease lapses by itself."""
    try:
        yield
    except Exception:
        logger.exception("webhook store failed to release %s", key)


_DUPLICATE = reply(200, outcome="duplicate")
_BUSY = reply(503, outcome="busy", detail="the event is being handled")
_HANDLED = reply(200, outcome="handled")
_IGNORED = reply(200, outcome="ignored")
_FAILED = reply(500, outcome="failed", detail="the handler failed")


def _run_plain(accepted: _Accepted, loop: asyncio.AbstractEventLoop | None) -> None:
    """Run plain handlers in this thread; an awaitable one returns is awaited on ``loop``."""
    for handler in accepted.handlers:
        outcome = handler(accepted.event)
        if inspect.isawaitable(outcome):
            if loop is None:
                _close(outcome)
                raise TypeError("an async handler needs handle_async or the ASGI app")
            asyncio.run_coroutine_threadsafe(_wait(outcome), loop).result()


async def _wait(outcome: Awaitable[object]) -> None:
    await outcome


async def _run(handler: Handler, event: Event) -> None:
    if inspect.iscoroutinefunction(handler):
        await handler(event)
        return
    outcome = await offload(handler, event)
    if inspect.isawaitable(outcome):
        await outcome


def _close(outcome: Awaitable[object]) -> None:
    close = getattr(outcome, "close", None)
    if callable(close):
        close()
