"""Check that a model built by a generated ``from_dict`` holds values of its declared types.

The generated parsers copy values as they find them (a ``key_id`` of ``"7"`` stays a string);
this walk compares every field of the model, and of the models inside it, with its annotation,
so that a parsed event is typed in fact and not only in name. Extra keys kept in
``additional_properties`` are not checked: they are whatever the sender added.
"""

from __future__ import annotations

import sys
import types
import typing
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


_HINTS: dict[type[Any], dict[str, Any]] = {}


def _hints(cls: type[Any]) -> dict[str, Any]:
    """The resolved annotation of each field of a generated model (cached per class)."""
    found = _HINTS.get(cls)
    if found is None:
        module = sys.modules[cls.__module__]
        hints = typing.get_type_hints(cls, globalns=vars(module), localns=_Models())
        skip = "additional_properties"
        found = {f.name: hints[f.name] for f in attrs.fields(cls) if f.name != skip}
        _HINTS[cls] = found
    return found


def mismatch(model: object, path: str = "") -> str | None:
    """The dotted path of the first field whose value does not fit its type, or ``None``."""
    for name, hint in _hints(type(model)).items():
        where = f"{path}.{name}" if path else name
        found = _check(getattr(model, name), hint, where)
        if found is not None:
            return found
    return None


def _check(value: Any, hint: Any, where: str) -> str | None:  # noqa: PLR0911
    origin = typing.get_origin(hint)
    if hint is Any:
        return None
    if origin in (typing.Union, types.UnionType):
        results = [_check(value, member, where) for member in typing.get_args(hint)]
        return None if None in results else results[0]
    if origin is typing.Literal:
        return None if value in typing.get_args(hint) else where
    if origin is list:
        if not isinstance(value, list):
            return where
        (item,) = typing.get_args(hint) or (Any,)
        return next(
            (bad for i, v in enumerate(value) if (bad := _check(v, item, f"{where}[{i}]"))), None
        )
    if origin is not None:
        return None if isinstance(value, origin) else where
    return _check_plain(value, hint, where)


def _check_plain(value: Any, hint: Any, where: str) -> str | None:
    if hint is type(None):
        return None if value is None else where
    if isinstance(value, bool) and hint in (int, float):
        return where
    if hint is float:
        return None if isinstance(value, int | float) else where
    if attrs.has(hint):
        return mismatch(value, where) if isinstance(value, hint) else where
    return None if isinstance(hint, type) and isinstance(value, hint) else where
