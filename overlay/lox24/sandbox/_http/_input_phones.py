"""Bring the recipients of a request body into E.164, where the spec admits other forms.

A body property declared as ``PhoneNumberInput`` (or an array of them) may hold a number in the
forms LOX24 converts: ``00491701234567``, ``491701234567`` or a national ``01701234567``. After
the body is validated, those properties are rewritten in E.164 (``_phonenumbers``), so handlers
only ever see E.164. Which properties they are is read from the spec, once per body schema.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

from lox24.sandbox._api._errors import ApiError, Violation
from lox24.sandbox._api._problems import UNPROCESSABLE
from lox24.sandbox._api._spec import load_spec, pointer_get, resolve
from lox24.sandbox._api._types import JsonValue
from lox24.sandbox._state._phonenumbers import normalise_phone

INPUT_SCHEMA = "#/components/schemas/PhoneNumberInput"
_INVALID = "This value is not a valid phone number."


@functools.cache
def phone_properties(pointer: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The properties of the body schema at ``pointer`` that take input phone numbers.

    Returns:
        The names holding one number, and the names holding an array of numbers.

    """
    document = load_spec()
    schema = resolve(document, pointer_get(document, pointer))
    single: list[str] = []
    several: list[str] = []
    for name, node in (schema.get("properties") or {}).items():
        if _is_input(node):
            single.append(name)
        elif isinstance(node, Mapping) and _is_input(node.get("items")):
            several.append(name)
    return tuple(single), tuple(several)


def _is_input(node: JsonValue) -> bool:
    return isinstance(node, Mapping) and node.get("$ref") == INPUT_SCHEMA


def to_e164(pointer: str, body: JsonValue) -> JsonValue:
    """Rewrite the input phone numbers of a valid body in E.164.

    Raises:
        ApiError: 422 naming the field of a number that has no E.164 form (``0049``).

    """
    single, several = phone_properties(pointer)
    if not isinstance(body, dict) or not (single or several):
        return body
    converted: dict[str, Any] = dict(body)
    for name in single:
        if isinstance(body.get(name), str):
            converted[name] = _e164(body[name], name)
    for name in several:
        if isinstance(body.get(name), list):
            converted[name] = [
                _e164(number, f"{name}[{index}]") if isinstance(number, str) else number
                for index, number in enumerate(body[name])
            ]
    return converted


def _e164(number: str, field: str) -> str:
    found = normalise_phone(number)
    if found is None:
        raise ApiError.invalid(UNPROCESSABLE, [Violation(field, _INVALID)])
    return found
