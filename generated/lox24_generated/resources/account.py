"""``client.account``: The authenticated customer account.

Generated from spec/lox24.yaml by scripts/codegen_resources.py; do not edit."""

from __future__ import annotations

from functools import cached_property

from lox24._runtime import AsyncRuntime, Endpoint, RawResponse, SyncRuntime

from ..models.account import Account

_GET: Endpoint[Account] = Endpoint("GET", "account.get", parse=Account.from_dict)


class AccountResourceWithRawResponse:
    """``client.account``, answering whole responses: The authenticated customer account."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def get(self) -> RawResponse[Account]:
        """Read the account's balance, currency, services and groups.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return self._runtime.call_raw(_GET, "/me", None, None)


class AccountResource:
    """``client.account``: The authenticated customer account."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    @cached_property
    def with_raw_response(self) -> AccountResourceWithRawResponse:
        """The same methods, returning the whole response (status, headers, request id)."""
        return AccountResourceWithRawResponse(self._runtime)

    def get(self) -> Account:
        """Read the account's balance, currency, services and groups."""
        return self._runtime.call(_GET, "/me", None, None)


class AsyncAccountResourceWithRawResponse:
    """``client.account`` of an AsyncClient, answering whole responses: The authenticated customer account."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def get(self) -> RawResponse[Account]:
        """Read the account's balance, currency, services and groups.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return await self._runtime.call_raw(_GET, "/me", None, None)


class AsyncAccountResource:
    """``client.account`` of an AsyncClient: The authenticated customer account."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    @cached_property
    def with_raw_response(self) -> AsyncAccountResourceWithRawResponse:
        """The same methods, returning the whole response (status, headers, request id)."""
        return AsyncAccountResourceWithRawResponse(self._runtime)

    async def get(self) -> Account:
        """Read the account's balance, currency, services and groups."""
        return await self._runtime.call(_GET, "/me", None, None)
