"""``Client``: the object users hold (``AsyncClient`` in ``_async_client`` is its twin).

It owns one httpx client (built in ``lox24._http``). Every operation of the API is a method of a
resource namespace (``client.sms.send(...)``), generated from the spec into
``lox24_generated.resources`` and run by the generic runtime in ``lox24._runtime``. The
low-level ``call`` sends a generated operation module directly, as an escape hatch.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from types import TracebackType
from typing import Any, Self, TypeVar, cast

import httpx

from lox24_generated import Client as GeneratedClient
from lox24_generated.resources import SyncNamespaces

from ._auth import TokenAuth, resolve_token
from ._config import resolve_settings
from ._constants import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from ._http import build_sync_client, translate_transport_errors
from ._hydra import HydraCollection
from ._operations import ResponseLike, SyncOperation, call_sync
from ._pagination import SyncPager, sync_collection_pager
from ._runtime import Clock, Sleep, SyncRuntime

T = TypeVar("T")
ItemT = TypeVar("ItemT")


class Client(SyncNamespaces):
    """A synchronous LOX24 client.

    Args:
        token: The API token (``<customer number>:<key>``); defaults to ``LOX24_TOKEN``.
        base_url: The API address; defaults to ``LOX24_BASE_URL``, then https://api.lox24.eu.
        timeout: Seconds, or an ``httpx.Timeout``; defaults to 30 s (5 s to connect).
        max_retries: Retries of a write that provably never left, or was refused with a
            ``Retry-After`` (see the README's retry section); 0 turns every retry off.
        max_read_retries: Retries of a read (GET) after any transient failure; by default 8
            (or ``max_retries`` if larger, or 0 when ``max_retries`` is 0).
        in_flight_window: Seconds a sent write may still arrive at the server (held by a
            proxy, queued): ``sms.reconcile`` waits this long before it looks, and
            outcome-unknown errors name it. By default the write and read timeouts plus 1 s
            (61 s); raise it when something between holds requests longer.
        headers: Extra headers for every request.
        transport: An httpx transport to send through, for example
            ``lox24.sandbox.Sandbox().transport()`` to talk to the in-process sandbox.
        clock: Seconds on a monotonic clock, for the ``wait`` helpers (``time.monotonic``).
        sleep: How the ``wait`` helpers and the retry backoff sleep (``time.sleep``). A sandbox
            hands over its own pair (``Sandbox.client_settings()``), so that waiting advances
            sandbox time.
        allow_insecure_http: Accept an ``http://`` base URL to a host that is not local (the
            token then travels in clear).

    Raises:
        ConfigurationError: No token, or an impossible setting.

    Example:
        >>> with Client() as client:  # doctest: +SKIP
        ...     group = client.groups.create(name="Customers")
        ...     sms = client.sms.send(phone="+491701234567", sender_id="MyShop", text="Hi")

    """

    def __init__(
        self,
        token: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_read_retries: int | None = None,
        in_flight_window: float | None = None,
        headers: Mapping[str, str] | None = None,
        transport: httpx.BaseTransport | None = None,
        clock: Clock | None = None,
        allow_insecure_http: bool = False,
        sleep: Sleep | None = None,
    ) -> None:
        settings = resolve_settings(
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            max_read_retries=max_read_retries,
            in_flight_window=in_flight_window,
            allow_insecure_http=allow_insecure_http,
        )
        self.base_url = settings.base_url
        self.in_flight_window: float = settings.in_flight_window
        self._http = build_sync_client(
            base_url=settings.base_url,
            auth=TokenAuth(resolve_token(token)),
            timeout=settings.timeout,
            policy=settings.policy,
            headers=headers,
            transport=transport,
            sleep=sleep,
        )
        self._generated = GeneratedClient(
            base_url=settings.base_url, raise_on_unexpected_status=True
        )
        self._generated.set_httpx_client(self._http)
        self._runtime = SyncRuntime(
            self._http,
            clock=clock or time.monotonic,
            sleep=sleep or time.sleep,
            in_flight_window=settings.in_flight_window,
        )

    def call(self, operation: SyncOperation[T], /, *args: Any, **kwargs: Any) -> T:
        """Run a generated operation module and return its parsed result (the low-level way).

        Prefer the namespaces (``client.sms.send(...)``): they check every argument's name and
        type. ``call`` takes any module of ``lox24_generated.api`` with the generator's names.

        Args:
            operation: A module from ``lox24_generated.api``, e.g. ``groups.get_group``.
            *args: Passed on to the operation.
            **kwargs: The operation's parameters (path, query, ``body``).

        Raises:
            APIStatusError: The server answered with a non-2xx status (a subclass per status).
            APIConnectionError: No response arrived.
            ResponseValidationError: The response does not match the spec.

        """
        return cast(T, self.call_detailed(operation, *args, **kwargs).parsed)

    def call_detailed(
        self, operation: SyncOperation[T], /, *args: Any, **kwargs: Any
    ) -> ResponseLike[T]:
        """Like ``call``, but return the whole response (status, headers, raw body, parsed)."""
        return call_sync(operation, *args, client=self._generated, **kwargs)

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        content: bytes | None = None,
    ) -> httpx.Response:
        """Send a raw request with the client's token, headers, retries and error mapping.

        For what no generated operation covers; the response is not parsed.

        Raises:
            APIStatusError: The server answered with a non-2xx status.
            APIConnectionError: No response arrived.

        """
        with translate_transport_errors(self._http):
            return self._http.request(method, path, params=params, json=json, content=content)

    def paginate(
        self, operation: SyncOperation[HydraCollection[ItemT]], /, **kwargs: Any
    ) -> SyncPager[ItemT]:
        """Iterate every item of a collection lazily, page after page.

        Example:
            >>> for bulk in client.paginate(list_bulks, status_code=[10]):  # doctest: +SKIP
            ...     print(bulk.uuid)

        """
        return sync_collection_pager(lambda: self.call(operation, **kwargs), self._http)

    def close(self) -> None:
        """Close the connections; the client cannot be used afterwards."""
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Client(base_url={self.base_url!r})"
