"""``SandboxHarness``: one in-process sandbox on a frozen clock, and what a test does with it.

The frozen clock starts at the real current time, so the sandbox and a service under test that
reads ``datetime.now()`` agree on "now"; ``move_python_clock=True`` keeps them agreeing when the
test moves the sandbox clock (see ``lox24.testing._python_clock``).
"""

from __future__ import annotations

import datetime as dt
import math
import time
from collections.abc import Awaitable, Callable, Iterable, Iterator
from types import TracebackType
from typing import Any

import httpx

import lox24
from lox24.sandbox import (
    SANDBOX_BASE_URL,
    DeliveryAttempt,
    FaultRule,
    RecordedRequest,
    Sandbox,
    SandboxClock,
    SandboxFaults,
    SandboxWebhooks,
    WebhookSubscription,
)
from lox24.sandbox._controls._simulate import Simulator

from ._python_clock import PythonClock

#: A fixed instant, 2026-01-01 00:00:00 UTC, for tests that want the same time on every run
#: (``SandboxHarness(start=FROZEN_START)``); by default a harness starts at the real time.
FROZEN_START = 1_767_225_600
_JSON = {"Accept": "application/json"}


class SandboxHarness:
    """A fresh sandbox whose clock stands still until the test moves it.

    Args:
        start: The Unix time (or aware datetime) the frozen clock shows at first; by default
            the real current time, in whole seconds, so that the sandbox and the code under
            test agree on "now".
        token: The token the sandbox accepts (its built-in public token by default).
        move_python_clock: Also hold Python's own clock (``time.time()``, ``datetime.now()``,
            ``date.today()``) at the sandbox's time: ``advance``, ``travel_to`` and the waiting
            of this harness's clients move both. Needs time-machine (the ``clock`` extra).
            Python's clock is given back by ``close``.

    Attributes:
        sandbox: The underlying ``lox24.sandbox.Sandbox``, for anything not offered here.

    """

    def __init__(
        self,
        *,
        start: float | dt.datetime | None = None,
        token: str | None = None,
        move_python_clock: bool = False,
    ) -> None:
        if start is None:
            origin = float(math.floor(time.time()))
        else:
            origin = start.timestamp() if isinstance(start, dt.datetime) else start
        clock = SandboxClock(start=origin, frozen=True)
        self.sandbox = Sandbox(clock=clock) if token is None else Sandbox(token=token, clock=clock)
        self._python_clock = PythonClock(clock) if move_python_clock else None

    # -- connection ---------------------------------------------------------------------------

    @property
    def token(self) -> str:
        """The token the sandbox accepts."""
        return self.sandbox.token

    @property
    def base_url(self) -> str:
        """The base URL clients of this harness use (any URL reaches the in-process sandbox)."""
        return SANDBOX_BASE_URL

    def client(self, **options: Any) -> lox24.Client:
        """A new ``lox24.Client`` bound to this sandbox; ``options`` go to the client.

        Its ``wait`` helpers sleep on the sandbox clock: while the clock is frozen, waiting
        moves it on instead of taking real time.
        """
        settings = self.sandbox.client_settings()
        if self._python_clock is not None:
            settings["sleep"] = self._following(settings["sleep"])
        return lox24.Client(**{**settings, **options})

    def async_client(self, **options: Any) -> lox24.AsyncClient:
        """A new ``lox24.AsyncClient`` bound to this sandbox (see ``client``)."""
        settings = self.sandbox.async_client_settings()
        if self._python_clock is not None:
            settings["sleep"] = self._following_async(settings["sleep"])
        return lox24.AsyncClient(**{**settings, **options})

    def _following(self, sleep: Callable[[float], object]) -> Callable[[float], None]:
        def sleep_and_follow(seconds: float) -> None:
            sleep(seconds)
            self._follow()

        return sleep_and_follow

    def _following_async(
        self, sleep: Callable[[float], Awaitable[object]]
    ) -> Callable[[float], Awaitable[None]]:
        async def sleep_and_follow(seconds: float) -> None:
            await sleep(seconds)
            self._follow()

        return sleep_and_follow

    def _follow(self) -> None:
        if self._python_clock is not None:
            self._python_clock.follow()

    # -- time ---------------------------------------------------------------------------------

    @property
    def clock(self) -> SandboxClock:
        """The sandbox clock (frozen at first)."""
        return self.sandbox.clock

    def now(self) -> dt.datetime:
        """The sandbox time, as an aware UTC datetime."""
        return dt.datetime.fromtimestamp(self.clock.now(), tz=dt.UTC)

    def advance(self, by: float | dt.timedelta) -> None:
        """Move the clock forward by seconds or a timedelta: SMS get delivered, bulks progress."""
        self.clock.advance(by.total_seconds() if isinstance(by, dt.timedelta) else by)
        self._follow()

    def travel_to(self, moment: dt.datetime | float) -> None:
        """Set the clock to an aware datetime or a Unix time."""
        self.clock.set(moment.timestamp() if isinstance(moment, dt.datetime) else moment)
        self._follow()

    # -- what happened ------------------------------------------------------------------------

    def sent_sms(self, **filters: Any) -> list[dict[str, Any]]:
        """Every SMS the sandbox accepted, oldest first, as the API shows them in plain JSON.

        ``filters`` are query parameters of ``GET /sms`` (e.g. ``phone="+4917..."``). The read
        goes through the API, so it shows in ``requests`` like any other request.
        """
        return list(self._collection("/sms", {"_order[created_at]": "asc", **filters}))

    def last_sms(self) -> dict[str, Any]:
        """The newest SMS the sandbox accepted.

        Raises:
            AssertionError: No SMS was sent.

        """
        sent = self.sent_sms()
        assert sent, "no SMS was sent"
        return sent[-1]

    @property
    def requests(self) -> list[RecordedRequest]:
        """The API requests answered so far, oldest first (``RecordedRequest`` items)."""
        return list(self.sandbox.requests)

    def webhook_events(self, name: str | None = None) -> list[lox24.Event]:
        """The webhook events the account would have received so far, parsed, oldest first.

        Args:
            name: Only events of this name, e.g. ``"sms.delivery"``.

        """
        events = [lox24.parse_event(raw) for raw in self.sandbox.events]
        return [e for e in events if name is None or getattr(e, "name", None) == name]

    # -- faults -------------------------------------------------------------------------------

    @property
    def faults(self) -> SandboxFaults:
        """The sandbox's fault rules: ``faults.add("drop_after", path="/sms", rate=0.1)``..."""
        return self.sandbox.faults

    def fail_next(
        self,
        kind: str = "status",
        *,
        path: str = "*",
        method: str | None = None,
        times: int = 1,
        **options: Any,
    ) -> FaultRule:
        """Make the next matching API request(s) fail, then behave again.

        Args:
            kind: ``status`` (503 unless ``status=`` says otherwise), ``drop_before``,
                ``drop_after``, ``html``, ``delay``, ... (see ``lox24.sandbox.FaultKind``).
            path: The path pattern (``*`` matches anything).
            method: Only this method.
            times: How many requests fail.
            **options: More of ``SandboxFaults.add``: ``status``, ``processed``, ``delay``, ...

        Example:
            >>> harness.fail_next(path="/sms", method="POST", status=503)  # doctest: +SKIP

        """
        if kind == "status":
            options.setdefault("status", 503)
        return self.faults.add(kind, path=path, method=method, times=times, **options)

    # -- webhooks -----------------------------------------------------------------------------

    @property
    def webhooks(self) -> SandboxWebhooks:
        """The sandbox's webhook delivery: subscriptions, attempts, pending deliveries."""
        return self.sandbox.webhooks

    def receive_webhooks(
        self,
        app: Any,
        *,
        url: str = "http://service.test/lox24/webhooks",
        events: Iterable[str] | None = None,
    ) -> WebhookSubscription:
        """Post the webhook events to an ASGI app of your service, in-process.

        The posts come from LOX24's sender address, as the real ones do. Events are posted
        when ``deliver_webhooks`` runs; refused posts are retried as the clock moves on.

        Args:
            app: The ASGI app (Starlette, FastAPI, ...) that receives the posts.
            url: The URL the app sees the posts at.
            events: Only these event names (all by default).

        Returns:
            The subscription.

        """
        return self.webhooks.subscribe(url, events=events, app=app)

    def deliver_webhooks(self) -> list[DeliveryAttempt]:
        """Make every delivery attempt that is due at the current sandbox time; return them."""
        return self.webhooks.deliver_due()

    # -- recipients ---------------------------------------------------------------------------

    @property
    def simulate(self) -> Simulator:
        """Make recipients act: ``incoming_sms``, ``reply``, ``click``, ``(un)subscribe``."""
        return self.sandbox.simulate

    def reset(self) -> None:
        """Forget all data and recorded requests; the clock stays where it is."""
        self.sandbox.reset()

    # -- plumbing -----------------------------------------------------------------------------

    def _collection(self, path: str, params: dict[str, Any]) -> Iterator[dict[str, Any]]:
        headers = {**_JSON, "X-LOX24-AUTH-TOKEN": self.token}
        with httpx.Client(
            base_url=self.base_url, transport=self.sandbox.transport(), headers=headers
        ) as http:
            page = 1
            while True:
                response = http.get(path, params={**params, "page": page})
                response.raise_for_status()
                items = response.json()
                yield from items
                if not items or len(items) < _page_size():
                    return
                page += 1

    def close(self) -> None:
        """Stop the sandbox's background loop and give Python its real clock back."""
        if self._python_clock is not None:
            self._python_clock.stop()
            self._python_clock = None
        self.sandbox.close()

    def __enter__(self) -> SandboxHarness:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"SandboxHarness(now={self.now().isoformat()})"


def _page_size() -> int:
    from lox24.sandbox import PAGE_SIZE  # noqa: PLC0415 - read at call time, it may be patched

    return PAGE_SIZE
