"""The public face of the sandbox: :class:`Sandbox` and :func:`create_app`."""

from __future__ import annotations

from types import TracebackType
from typing import Any

import httpx
from starlette.applications import Starlette

from ._app import build_app
from ._client_settings import AsyncClientSettings, ClientSettings, async_sleeper, sleeper
from ._controls._simulate import Simulator
from ._http._core import RecordedRequest, SandboxCore
from ._http._faults import SandboxFaults
from ._http._limits import SandboxLimits
from ._http._transport import AsyncASGITransport, EventLoopThread, SyncASGITransport
from ._state._clock import SandboxClock
from ._state._store import START_BALANCE
from ._webhooks import SandboxWebhooks, close_webhooks, webhooks_of

#: The token the sandbox accepts unless told otherwise (``<customer number>:<key>``).
SANDBOX_TOKEN = "1234567:5a4d0b0c2f1e4a3b9c8d7e6f5a4b3c2d"  # noqa: S105 - a public test token
#: The base URL to use with the in-process transports (any URL works; this one is the habit).
SANDBOX_BASE_URL = "http://sandbox.lox24.test"
DEFAULT_CLIENT = ("127.0.0.1", 123)


class Sandbox:
    """An in-memory LOX24 API that validates every request against the bundled spec.

    Args:
        token: The only token the sandbox accepts; its customer number is the account id.
        block_bad_auth: Whether more than three requests with wrong credentials within a minute
            block the client's address for ten minutes (turn off for fuzzing).
        clock: The clock bulk lifecycles and IP blocks follow; a running real-time clock by
            default.
        limits: Body size, JSON depth and request-log size; :class:`SandboxLimits` defaults.
        balance: The account's balance after creation and every reset, in its currency
            (:data:`START_BALANCE` by default, about 1,785 one-part SMS).

    Example:
        >>> import httpx
        >>> from lox24.sandbox import SANDBOX_BASE_URL, Sandbox, SandboxClock
        >>> with Sandbox(clock=SandboxClock(start=1_700_000_000, frozen=True)) as sandbox:
        ...     http = httpx.Client(transport=sandbox.transport(), base_url=SANDBOX_BASE_URL)
        ...     http.get("/me", headers={"X-LOX24-AUTH-TOKEN": sandbox.token}).status_code
        200

    """

    def __init__(
        self,
        *,
        token: str = SANDBOX_TOKEN,
        block_bad_auth: bool = True,
        clock: SandboxClock | None = None,
        limits: SandboxLimits | None = None,
        balance: float = START_BALANCE,
    ) -> None:
        self._core = SandboxCore(
            token=token,
            block_bad_auth=block_bad_auth,
            clock=clock or SandboxClock(),
            limits=limits,
            balance=balance,
        )
        self._runner = EventLoopThread()
        self.app: Starlette = build_app(self._core)

    @property
    def token(self) -> str:
        """The token the sandbox accepts."""
        return self._core.token

    def set_balance(self, amount: float) -> None:
        """Set the account's balance to ``amount`` now (until the next reset)."""
        self._core.set_balance(amount)

    @property
    def clock(self) -> SandboxClock:
        """The sandbox clock; move it to make bulks progress or IP blocks expire."""
        return self._core.clock

    @property
    def requests(self) -> list[RecordedRequest]:
        """The API requests answered so far, oldest first (a copy).

        Only the newest ``limits.request_log_size`` are kept.
        """
        return self._core.records

    @property
    def events(self) -> list[dict[str, Any]]:
        """The webhook events the account would have received so far, oldest first (a copy)."""
        return self._core.events()

    @property
    def simulate(self) -> Simulator:
        """Make recipients act: incoming SMS, replies, clicks, (un)subscriptions."""
        return Simulator(self._core)

    @property
    def webhooks(self) -> SandboxWebhooks:
        """Post the webhook events to your service: subscribe URLs, deliver, read the attempts."""
        return webhooks_of(self._core)

    @property
    def faults(self) -> SandboxFaults:
        """Make API requests fail on purpose: drops, error statuses, delays, broken bodies.

        Rules are kept by :meth:`reset`; see :class:`SandboxFaults`.
        """
        return self._core.faults

    def reset(self) -> None:
        """Forget all data, recorded requests and IP blocks; the clock is left as it is."""
        self._core.reset()

    def transport(self, *, client: tuple[str, int] = DEFAULT_CLIENT) -> httpx.BaseTransport:
        """Return a synchronous in-process transport for ``httpx.Client``.

        Args:
            client: The ``(address, port)`` the sandbox sees as the client's.

        """
        return SyncASGITransport(self.app, runner=self._runner, client=client)

    def async_transport(
        self, *, client: tuple[str, int] = DEFAULT_CLIENT
    ) -> httpx.AsyncBaseTransport:
        """Return an asynchronous in-process transport for ``httpx.AsyncClient``.

        Args:
            client: The ``(address, port)`` the sandbox sees as the client's.

        """
        return AsyncASGITransport(self.app, client=client)

    def client_settings(self, *, client: tuple[str, int] = DEFAULT_CLIENT) -> ClientSettings:
        """Keyword arguments that bind ``lox24.Client`` to this sandbox.

        Example:
            >>> import lox24
            >>> with Sandbox(clock=SandboxClock(start=1_700_000_000, frozen=True)) as sandbox:
            ...     client = lox24.Client(**sandbox.client_settings())
            ...     client.account.get().id
            1234567

        The client's ``wait`` helpers then sleep on the sandbox clock (see ``_client_settings``).

        """
        return {
            "token": self.token,
            "base_url": SANDBOX_BASE_URL,
            "transport": self.transport(client=client),
            "clock": self.clock.now,
            "sleep": sleeper(self.clock),
        }

    def async_client_settings(
        self, *, client: tuple[str, int] = DEFAULT_CLIENT
    ) -> AsyncClientSettings:
        """Keyword arguments that bind ``lox24.AsyncClient`` to this sandbox."""
        return {
            "token": self.token,
            "base_url": SANDBOX_BASE_URL,
            "transport": self.async_transport(client=client),
            "clock": self.clock.now,
            "sleep": async_sleeper(self.clock),
        }

    def close(self) -> None:
        """Stop the event loop thread of the sync transports and the webhook delivery."""
        self._runner.close()
        close_webhooks(self._core)

    def __enter__(self) -> Sandbox:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Sandbox(customer={self._core.customer_id}, clock={self.clock!r})"


def create_app(sandbox: Sandbox | None = None) -> Starlette:
    """Return the ASGI app of ``sandbox``, or of a new default sandbox.

    Serve it with ``uvicorn.run("lox24.sandbox:create_app", factory=True)``.
    """
    return (sandbox or Sandbox()).app
