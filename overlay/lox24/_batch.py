"""Importing any number of phones into a group, streamed, with one result per input item.

The input is consumed lazily in chunks; at most ``concurrency`` chunks are in flight and
results are yielded in input order as soon as their chunk is answered, so memory stays flat
however long the input is. Whatever happens, each input item yields exactly one
``PhoneImportResult`` whose ``outcome`` is one of

* ``"created"``: the phone exists (``phone`` holds it);
* ``"present"``: the number was already in the group before the import (``skip_existing``),
  so it was not sent; or its request's outcome was unknown and the look-up found it there;
* ``"refused"``: the server refused it (``error`` has the server's reason and ``field``);
* ``"not_sent"``: it was never sent (unsendable locally, or its request never left);
* ``"not_created"``: its request's outcome was unknown, and the look-up after the in-flight
  window did not find it in the group: nothing was created, sending it again is safe;
* ``"unknown"``: its request may have reached the server and it could not be looked up
  (``error`` says why: a ``LookupOutcomeUnknownError`` when the look-up failed).

A chunk whose request may have arrived is never resent (see ``lox24._retry``). A chunk the
server refused as a whole (400/422) created nothing, so when the refusal names items, those
items are reported refused with their field and the rest of the chunk is sent once more.

Items of unknown outcome are put aside and resolved at the end (see ``lox24._import_lookup``):
after the in-flight window, the group's phones are read once and each such item is found or
not. Their results come last, after every other item's; all the others come in input order.
"""

from __future__ import annotations

import asyncio
import itertools
import re
from collections import deque
from collections.abc import (
    AsyncIterator,
    Awaitable,
    Callable,
    Iterable,
    Iterator,
    Mapping,
    Sequence,
)
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Literal, TypeAlias

import attrs

from lox24_generated.models import BatchItemErrorJsonld, Phone, PhoneWrite

from ._exceptions import (
    APIStatusError,
    BatchItemError,
    ClientClosedError,
    ForeignOriginError,
    InvalidInputError,
    LookupOutcomeUnknownError,
    Lox24Error,
    RequestNotSentError,
    ResponseOutcomeUnknownError,
    ResponseValidationError,
    WriteOutcomeUnknownError,
)
from ._import_lookup import Lookup, find, keys_in, phone_key

#: What the helper accepts as one phone: a model, a mapping of its fields, or just the number.
PhoneInput: TypeAlias = PhoneWrite | Mapping[str, Any] | str
Outcome: TypeAlias = Literal["created", "present", "refused", "not_sent", "not_created", "unknown"]
#: One phone as it is sent: the JSON object of its fields.
Wire: TypeAlias = dict[str, Any]
#: Posts one chunk and returns its answer: the decoded JSON (a Hydra collection of item
#: results), or a function that decodes it. The client sends the latter, so that while a chunk
#: waits its turn its answer is held as bytes, not as thousands of objects the garbage
#: collector would carry into its oldest generation.
SendChunk: TypeAlias = Callable[[list[Wire]], Any]
SendChunkAsync: TypeAlias = Callable[[list[Wire]], Awaitable[Any]]
#: One item of a chunk: what is sent, why it cannot be, or that the group already holds it.
ChunkItem: TypeAlias = "Wire | InvalidInputError | Present"

#: Errors that prove nothing was sent.
NOT_SENT: tuple[type[Lox24Error], ...] = (
    RequestNotSentError,
    InvalidInputError,
    ClientClosedError,
    ForeignOriginError,
)
_ITEM_PATH = re.compile(r"^\[(\d+)\]\.?(.*)$")
_REFUSED_AS_A_WHOLE = frozenset({400, 422})
_NAMED_FIELD = re.compile(r"^([A-Za-z_][\w.\[\]]*): ")


