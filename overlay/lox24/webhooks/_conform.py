"""Check that a model built by a generated ``from_dict`` holds values of its declared types.

The generated parsers copy values as they find them (a ``key_id`` of ``"7"`` stays a string);
this walk compares every field of the model, and of the models inside it, with its annotation,
so that a parsed event is typed in fact and not only in name. Each annotation is turned into a
small checking function once per model class. Extra keys kept in
``additional_properties`` are not checked: they are whatever the sender added.
"""

from __future__ import annotations

import sys
import types
import typing
from collections.abc import Callable
from typing import Any

import attrs

from lox24_generated import models
from lox24_generated.types import Unset


class _Models(dict[str, Any]):
    """Names for resolving annotations: the generated models, imported on first use."""

    def __missing__(self, key: str) -> Any:
        if key == "Unset":
            return Unset
        try:
            return getattr(models, key)
        except AttributeError:
            raise KeyError(key) from None


#: A check of one value: ``None`` when it fits, else the path where it does not.
Check = Callable[[Any, str], "str | None"]

_FIELDS: dict[type[Any], tuple[tuple[str, Check], ...]] = {}


def mismatch(model: object, path: str = "") -> str | None:
    """The dotted path of the first field whose value does not fit its type, or ``None``."""
    for name, check in _fields(type(model)):
        found = check(getattr(model, name), f"{path}.{name}" if path else name)
        if found is not None:
            return found
    return None


def _fields(cls: type[Any]) -> tuple[tuple[str, Check], ...]:
    """The check of each field of a generated model (built once per class)."""
    found = _FIELDS.get(cls)
    if found is None:
        module = sys.modules[cls.__module__]
        hints = typing.get_type_hints(cls, globalns=vars(module), localns=_Models())
        skip = "additional_properties"
        found = tuple(
            (f.name, _compile(hints[f.name])) for f in attrs.fields(cls) if f.name != skip
        )
        _FIELDS[cls] = found
    return found


def _compile(hint: Any) -> Check:
    """A check for values of the annotation ``hint``."""
    origin = typing.get_origin(hint)
    if hint is Any:
        return lambda value, where: None
    if origin in (typing.Union, types.UnionType):
        return _any_of([_compile(member) for member in typing.get_args(hint)])
    if origin is typing.Literal:
        allowed = typing.get_args(hint)
        return lambda value, where: None if value in allowed else where
    if origin is list:
        (item,) = typing.get_args(hint) or (Any,)
        return _list_of(_compile(item))
    return _instance_of(origin) if origin is not None else _compile_class(hint)


def _compile_class(hint: Any) -> Check:
    """A check for a plain annotation: a model, a number, ``None`` or any other class."""
    if attrs.has(hint):
        return lambda value, where: mismatch(value, where) if isinstance(value, hint) else where
    if hint is float:
        return lambda value, where: None if _is_number(value) else where
    if hint is int:
        return lambda value, where: None if _is_int(value) else where
    return _instance_of(type(None) if hint is None else hint)


def _any_of(checks: list[Check]) -> Check:
    def check(value: Any, where: str) -> str | None:
        first = None
        for one in checks:
            found = one(value, where)
            if found is None:
                return None
            first = first or found
        return first

    return check


def _list_of(item: Check) -> Check:
    def check(value: Any, where: str) -> str | None:
        if not isinstance(value, list):
            return where
        return next((bad for i, v in enumerate(value) if (bad := item(v, f"{where}[{i}]"))), None)

    return check


def _instance_of(cls: type[Any]) -> Check:
    return lambda value, where: None if isinstance(value, cls) else where


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)
