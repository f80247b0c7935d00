"""The generated package covers the whole spec: no operation, parameter or schema was dropped.

openapi-python-client exits 0 while leaving things out; this module compares what it produced
with ``spec/lox24.yaml`` and the deliberate rewrites of the generator view, and round-trips a
full and a minimal instance of every model through ``from_dict``/``to_dict``. Read models (of
answers and webhook payloads) are held to the spec's ``required`` lists: a missing required
non-null field does not parse, any other missing field reads as ``None``, none is ``Unset``.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import itertools
import json
import re
from typing import Any

import attrs
import pytest

from lox24_generated import models
from scripts.codegen_view import build_view

from .helpers import ROOT, load_spec

SPEC = load_spec()
VIEW, REPORT = build_view(SPEC)
METHODS = ("get", "put", "post", "delete", "patch")
OPERATIONS = [
    (path, method, item[method])
    for path, item in SPEC["paths"].items()
    for method in METHODS
    if method in item
]


def operation_module(operation: dict[str, Any]) -> Any:
    tag = operation["tags"][0].replace("-", "_")
    return importlib.import_module(f"lox24_generated.api.{tag}.{operation['operationId']}")


def parameters(path: str, operation: dict[str, Any]) -> list[dict[str, Any]]:
    declared = SPEC["paths"][path].get("parameters", []) + operation.get("parameters", [])
    resolved = []
    for parameter in declared:
        ref = parameter.get("$ref")
        resolved.append(
            SPEC["components"]["parameters"][ref.rsplit("/", 1)[1]] if ref else parameter
        )
    return resolved


def test_every_operation_has_a_module(capsys):
    """Each spec operation is a generated module with sync and async entry points (n/n)."""
    present = 0
    for _, _, operation in OPERATIONS:
        module = operation_module(operation)
        assert callable(module.sync_detailed)
        assert callable(module.asyncio_detailed)
        present += 1
    with capsys.disabled():
        print(f"\noperations generated: {present}/{len(OPERATIONS)}")
    assert present == len(OPERATIONS)


@pytest.mark.parametrize(
    ("path", "method", "operation"), OPERATIONS, ids=[o["operationId"] for *_, o in OPERATIONS]
)
def test_every_parameter_reaches_the_wire(path, method, operation):
    """Each declared parameter is sent under its wire name, or its x[] twin carries it."""
    module = operation_module(operation)
    source = inspect.getsource(module._get_kwargs)
    dropped = set(REPORT.dropped_parameters.get(operation["operationId"], ()))
    for parameter in parameters(path, operation):
        name = parameter["name"]
        if parameter["in"] == "path":
            python_name = re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()
            assert "{" + python_name in source, name
        elif name in dropped:
            assert f'params["{name}[]"]' in source, name
        else:
            assert f'params["{name}"]' in source, name
    if "requestBody" in operation:
        assert "body" in inspect.signature(module.sync_detailed).parameters
    assert f'"method": "{method}"' in source


def named_models() -> list[str]:
    """Component schemas the generator must turn into classes (objects and enums)."""
    names = []
    for name, schema in VIEW["components"]["schemas"].items():
        if "enum" in schema or "properties" in schema or "allOf" in schema:
            names.append(name)
    return names


def test_every_schema_is_a_model_or_deliberately_folded():
    """Object and enum schemas have classes; JSON-LD twins are folded as the view reports."""
    for name in named_models():
        assert hasattr(models, name), f"schema {name} has no generated model"
    truthful = set(SPEC["components"]["schemas"])
    accounted = (
        set(VIEW["components"]["schemas"])
        | set(REPORT.folded_schemas)
        | set(REPORT.removed_schemas)
    )
    assert truthful == accounted
    for folded, into in REPORT.folded_schemas.items():
        assert hasattr(models, into), f"{folded} was folded into {into}, which does not exist"


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = VIEW["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return schema


def example(schema: dict[str, Any], *, full: bool) -> Any:
    """A deterministic instance of ``schema``: every property (full) or the required ones."""
    schema = resolve(schema)
    if "const" in schema:
        return schema["const"]
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            merged.update(example(part, full=full))
        merged.update(example({k: v for k, v in schema.items() if k != "allOf"}, full=full) or {})
        return merged
    for keyword in ("oneOf", "anyOf"):
        if keyword in schema:
            options = [o for o in schema[keyword] if o.get("type") != "null"]
            return example(options[0], full=full)
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type", "object")
    kind = next(k for k in kind if k != "null") if isinstance(kind, list) else kind
    if kind == "object":
        props = schema.get("properties", {})
        keep = (
            props if full else {k: v for k, v in props.items() if k in schema.get("required", [])}
        )
        return {key: example(value, full=full) for key, value in keep.items()}
    if kind == "array":
        return [example(schema.get("items", {}), full=full)] if full else []
    if kind == "string" and schema.get("format") in FORMATTED:
        return FORMATTED[schema["format"]]
    return {"string": "text", "integer": 3, "number": 2.5, "boolean": True}[kind]


#: Strings the generated models parse by format.
FORMATTED = {
    "uuid": "3378de83-de66-4de8-9d29-2b10d41bb641",
    "date-time": "2026-11-23T08:00:00+00:00",
}


@pytest.mark.parametrize(
    "name", [n for n in named_models() if "enum" not in VIEW["components"]["schemas"][n]]
)
@pytest.mark.parametrize("full", [True, False], ids=["all-fields", "required-only"])
def test_every_model_round_trips(name, full):
    """from_dict then to_dict gives back the same JSON, with all fields or only required ones."""
    instance = example(VIEW["components"]["schemas"][name], full=full)
    model = getattr(models, name)
    assert json.loads(json.dumps(model.from_dict(instance).to_dict())) == instance


def test_generation_record_matches_inputs():
    """GENERATION.json records the hashes of the spec and every generation input."""
    import hashlib

    record = json.loads((ROOT / "generated" / "GENERATION.json").read_text())
    for relative, digest in record["inputs"].items():
        assert hashlib.sha256((ROOT / relative).read_bytes()).hexdigest() == digest, relative


# ----- read models: what the API always sends is required, the rest reads as None --------------


def reached(roots: list[Any]) -> set[str]:
    """Names of the spec's component schemas reachable from ``roots`` through ``$ref``."""
    schemas = SPEC["components"]["schemas"]
    seen: set[str] = set()
    stack = list(roots)
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
                name = ref.rsplit("/", 1)[1]
                if name not in seen:
                    seen.add(name)
                    stack.append(schemas[name])
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return seen


