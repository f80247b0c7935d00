"""``Sandbox.webhooks``: subscriptions, and the delivery of every event to them with retries."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from starlette.types import ASGIApp

from lox24.sandbox._state._clock import SandboxClock
from lox24.sandbox._state._events import ATTEMPTS

from ._feed import EventFeed, EventSource
from ._poster import Poster
from ._queue import RETRY_DELAYS, Delivery, DeliveryQueue, retry_delay
from ._records import EVENT_NAMES, DeliveryAttempt, PendingDelivery, WebhookSubscription
from ._worker import POLL_INTERVAL, DeliveryWorker

#: How many webhooks a LOX24 account can configure.
MAX_SUBSCRIPTIONS = 5
_SCHEMES = ("http", "https")


class SandboxWebhooks:
    """Posts the sandbox's webhook events to subscribed URLs, as the gateway does.

    Every event the account receives (see ``Sandbox.events``) is posted as JSON to each
    subscription that wants its name, with ``attempt_number``/``attempt_total`` set. A post that
    is not answered 2xx is retried after growing intervals of *sandbox* time
    (:data:`RETRY_DELAYS`) until the ``attempt_total`` attempts are used up. Each attempt is
    made once the sandbox clock reaches its due time and is recorded at that time, so with a
    frozen clock moving the clock forward and calling :meth:`deliver_due` plays out everything
    that would have happened meanwhile.

    Attempts are made by :meth:`deliver_due` (call it in tests) or by a background worker
    (:meth:`start`, used by ``lox24 sandbox serve``). Subscriptions survive ``Sandbox.reset``;
    waiting deliveries and the record of attempts do not.

    Args:
        clock: The sandbox clock.
        events: The account's event log (the sandbox's core), read from a position on.
        retry_delays: Sandbox seconds before each retry.

    """

    def __init__(
        self,
        clock: SandboxClock,
        events: EventSource,
        *,
        retry_delays: tuple[float, ...] = RETRY_DELAYS,
    ) -> None:
        self._clock = clock
        self._feed = EventFeed(events)
        self._delays = retry_delays
        self._lock = threading.RLock()
        self._pass_lock = threading.Lock()
        self._feed_lock = threading.Lock()
        self._subscriptions: dict[int, WebhookSubscription] = {}
        self._apps: dict[int, ASGIApp] = {}
        self._next_id = 1
        self._queue = DeliveryQueue()
        self._attempts: list[DeliveryAttempt] = []
        self._poster = Poster()
        self._worker: DeliveryWorker | None = None

    def subscribe(
        self, url: str, *, events: Iterable[str] | None = None, app: ASGIApp | None = None
    ) -> WebhookSubscription:
        """Deliver the events from now on to ``url``.

        Args:
            url: An ``http://`` or ``https://`` URL events are posted to.
            events: The event names to deliver (see ``EVENT_NAMES``); all unless given.
            app: An ASGI app to post to in-process (no network); ``url`` is then the URL the
                app sees, and the post comes from LOX24's sender address ``162.55.80.140``.

        Returns:
            The new subscription.

        Raises:
            ValueError: ``url`` is not an HTTP(S) URL, an event name is unknown, or the five
                subscriptions an account can have exist already.

        """
        names = _event_names(events)
        _check_url(url)
        self._collect()  # events before the subscription are not delivered to it
        with self._lock:
            if len(self._subscriptions) >= MAX_SUBSCRIPTIONS:
                msg = f"an account has at most {MAX_SUBSCRIPTIONS} webhooks"
                raise ValueError(msg)
            subscription = WebhookSubscription(self._next_id, url, names, app is not None)
            self._next_id += 1
            self._subscriptions[subscription.id] = subscription
            if app is not None:
                self._apps[subscription.id] = app
            return subscription

    def unsubscribe(self, subscription_id: int) -> None:
        """Stop delivering to a subscription, and drop its waiting deliveries.

        Raises:
            LookupError: There is no subscription ``subscription_id``.

        """
        with self._lock:
            if self._subscriptions.pop(subscription_id, None) is None:
                msg = f"no webhook subscription {subscription_id}"
                raise LookupError(msg)
            self._apps.pop(subscription_id, None)
            self._queue.drop_subscription(subscription_id)

    @property
    def subscriptions(self) -> list[WebhookSubscription]:
        """The subscriptions, oldest first."""
        with self._lock:
            return list(self._subscriptions.values())

    @property
    def attempts(self) -> list[DeliveryAttempt]:
        """Every attempt made so far, in the order made (a copy)."""
        self._collect()  # notices a reset, which forgets the attempts
        with self._lock:
            return list(self._attempts)

    @property
    def pending(self) -> list[PendingDelivery]:
        """The attempts waiting for the clock, earliest first (after picking up new events)."""
        self._collect()
        with self._lock:
            return self._queue.pending()

    def next_due(self) -> float | None:
        """The sandbox time the earliest waiting attempt is due, if any waits."""
        with self._lock:
            return self._queue.next_due()

    def deliver_due(self) -> list[DeliveryAttempt]:
        """Make every attempt due at the current sandbox time, earliest first.

        New events are picked up first. Retries that fall due before the current time are made
        in the same call.

        Returns:
            The attempts made, in order.

        """
        with self._pass_lock:
            with self._lock:
                idle = not self._subscriptions and not self._queue
            if idle:  # nothing to post; subscribe() skips past older events itself
                return []
            self._collect()
            made = []
            while (due := self._take_due()) is not None:
                made.append(self._attempt(*due))
            return made

    def redeliver(self, event_id: str) -> int:
        """Deliver an event again, now, to every subscription that wants it.

        The event keeps its ``id``; the new delivery gets a new ``notification_task_id`` and
        starts again at attempt 1 (a receiver must recognise it as already handled).

        Returns:
            How many deliveries were queued.

        Raises:
            LookupError: The account has no event ``event_id``.

        """
        self._collect()
        event = self._feed.find(event_id)
        if event is None:
            msg = f"no event {event_id}"
            raise LookupError(msg)
        with self._lock:
            return self._queue_event(event, due=self._clock.now())

    def start(self, *, poll_interval: float = POLL_INTERVAL) -> None:
        """Deliver in a background thread from now on (does nothing if it runs already)."""
        with self._lock:
            if self._worker is None:
                self._worker = DeliveryWorker(
                    self.deliver_due, self.next_due, self._clock, poll_interval=poll_interval
                )

    def stop(self) -> None:
        """Stop the background thread, if it runs."""
        with self._lock:
            worker, self._worker = self._worker, None
        if worker is not None:
            worker.stop()

    def wait_idle(self, timeout: float = 30.0) -> bool:
        """Make sure every attempt due now has been made.

        With the background thread running, wait (at most ``timeout`` real seconds) for a pass
        that started after this call; otherwise make the pass here.

        Returns:
            False if the background pass did not end in time.

        """
        with self._lock:
            worker = self._worker
        if worker is None:
            self.deliver_due()
            return True
        return worker.wait_idle(timeout)

    def close(self) -> None:
        """Stop the background thread and close the connections."""
        self.stop()
        self._poster.close()

    def _collect(self) -> None:
        """Queue the new events of the log for their first attempt, at their creation time."""
        with self._feed_lock:  # each event is handed out once, even to concurrent callers
            self._take_new()

    def _take_new(self) -> None:
        restarted, events = self._feed.take_new()
        with self._lock:
            if restarted:
                self._queue.clear()
                self._attempts.clear()
            for event in events:
                self._queue_event(event, due=float(event.get("created_at", self._clock.now())))

    def _queue_event(self, event: dict[str, Any], *, due: float) -> int:
        wanted = [s for s in self._subscriptions.values() if s.wants(str(event.get("name")))]
        for subscription in wanted:
            delivery = Delivery(dict(event), subscription, str(uuid.uuid4()), 1, ATTEMPTS)
            self._queue.push(delivery, due)
        return len(wanted)

    def _take_due(self) -> tuple[Delivery, float] | None:
        with self._lock:
            return self._queue.pop_due(self._clock.now())

    def _attempt(self, delivery: Delivery, due: float) -> DeliveryAttempt:
        subscription = delivery.subscription
        status, error, answer, seconds = self._poster.post(
            subscription.url, delivery.body(), app=self._apps.get(subscription.id)
        )
        attempt = DeliveryAttempt(
            event_id=str(delivery.event.get("id")),
            event_name=str(delivery.event.get("name")),
            subscription_id=subscription.id,
            url=subscription.url,
            attempt_number=delivery.attempt,
            attempt_total=delivery.total,
            at=due,
            status=status,
            error=error,
            notification_task_id=delivery.task_id,
            answer=answer,
            duration=round(seconds, 6),
        )
        with self._lock:
            self._attempts.append(attempt)
            if not attempt.final and subscription.id in self._subscriptions:
                self._queue.push(
                    delivery.next_attempt(), due + retry_delay(delivery.attempt, self._delays)
                )
        return attempt

    def __repr__(self) -> str:
        with self._lock:
            return (
                f"SandboxWebhooks(subscriptions={len(self._subscriptions)}, "
                f"pending={len(self._queue)}, attempts={len(self._attempts)})"
            )


def _event_names(events: Iterable[str] | None) -> tuple[str, ...] | None:
    if events is None:
        return None
    names = tuple(dict.fromkeys([events] if isinstance(events, str) else events))
    unknown = sorted(set(names) - set(EVENT_NAMES))
    if unknown:
        msg = f"unknown event names: {', '.join(unknown)} (known: {', '.join(EVENT_NAMES)})"
        raise ValueError(msg)
    return names


def _check_url(url: str) -> None:
    parts = urlsplit(url) if isinstance(url, str) else None
    if parts is None or parts.scheme not in _SCHEMES or not parts.hostname:
        msg = f"a webhook URL is an http:// or https:// URL with a host, not {url!r}"
        raise ValueError(msg)
