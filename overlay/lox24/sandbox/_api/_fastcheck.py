"""A compiled validity test for simple schemas, so that large batches validate in seconds.

``jsonschema`` builds a validator object for every value it descends into, which costs tens of
microseconds per phone; a batch import of 100,000 phones spends most of its time there. For
schemas made only of the common keywords below, :func:`compile_schema` builds a plain predicate
that answers the same yes/no question much faster. It only ever answers *whether* a value is
valid: when it says no, ``jsonschema`` confirms and explains why. A schema with any other
keyword is not compiled, and ``jsonschema`` answers alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from ._types import JsonValue

Predicate = Callable[[Any], bool]

#: The JSON Schema 2020-12 keywords that can make a value invalid. Any other keyword (``title``,
#: ``description``, ``examples``, ``x-...``, unknown words; ``format``, which only annotates
#: unless a format checker is asked for) is ignored, as ``jsonschema`` ignores it.
ASSERTIONS = frozenset(
    {
        "$ref",
        "$dynamicRef",
        "additionalProperties",
        "allOf",
        "anyOf",
        "const",
        "contains",
        "dependentRequired",
        "dependentSchemas",
        "enum",
        "exclusiveMaximum",
        "exclusiveMinimum",
        "if",
        "then",
        "else",
        "items",
        "maxItems",
        "maxLength",
        "maxProperties",
        "maximum",
        "minItems",
        "minLength",
        "minProperties",
        "minimum",
        "multipleOf",
        "not",
        "oneOf",
        "pattern",
        "patternProperties",
        "prefixItems",
        "properties",
        "propertyNames",
        "required",
        "type",
        "unevaluatedItems",
        "unevaluatedProperties",
        "uniqueItems",
    }
)
_TYPES: Mapping[str, Predicate] = {
    "null": lambda v: v is None,
    "boolean": lambda v: isinstance(v, bool),
    "integer": lambda v: (
        (isinstance(v, int) and not isinstance(v, bool))
        or (isinstance(v, float) and v.is_integer())
    ),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "string": lambda v: isinstance(v, str),
    "array": lambda v: isinstance(v, list),
    "object": lambda v: isinstance(v, dict),
}
_NUMBER = _TYPES["number"]
_BOUNDS: Mapping[str, Callable[[Any, Any], bool]] = {
    "minimum": lambda v, b: v >= b,
    "maximum": lambda v, b: v <= b,
    "exclusiveMinimum": lambda v, b: v > b,
    "exclusiveMaximum": lambda v, b: v < b,
}


class NotCompilable(Exception):
    """The schema uses a keyword this module does not handle."""


def compile_schema(schema: JsonValue) -> Predicate | None:
    """Compile ``schema`` into a validity predicate; return None if it is not supported."""
    try:
        return _compile(schema)
    except NotCompilable:
        return None


def _compile(schema: JsonValue) -> Predicate:
    if schema is True:
        return lambda _: True
    if schema is False:
        return lambda _: False
    if not isinstance(schema, dict):
        raise NotCompilable
    checks: list[Predicate] = []
    for keyword, value in schema.items():
        if keyword not in ASSERTIONS:
            continue
        checks.append(_keyword(keyword, value, schema))
    return _conjunction(checks)


def _conjunction(checks: list[Predicate]) -> Predicate:
    if not checks:
        return lambda _: True
    if len(checks) == 1:
        return checks[0]

    def passes(value: JsonValue) -> bool:
        for check in checks:  # noqa: SIM110 - a plain loop is the fast path here
            if not check(value):
                return False
        return True

    return passes


def _keyword(keyword: str, value: JsonValue, schema: Mapping[str, Any]) -> Predicate:
    builder = _BUILDERS.get(keyword)
    if builder is not None:
        return builder(value, schema)
    if keyword in _BOUNDS:
        compare = _BOUNDS[keyword]
        return lambda v: not _NUMBER(v) or compare(v, value)
    raise NotCompilable


def _type(value: JsonValue, _: Mapping[str, Any]) -> Predicate:
    names = value if isinstance(value, list) else [value]
    tests = [_TYPES[n] for n in names if n in _TYPES]
    if len(tests) != len(names):
        raise NotCompilable
    if len(tests) == 1:
        return tests[0]
    return lambda v: any(test(v) for test in tests)


def _properties(value: JsonValue, _: Mapping[str, Any]) -> Predicate:
    compiled = {name: _compile(sub) for name, sub in value.items()}

    def passes(v: JsonValue) -> bool:
        if not isinstance(v, dict):
            return True
        for key, item in v.items():
            test = compiled.get(key)
            if test is not None and not test(item):
                return False
        return True

    return passes


def _additional(value: JsonValue, schema: Mapping[str, Any]) -> Predicate:
    if "patternProperties" in schema:
        raise NotCompilable
    known = frozenset(schema.get("properties", {}))
    test = _compile(value)
    return lambda v: (
        not isinstance(v, dict) or all(test(item) for key, item in v.items() if key not in known)
    )


def _required(value: JsonValue, _: Mapping[str, Any]) -> Predicate:
    names = tuple(value)

    def passes(v: JsonValue) -> bool:
        if not isinstance(v, dict):
            return True
        for name in names:  # noqa: SIM110 - a plain loop is the fast path here
            if name not in v:
                return False
        return True

    return passes


def _items(value: JsonValue, schema: Mapping[str, Any]) -> Predicate:
    if "prefixItems" in schema:
        raise NotCompilable
    test = _compile(value)
    return lambda v: not isinstance(v, list) or all(test(item) for item in v)


def _enum(value: JsonValue, _: Mapping[str, Any]) -> Predicate:
    allowed = list(value)
    if any(isinstance(a, list | dict) for a in allowed):
        raise NotCompilable
    if all(isinstance(a, str) for a in allowed):
        # Only a string equals a string: a set look-up answers the same.
        names = frozenset(allowed)
        return lambda v: isinstance(v, str) and v in names
    return lambda v: any(_equal(v, a) for a in allowed)


def _const(value: JsonValue, schema: Mapping[str, Any]) -> Predicate:
    return _enum([value], schema)


def _equal(value: JsonValue, scalar: JsonValue) -> bool:
    """JSON equality as ``jsonschema`` sees it: ``true`` is not ``1``, ``1.0`` is ``1``."""
    if isinstance(value, str) or isinstance(scalar, str):
        return bool(value == scalar)
    if isinstance(value, bool) or isinstance(scalar, bool):
        return value is scalar
    if isinstance(value, list | dict):
        return False
    return bool(value == scalar)


def _combinator(minimum: int, exact: bool) -> Callable[[Any, Mapping[str, Any]], Predicate]:
    def build(value: JsonValue, _: Mapping[str, Any]) -> Predicate:
        tests = [_compile(sub) for sub in value]

        def passes(v: JsonValue) -> bool:
            if not exact and minimum == 1:
                return any(test(v) for test in tests)
            count = sum(1 for test in tests if test(v))
            return count == 1 if exact else count >= minimum

        return passes

    return build


def _all_of(value: JsonValue, _: Mapping[str, Any]) -> Predicate:
    tests = [_compile(sub) for sub in value]
    return lambda v: all(test(v) for test in tests)


def _length(longest: bool) -> Callable[[Any, Mapping[str, Any]], Predicate]:
    def build(value: JsonValue, _: Mapping[str, Any]) -> Predicate:
        if longest:
            return lambda v: not isinstance(v, str) or len(v) <= value
        return lambda v: not isinstance(v, str) or len(v) >= value

    return build


def _pattern(value: JsonValue, _: Mapping[str, Any]) -> Predicate:
    regex = re.compile(value)
    return lambda v: not isinstance(v, str) or regex.search(v) is not None


def _count(most: bool) -> Callable[[Any, Mapping[str, Any]], Predicate]:
    def build(value: JsonValue, _: Mapping[str, Any]) -> Predicate:
        if most:
            return lambda v: not isinstance(v, list) or len(v) <= value
        return lambda v: not isinstance(v, list) or len(v) >= value

    return build


_BUILDERS: Mapping[str, Callable[[Any, Mapping[str, Any]], Predicate]] = {
    "type": _type,
    "properties": _properties,
    "additionalProperties": _additional,
    "required": _required,
    "items": _items,
    "enum": _enum,
    "const": _const,
    "anyOf": _combinator(1, exact=False),
    "oneOf": _combinator(1, exact=True),
    "allOf": _all_of,
    "maxLength": _length(longest=True),
    "minLength": _length(longest=False),
    "pattern": _pattern,
    "maxItems": _count(most=True),
    "minItems": _count(most=False),
}