def read_only_schemas() -> set[str]:
    """Schemas of 2xx answers and webhook payloads that no request body uses (spec names)."""
    answers = [
        response
        for _, _, operation in OPERATIONS
        for status, response in operation["responses"].items()
        if str(status).startswith("2")
    ]
    written = reached([operation.get("requestBody", {}) for *_, operation in OPERATIONS])
    return reached(answers + list(SPEC.get("webhooks", {}).values())) - written


def merged(schema: dict[str, Any]) -> tuple[dict[str, Any], set[str]]:
    """The properties and required names of a truthful schema, through ``$ref`` and ``allOf``."""
    while "$ref" in schema:
        schema = SPEC["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    properties = dict(schema.get("properties", {}))
    required = set(schema.get("required", []))
    for part in schema.get("allOf", []):
        more_properties, more_required = merged(part)
        properties.update(more_properties)
        required |= more_required
    return properties, required


def admits_null(schema: dict[str, Any], schemas: dict[str, Any]) -> bool:
    """Whether ``null`` is a valid value of ``schema`` (following ``$ref``)."""
    while "$ref" in schema:
        schema = schemas[schema["$ref"].rsplit("/", 1)[1]]
    kind = schema.get("type")
    if kind == "null" or (isinstance(kind, list) and "null" in kind):
        return True
    options = schema.get("oneOf", []) + schema.get("anyOf", [])
    return any(admits_null(option, schemas) for option in options)


#: Read models by generated name, with the truthful (spec) schema they come from.
READ_MODELS = sorted(
    {
        REPORT.folded_schemas.get(name, name): name.removesuffix("Jsonld")
        if name in REPORT.folded_schemas
        else name
        for name in read_only_schemas()
        if attrs.has(getattr(models, REPORT.folded_schemas.get(name, name), None) or object)
    }.items()
)
#: Optional fields of read schemas the view does not make nullable yet: Bulk's inline allOf part.
UNSET_KNOWN: dict[str, tuple[str, ...]] = {}


@pytest.mark.parametrize(
    "model_name",
    [
        pytest.param(m, marks=pytest.mark.xfail(strict=True, reason=f"Unset: {UNSET_KNOWN[m]}"))
        if m in UNSET_KNOWN
        else m
        for m, _ in READ_MODELS
    ],
)
def test_no_read_model_field_is_typed_with_unset(model_name):
    """A model the API only ever sends reads every field as a value or None, never Unset."""
    model = getattr(models, model_name)
    unset = [field.name for field in attrs.fields(model) if "Unset" in str(field.type)]
    assert unset == []


def _parts(schema):
    """A schema and the inline object schemas of its ``allOf``."""
    return [schema, *(p for p in schema.get("allOf", []) if "properties" in p)]


def test_the_view_makes_exactly_the_optional_read_fields_required_and_nullable():
    """Each field GENERATION.json reports is optional in the spec and required and nullable in
    the view; every optional top-level field of a read schema is reported."""
    record = json.loads((ROOT / "generated" / "GENERATION.json").read_text())
    reported = {k: tuple(v) for k, v in record["view"]["nullable_read_fields"].items()}
    assert reported == {k: tuple(v) for k, v in REPORT.nullable_read_fields.items()}
    read = {name for _, name in READ_MODELS} | {model for model, _ in READ_MODELS}
    view_schemas = VIEW["components"]["schemas"]
    for name, fields in reported.items():
        assert name in read, name
        truthful = _parts(SPEC["components"]["schemas"][name])
        in_view = _parts(view_schemas[name])
        for field in fields:
            spec_part = next(p for p in truthful if field in p.get("properties", {}))
            view_part = next(p for p in in_view if field in p.get("properties", {}))
            assert field not in spec_part.get("required", []), (name, field)
            assert field in view_part["required"], (name, field)
            assert admits_null(view_part["properties"][field], view_schemas), (name, field)
    for model_name, spec_name in READ_MODELS:
        truthful = SPEC["components"]["schemas"][spec_name]
        optional = set(truthful.get("properties", {})) - set(truthful.get("required", []))
        optional = {key for key in optional if not key.startswith("@")}
        assert optional <= set(reported.get(model_name, ())), model_name


@pytest.mark.parametrize(("model_name", "spec_name"), READ_MODELS, ids=[m for m, _ in READ_MODELS])
def test_read_models_require_what_the_api_always_sends(model_name, spec_name):
    """Without a required non-null field a body does not parse; without any other it reads None."""
    model = getattr(models, model_name)
    full = example(VIEW["components"]["schemas"][model_name], full=True)
    properties, required = merged(SPEC["components"]["schemas"][spec_name])
    schemas = SPEC["components"]["schemas"]
    for field in [key for key in properties if not key.startswith("@")]:
        if field not in full:
            continue
        partial = {key: value for key, value in full.items() if key != field}
        if field in required and not admits_null(properties[field], schemas):
            with pytest.raises((KeyError, TypeError, ValueError)):
                model.from_dict(partial)
        elif field not in UNSET_KNOWN.get(model_name, ()):
            assert model.from_dict(partial).to_dict()[field] is None, field


ENUMS = sorted(name for name, schema in SPEC["components"]["schemas"].items() if "enum" in schema)


@pytest.mark.parametrize("name", ENUMS)
def test_every_enum_member_is_documented_from_the_spec(name):
    """Each enum value has its spec text as member docstring, in the class docstring and .description."""
    schema = SPEC["components"]["schemas"][name]
    texts = schema.get("x-enum-descriptions")
    assert texts is not None, f"{name} has no x-enum-descriptions"
    assert len(texts) == len(schema["enum"]), name
    enum_class = getattr(models, name)
    module = inspect.getmodule(enum_class)
    tree = ast.parse(inspect.getsource(module))
    body = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == name).body
    member_docs: dict[str, str] = {}
    for statement, following in itertools.pairwise(body):
        if isinstance(statement, ast.Assign) and isinstance(following, ast.Expr):
            target = statement.targets[0]
            assert isinstance(target, ast.Name)
            member_docs[target.id] = following.value.value
    for value, text in zip(schema["enum"], texts, strict=True):
        member = enum_class(value)
        assert member.name in member_docs, f"{name}.{member.name} has no docstring"
        assert member_docs[member.name] == " ".join(text.split())
        assert member.description == " ".join(text.split())
        assert " ".join(text.split()) in " ".join((enum_class.__doc__ or "").split())
    assert "does not know" in enum_class(_unknown_value(schema["enum"])).description


def _unknown_value(values: list[Any]) -> Any:
    """A value of the enum's type that the spec does not list."""
    return max(values) + 1 if isinstance(values[0], int) else "NOT_A_VALUE"
