"""Compile the spec's schemas into validators (JSON Schema 2020-12), cached by JSON pointer."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import jsonschema  # type: ignore[import-untyped]
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from ._fastcheck import Predicate, compile_schema
from ._spec import resolve
from ._types import JsonValue

#: The URI the spec document is registered under, so that its ``#/...`` references resolve.
SPEC_URI = "urn:lox24:spec"


class Validator:
    """A Draft 2020-12 validator of one schema, with a fast path for valid values.

    ``jsonschema`` decides; a compiled predicate (see ``_fastcheck``) only short-cuts the
    common case of a valid value.
    """

    def __init__(self, schema: JsonValue, registry: Registry[Any]) -> None:
        self._schema = jsonschema.Draft202012Validator(schema, registry=registry)
        self._fast: Predicate | None = compile_schema(schema)

    def is_valid(self, instance: JsonValue) -> bool:
        """Whether ``instance`` is valid."""
        if self._fast is not None and self._fast(instance):
            return True
        return bool(self._schema.is_valid(instance))

    def iter_errors(self, instance: JsonValue) -> Iterator[Any]:
        """Yield the ``jsonschema`` errors of ``instance``."""
        return iter(self._schema.iter_errors(instance))


class SchemaBook:
    """Validators for the schemas of one OpenAPI document."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self._document = dict(document)
        resource = Resource.from_contents(self._document, default_specification=DRAFT202012)
        self._registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)
        self._validators: dict[str, Validator] = {}

    def validator(self, pointer: str) -> Validator:
        """Return the validator of the schema at ``pointer`` (``/components/schemas/Group``).

        The schema's local references are inlined when they form no cycle, which makes
        validation several times faster (no registry look-ups); the registry resolves the rest.
        """
        found = self._validators.get(pointer)
        if found is None:
            found = Validator(inline_refs(self._document, {"$ref": f"#{pointer}"}), self._registry)
            self._validators[pointer] = found
        return found

    def inline_validator(self, schema: Mapping[str, Any]) -> Validator:
        """Make a validator for a schema given as a value."""
        return Validator(inline_refs(self._document, dict(schema)), self._registry)

    def resolve(self, node: JsonValue) -> JsonValue:
        """``node`` with its ``$ref`` chain followed inside the document."""
        return resolve(self._document, node)


def inline_refs(
    document: Mapping[str, Any], node: JsonValue, trail: frozenset[str] = frozenset()
) -> JsonValue:
    """Copy ``node``, replacing every local ``$ref`` by its target.

    A reference back into ``trail`` (a cycle) stays a reference, made absolute so that the
    registry resolves it in the document.
    """
    if isinstance(node, list):
        return [inline_refs(document, item, trail) for item in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if not (isinstance(ref, str) and ref.startswith("#/")):
        return {key: inline_refs(document, value, trail) for key, value in node.items()}
    if ref in trail:
        return {**node, "$ref": f"{SPEC_URI}{ref}"}
    target = inline_refs(document, resolve(document, {"$ref": ref}), trail | {ref})
    siblings = {k: inline_refs(document, v, trail) for k, v in node.items() if k != "$ref"}
    return {"allOf": [target], **siblings} if siblings else target