class PhoneImportResult:
    """The outcome for one input item (immutable).

    Attributes:
        index: The item's position in the input (0-based).
        status: The HTTP status the server gave this item (or its whole request), ``None``
            when no status arrived.
        outcome: ``"created"``, ``"present"``, ``"refused"``, ``"not_sent"``,
            ``"not_created"`` or ``"unknown"`` (see the module docstring).
        error: Why it was not created, or why its outcome is unknown.

    """

    __slots__ = ("_body", "_error", "_index", "_outcome", "_phone", "_status")
    _index: int
    _status: int | None
    _phone: Phone | None
    _body: Mapping[str, Any] | None
    _error: Lox24Error | None
    _outcome: Outcome

    def __init__(
        self,
        index: int,
        status: int | None,
        phone: Phone | None = None,
        error: Lox24Error | None = None,
        *,
        outcome: Outcome | None = None,
    ) -> None:
        _set(self, "_index", index)
        _set(self, "_status", status)
        _set(self, "_phone", phone)
        _set(self, "_body", None)
        _set(self, "_error", error)
        _set(self, "_outcome", _infer(phone, error) if outcome is None else outcome)

    @property
    def index(self) -> int:
        """The item's position in the input (0-based)."""
        return self._index

    @property
    def status(self) -> int | None:
        """The HTTP status of this item (or of its request), ``None`` when none arrived."""
        return self._status

    @property
    def error(self) -> Lox24Error | None:
        """Why it was not created, or why its outcome is unknown; ``None`` when it is in."""
        return self._error

    @property
    def outcome(self) -> Outcome:
        """What became of the item (see the module docstring)."""
        return self._outcome

    @property
    def phone(self) -> Phone | None:
        """The phone in the group: the one created, or the one found by a look-up.

        A created phone is read from its answer when first asked for, and kept.

        Raises:
            ResponseValidationError: The answer said the phone was created but its body
                does not read as a phone.

        """
        if self._phone is None and self._body is not None:
            try:
                phone = Phone.from_dict(self._body)
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                message = f"the created phone's body does not match the spec: {error!r}"
                raise ResponseValidationError(message) from None
            _set(self, "_phone", phone)
            _set(self, "_body", None)
        return self._phone

    @property
    def ok(self) -> bool:
        """Whether the phone is in the group: created now, or already there."""
        return self._outcome in _IN_GROUP

    @property
    def field(self) -> str | None:
        """The field blamed for a refusal or an unsendable item, when one was named."""
        return getattr(self._error, "field", None)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"PhoneImportResult is immutable; cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"PhoneImportResult is immutable; cannot delete {name!r}")

    def _key(self) -> tuple[Any, ...]:
        return (self._index, self._status, self._outcome, self.phone, self._error)

    def __eq__(self, other: object) -> bool:
        if type(other) is not PhoneImportResult:
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash((self._index, self._status, self._outcome))

    def __repr__(self) -> str:
        shown = f"index={self._index!r}, status={self._status!r}, outcome={self._outcome!r}"
        if self._outcome in _IN_GROUP:
            return f"PhoneImportResult({shown}, phone={self.phone!r})"
        return f"PhoneImportResult({shown}, error={self._error!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self._index, self._status, self.phone, self._error, self._outcome))


def _rebuild(
    index: int, status: int | None, phone: Phone | None, error: Lox24Error | None, outcome: Outcome
) -> PhoneImportResult:
    return PhoneImportResult(index, status, phone, error, outcome=outcome)


_IN_GROUP = frozenset({"created", "present"})
_new_result = object.__new__
_set = object.__setattr__


def _infer(phone: Phone | None, error: Lox24Error | None) -> Outcome:
    """The outcome a phone or an error speaks for, when none is given."""
    if phone is not None:
        return "created"
    if isinstance(error, NOT_SENT):
        return "not_sent"
    if isinstance(error, BatchItemError) or (
        isinstance(error, APIStatusError) and not isinstance(error, WriteOutcomeUnknownError)
    ):
        return "refused"
    return "unknown"


def created(index: int, status: int, body: Mapping[str, Any]) -> PhoneImportResult:
    """The result of a created item, its phone read from ``body`` only when asked for.

    The hot path of an import: one object and six slots, no model built.
    """
    result: PhoneImportResult = _new_result(PhoneImportResult)
    _set(result, "_index", index)
    _set(result, "_status", status)
    _set(result, "_phone", None)
    _set(result, "_body", body)
    _set(result, "_error", None)
    _set(result, "_outcome", "created")
    return result


