"""Explain why a value is invalid, sorting the failures into 400 and 422 answers.

A value of the wrong JSON type cannot be read at all and is a 400; a value of the right type
that breaks a constraint (``required``, ``pattern``, ``maxLength``, ``enum``, an ``anyOf`` of
required fields...) is a 422. Every failure becomes a :class:`Violation` naming the field.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ._errors import ApiError, Violation
from ._schemas import Validator
from ._types import JsonValue, SchemaError

BAD_REQUEST = 400
UNPROCESSABLE = 422

_BRANCHING = frozenset({"anyOf", "oneOf"})
_MESSAGES = {
    "required": "This value should not be blank.",
    "maxLength": "This value is too long. It should have {0} characters or less.",
    "minLength": "This value is too short. It should have {0} characters or more.",
    "pattern": "This value is not valid.",
    "enum": "The value you selected is not a valid choice.",
    "const": "The value you selected is not a valid choice.",
    "minimum": "This value should be greater than or equal to {0}.",
    "maximum": "This value should be less than or equal to {0}.",
    "exclusiveMinimum": "This value should be greater than {0}.",
    "exclusiveMaximum": "This value should be less than {0}.",
    "minItems": "This collection should contain {0} elements or more.",
    "maxItems": "This collection should contain {0} elements or less.",
}


def check(validator: Validator, instance: JsonValue, *, prefix: str = "") -> ApiError | None:
    """Validate ``instance``; return the error to answer with, or ``None`` when it is valid.

    Args:
        validator: A validator from :class:`SchemaBook`.
        instance: The decoded JSON value.
        prefix: The name of the value, put in front of every property path.

    Returns:
        A 400 error when some value has the wrong JSON type, a 422 error for any other broken
        rule, ``None`` when nothing is broken.

    """
    if validator.is_valid(instance):
        return None
    type_errors: list[Violation] = []
    constraint_errors: list[Violation] = []
    for error in validator.iter_errors(instance):
        for leaf, is_type in _leaves(error):
            target = type_errors if is_type else constraint_errors
            target.extend(_violations(leaf, prefix))
    if type_errors:
        return ApiError.invalid(BAD_REQUEST, _unique(type_errors))
    return ApiError.invalid(UNPROCESSABLE, _unique(constraint_errors))


def _leaves(error: SchemaError) -> Iterator[tuple[Any, bool]]:
    """Yield the errors that explain ``error``, each flagged True for a wrong JSON type.

    For ``anyOf``/``oneOf`` the branches whose type does not fit the value are dropped: when one
    branch is left its errors explain the failure; when none is left the value has the wrong type.
    """
    if error.validator not in _BRANCHING or not error.context:
        yield error, error.validator == "type"
        return
    branches: dict[Any, list[Any]] = {}
    for sub in error.context:
        branches.setdefault(sub.relative_schema_path[0], []).append(sub)
    fitting = [errs for errs in branches.values() if not any(_wrong_type(e) for e in errs)]
    if len(fitting) == 1:
        for sub in fitting[0]:
            yield from _leaves(sub)
    else:
        yield error, not fitting


def _wrong_type(error: SchemaError) -> bool:
    return bool(error.validator == "type" and not error.relative_path)


def _violations(error: SchemaError, prefix: str) -> list[Violation]:
    path = _join(prefix, error.absolute_path)
    if error.validator == "required":
        missing = [n for n in error.validator_value if n not in error.instance]
        return [Violation(_join(path, [n]), _MESSAGES["required"]) for n in missing]
    if error.validator in _BRANCHING:
        return [_alternatives(error, path)]
    return [Violation(path, _message(error))]


def _alternatives(error: SchemaError, path: str) -> Violation:
    """One violation for an ``anyOf``/``oneOf`` none of whose alternatives holds."""
    names = [n for sub in error.context if sub.validator == "required" for n in sub.validator_value]
    if names and all(sub.validator == "required" for sub in error.context):
        wanted = ", ".join(dict.fromkeys(names))
        return Violation(_join(path, [names[0]]), f"At least one of these is required: {wanted}.")
    kinds = [_as_list(sub.validator_value) for sub in error.context if _wrong_type(sub)]
    if kinds:
        expected = "|".join(dict.fromkeys(str(k) for group in kinds for k in group))
        return Violation(path, f"This value should be of type {expected}.")
    return Violation(path, "This value does not match any of the allowed forms.")


def _as_list(value: JsonValue) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _message(error: SchemaError) -> str:
    if error.validator == "type":
        return (
            f"This value should be of type {'|'.join(map(str, _as_list(error.validator_value)))}."
        )
    template = _MESSAGES.get(str(error.validator))
    if template is None:
        return str(error.message)
    return template.format(error.validator_value)


def _join(prefix: str, parts: JsonValue) -> str:
    path = prefix
    for part in parts:
        if isinstance(part, int):
            path = f"{path}[{part}]"
        else:
            path = f"{path}.{part}" if path else str(part)
    return path


def _unique(violations: list[Violation]) -> list[Violation]:
    return list(dict.fromkeys(violations))
