"""Derive the generator's view of the API from the truthful spec.

`spec/lox24.yaml` describes the API as it is. openapi-python-client cannot digest all of it: it
drops whole schemas when `@id` sits next to `id`, drops whole operations when `uuid` and `uuid[]`
are both parameters, and builds unions of undeclared error bodies into every return type. This
module rewrites a copy of the spec into a shape the generator handles without loss, and reports
every rewrite so that the coverage check can prove nothing was dropped by accident.

The rewrites, each deliberate:

* ``<X>Jsonld`` schemas that are exactly ``allOf: [JsonldResource, <X>]`` fold into ``<X>``: the
  client always asks for JSON-LD, and the three JSON-LD keys (``@context``, ``@id``, ``@type``)
  land in every model's ``additional_properties``, where the overlay reads the IRI.
* Properties whose name starts with ``@`` are removed for the same reason.
* Only 2xx responses are kept, with their first media type (JSON-LD). Errors are raised by the
  overlay from the raw response before the generated parser runs.
* Request bodies keep only ``application/json``.
* A scalar filter ``x`` is dropped where ``x[]`` is also declared: one or more exact values are
  sent as ``x[]``, which the API treats alike.
* Schema-level ``anyOf``/``oneOf`` that only state which properties are required is removed (it is
  validation, enforced by the server and the sandbox, not a shape).
* In schemas that are only ever read (answers and webhook payloads, never a request body), a
  property the spec does not mark ``required`` becomes required and nullable: the generated model
  then reads a missing field as ``None`` and is never typed with ``Unset``. Properties the spec
  marks ``required`` keep their type, so ``sms.uuid`` is a ``str``.
* An enum's ``x-enum-descriptions`` (one per value, in the order of ``enum``) are appended to its
  description as a list, ``- `value`: text``, one line per member: the generator passes only the
  description to the enum template, which reads the list back into a docstring per member (and
  every field of that enum shows the list too).
"""

from __future__ import annotations

import copy
from typing import Any

import attrs

Json = dict[str, Any]

SCHEMA_REF = "#/components/schemas/"
JSONLD_BASE = "JsonldResource"
#: Schemas that only describe JSON-LD keys; they disappear with those keys.
JSONLD_ONLY = (JSONLD_BASE, "JsonldContext")


@attrs.frozen
class ViewReport:
    """What the view changed, for the coverage check and the generation record."""

    folded_schemas: dict[str, str]
    removed_schemas: tuple[str, ...]
    dropped_parameters: dict[str, tuple[str, ...]]
    nullable_read_fields: dict[str, tuple[str, ...]] = attrs.field(factory=dict)


def build_view(spec: Json) -> tuple[Json, ViewReport]:
    """Return the generator view of ``spec`` (which is left untouched) and what was changed."""
    view = copy.deepcopy(spec)
    schemas: Json = view["components"]["schemas"]
    folded = _fold_jsonld_schemas(schemas)
    for name in JSONLD_ONLY:
        schemas.pop(name, None)
    _rewrite_refs(view, {SCHEMA_REF + old: SCHEMA_REF + new for old, new in folded.items()})
    _strip_jsonld_keys(view)
    for schema in schemas.values():
        _drop_required_only_alternatives(schema)
        _list_enum_descriptions(schema)
    nullable = _read_fields_always_present(view)
    dropped = {}
    for op_id, operation, path_item in _operations(view):
        _keep_success_responses(operation)
        _keep_json_request_body(operation)
        dropped_here = _drop_scalar_twins(view, operation, path_item)
        if dropped_here:
            dropped[op_id] = dropped_here
    report = ViewReport(
        folded_schemas=folded,
        removed_schemas=tuple(n for n in JSONLD_ONLY if n in spec["components"]["schemas"]),
        dropped_parameters=dropped,
        nullable_read_fields=nullable,
    )
    return view, report


def _operations(spec: Json) -> list[tuple[str, Json, Json]]:
    found = []
    for path_item in spec["paths"].values():
        for method, operation in path_item.items():
            if method in {"get", "put", "post", "delete", "patch"}:
                found.append((operation["operationId"], operation, path_item))
    return found


def _fold_jsonld_schemas(schemas: Json) -> dict[str, str]:
    folded = {}
    for name, schema in list(schemas.items()):
        refs = [part.get("$ref") for part in schema.get("allOf", [])]
        plain = name.removesuffix("Jsonld")
        if name.endswith("Jsonld") and refs == [SCHEMA_REF + JSONLD_BASE, SCHEMA_REF + plain]:
            folded[name] = plain
            del schemas[name]
    return folded


def _rewrite_refs(node: Any, mapping: dict[str, str]) -> None:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref in mapping:
            node["$ref"] = mapping[ref]
        for value in node.values():
            _rewrite_refs(value, mapping)
    elif isinstance(node, list):
        for value in node:
            _rewrite_refs(value, mapping)


