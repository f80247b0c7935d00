"""Importing any number of phones into a group, streamed, with one result per input item.

The input is consumed lazily in chunks; at most ``concurrency`` chunks are in flight and
results are yielded in input order as soon as their chunk is answered, so memory stays flat
however long the input is. No item is ever dropped: each yields exactly one
``PhoneImportResult``, carrying the created phone or the reason it was not created (refused by
the server, refused locally as unsendable, or lost with a failed request).

A chunk whose request fails is not retried by this helper: the server may have created some of
its phones (see ``lox24._retry``). Its items are reported with the error instead.
"""

from __future__ import annotations

import asyncio
import itertools
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeAlias

import attrs

from lox24_generated.models import BatchItemErrorJsonld, Phone, PhoneBatchResultJsonld, PhoneWrite

from ._exceptions import BatchItemError, InvalidInputError, Lox24Error, ResponseValidationError

#: What the helper accepts as one phone: a model, a mapping of its fields, or just the number.
PhoneInput: TypeAlias = PhoneWrite | Mapping[str, Any] | str
Chunk: TypeAlias = list[tuple[int, PhoneWrite | InvalidInputError]]
SendChunk: TypeAlias = Callable[[list[PhoneWrite]], PhoneBatchResultJsonld]
SendChunkAsync: TypeAlias = Callable[[list[PhoneWrite]], Awaitable[PhoneBatchResultJsonld]]


@attrs.frozen
class PhoneImportResult:
    """The outcome for one input item.

    Attributes:
        index: The item's position in the input (0-based).
        status: The HTTP status the server gave this item, or ``None`` when it was not sent or
            its request failed as a whole.
        phone: The created phone, when it was created.
        error: Why it was not created, when it was not.

    """

    index: int
    status: int | None
    phone: Phone | None = None
    error: Lox24Error | None = None

    @property
    def ok(self) -> bool:
        """Whether the phone was created."""
        return self.phone is not None


def import_phones(
    send: SendChunk, phones: Iterable[PhoneInput], *, chunk_size: int, concurrency: int
) -> Iterator[PhoneImportResult]:
    """Yield one result per phone, in input order (see the module docstring)."""
    _check_sizes(chunk_size, concurrency)
    with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="lox24-import") as pool:
        in_flight: deque[tuple[Chunk, Future[PhoneBatchResultJsonld] | None]] = deque()
        for chunk in _chunks(phones, chunk_size):
            sendable = _sendable(chunk)
            in_flight.append((chunk, pool.submit(send, sendable) if sendable else None))
            if len(in_flight) >= concurrency:
                yield from _settle(*in_flight.popleft())
        while in_flight:
            yield from _settle(*in_flight.popleft())


async def aimport_phones(
    send: SendChunkAsync, phones: Iterable[PhoneInput], *, chunk_size: int, concurrency: int
) -> AsyncIterator[PhoneImportResult]:
    """The asynchronous twin of ``import_phones``."""
    _check_sizes(chunk_size, concurrency)
    in_flight: deque[tuple[Chunk, asyncio.Task[PhoneBatchResultJsonld] | None]] = deque()
    try:
        for chunk in _chunks(phones, chunk_size):
            sendable = _sendable(chunk)
            task = asyncio.ensure_future(send(sendable)) if sendable else None
            in_flight.append((chunk, task))
            if len(in_flight) >= concurrency:
                for result in await _asettle(*in_flight.popleft()):
                    yield result
        while in_flight:
            for result in await _asettle(*in_flight.popleft()):
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
    numbered = ((index, _to_model(index, item)) for index, item in enumerate(phones))
    while chunk := list(itertools.islice(numbered, size)):
        yield chunk


def _to_model(index: int, item: PhoneInput) -> PhoneWrite | InvalidInputError:
    if isinstance(item, PhoneWrite):
        return item
    if isinstance(item, str):
        return PhoneWrite(phone=item)
    if isinstance(item, Mapping) and isinstance(item.get("phone"), str):
        return PhoneWrite.from_dict(item)
    return InvalidInputError(f"item {index} has no 'phone' string", field="phone")


def _sendable(chunk: Chunk) -> list[PhoneWrite]:
    return [item for _, item in chunk if isinstance(item, PhoneWrite)]


def _settle(chunk: Chunk, future: Future[PhoneBatchResultJsonld] | None) -> list[PhoneImportResult]:
    try:
        answer = future.result() if future is not None else None
    except Lox24Error as error:
        return _all_failed(chunk, error)
    return _match(chunk, answer)


async def _asettle(
    chunk: Chunk, task: asyncio.Task[PhoneBatchResultJsonld] | None
) -> list[PhoneImportResult]:
    try:
        answer = await task if task is not None else None
    except Lox24Error as error:
        return _all_failed(chunk, error)
    return _match(chunk, answer)


def _all_failed(chunk: Chunk, error: Lox24Error) -> list[PhoneImportResult]:
    return [
        PhoneImportResult(index, None, error=item if isinstance(item, InvalidInputError) else error)
        for index, item in chunk
    ]


def _match(chunk: Chunk, answer: PhoneBatchResultJsonld | None) -> list[PhoneImportResult]:
    """Pair each sent item with its result, in order; local refusals keep their error."""
    members = list(answer.hydramember) if answer is not None else []
    sent = len(_sendable(chunk))
    if len(members) != sent:
        error = ResponseValidationError(f"batch answered {len(members)} results for {sent} phones")
        return _all_failed(chunk, error)
    results, answers = [], iter(members)
    for index, item in chunk:
        if isinstance(item, InvalidInputError):
            results.append(PhoneImportResult(index, None, error=item))
            continue
        member = next(answers)
        if isinstance(member.body, Phone):
            results.append(PhoneImportResult(index, member.status, phone=member.body))
        else:
            results.append(
                PhoneImportResult(
                    index, member.status, error=_item_error(member.status, member.body)
                )
            )
    return results


def _item_error(status: int, body: BatchItemErrorJsonld) -> BatchItemError:
    detail = body.hydradescription or body.hydratitle or "no reason given"
    return BatchItemError(status, str(detail))
