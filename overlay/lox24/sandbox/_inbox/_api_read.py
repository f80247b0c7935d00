"""Read the account through the API's own handlers, in-process: the same rows and filters.

A read here is what ``GET`` on the API would answer in plain JSON, without the HTTP around it:
no token, no fault injection, no entry in the request log. The caller holds the sandbox lock.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from lox24.sandbox._api._errors import ApiError
from lox24.sandbox._api._query import parse_path, parse_query
from lox24.sandbox._api._replies import CollectionReply, ItemReply
from lox24.sandbox._handlers import HANDLERS, Call
from lox24.sandbox._handlers._call import LOOPBACK
from lox24.sandbox._state._collection import PAGE_SIZE, select

if TYPE_CHECKING:
    from lox24.sandbox._http._core import SandboxCore

_NOT_FOUND = 404


@dataclass(frozen=True, slots=True)
class Page:
    """One page of a listing: its items (plain JSON), which page it is and how many there are."""

    items: list[dict[str, Any]]
    number: int
    total: int

    @property
    def last(self) -> int:
        """The number of the last page (1 when the listing is empty)."""
        return max(1, -(-self.total // PAGE_SIZE))


def _call(core: SandboxCore, path: str, pairs: Sequence[tuple[str, str]]) -> tuple[Call, Any]:
    found = core.index.match("GET", path)
    operation = found.operation
    if operation is None:
        raise ApiError(_NOT_FOUND, f"No route found for GET {path}")
    call = Call(
        operation=operation,
        path=parse_path(operation, dict(found.path_values), core.book),
        query=parse_query(operation, list(pairs), core.book),
        body=None,
        client_ip=LOOPBACK,
        now=core.clock.now(),
        store=core.store,
        book=core.book,
        pause=core.lock.pause,
    )
    return call, HANDLERS[operation.operation_id](call)


def read_item(core: SandboxCore, path: str) -> dict[str, Any] | None:
    """What ``GET path`` answers for one resource, or None when there is no such resource."""
    try:
        _, reply = _call(core, path, ())
    except ApiError as refused:
        if refused.status == _NOT_FOUND:
            return None
        raise
    if not isinstance(reply, ItemReply):
        msg = f"GET {path} is not a single resource"
        raise TypeError(msg)
    return reply.resource.represent(jsonld=False)


def read_page(core: SandboxCore, path: str, pairs: Sequence[tuple[str, str]] = ()) -> Page:
    """One page of what ``GET path?pairs`` lists (``page`` among the pairs picks which)."""
    call, reply = _call(core, path, pairs)
    if not isinstance(reply, CollectionReply):
        msg = f"GET {path} is not a collection"
        raise TypeError(msg)
    page = select(call.operation, call.query, reply.rows, call.pause)
    items = [reply.present(row).represent(jsonld=False) for row in page.rows]
    return Page(items, page.page, page.total)