@attrs.frozen
class Chunk:
    """Consecutive input items (or what is left of them) with their positions in the input.

    Iterating gives ``(index, item)`` pairs; they are made as they are read rather than held,
    so the items waiting in flight are the prepared JSON objects alone.
    """

    indices: Sequence[int]
    items: Sequence[ChunkItem]

    def __iter__(self) -> Iterator[tuple[int, ChunkItem]]:
        return zip(self.indices, self.items, strict=True)

    def __len__(self) -> int:
        return len(self.items)


def import_phones(
    send: SendChunk,
    phones: Iterable[PhoneInput],
    *,
    chunk_size: int,
    concurrency: int,
    lookup: Lookup | None = None,
    skip_existing: bool = False,
    resolve: bool = True,
) -> Iterator[PhoneImportResult]:
    """Yield one result per phone (see the module docstring).

    ``lookup`` reads the group: with it and ``resolve``, items of unknown outcome are looked up
    at the end; ``skip_existing`` leaves out the numbers the group already holds (read once,
    before anything is sent).
    """
    _check_sizes(chunk_size, concurrency)
    existing = _existing(lookup.read()) if skip_existing and lookup is not None else None
    aside = _Aside(lookup if resolve else None, existing)
    pool = ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="lox24-import")
    try:
        in_flight: deque[tuple[Chunk, Future[Any] | None]] = deque()
        for chunk in _chunks(phones, chunk_size, existing):
            sendable = _sendable(chunk)
            in_flight.append((chunk, pool.submit(send, sendable) if sendable else None))
            if len(in_flight) >= concurrency:
                done, future = in_flight.popleft()
                yield from aside.keep(done, _settle(send, done, future))
        while in_flight:
            chunk, future = in_flight.popleft()
            yield from aside.keep(chunk, _settle(send, chunk, future))
    except BaseException:  # interrupted, or the consumer stopped: leave the requests in flight
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()
    if aside.items and aside.lookup is not None:
        aside.lookup.wait(aside.since)
        yield from aside.resolve(_read_or_error(aside.lookup.read))


async def aimport_phones(
    send: SendChunkAsync,
    phones: Iterable[PhoneInput],
    *,
    chunk_size: int,
    concurrency: int,
    lookup: Lookup | None = None,
    skip_existing: bool = False,
    resolve: bool = True,
) -> AsyncIterator[PhoneImportResult]:
    """The asynchronous twin of ``import_phones``."""
    _check_sizes(chunk_size, concurrency)
    existing = _existing(await lookup.aread()) if skip_existing and lookup is not None else None
    aside = _Aside(lookup if resolve else None, existing)
    in_flight: deque[tuple[Chunk, asyncio.Task[Any] | None]] = deque()
    try:
        for chunk in _chunks(phones, chunk_size, existing):
            sendable = _sendable(chunk)
            task = asyncio.ensure_future(send(sendable)) if sendable else None
            in_flight.append((chunk, task))
            if len(in_flight) >= concurrency:
                done, task = in_flight.popleft()
                for result in aside.keep(done, await _asettle(send, done, task)):
                    yield result
        while in_flight:
            chunk, task = in_flight.popleft()
            for result in aside.keep(chunk, await _asettle(send, chunk, task)):
                yield result
    finally:
        for _, task in in_flight:
            if task is not None:
                task.cancel()
    for result in await _aresolve(aside):
        yield result


async def _aresolve(aside: _Aside) -> list[PhoneImportResult]:
    """The results of the items put aside, once the window is over and the group read."""
    if not aside.items or aside.lookup is None:
        return []
    await aside.lookup.await_window(aside.since)
    try:
        export: str | Lox24Error = await aside.lookup.aread()
    except Lox24Error as error:
        export = error
    return aside.resolve(export)


def _existing(export: str) -> set[int]:
    return keys_in(export)