def _strip_jsonld_keys(node: Any) -> None:
    if isinstance(node, dict):
        properties = node.get("properties")
        if isinstance(properties, dict) and node.get("type") in {"object", None}:
            for key in [k for k in properties if k.startswith("@")]:
                del properties[key]
            if "required" in node:
                node["required"] = [k for k in node["required"] if not k.startswith("@")]
        for value in node.values():
            _strip_jsonld_keys(value)
    elif isinstance(node, list):
        for value in node:
            _strip_jsonld_keys(value)


def _drop_required_only_alternatives(schema: Json) -> None:
    for keyword in ("anyOf", "oneOf"):
        options = schema.get(keyword)
        if options and all(set(option) == {"required"} for option in options):
            del schema[keyword]


def _list_enum_descriptions(schema: Json) -> None:
    texts = schema.pop("x-enum-descriptions", None)
    if texts is None:
        return
    values = schema["enum"]
    if len(texts) != len(values):
        raise SystemExit(f"x-enum-descriptions: {len(texts)} texts for {len(values)} values")
    items = "\n".join(
        f"- `{value}`: {' '.join(text.split())}" for value, text in zip(values, texts, strict=True)
    )
    schema["description"] = f"{schema.get('description', '').strip()}\n\n{items}\n"


def _keep_success_responses(operation: Json) -> None:
    responses: Json = operation["responses"]
    for status in [s for s in responses if not str(s).startswith("2")]:
        del responses[status]
    for response in responses.values():
        content = response.get("content")
        if content:
            first = next(iter(content))
            response["content"] = {first: content[first]}


def _keep_json_request_body(operation: Json) -> None:
    body = operation.get("requestBody")
    if body and "application/json" in body["content"]:
        body["content"] = {"application/json": body["content"]["application/json"]}


def _parameter_name(spec: Json, parameter: Json) -> str:
    ref = parameter.get("$ref")
    if ref:
        return str(spec["components"]["parameters"][ref.rsplit("/", 1)[1]]["name"])
    return str(parameter["name"])


def _drop_scalar_twins(spec: Json, operation: Json, path_item: Json) -> tuple[str, ...]:
    parameters: list[Json] = operation.get("parameters", [])
    names = {_parameter_name(spec, p) for p in parameters + path_item.get("parameters", [])}
    twins = {name for name in names if f"{name}[]" in names}
    operation["parameters"] = [p for p in parameters if _parameter_name(spec, p) not in twins]
    return tuple(sorted(twins))


def _schemas_reached(spec: Json, roots: list[Any]) -> set[str]:
    """The names of the component schemas reachable from ``roots`` through ``$ref``."""
    schemas: Json = spec["components"]["schemas"]
    seen: set[str] = set()
    stack = list(roots)
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith(SCHEMA_REF):
                name = ref.removeprefix(SCHEMA_REF)
                if name not in seen and name in schemas:
                    seen.add(name)
                    stack.append(schemas[name])
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return seen


def _read_fields_always_present(spec: Json) -> dict[str, tuple[str, ...]]:
    """Make every optional property of a read-only schema required and nullable (see above)."""
    operations = [operation for _, operation, _ in _operations(spec)]
    answers = [
        response
        for operation in operations
        for status, response in operation["responses"].items()
        if str(status).startswith("2")
    ]
    webhooks = list(spec.get("webhooks", {}).values())
    written = _schemas_reached(spec, [op.get("requestBody", {}) for op in operations])
    read_only = _schemas_reached(spec, answers + webhooks) - written
    changed = {}
    for name in sorted(read_only):
        schema = spec["components"]["schemas"][name]
        parts = [schema, *(p for p in schema.get("allOf", []) if "properties" in p)]
        optional = [key for part in parts for key in _require_all(part)]
        if optional:
            changed[name] = tuple(optional)
    return changed


def _require_all(schema: Json) -> list[str]:
    """Make the optional properties of one object schema required and nullable; name them."""
    properties = schema.get("properties")
    if not isinstance(properties, dict):
        return []
    required = schema.setdefault("required", [])
    optional = [key for key in properties if key not in required]
    for key in optional:
        properties[key] = _nullable(properties[key])
        required.append(key)
    return optional


def _nullable(schema: Json) -> Json:
    """The same schema, admitting ``null`` as well."""
    null: Json = {"type": "null"}
    kind = schema.get("type")
    if isinstance(kind, str):
        return {**schema, "type": [kind, "null"]} if kind != "null" else schema
    if isinstance(kind, list):
        return schema if "null" in kind else {**schema, "type": [*kind, "null"]}
    for keyword in ("oneOf", "anyOf"):
        options = schema.get(keyword)
        if isinstance(options, list):
            if null in options:
                return schema
            return {**schema, keyword: [*options, null]}
    if "$ref" in schema or "allOf" in schema:
        inner = {k: v for k, v in schema.items() if k in {"$ref", "allOf"}}
        rest = {k: v for k, v in schema.items() if k not in {"$ref", "allOf"}}
        return {**rest, "oneOf": [inner, null]}
    return schema  # no type at all: any value, null included
