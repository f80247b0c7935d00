"""Turn the strings of a request's path and query into typed values, by the declared schemas."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ._errors import ApiError, Violation
from ._operations import Operation, Param
from ._problems import BAD_REQUEST, check
from ._schemas import SchemaBook, Validator
from ._types import JsonValue

NOT_FOUND = 404
_INTEGER = re.compile(r"-?[0-9]+")
_NUMBER = re.compile(r"-?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?")
#: Longer digit strings stay strings (and fail validation): no value of the API is that long.
MAX_NUMBER_CHARS = 64
_BOOLEANS = {"true": True, "false": False, "1": True, "0": False}
#: PHP's ``http_build_query`` writes lists as ``x[0]=a&x[1]=b``.
_INDEXED = re.compile(r"(?P<base>.+)\[\d+\]")
#: ``x[]`` or ``x[0]``: a list form, which clients also use for parameters declared as ``x``.
_LISTED = re.compile(r"(?P<base>.+)\[\d*\]")
#: The filters for which several values keep a row matching any of them.
_ANY_OF = frozenset({"partial"})


class _Several(list[str]):
    """The values of a parameter declared as ``x`` but given in list form (``x[]``, ``x[0]``)."""


@dataclass(frozen=True, slots=True)
class Query:
    """The declared query parameters of one request, converted and validated.

    Attributes:
        values: Each parameter that was given, by declared name, with its typed value.
        order: The declared names in the order they first appear in the query string.
        pairs: The raw query pairs, kept to build links to other pages.

    """

    values: Mapping[str, Any] = field(default_factory=dict)
    order: tuple[str, ...] = ()
    pairs: tuple[tuple[str, str], ...] = ()


def coerce(raw: str, schema: Mapping[str, Any]) -> JsonValue:
    """Convert one string by the JSON type of ``schema``; leave it a string when it does not fit.

    A string that stays a string where a number is wanted then fails validation with a 400; so
    do digit strings longer than :data:`MAX_NUMBER_CHARS` and numbers too large for a float.
    """
    kind = schema.get("type")
    kinds = kind if isinstance(kind, list) else [kind]
    if len(raw) > MAX_NUMBER_CHARS and ("integer" in kinds or "number" in kinds):
        return raw
    if "integer" in kinds and _INTEGER.fullmatch(raw):
        return int(raw)
    if "number" in kinds and _NUMBER.fullmatch(raw):
        number = float(raw)
        if not math.isfinite(number):
            return raw
        return int(number) if number.is_integer() and "integer" in kinds else number
    if "boolean" in kinds and raw.lower() in _BOOLEANS:
        return _BOOLEANS[raw.lower()]
    return raw


def parse_path(operation: Operation, raw: Mapping[str, str], book: SchemaBook) -> dict[str, Any]:
    """Convert the path parameters; a value breaking its schema means no such resource (404)."""
    values: dict[str, Any] = {}
    for param in operation.path_params:
        value = coerce(raw.get(param.name, ""), param.schema)
        if check(_validator(param, book), value, prefix=param.name) is not None:
            raise ApiError(NOT_FOUND, "Not Found")
        values[param.name] = value
    return values


def parse_query(operation: Operation, pairs: Sequence[tuple[str, str]], book: SchemaBook) -> Query:
    """Collect, convert and validate the declared query parameters of a request.

    Undeclared parameters are ignored. A parameter given twice keeps its last value; a list
    parameter (``x[]``) collects ``x[]=a&x[]=b`` and ``x[0]=a&x[1]=b``. A parameter declared as
    ``x`` may come in list form too (the official PHP client sends ``phone[]=...``): each value
    is checked alone; a ``partial`` filter keeps rows matching any of them, others the last.

    Raises:
        ApiError: 400 naming the parameter whose value is invalid or that is required and absent.

    """
    declared = {p.name: p for p in operation.query_params}
    raw: dict[str, Any] = {}
    for key, value in pairs:
        param = _declared_param(declared, key)
        if param is None:
            param = _scalar_in_list_form(declared, key)
            if param is not None:
                several = raw.get(param.name)
                if not isinstance(several, _Several):
                    several = raw[param.name] = _Several()
                several.append(value)
            continue
        if param.is_array:
            raw.setdefault(param.name, []).append(value)
        else:
            raw[param.name] = value
    values = {name: _convert(declared[name], value, book) for name, value in raw.items()}
    _require(declared.values(), values)
    return Query(values=values, order=tuple(raw), pairs=tuple(pairs))


def _declared_param(declared: Mapping[str, Param], key: str) -> Param | None:
    param = declared.get(key)
    if param is not None:
        return param
    indexed = _INDEXED.fullmatch(key)
    if indexed is None:
        return None
    param = declared.get(f"{indexed['base']}[]")
    return param if param is not None and param.is_array else None


def _scalar_in_list_form(declared: Mapping[str, Param], key: str) -> Param | None:
    listed = _LISTED.fullmatch(key)
    if listed is None:
        return None
    param = declared.get(listed["base"])
    return param if param is not None and not param.is_array else None


def _convert(param: Param, raw: JsonValue, book: SchemaBook) -> JsonValue:
    if isinstance(raw, _Several):
        values = [_convert(param, value, book) for value in raw]
        any_of = param.filter is not None and param.filter.match in _ANY_OF
        return values if any_of and len(values) > 1 else values[-1]
    if param.is_array:
        items = param.schema.get("items", {})
        value: Any = [coerce(v, book.resolve(items)) for v in raw]
    else:
        value = coerce(raw, param.schema)
    error = check(_validator(param, book), value, prefix=param.name)
    if error is not None:
        raise ApiError.invalid(BAD_REQUEST, error.violations)
    if param.filter is not None and param.filter.op == "between":
        _check_bounds(param.name, str(value))
    return value


def _check_bounds(name: str, value: str) -> None:
    """Refuse a ``<from>..<to>`` range with a bound too long to be a number the API holds."""
    if any(len(bound.lstrip("-")) > MAX_NUMBER_CHARS for bound in value.split("..")):
        too_long = Violation(name, f"Each bound has at most {MAX_NUMBER_CHARS} digits.")
        raise ApiError.invalid(BAD_REQUEST, [too_long])


def _require(params: Iterable[Param], values: Mapping[str, Any]) -> None:
    for param in params:
        if param.required and param.name not in values:
            raise ApiError(BAD_REQUEST, f"{param.name}: This parameter is required.")


def _validator(param: Param, book: SchemaBook) -> Validator:
    if param.pointer is None:
        return book.inline_validator(param.schema)
    return book.validator(param.pointer)
