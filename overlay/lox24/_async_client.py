"""``AsyncClient``: the asynchronous twin of ``lox24.Client``, with the same arguments.

Every method is awaited; pagination and the batch import are async iterators.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from types import TracebackType
from typing import Any, Self, TypeVar, cast

import httpx

from lox24_generated import Client as GeneratedClient
from lox24_generated.resources import AsyncNamespaces

from ._auth import TokenAuth, resolve_token
from ._config import resolve_settings
from ._constants import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from ._http import build_async_client, translate_transport_errors
from ._hydra import HydraCollection
from ._operations import AsyncOperation, ResponseLike, call_async
from ._pagination import AsyncPager, async_collection_pager
from ._retry_transport import default_async_sleep
from ._runtime import AsyncRuntime, AsyncSleep, Clock

T = TypeVar("T")
ItemT = TypeVar("ItemT")


class AsyncClient(AsyncNamespaces):
    """An asynchronous LOX24 client; the same arguments and methods as ``Client``, awaited.

    ``sleep`` is awaited: ``async def sleep(seconds: float) -> None``.
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
        transport: httpx.AsyncBaseTransport | None = None,
        clock: Clock | None = None,
        allow_insecure_http: bool = False,
        sleep: AsyncSleep | None = None,
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
        self._http = build_async_client(
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
        self._generated.set_async_httpx_client(self._http)
        self._runtime = AsyncRuntime(
            self._http,
            clock=clock or time.monotonic,
            sleep=sleep or default_async_sleep,
            in_flight_window=settings.in_flight_window,
        )

    async def call(self, operation: AsyncOperation[T], /, *args: Any, **kwargs: Any) -> T:
        """Run a generated operation and return its parsed result (see ``Client.call``)."""
        return cast(T, (await self.call_detailed(operation, *args, **kwargs)).parsed)

    async def call_detailed(
        self, operation: AsyncOperation[T], /, *args: Any, **kwargs: Any
    ) -> ResponseLike[T]:
        """Like ``call``, but return the whole response."""
        return await call_async(operation, *args, client=self._generated, **kwargs)

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        content: bytes | None = None,
    ) -> httpx.Response:
        """Send a raw request (see ``Client.request``)."""
        with translate_transport_errors(self._http):
            return await self._http.request(method, path, params=params, json=json, content=content)

    def paginate(
        self, operation: AsyncOperation[HydraCollection[ItemT]], /, **kwargs: Any
    ) -> AsyncPager[ItemT]:
        """Iterate every item of a collection lazily: ``async for item in client.paginate(...)``."""
        return async_collection_pager(lambda: self.call(operation, **kwargs), self._http)

    async def aclose(self) -> None:
        """Close the connections; the client cannot be used afterwards."""
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"AsyncClient(base_url={self.base_url!r})"
