"""Importing any number of phones into a group, streamed, with one result per input item.

The input is consumed lazily in chunks; at most ``concurrency`` chunks are in flight and
results are yielded in input order as soon as their chunk is answered, so memory stays flat
however long the input is. Whatever happens, each input item yields exactly one
``PhoneImportResult`` whose ``outcome`` is one of

* ``"created"``: the phone exists (``phone`` holds it);
* ``"refused"``: the server refused it (``error`` has the server's reason and ``field``);
* ``"not_sent"``: it was never sent (unsendable locally, or its request never left);
* ``"unknown"``: its request may have reached the server but no clean answer came back, so it
  may exist: list the group's phones before sending it again.

A chunk whose request may have arrived is never resent (see ``lox24._retry``). A chunk the
server refused as a whole (400/422) created nothing, so when the refusal names items, those
items are reported refused with their field and the rest of the chunk is sent once more.
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
    Lox24Error,
    RequestNotSentError,
    ResponseOutcomeUnknownError,
    WriteOutcomeUnknownError,
)

#: What the helper accepts as one phone: a model, a mapping of its fields, or just the number.
PhoneInput: TypeAlias = PhoneWrite | Mapping[str, Any] | str
Outcome: TypeAlias = Literal["created", "refused", "not_sent", "unknown"]
#: One phone as it is sent: the JSON object of its fields.
Wire: TypeAlias = dict[str, Any]
#: Posts one chunk and returns its answer: the decoded JSON (a Hydra collection of item
#: results), or a function that decodes it. The client sends the latter, so that while a chunk
#: waits its turn its answer is held as bytes, not as thousands of objects the garbage
#: collector would carry into its oldest generation.
SendChunk: TypeAlias = Callable[[list[Wire]], Any]
SendChunkAsync: TypeAlias = Callable[[list[Wire]], Awaitable[Any]]

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


@attrs.frozen
class PhoneImportResult:
    """The outcome for one input item.

    Attributes:
        index: The item's position in the input (0-based).
        status: The HTTP status the server gave this item (or its whole request), ``None``
            when no status arrived.
        phone: The created phone, when it was created.
        error: Why it was not created, or why its outcome is unknown.

    """

    index: int
    status: int | None
    phone: Phone | None = None
    error: Lox24Error | None = None

    @property
    def ok(self) -> bool:
        """Whether the phone was created."""
        return self.phone is not None

    @property
    def outcome(self) -> Outcome:
        """``"created"``, ``"refused"``, ``"not_sent"`` or ``"unknown"`` (see the module)."""
        if self.phone is not None:
            return "created"
        if isinstance(self.error, NOT_SENT):
            return "not_sent"
        if isinstance(self.error, BatchItemError) or (
            isinstance(self.error, APIStatusError)
            and not isinstance(self.error, WriteOutcomeUnknownError)
        ):
            return "refused"
        return "unknown"

    @property
    def field(self) -> str | None:
        """The field blamed for a refusal or an unsendable item, when one was named."""
        return getattr(self.error, "field", None)


@attrs.frozen
class Chunk:
    """Consecutive input items (or what is left of them) with their positions in the input.

    Iterating gives ``(index, item)`` pairs; they are made as they are read rather than held,
    so the items waiting in flight are the prepared JSON objects alone.
    """

    indices: Sequence[int]
    items: list[Wire | InvalidInputError]

    def __iter__(self) -> Iterator[tuple[int, Wire | InvalidInputError]]:
        return zip(self.indices, self.items, strict=True)

    def __len__(self) -> int:
        return len(self.items)


def import_phones(
    send: SendChunk, phones: Iterable[PhoneInput], *, chunk_size: int, concurrency: int
) -> Iterator[PhoneImportResult]:
    """Yield one result per phone, in input order (see the module docstring)."""
    _check_sizes(chunk_size, concurrency)
    with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="lox24-import") as pool:
        in_flight: deque[tuple[Chunk, Future[Any] | None]] = deque()
        for chunk in _chunks(phones, chunk_size):
            sendable = _sendable(chunk)
            in_flight.append((chunk, pool.submit(send, sendable) if sendable else None))
            if len(in_flight) >= concurrency:
                yield from _settle(send, *in_flight.popleft())
        while in_flight:
            yield from _settle(send, *in_flight.popleft())


async def aimport_phones(
    send: SendChunkAsync, phones: Iterable[PhoneInput], *, chunk_size: int, concurrency: int
) -> AsyncIterator[PhoneImportResult]:
    """The asynchronous twin of ``import_phones``."""
    _check_sizes(chunk_size, concurrency)
    in_flight: deque[tuple[Chunk, asyncio.Task[Any] | None]] = deque()
    try:
        for chunk in _chunks(phones, chunk_size):
            sendable = _sendable(chunk)
            task = asyncio.ensure_future(send(sendable)) if sendable else None
            in_flight.append((chunk, task))
            if len(in_flight) >= concurrency:
                for result in await _asettle(send, *in_flight.popleft()):
                    yield result
        while in_flight:
            for result in await _asettle(send, *in_flight.popleft()):
                yield result
    finally:
        for _, task in in_flight:
            if task is not None:
                task.cancel()


def _check_sizes(chunk_size: int, concurrency: int) -> None:
    if chunk_size < 1:
        raise InvalidInputError("chunk_size must be at least 1", field="chunk_size")
    if concurrency < 1:
        raise InvalidInputError("concurrency must be at least 1", field="concurrency")


def _chunks(phones: Iterable[PhoneInput], size: int) -> Iterator[Chunk]:
    rows, start = iter(phones), 0
    while batch := list(itertools.islice(rows, size)):
        end = start + len(batch)
        yield Chunk(range(start, end), [to_wire(i, row) for i, row in enumerate(batch, start)])
        start = end


def to_wire(index: int, item: object) -> Wire | InvalidInputError:
    """The JSON object to send for one input item, or why it cannot be sent (naming the field)."""
    if type(item) is str and item.isascii():  # the common case, a plain number: one check
        if item.strip():
            return {"phone": item}
        return InvalidInputError(f"item {index}: phone is empty", field="phone")
    if isinstance(item, str):
        fields: Wire = {"phone": str(item)}
    elif isinstance(item, PhoneWrite):
        fields = item.to_dict()
    elif isinstance(item, Mapping):
        if not isinstance(item.get("phone"), str):
            return InvalidInputError(f"item {index} has no 'phone' string", field="phone")
        fields = dict(item)
    else:
        return InvalidInputError(
            f"item {index} is a {type(item).__name__}, not a phone", field="phone"
        )
    return _check_sendable(index, fields)


def _check_sendable(index: int, fields: Wire) -> Wire | InvalidInputError:
    """Every field of a phone is a string (or null) that UTF-8 can carry."""
    for name, value in fields.items():
        if value is None:
            continue
        if not isinstance(value, str):
            message = f"item {index}: {name} must be a string, not {type(value).__name__}"
            return InvalidInputError(message, field=name)
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            message = f"item {index}: {name} is not valid Unicode (a lone surrogate)"
            return InvalidInputError(message, field=name)
    phone = fields.get("phone")
    if not isinstance(phone, str) or not phone.strip():
        return InvalidInputError(f"item {index}: phone is empty", field="phone")
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
        PhoneImportResult(index, None, error=item)
        if isinstance(item, InvalidInputError)
        else PhoneImportResult(index, status, error=error)
        for index, item in chunk
    ]


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
        if isinstance(item, InvalidInputError):
            yield PhoneImportResult(index, None, error=item)
        else:
            yield _read(index, next(answers))


def _read(index: int, member: Any) -> PhoneImportResult:
    """One item's result: its body read as a phone, or else as a problem (the spec's order)."""
    status, body = member["status"], member["body"]
    try:
        phone = Phone.from_dict(body)
    except (TypeError, ValueError, AttributeError, KeyError):
        return PhoneImportResult(
            index, status, error=_item_error(status, BatchItemErrorJsonld.from_dict(body))
        )
    return PhoneImportResult(index, status, phone)  # positional: the hot path of an import


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
