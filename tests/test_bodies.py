"""The mock bodies of ``tests/bodies.py`` are what the spec says the API sends."""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from lox24_generated import models

from . import bodies
from .helpers import load_spec

SPEC = load_spec()
REGISTRY: Registry[Any] = Registry().with_resource(
    "urn:spec", Resource.from_contents(SPEC, default_specification=DRAFT202012)
)


def schema_of(name: str) -> dict[str, Any]:
    return {"$ref": f"urn:spec#/components/schemas/{name}"}


def declared(name: str) -> tuple[set[str], set[str]]:
    """The properties and the required ones of a schema, through ``allOf``."""
    schema = SPEC["components"]["schemas"][name]
    properties, required = set(schema.get("properties", {})), set(schema.get("required", []))
    for part in schema.get("allOf", []):
        inner = declared(part["$ref"].rsplit("/", 1)[1]) if "$ref" in part else None
        more_properties, more_required = inner or (
            set(part.get("properties", {})),
            set(part.get("required", [])),
        )
        properties |= more_properties
        required |= more_required
    return properties, required


@pytest.mark.parametrize("name", sorted(bodies.SCHEMAS))
def test_each_body_is_valid_and_complete(name):
    """Valid against its schema, with every required field and no field the schema lacks; parses."""
    body = bodies.SCHEMAS[name]()
    validator = jsonschema.Draft202012Validator(schema_of(name), registry=REGISTRY)
    assert [error.message for error in validator.iter_errors(body)] == []
    properties, required = declared(name)
    assert required, name
    assert required <= set(body)
    assert set(body) <= properties
    parsed = getattr(models, name).from_dict(body).to_dict()
    assert {k: parsed[k] for k, v in body.items() if not isinstance(v, dict)} == {
        k: v for k, v in body.items() if not isinstance(v, dict)
    }


def test_a_collection_is_a_valid_page():
    """collection() builds a Hydra page the spec accepts, with total and next link."""
    page = bodies.collection(bodies.sms(), total=3, next_iri="/sms?page=2")
    validator = jsonschema.Draft202012Validator(schema_of("SmsCollection"), registry=REGISTRY)
    assert [error.message for error in validator.iter_errors(page)] == []
    assert (page["hydra:totalItems"], page["hydra:view"]["hydra:next"]) == (3, "/sms?page=2")
