r"""How much one request may ask of the sandbox, and the safe reading of its body.

Every limit answers a 4xx before anything is stored, so that bad input can neither make the
sandbox answer 5xx nor leave it holding a value it cannot render:

* a body larger than :attr:`SandboxLimits.max_body_bytes` is refused with 413 as it is read
  (``_incoming.read_body``), one declared as anything but JSON (``text/plain``, form encoding)
  with 415;
* a body that is not UTF-8, not JSON, holds ``NaN``/``Infinity`` or a number too large for a
  float, nests deeper than :attr:`SandboxLimits.max_json_depth`, or holds a string that is not
  valid Unicode (a lone surrogate written as ``"\ud800"``) is refused with 400 naming the field.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass

from lox24.sandbox._api._errors import ApiError, Violation
from lox24.sandbox._api._types import JsonValue

BAD_REQUEST = 400
PAYLOAD_TOO_LARGE = 413
UNSUPPORTED_MEDIA_TYPE = 415
#: The media types a JSON body may be declared as (besides any ``application/*+json``).
JSON_MEDIA_TYPES = frozenset({"application/json", "application/ld+json"})
#: A ``\uD800``-``\uDFFF`` escape: half of a surrogate pair, or a lone surrogate.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


@dataclass(frozen=True, slots=True)
class SandboxLimits:
    """The limits a sandbox holds every request to.

    Attributes:
        max_body_bytes: The largest request body accepted; larger ones answer 413. The default
            takes a batch of 100,000 phones with room to spare.
        max_json_depth: How deeply arrays and objects may nest in a JSON body; deeper answers 400.
        request_log_size: How many answered API requests the log keeps; the oldest are dropped.

    """

    max_body_bytes: int = 64 * 1024 * 1024
    max_json_depth: int = 32
    request_log_size: int = 10_000

    def __post_init__(self) -> None:
        for name in ("max_body_bytes", "max_json_depth", "request_log_size"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                msg = f"{name} must be a positive integer, not {value!r}"
                raise ValueError(msg)


def check_media_type(content_type: str | None) -> None:
    """Refuse a body declared as anything but JSON with 415, as the API does.

    A body without ``Content-Type`` is read as JSON.

    Raises:
        ApiError: 415 for ``text/plain``, form encoding, or any other non-JSON type.

    """
    if content_type is None:
        return
    media = content_type.partition(";")[0].strip().lower()
    if media in JSON_MEDIA_TYPES or (media.startswith("application/") and media.endswith("+json")):
        return
    detail = (
        f'The content-type "{media}" is not supported. '
        'Supported MIME types are "application/json", "application/ld+json".'
    )
    raise ApiError(UNSUPPORTED_MEDIA_TYPE, detail)


def decode_json(raw: bytes, *, max_depth: int) -> JsonValue:
    """Decode a JSON body that the sandbox can store and render back safely.

    Raises:
        ApiError: 400 for a body that is not UTF-8 or not JSON, a non-finite number, nesting
            deeper than ``max_depth``, or a string that is not valid Unicode (naming the field).

    """
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ApiError(BAD_REQUEST, "The request body is not valid UTF-8.") from None
    try:
        if text.startswith("\ufeff"):  # as json.loads refuses it
            msg = "Unexpected UTF-8 BOM (decode using utf-8-sig)"
            raise json.JSONDecodeError(msg, text, 0)
        value = _DECODER.decode(text)
    except RecursionError:
        raise _too_deep(max_depth) from None
    except ValueError as error:
        raise ApiError(
            BAD_REQUEST, f"Syntax error: the body is not valid JSON ({error})."
        ) from None
    check_value(
        value, max_depth=max_depth, may_hold_surrogates=bool(_SURROGATE_ESCAPE.search(text))
    )
    return value


def check_value(value: JsonValue, *, max_depth: int, may_hold_surrogates: bool = True) -> None:
    r"""Refuse a decoded JSON value that nests too deeply or holds a string that is not Unicode.

    Args:
        value: The decoded value.
        max_depth: How many arrays and objects may nest.
        may_hold_surrogates: ``False`` when the text it came from has no ``\uD8xx`` escape,
            which lets the check skip looking at strings.

    Raises:
        ApiError: 400 naming the field.

    """
    for path, depth, node in _walk(value, strings=may_hold_surrogates):
        if depth > max_depth:
            raise _too_deep(max_depth)
        if isinstance(node, str) and not _is_unicode(node):
            shown = path.encode("utf-8", "backslashreplace").decode("utf-8")
            problem = Violation(shown, "This value is not a valid Unicode string.")
            raise ApiError.invalid(BAD_REQUEST, [problem])


def _walk(value: JsonValue, *, strings: bool) -> Iterator[tuple[str, int, JsonValue]]:
    """Yield ``(path, depth, node)`` for every container (and every string when asked)."""
    stack: list[tuple[str, int, JsonValue]] = [("", 0, value)]
    while stack:
        path, depth, node = stack.pop()
        if isinstance(node, dict):
            yield path, depth + 1, node
            for key, item in node.items():
                if not strings and not isinstance(item, (dict, list)):
                    continue  # nothing to look at below a scalar: no path to build
                child = f"{path}.{key}" if path else str(key)
                if strings and not _is_unicode(key):
                    yield child, depth, key
                stack.append((child, depth + 1, item))
        elif isinstance(node, list):
            yield path, depth + 1, node
            stack.extend(
                (f"{path}[{index}]", depth + 1, item)
                for index, item in enumerate(node)
                if strings or isinstance(item, (dict, list))
            )
        elif isinstance(node, str):
            yield path, depth, node


def _is_unicode(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _too_deep(max_depth: int) -> ApiError:
    return ApiError(BAD_REQUEST, f"The JSON body nests deeper than {max_depth} levels.")


def _reject_constant(name: str) -> JsonValue:
    msg = f"{name} is not JSON"
    raise ValueError(msg)


def _finite_float(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        msg = f"the number {text[:20]}... is too large"
        raise ValueError(msg)
    return number


#: ``json.loads`` with these hooks, made once rather than for every body.
_DECODER = json.JSONDecoder(parse_constant=_reject_constant, parse_float=_finite_float)