def _read_or_error(read: Callable[[], str]) -> str | Lox24Error:
    try:
        return read()
    except Lox24Error as error:
        return error


@attrs.define
class _Aside:
    """The items of unknown outcome, put aside until the end, when they are looked up.

    Only results that came as a list can hold them (a failed or refused chunk); the results
    of an answered chunk stream past untouched.
    """

    lookup: Lookup | None
    existing: set[int] | None
    items: list[tuple[PhoneImportResult, int | str | None]] = attrs.field(factory=list)
    since: float = 0.0

    def keep(
        self, chunk: Chunk, results: Iterable[PhoneImportResult]
    ) -> Iterable[PhoneImportResult]:
        """``results`` without those of unknown outcome, which are kept for the look-up."""
        if self.lookup is None or type(results) is not list:
            return results
        if all(result.outcome != "unknown" for result in results):
            return results
        numbers = {index: item["phone"] for index, item in chunk if type(item) is dict}
        kept = []
        for result in results:
            if result.outcome == "unknown" and result.index in numbers:
                number = numbers[result.index]
                key = (phone_key(number) or number) if isinstance(number, str) else None
                self.items.append((result, key))
            else:
                kept.append(result)
        self.since = self.lookup.clock()
        return kept

    def resolve(self, export: str | Lox24Error) -> list[PhoneImportResult]:
        """The results of the items put aside, now that the group has been read (or not)."""
        try:
            found = (
                find(export, {key for _, key in self.items if key is not None})
                if isinstance(export, str)
                else {}
            )
        except Lox24Error as unreadable:
            export, found = unreadable, {}
        resolved = []
        for result, key in self.items:
            if isinstance(export, Lox24Error) or key is None:
                why = LookupOutcomeUnknownError(
                    result.error or ResponseValidationError("no answer"),
                    export if isinstance(export, Lox24Error) else None,
                )
                resolved.append(PhoneImportResult(result.index, result.status, error=why))
            elif key in found:
                outcome: Outcome = "created" if self.existing is not None else "present"
                resolved.append(
                    PhoneImportResult(result.index, result.status, found[key], outcome=outcome)
                )
            else:
                resolved.append(
                    PhoneImportResult(
                        result.index, result.status, error=result.error, outcome="not_created"
                    )
                )
        self.items.clear()
        return resolved


def _check_sizes(chunk_size: int, concurrency: int) -> None:
    if chunk_size < 1:
        raise InvalidInputError("chunk_size must be at least 1", field="chunk_size")
    if concurrency < 1:
        raise InvalidInputError("concurrency must be at least 1", field="concurrency")


def _chunks(
    phones: Iterable[PhoneInput], size: int, existing: set[int] | None = None
) -> Iterator[Chunk]:
    rows, start = iter(phones), 0
    while batch := list(itertools.islice(rows, size)):
        end = start + len(batch)
        items: list[ChunkItem] = [to_wire(row) for row in batch]
        if existing:
            items = [_unless_present(item, existing) for item in items]
        yield Chunk(range(start, end), items)
        start = end


class Present:
    """A chunk item whose number the group already holds: it is not sent."""

    __slots__ = ()


PRESENT = Present()


def _unless_present(item: ChunkItem, existing: set[int]) -> ChunkItem:
    if type(item) is dict and phone_key(item["phone"]) in existing:
        return PRESENT
    return item


def to_wire(item: object) -> Wire | InvalidInputError:
    """The JSON object to send for one input item, or why it cannot be sent (naming the field)."""
    if type(item) is str and item.isascii():  # the common case, a plain number: one check
        if item.strip():
            return {"phone": item}
        return InvalidInputError("phone: the number is empty", field="phone")
    if isinstance(item, str):
        fields: Wire = {"phone": str(item)}
    elif isinstance(item, PhoneWrite):
        fields = item.to_dict()
    elif isinstance(item, Mapping):
        if not isinstance(item.get("phone"), str):
            return InvalidInputError("phone: the item has no 'phone' string", field="phone")
        fields = dict(item)
    else:
        return InvalidInputError(
            f"phone: the item is a {type(item).__name__}, not a phone", field="phone"
        )
    return _check_sendable(fields)


