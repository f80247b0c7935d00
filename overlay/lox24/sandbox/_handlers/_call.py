"""What a handler receives: the validated request and the account it acts on."""

from __future__ import annotations

import functools
import ipaddress
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from lox24.sandbox._api._errors import ApiError
from lox24.sandbox._api._operations import Operation
from lox24.sandbox._api._query import Query
from lox24.sandbox._api._replies import Reply
from lox24.sandbox._api._schemas import SchemaBook, Validator
from lox24.sandbox._state._store import Group, Phone, Store

NOT_FOUND = 404
LOOPBACK = "127.0.0.1"


@dataclass(frozen=True, slots=True)
class Call:
    """One validated API request.

    Attributes:
        operation: The operation being served.
        path: The typed path parameters.
        query: The typed, validated query parameters.
        body: The decoded body, valid against the spec (for an array body, only its type is
            checked: the handler validates each item with :meth:`item_validator`).
        client_ip: The address the request came from.
        now: The sandbox time of the request.
        store: The account's data.
        book: The spec's validators.
        pause: Lets waiting requests through; a long handler calls it between chunks of work
            (the state may change meanwhile, as it may between two requests).

    """

    operation: Operation
    path: Mapping[str, Any]
    query: Query
    body: Any
    client_ip: str
    now: float
    store: Store
    book: SchemaBook
    pause: Callable[[], bool] = lambda: False

    @property
    def reported_ip(self) -> str:
        """The client's address as resources report it: IPv4, else the loopback address."""
        return _reported_ip(self.client_ip)

    def item_validator(self) -> Validator:
        """Return the validator of one item of an array body."""
        if self.operation.body is None:
            msg = f"{self.operation.operation_id} takes no body"
            raise TypeError(msg)
        return self.book.validator(f"{self.operation.body.pointer}/items")

    def group(self) -> Group:
        """Return the group named by the ``id`` path parameter; 404 when there is none."""
        group = self.store.groups.get(self.path["id"])
        if group is None:
            raise ApiError(NOT_FOUND, "Not Found")
        return group

    def phone(self) -> Phone:
        """Return the phone named by the ``id`` path parameter; 404 when there is none."""
        phone = self.store.phones.get(self.path["id"])
        if phone is None:
            raise ApiError(NOT_FOUND, "Not Found")
        return phone


#: What serves one operation.
Handler = Callable[[Call], Reply]


@functools.lru_cache(maxsize=1024)
def _reported_ip(client_ip: str) -> str:
    """IPv4 as written canonically, anything else as the loopback address (clients are few)."""
    try:
        parsed = ipaddress.ip_address(client_ip)
    except ValueError:
        return LOOPBACK
    return str(parsed) if isinstance(parsed, ipaddress.IPv4Address) else LOOPBACK
