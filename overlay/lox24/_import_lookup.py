"""Finding an import's phones in its group: by number, in the group's CSV export.

An import needs to know which numbers a group holds twice: before it sends anything, to skip
the numbers already there (``skip_existing``), and at its end, to settle the items whose
request may or may not have created them. Both read the group once, through its CSV export:
one request however large the group (a listing would take one request per 30 phones), and a
read, so it may be repeated safely.

Numbers are compared as the gateway stores them, in E.164 form: ``0170 123-45``, ``0049170…``
and ``+49170…`` are one number. A national number (one leading ``0``) is read as German, the
gateway's country; numbers of accounts elsewhere should be given in ``+`` form.
"""

from __future__ import annotations

import csv
import inspect
import io
import re
from collections.abc import Awaitable, Callable, Collection, Iterator
from typing import Any

import attrs

from lox24_generated.models import Phone

from ._exceptions import Lox24Error, ResponseValidationError

#: The country code of a national number (``0170…``): LOX24 is a German gateway.
NATIONAL_COUNTRY_CODE = "49"
#: How often the group is read before the look-up gives up (each read is itself retried by
#: the client's retry policy).
LOOKUP_ATTEMPTS = 3
_SEPARATORS = re.compile(r"[\s\-/.()]")
_MIN_DIGITS, _MAX_DIGITS = 4, 15
#: The export's columns: id, phone, five named columns (a to e), callback_data.
_EXPORT_WIDTH = 8


def phone_key(number: str) -> int | None:
    """The number as the gateway stores it (its E.164 digits, as an int), or ``None``.

    ``None`` means the number cannot be brought into E.164 form, so it cannot be matched.
    """
    compact = _SEPARATORS.sub("", number.replace("(0)", ""))
    if compact.startswith("+"):
        digits = compact[1:]
    elif compact.startswith("00"):
        digits = compact[2:]
    elif compact.startswith("0"):
        digits = NATIONAL_COUNTRY_CODE + compact[1:]
    else:
        digits = compact
    if not (_MIN_DIGITS <= len(digits) <= _MAX_DIGITS and digits.isascii() and digits.isdigit()):
        return None
    return int(digits) if digits[0] != "0" else None


@attrs.frozen
class Lookup:
    """How an import reads its group, and when.

    Attributes:
        fetch: Reads the group's CSV export (returns its text; awaitable for the async client).
        window: Seconds after a request's outcome became unknown before it is looked up (the
            in-flight window: a request older than that has arrived or been abandoned).
        clock: Seconds on the clock ``sleep`` advances.
        sleep: How to wait (awaitable for the async client).

    """

    fetch: Callable[[], Any]
    window: float
    clock: Callable[[], float]
    sleep: Callable[[float], Any]

    def read(self) -> str:
        """The group's export, read up to ``LOOKUP_ATTEMPTS`` times; the last failure raises."""
        for attempt in range(LOOKUP_ATTEMPTS):
            try:
                return _text(self.fetch())
            except Lox24Error:
                if attempt + 1 == LOOKUP_ATTEMPTS:
                    raise
        raise AssertionError("unreachable")  # pragma: no cover

    async def aread(self) -> str:
        """The asynchronous twin of ``read``."""
        for attempt in range(LOOKUP_ATTEMPTS):
            try:
                answer = self.fetch()
                return _text(await answer if inspect.isawaitable(answer) else answer)
            except Lox24Error:
                if attempt + 1 == LOOKUP_ATTEMPTS:
                    raise
        raise AssertionError("unreachable")  # pragma: no cover

    def wait(self, since: float) -> None:
        """Sleep until the in-flight window that started at ``since`` is over."""
        while (remaining := since + self.window - self.clock()) > 0:
            self.sleep(remaining)

    async def await_window(self, since: float) -> None:
        """The asynchronous twin of ``wait``."""
        while (remaining := since + self.window - self.clock()) > 0:
            pause = self.sleep(remaining)
            if isinstance(pause, Awaitable):
                await pause


def _text(answer: object) -> str:
    if isinstance(answer, bytes):
        return answer.decode("utf-8")
    if isinstance(answer, str):
        return answer
    raise ResponseValidationError(f"the group's export is a {type(answer).__name__}, not text")


def _rows(export: str) -> Iterator[list[str]]:
    rows = csv.reader(io.StringIO(export))
    header = next(rows, None)
    if header is None or header[:2] != ["id", "phone"]:
        raise ResponseValidationError("the group's export does not start with id,phone")
    yield from rows


def keys_in(export: str) -> set[int]:
    """Every number of the group's export, as ``phone_key`` gives it."""
    keys = set()
    for row in _rows(export):
        if len(row) > 1 and (key := phone_key(row[1])) is not None:
            keys.add(key)
    return keys


def find(export: str, wanted: Collection[int | str]) -> dict[int | str, Phone]:
    """The phones of the group's export whose number is one of ``wanted`` (the first of each).

    ``wanted`` holds ``phone_key`` values, and the numbers as written for those that have none
    (they can match only a stored number written the same way).
    """
    found: dict[int | str, Phone] = {}
    for row in _rows(export):
        if len(row) < 2:  # noqa: PLR2004 - id and phone
            continue
        key = phone_key(row[1])
        for match in (key, row[1]):
            if match is not None and match in wanted and match not in found:
                found[match] = _phone(row)
    return found


def _phone(row: list[str]) -> Phone:
    """A phone as the export shows it (an empty cell reads as no value)."""
    cells = (row + [""] * _EXPORT_WIDTH)[:_EXPORT_WIDTH]
    names = ("id", "phone", "a", "b", "c", "d", "e", "callback_data")
    return Phone.from_dict({name: cell or None for name, cell in zip(names, cells, strict=True)})