def _check_sendable(fields: Wire) -> Wire | InvalidInputError:
    """Every field of a phone is a string (or null) that UTF-8 can carry."""
    for name, value in fields.items():
        if value is None:
            continue
        if not isinstance(value, str):
            message = f"{name}: must be a string, not {type(value).__name__}"
            return InvalidInputError(message, field=name)
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            message = f"{name}: is not valid Unicode (a lone surrogate)"
            return InvalidInputError(message, field=name)
    phone = fields.get("phone")
    if not isinstance(phone, str) or not phone.strip():
        return InvalidInputError("phone: the number is empty", field="phone")
    return fields


def _sendable(chunk: Chunk) -> list[Wire]:
    return [item for item in chunk.items if type(item) is dict]


def _settle(
    send: SendChunk, chunk: Chunk, future: Future[Any] | None
) -> Iterable[PhoneImportResult]:
    try:
        answer = _read_answer(future.result()) if future is not None else None
    except Exception as error:  # every failure: one result per item
        failure = _as_lox24(error)
        blamed = _blamed_items(chunk, failure)
        if blamed is None:
            return _all_failed(chunk, failure)
        retry = _without(chunk, blamed)
        return _merge(blamed, _settle_once(send, retry))
    return _match(chunk, answer)


def _settle_once(send: SendChunk, chunk: Chunk) -> Iterable[PhoneImportResult]:
    """Send what is left of a refused chunk, once; its failure is final."""
    sendable = _sendable(chunk)
    try:
        answer = _read_answer(send(sendable)) if sendable else None
    except Exception as error:
        return _all_failed(chunk, _as_lox24(error))
    return _match(chunk, answer)


async def _asettle(
    send: SendChunkAsync, chunk: Chunk, task: asyncio.Task[Any] | None
) -> Iterable[PhoneImportResult]:
    try:
        answer = _read_answer(await task) if task is not None else None
    except Exception as error:  # every failure: one result per item
        failure = _as_lox24(error)
        blamed = _blamed_items(chunk, failure)
        if blamed is None:
            return _all_failed(chunk, failure)
        retry = _without(chunk, blamed)
        try:
            sendable = _sendable(retry)
            again = _read_answer(await send(sendable)) if sendable else None
        except Exception as second:
            return _merge(blamed, _all_failed(retry, _as_lox24(second)))
        return _merge(blamed, _match(retry, again))
    return _match(chunk, answer)


def _read_answer(answer: Any) -> Any:
    """The decoded answer of a chunk (decoding it now if the sender deferred that)."""
    return answer() if callable(answer) else answer


def _as_lox24(error: Exception) -> Lox24Error:
    if isinstance(error, Lox24Error):
        return error
    return WriteOutcomeUnknownError(
        f"the batch request failed unexpectedly ({type(error).__name__}: {error}); "
        "its phones may have been created",
        method="POST",
        path="/groups/{id}/phones/batch",
        cause=type(error).__name__,
    )


def _blamed_items(chunk: Chunk, error: Lox24Error) -> dict[int, PhoneImportResult] | None:
    """For a chunk refused as a whole because of named items: those items' results."""
    if not isinstance(error, APIStatusError) or isinstance(error, WriteOutcomeUnknownError):
        return None
    if error.status_code not in _REFUSED_AS_A_WHOLE:
        return None
    sent = [index for index, item in chunk if type(item) is dict]
    blamed: dict[int, PhoneImportResult] = {}
    for violation in error.violations:
        match = _ITEM_PATH.match(violation.field)
        if match is None or int(match.group(1)) >= len(sent):
            return None  # a complaint about the request as a whole
        index = sent[int(match.group(1))]
        reason = BatchItemError(error.status_code, violation.message, field=match.group(2) or None)
        blamed.setdefault(index, PhoneImportResult(index, error.status_code, error=reason))
    return blamed or None


