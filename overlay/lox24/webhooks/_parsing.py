"""Turning a webhook body into its typed event, or into one documented error.

LOX24 posts each event as a JSON object (``id``, ``name``, ``data``, ``attempt_number``, ...).
Parsing is total: whatever bytes arrive, the result is a typed event or
:class:`InvalidWebhookError`, never another exception. On the way the body is checked for what
would otherwise break later code: strict UTF-8, standard JSON only (no ``NaN``), bounded size
and nesting, no lone surrogates in strings, an ``id`` and ``name`` that are short plain strings,
and field values of the types the spec declares.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from typing import Any, Final, NoReturn

from lox24._exceptions import InvalidInputError
from lox24_generated.models import WebhookEvent

from ._conform import mismatch
from ._events import Event, event_class

#: The largest body accepted, in bytes. LOX24's events are well under a kilobyte.
MAX_BODY_BYTES: Final = 1_048_576
#: The deepest nesting of arrays and objects accepted.
MAX_DEPTH: Final = 32
#: What an event ``id`` and ``name`` may look like: LOX24 uses UUIDs and dotted names.
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,99}")


class InvalidWebhookError(InvalidInputError):
    """A webhook body is not a LOX24 event; ``field`` names the part that is wrong.

    ``field`` is ``"body"`` when the body as a whole is unusable (not UTF-8, not JSON, not an
    object, too large or too deep), otherwise the path of the offending value, such as ``"id"``,
    ``"name"``, ``"data"`` or ``"data.key_id"``.
    """


def parse_event(payload: bytes | bytearray | memoryview | str | Mapping[str, Any]) -> Event:
    """Parse a webhook body into its typed event model.

    Args:
        payload: The raw request body (bytes, UTF-8), its text, or the already decoded object.

    Returns:
        The event's own model (``SmsDeliveryEvent`` for ``sms.delivery``, ...); an event whose
        name this version does not know becomes a generic ``WebhookEvent`` with raw ``data``.
        Fields this version does not know are kept in ``additional_properties``.

    Raises:
        InvalidWebhookError: For any body that is not such an event; no other exception.

    """
    body = _decode(payload)
    name = body.get("name")
    if not isinstance(name, str) or not _TOKEN.fullmatch(name):
        _fail("the event has no 'name', or it is not a short plain string", "name")
    event_id = body.get("id")
    if not (isinstance(event_id, str) and _TOKEN.fullmatch(event_id)):
        _fail("the event has no 'id', or it is not a short plain string", "id")
    if not isinstance(body.get("data"), dict):
        _fail("the event has no 'data' object", "data")
    model = event_class(name)
    try:
        event: Event = model.from_dict(body)
        wrong = mismatch(event)
    except Exception as error:  # any failure of the generated parser is a bad shape
        message = f"the {name!r} event does not match the spec ({type(error).__name__})"
        _fail(message, _part(error, body))
    if wrong is not None:
        _fail(f"the {name!r} event has a value of the wrong type at {wrong!r}", wrong)
    return event


def _part(error: Exception, body: dict[str, Any]) -> str:
    """Where a generated parser failed: the missing field when it can tell, else ``data``."""
    missing = error.args[0] if isinstance(error, KeyError) and error.args else None
    if not isinstance(missing, str):
        return "data"
    if missing not in body and missing in WebhookEvent.__annotations__:
        return missing
    return f"data.{missing}" if missing not in body["data"] else "data"


def _decode(payload: bytes | bytearray | memoryview | str | Mapping[str, Any]) -> dict[str, Any]:
    if isinstance(payload, Mapping):
        body: object = dict(payload)
        walk = True
    else:
        text = _text(payload)
        body = _load(text)
        walk = _may_need_walk(text)
    if not isinstance(body, dict):
        _fail("the body is not a JSON object", "body")
    if walk:
        _check_tree(body)
    return body


def _may_need_walk(text: str) -> bool:
    r"""Whether JSON decoded from ``text`` could hold what :func:`_check_tree` refuses.

    The decoder yields JSON types only and refuses non-finite numbers; a string decoded from
    valid Unicode text holds a lone surrogate only through a ``\u`` escape, and nesting needs
    an opening bracket per level. So an event with few brackets and no escape needs no walk.
    """
    return "\\u" in text or text.count("{") + text.count("[") >= MAX_DEPTH


def _text(payload: bytes | bytearray | memoryview | str) -> str:
    if isinstance(payload, str):
        if len(payload) > MAX_BODY_BYTES:
            _fail(f"the body is longer than {MAX_BODY_BYTES} characters", "body")
        _check_string(payload)  # a lone surrogate in the text itself
        return payload
    if not isinstance(payload, bytes | bytearray | memoryview):
        _fail(f"a body must be bytes, text or a mapping, not {type(payload).__name__}", "body")
    raw = bytes(payload)
    if len(raw) > MAX_BODY_BYTES:
        _fail(f"the body is larger than {MAX_BODY_BYTES} bytes", "body")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        _fail("the body is not UTF-8", "body")


def _load(text: str) -> object:
    try:
        return _DECODER.decode(text)
    except RecursionError:
        _fail("the body is nested too deeply", "body")
    except ValueError as error:  # JSONDecodeError, over-long integers, refused constants
        _fail(f"the body is not JSON: {error}", "body")


def _refuse_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not JSON")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"the number {text[:20]} is out of range")
    return value


_DECODER: Final = json.JSONDecoder(parse_constant=_refuse_constant, parse_float=_finite_float)


def _check_tree(body: dict[str, Any]) -> None:
    """Walk the decoded body without recursion: nesting depth, JSON types, valid strings."""
    pending: list[tuple[object, int]] = [(body, 1)]
    while pending:
        value, depth = pending.pop()
        if depth > MAX_DEPTH:
            _fail(f"the body is nested deeper than {MAX_DEPTH} levels", "body")
        if isinstance(value, dict):
            for key, item in value.items():
                _check_scalar(key if isinstance(key, str) else object())
                pending.append((item, depth + 1))
        elif isinstance(value, list):
            pending.extend((item, depth + 1) for item in value)
        else:
            _check_scalar(value)


def _check_scalar(value: object) -> None:
    if isinstance(value, str):
        _check_string(value)
    elif isinstance(value, float):
        if not math.isfinite(value):
            _fail("the body holds a number that is not finite", "body")
    elif value is not None and not isinstance(value, bool | int):
        _fail(f"the body holds a {type(value).__name__}, which JSON has not", "body")


def _check_string(value: str) -> None:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        _fail("the body holds a string that is not valid Unicode (a lone surrogate)", "body")


def _fail(message: str, field: str) -> NoReturn:
    raise InvalidWebhookError(message, field=field)
