"""Names for values whose shape is only known at run time."""

from __future__ import annotations

from typing import Any, TypeAlias

#: A decoded JSON (or YAML) value: a dict, list, str, int, float, bool or None.
JsonValue: TypeAlias = Any
#: A ``jsonschema.ValidationError`` (the library ships no type information).
SchemaError: TypeAlias = Any
