"""What the generated resource namespaces run on: one generic way to send an operation.

Each method of ``client.sms``, ``client.groups``, ... is generated from the spec (see
``lox24_generated.resources``). It describes its operation with an :class:`Endpoint`, turns its
arguments into a path, query pairs and a JSON body with the encoders here, and hands them to the
client's :class:`SyncRuntime` or :class:`AsyncRuntime`, which sends the request through the
client's httpx client (auth, retries, typed errors) and parses the answer.

Nothing in this module knows any operation: what differs between operations is generated.
"""

from __future__ import annotations

import datetime as dt
import enum
import inspect
import json
import math
import typing
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast
from urllib.parse import quote

import attrs
import httpx

from ._constants import REQUEST_ID_HEADER
from ._exceptions import InvalidInputError, Lox24Error
from ._outcome import check_created, response_misfit, translate_transport_errors
from ._pagination import AsyncPager, Page, SyncPager
from ._reconcile import Reconciliation, areconcile_sms, reconcile_sms
from ._reconcile import in_flight_window as in_flight_window_of

if TYPE_CHECKING:  # the batch import and waiting load when first used (``import lox24`` is quick)
    from ._batch import PhoneImportResult, PhoneInput, Wire

T = TypeVar("T")
ItemT = TypeVar("ItemT")
F = TypeVar("F", bound=Callable[..., Any])

#: Query pairs as generated methods pass them: ``(wire name, value or None)``.
QueryPairs = tuple[tuple[str, Any], ...]
#: A clock in seconds and a way to sleep, as the waiting helpers use them.
Clock = Callable[[], float]
Sleep = Callable[[float], object]
AsyncSleep = Callable[[float], Awaitable[object]]

#: How a successful body is read.
MODEL, COLLECTION, TEXT, EMPTY = "model", "collection", "text", "empty"


@attrs.frozen
class Endpoint(Generic[T]):
    """One operation as the runtime needs it (generated once per operation).

    Attributes:
        method: The HTTP method.
        name: The Python name, ``"sms.send"``, for error messages.
        parse: Builds the result from the decoded JSON (for collections: one item).
        kind: ``"model"``, ``"collection"``, ``"text"`` or ``"empty"``.

    """

    method: str
    name: str
    parse: Callable[[Any], T] | None = None
    kind: str = MODEL


#: How an import reads its group (the path comes from the spec's ``x-lox24-import``).
_EXPORT: Endpoint[str] = Endpoint("GET", "import look-up (the group's CSV export)", kind=TEXT)


@attrs.frozen
class RawResponse(Generic[T]):
    """The whole answer to one operation: what ``client.<ns>.with_raw_response.<op>`` returns.

    Attributes:
        status_code: The HTTP status.
        headers: The response headers.
        content: The raw body.
        request_id: ``X-LOX24-REQUEST-ID``, the id LOX24 support asks for.
        parsed: The result the plain method would have returned.
        http_response: The underlying ``httpx.Response``.

    """

    status_code: int
    headers: httpx.Headers
    content: bytes
    request_id: str | None
    parsed: T
    http_response: httpx.Response = attrs.field(repr=False)


def with_overload_signature(function: F) -> F:
    """Make ``help()`` and ``inspect.signature`` show the method's first overload.

    A method that takes either its body's fields or the whole ``body=`` is implemented with every
    argument optional, so its own signature would show no required argument. Its first overload
    (generated before it) is the call with fields, with the required ones required: that is the
    signature shown; the ``body=`` form stays in the docstring and for type checkers.
    """
    overloads = typing.get_overloads(function)
    if overloads:
        cast(Any, function).__signature__ = inspect.signature(overloads[0])
    return function


# ----- encoding arguments ------------------------------------------------------------------------


def path_segment(value: object, name: str) -> str:
    """One path parameter, percent-encoded; refuses what cannot name a resource."""
    if type(value) is int:
        return str(value)  # digits need no encoding (bool, an int subclass, is refused below)
    if isinstance(value, bool) or not isinstance(value, int | str) or value == "":
        raise InvalidInputError(f"{name} must be a non-empty string or an integer", field=name)
    return quote(str(value), safe="")