def _without(chunk: Chunk, blamed: Mapping[int, PhoneImportResult]) -> Chunk:
    kept = [(index, item) for index, item in chunk if index not in blamed]
    return Chunk([index for index, _ in kept], [item for _, item in kept])


def _merge(
    blamed: Mapping[int, PhoneImportResult], rest: Iterable[PhoneImportResult]
) -> list[PhoneImportResult]:
    return sorted([*blamed.values(), *rest], key=lambda result: result.index)


def _all_failed(chunk: Chunk, error: Lox24Error) -> list[PhoneImportResult]:
    status = getattr(error, "status_code", None)
    return [
        PhoneImportResult(index, status, error=error) if type(item) is dict else _local(index, item)
        for index, item in chunk
    ]


def _local(index: int, item: ChunkItem) -> PhoneImportResult:
    """The result of an item that was not sent: unsendable, or already in the group."""
    if isinstance(item, InvalidInputError):
        return PhoneImportResult(index, None, error=item)
    return PhoneImportResult(index, None, outcome="present")


def _match(chunk: Chunk, answer: Any) -> Iterable[PhoneImportResult]:
    """Pair each sent item with its result, in order; local refusals keep their error.

    ``answer`` is the decoded JSON of the batch answer. One that does not have the documented
    shape, or has a result count other than the phones sent, makes the whole chunk unknown: so
    the shape is checked first, then the results are built one by one as they are consumed
    (a chunk's phones are not all held at once, which keeps the garbage collector's work flat).
    """
    sent = len(_sendable(chunk))
    try:
        members = answer["hydra:member"] if answer is not None else []
        if not isinstance(members, list):
            raise TypeError(f"hydra:member is a {type(members).__name__}, not a list")
        for member in members:
            if not isinstance(member["body"], dict) or "status" not in member:
                raise TypeError("an item result without a status or an object body")
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as error:
        return _all_failed(chunk, _unreadable(f"an answer that does not match the spec: {error!r}"))
    if len(members) != sent:
        return _all_failed(
            chunk,
            _unreadable(
                f"the batch was answered with {len(members)} results for {sent} phones",
                cause="a result list of the wrong length",
            ),
        )
    return _results(chunk, members, all_sent=sent == len(chunk))


def _results(chunk: Chunk, members: list[Any], *, all_sent: bool) -> Iterator[PhoneImportResult]:
    if all_sent:  # nothing refused locally: results pair up one to one
        for index, member in zip(chunk.indices, members, strict=True):
            yield _read(index, member)
        return
    answers = iter(members)
    for index, item in chunk:
        if type(item) is dict:
            yield _read(index, next(answers))
        else:
            yield _local(index, item)


def _read(index: int, member: Any) -> PhoneImportResult:
    """One item's result: its body read as a phone, or else as a problem (the spec's order)."""
    status, body = member["status"], member["body"]
    if "id" in body and "phone" in body:  # what a phone body has and a problem lacks
        return created(index, status, body)
    return PhoneImportResult(
        index, status, error=_item_error(status, BatchItemErrorJsonld.from_dict(body))
    )


def _unreadable(detail: str, cause: str = "an unreadable answer") -> ResponseOutcomeUnknownError:
    return ResponseOutcomeUnknownError(
        f"{detail}; which of them exist is unknown: list the group's phones",
        path="/groups/{id}/phones/batch",
        cause=cause,
    )


def _item_error(status: int, body: BatchItemErrorJsonld) -> BatchItemError:
    detail = body.hydradescription or body.hydratitle or "no reason given"
    return BatchItemError(status, str(detail), field=_field_of(body))


def _field_of(body: BatchItemErrorJsonld) -> str | None:
    """The field the server blamed: its first violation, or the ``field: message`` prefix."""
    violations = body.additional_properties.get("violations")
    if isinstance(violations, list) and violations and isinstance(violations[0], dict):
        path = violations[0].get("propertyPath")
        return str(path) if path else None
    named = _NAMED_FIELD.match(str(body.hydradescription or ""))
    return named.group(1) if named else None