def unix_time(value: int | dt.datetime, name: str) -> int:
    """An ``int`` as it is, an aware ``datetime`` as Unix seconds; a naive one is refused."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise InvalidInputError(
                f"{name}: a naive datetime is ambiguous; give it a time zone "
                "(for example datetime.now(timezone.utc))",
                field=name,
            )
        return math.floor(value.timestamp())
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInputError(f"{name} must be an int or an aware datetime", field=name)
    return value


def _scalar(value: Any, name: str) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime):
        return unix_time(value, name)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        raise InvalidInputError(f"{name}: give a datetime with a time zone, not a date", field=name)
    return value


def _between(value: Any, name: str) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, tuple | list) and len(value) == 2:  # noqa: PLR2004 - a range has two ends
        low, high = (unix_time(v, name) if isinstance(v, dt.datetime) else v for v in value)
        return f"{low}..{high}"
    raise InvalidInputError(f"{name} must be a (low, high) pair or 'low..high'", field=name)


def query(pairs: QueryPairs, order_by: Mapping[Any, Any] | None = None) -> list[tuple[str, Any]]:
    """The query string of an operation: unset filters left out, lists repeated, times as ints.

    ``pairs`` holds ``(wire name, value)`` for every filter of the operation; ``order_by`` maps
    field names to ``"asc"``/``"desc"`` (or ``Ordering``) and becomes ``_order[field]``, in the
    mapping's order.
    """
    params: list[tuple[str, Any]] = []
    for wire, value in pairs:
        if value is None:
            continue
        if wire.endswith("[between]"):
            params.append((wire, _between(value, wire)))
        elif wire.endswith("[]") and not isinstance(value, str | bytes) and _is_sequence(value):
            params.extend((wire, _scalar(item, wire)) for item in value)
        else:
            params.append((wire, _scalar(value, wire)))
    for field, direction in (order_by or {}).items():
        word = direction.value if isinstance(direction, enum.Enum) else direction
        if word not in {"asc", "desc"}:
            raise InvalidInputError(
                f"order_by[{field!r}] must be 'asc' or 'desc', not {word!r}", field="order_by"
            )
        params.append((f"_order[{field}]", word))
    return params


def _is_sequence(value: object) -> bool:
    return isinstance(value, list | tuple | set | frozenset) or (
        isinstance(value, Iterable) and not isinstance(value, Mapping)
    )


def body(
    model: Any,
    fields: QueryPairs,
    *,
    required: tuple[str, ...] = (),
    times: tuple[str, ...] = (),
    name: str,
) -> Any:
    """The JSON body of an operation, from a model (or mapping) or from keyword arguments.

    ``fields`` holds ``(wire name, value or None)`` for every field of the body; ``None`` means
    not sent. ``times`` are the fields that take Unix times (an aware ``datetime`` is converted).
    """
    given = [(wire, value) for wire, value in fields if value is not None]
    if model is not None:
        if given:
            names = ", ".join(wire for wire, _ in given)
            raise InvalidInputError(f"{name}: give either body= or the fields ({names}), not both")
        return encode(model, name)
    missing = [wire for wire in required if all(w != wire for w, _ in given)]
    if missing:
        raise InvalidInputError(
            f"{name}: missing required argument {missing[0]!r}", field=missing[0]
        )
    return {
        wire: unix_time(value, wire) if wire in times else encode(value, wire)
        for wire, value in given
    }


def encode(value: Any, name: str) -> Any:
    """A value as JSON: models through ``to_dict``, enums by value, aware datetimes as ints."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime):
        return unix_time(value, name)
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, Mapping):
        return {str(k): encode(v, f"{name}.{k}") for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [encode(item, f"{name}[{i}]") for i, item in enumerate(value)]
    raise InvalidInputError(f"{name}: cannot send a {type(value).__name__}", field=name)


# ----- reading answers ---------------------------------------------------------------------------


def _decode(response: httpx.Response) -> Any:
    return json.loads(response.content)


def parse_result(endpoint: Endpoint[T], response: httpx.Response) -> T:
    """The result of a successful answer, or a typed error when it does not parse."""
    try:
        if endpoint.kind == EMPTY:
            return None  # type: ignore[return-value]  # Endpoint[None] for answers without body
        if endpoint.kind == TEXT:
            return response.text  # type: ignore[return-value]  # Endpoint[str] for text answers
        assert endpoint.parse is not None
        parsed = endpoint.parse(_decode(response))
    except Lox24Error:
        raise
    except Exception as error:
        raise response_misfit(response, error, what=endpoint.name) from error
    return cast(T, check_created(parsed, response, what=endpoint.name))


def decode(endpoint: Endpoint[Any], response: httpx.Response) -> Any:
    """The decoded JSON of a successful answer, or a typed error when it is not JSON."""
    try:
        return _decode(response)
    except (ValueError, RecursionError) as error:
        raise response_misfit(response, error, what=endpoint.name) from error


def decode_once(endpoint: Endpoint[Any], response: httpx.Response) -> Any:
    """``decode``, then let the response go as soon as nothing refers to it.

    httpx ties a response and its stream in a reference cycle, which only the garbage collector
    breaks; a batch answer (hundreds of kilobytes) held until its chunk's turn would otherwise
    wait for a full collection. The body was read whole, so the stream is no longer needed.
    """
    try:
        return decode(endpoint, response)
    finally:
        response.stream = _READ


#: What a response read whole is left with in place of its stream.
_READ = httpx.ByteStream(b"")


def parse_page(endpoint: Endpoint[ItemT], response: httpx.Response) -> Page[ItemT]:
    """One page of a Hydra collection: its items parsed, its total and next link."""
    try:
        data = _decode(response)
        parse = endpoint.parse
        assert parse is not None
        items = [parse(item) for item in data["hydra:member"]]
        total = data.get("hydra:totalItems")
        view = data.get("hydra:view")
        link = view.get("hydra:next") if isinstance(view, dict) else None
        iri = view.get("@id") if isinstance(view, dict) else None
    except Lox24Error:
        raise
    except Exception as error:
        raise response_misfit(response, error, what=endpoint.name) from error
    return Page(
        items,
        total=total if isinstance(total, int) else None,
        next_iri=link if isinstance(link, str) and link else None,
        iri=iri if isinstance(iri, str) and iri else None,
    )


def parse_total(endpoint: Endpoint[Any], response: httpx.Response) -> int:
    """``hydra:totalItems`` of a collection page (its items are not parsed), or a typed error."""
    try:
        total = _decode(response).get("hydra:totalItems")
        if type(total) is not int or total < 0:
            raise ValueError(f"hydra:totalItems is {total!r}, not a count")
    except Lox24Error:
        raise
    except Exception as error:
        raise response_misfit(response, error, what=endpoint.name) from error
    return total


def raw(endpoint: Endpoint[Any], response: httpx.Response, parsed: T) -> RawResponse[T]:
    """Wrap an answer and its parsed result."""
    return RawResponse(
        status_code=response.status_code,
        headers=response.headers,
        content=response.content,
        request_id=response.headers.get(REQUEST_ID_HEADER),
        parsed=parsed,
        http_response=response,
    )


# ----- the runtimes ------------------------------------------------------------------------------


class SyncRuntime:
    """Sends generated operations through one ``httpx.Client`` (owned by ``lox24.Client``)."""

    def __init__(
        self,
        http: httpx.Client,
        *,
        clock: Clock,
        sleep: Sleep,
        in_flight_window: float | None = None,
    ) -> None:
        self.http = http
        self.clock = clock
        self.sleep = sleep
        #: Seconds a sent write may still arrive (the client's setting); from the timeouts if None.
        self.in_flight_window = (
            in_flight_window_of(http.timeout) if in_flight_window is None else in_flight_window
        )

    def send(
        self, endpoint: Endpoint[Any], path: str, params: Any = None, json_body: Any = None
    ) -> httpx.Response:
        """Send one request; every failure is a ``Lox24Error``."""
        with translate_transport_errors(self.http):
            return self.http.request(endpoint.method, path, params=params, json=json_body)

    def call(
        self, endpoint: Endpoint[T], path: str, params: Any = None, json_body: Any = None
    ) -> T:
        """Send and return the parsed result."""
        with translate_transport_errors(self.http):
            response = self.http.request(endpoint.method, path, params=params, json=json_body)
        return parse_result(endpoint, response)

    def call_raw(
        self, endpoint: Endpoint[T], path: str, params: Any = None, json_body: Any = None
    ) -> RawResponse[T]:
        """Send and return the whole answer with the parsed result."""
        response = self.send(endpoint, path, params, json_body)
        return raw(endpoint, response, parse_result(endpoint, response))

    def page(self, endpoint: Endpoint[ItemT], path: str, params: Any = None) -> Page[ItemT]:
        """Fetch one page of a collection."""
        return parse_page(endpoint, self.send(endpoint, path, params))

    def page_raw(
        self, endpoint: Endpoint[ItemT], path: str, params: Any = None
    ) -> RawResponse[Page[ItemT]]:
        """Fetch one page with its whole answer."""
        response = self.send(endpoint, path, params)
        return raw(endpoint, response, parse_page(endpoint, response))

    def count(self, endpoint: Endpoint[Any], path: str, params: Any = None) -> int:
        """How many items a collection holds with these filters: one request, first page."""
        return parse_total(endpoint, self.send(endpoint, path, params))

    def count_raw(self, endpoint: Endpoint[Any], path: str, params: Any = None) -> RawResponse[int]:
        """``count`` with the whole answer."""
        response = self.send(endpoint, path, params)
        return raw(endpoint, response, parse_total(endpoint, response))

    def paginate(
        self, endpoint: Endpoint[ItemT], path: str, params: Any = None
    ) -> SyncPager[ItemT]:
        """A lazy pager over every item, following ``hydra:next``."""
        return SyncPager(
            lambda: self.page(endpoint, path, params),
            lambda link: self.page(endpoint, link),
            collection=path,
        )

    def wait(
        self,
        read: Callable[[], T],
        until: str,
        *,
        timeout: float,
        poll_interval: float,
        on_progress: Callable[[T], object] | None,
    ) -> T:
        """Read until the state is final (``until`` names the rule in ``lox24._waiting``)."""
        from ._waiting import FINAL_STATES, poll  # noqa: PLC0415 - loaded on first use

        return poll(
            read,
            FINAL_STATES[until],
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
            sleep=self.sleep,
            monotonic=self.clock,
        )

    def import_many(
        self,
        endpoint: Endpoint[Any],
        path: str,
        rows: Iterable[PhoneInput],
        *,
        chunk_size: int,
        concurrency: int,
        lookup_path: str | None = None,
        skip_existing: bool = False,
        resolve: bool = True,
        window: float | None = None,
    ) -> Iterator[PhoneImportResult]:
        """Stream rows through a batch operation; one result per row (see ``lox24._batch``).

        Each chunk is posted as the JSON the batch module prepared (no model in between); its
        answer is decoded when its turn comes, and ``lox24._batch`` reads the item results.
        ``lookup_path`` is the group's CSV export, read to skip numbers already there and to
        look up items of unknown outcome after the in-flight window.
        """

        def send(items: list[Wire]) -> Callable[[], Any]:
            response = self.send(endpoint, path, None, items)
            return lambda: decode_once(endpoint, response)  # when its chunk's turn comes

        from ._batch import import_phones  # noqa: PLC0415 - loaded on first use
        from ._import_lookup import Lookup  # noqa: PLC0415 - loaded on first use

        lookup = None
        if lookup_path is not None and (resolve or skip_existing):
            lookup = Lookup(
                lambda: self.call(_EXPORT, lookup_path),
                self.in_flight_window if window is None else window,
                self.clock,
                self.sleep,
            )
        return import_phones(
            send,
            rows,
            chunk_size=chunk_size,
            concurrency=concurrency,
            lookup=lookup,
            skip_existing=skip_existing,
            resolve=resolve,
        )

    def reconcile(
        self, reference: str, listing: Callable[[str], Iterable[T]], *, window: float | None
    ) -> Reconciliation[T]:
        """Wait out the in-flight window, then list by ``reference`` once."""
        return reconcile_sms(
            reference,
            list_by_callback_data=listing,
            sleep=self.sleep,
            clock=self.clock,
            window=self.in_flight_window if window is None else window,
        )


class AsyncRuntime:
    """The asynchronous twin of :class:`SyncRuntime`."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        *,
        clock: Clock,
        sleep: AsyncSleep,
        in_flight_window: float | None = None,
    ) -> None:
        self.http = http
        self.clock = clock
        self.sleep = sleep
        #: Seconds a sent write may still arrive (the client's setting); from the timeouts if None.
        self.in_flight_window = (
            in_flight_window_of(http.timeout) if in_flight_window is None else in_flight_window
        )

    async def send(
        self, endpoint: Endpoint[Any], path: str, params: Any = None, json_body: Any = None
    ) -> httpx.Response:
        """Send one request; every failure is a ``Lox24Error``."""
        with translate_transport_errors(self.http):
            return await self.http.request(endpoint.method, path, params=params, json=json_body)

    async def call(
        self, endpoint: Endpoint[T], path: str, params: Any = None, json_body: Any = None
    ) -> T:
        """Send and return the parsed result."""
        # ``send`` inlined: one coroutine less on every call.
        with translate_transport_errors(self.http):
            response = await self.http.request(endpoint.method, path, params=params, json=json_body)
        return parse_result(endpoint, response)

    async def call_raw(
        self, endpoint: Endpoint[T], path: str, params: Any = None, json_body: Any = None
    ) -> RawResponse[T]:
        """Send and return the whole answer with the parsed result."""
        response = await self.send(endpoint, path, params, json_body)
        return raw(endpoint, response, parse_result(endpoint, response))

    async def page(self, endpoint: Endpoint[ItemT], path: str, params: Any = None) -> Page[ItemT]:
        """Fetch one page of a collection."""
        return parse_page(endpoint, await self.send(endpoint, path, params))

    async def page_raw(
        self, endpoint: Endpoint[ItemT], path: str, params: Any = None
    ) -> RawResponse[Page[ItemT]]:
        """Fetch one page with its whole answer."""
        response = await self.send(endpoint, path, params)
        return raw(endpoint, response, parse_page(endpoint, response))

    async def count(self, endpoint: Endpoint[Any], path: str, params: Any = None) -> int:
        """How many items a collection holds with these filters: one request, first page."""
        return parse_total(endpoint, await self.send(endpoint, path, params))

    async def count_raw(
        self, endpoint: Endpoint[Any], path: str, params: Any = None
    ) -> RawResponse[int]:
        """``count`` with the whole answer."""
        response = await self.send(endpoint, path, params)
        return raw(endpoint, response, parse_total(endpoint, response))

    def paginate(
        self, endpoint: Endpoint[ItemT], path: str, params: Any = None
    ) -> AsyncPager[ItemT]:
        """A lazy pager over every item, following ``hydra:next``."""
        return AsyncPager(
            lambda: self.page(endpoint, path, params),
            lambda link: self.page(endpoint, link),
            collection=path,
        )

    async def wait(
        self,
        read: Callable[[], Awaitable[T]],
        until: str,
        *,
        timeout: float,
        poll_interval: float,
        on_progress: Callable[[T], object] | None,
    ) -> T:
        """Read until the state is final (``until`` names the rule in ``lox24._waiting``)."""
        from ._waiting import FINAL_STATES, apoll  # noqa: PLC0415 - loaded on first use

        return await apoll(
            read,
            FINAL_STATES[until],
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
            sleep=self.sleep,
            monotonic=self.clock,
        )

    def import_many(
        self,
        endpoint: Endpoint[Any],
        path: str,
        rows: Iterable[PhoneInput],
        *,
        chunk_size: int,
        concurrency: int,
        lookup_path: str | None = None,
        skip_existing: bool = False,
        resolve: bool = True,
        window: float | None = None,
    ) -> AsyncIterator[PhoneImportResult]:
        """Stream rows through a batch operation; one result per row (see ``lox24._batch``)."""

        async def send(items: list[Wire]) -> Callable[[], Any]:
            response = await self.send(endpoint, path, None, items)
            return lambda: decode_once(endpoint, response)  # when its chunk's turn comes

        from ._batch import aimport_phones  # noqa: PLC0415 - loaded on first use
        from ._import_lookup import Lookup  # noqa: PLC0415 - loaded on first use

        lookup = None
        if lookup_path is not None and (resolve or skip_existing):
            lookup = Lookup(
                lambda: self.call(_EXPORT, lookup_path),
                self.in_flight_window if window is None else window,
                self.clock,
                self.sleep,
            )
        return aimport_phones(
            send,
            rows,
            chunk_size=chunk_size,
            concurrency=concurrency,
            lookup=lookup,
            skip_existing=skip_existing,
            resolve=resolve,
        )

    async def reconcile(
        self, reference: str, listing: Callable[[str], AsyncPager[T]], *, window: float | None
    ) -> Reconciliation[T]:
        """Wait out the in-flight window, then list by ``reference`` once."""

        async def collect(value: str) -> list[T]:
            return [item async for item in listing(value)]

        return await areconcile_sms(
            reference,
            list_by_callback_data=collect,
            sleep=self.sleep,
            clock=self.clock,
            window=self.in_flight_window if window is None else window,
        )
