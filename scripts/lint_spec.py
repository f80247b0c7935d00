"""Check the project's own rules on the spec, beyond OpenAPI validity.

    python scripts/lint_spec.py spec/lox24.yaml

Generic validators accept documents that break the generator or the sandbox in silence; these
rules catch that early. Exit status 1 lists every finding.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

Json = dict[str, Any]
METHODS = ("get", "put", "post", "delete", "patch")
SNAKE = re.compile(r"^[a-z][a-z0-9_]*$")
REQUEST_ID = "X-LOX24-REQUEST-ID"


def main() -> int:
    """Lint the spec named on the command line."""
    path = Path(sys.argv[1] if len(sys.argv) > 1 else "spec/lox24.yaml")
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    findings = list(check(spec))
    for finding in findings:
        print(f"{path}: {finding}")
    operations = sum(1 for _ in operations_of(spec))
    print(
        f"{operations} operations, {len(spec['components']['schemas'])} schemas, {len(findings)} findings"
    )
    return 1 if findings else 0


def operations_of(spec: Json) -> Iterator[tuple[str, str, Json]]:
    """Yield (method, path, operation) for every operation."""
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                yield method, path, item[method]


def check(spec: Json) -> Iterator[str]:
    """Yield one message per broken rule."""
    seen: set[str] = set()
    for method, path, operation in operations_of(spec):
        where = f"{method.upper()} {path}"
        op_id = operation.get("operationId", "")
        if not SNAKE.match(op_id) or op_id in seen:
            yield f"{where}: operationId {op_id!r} must be unique snake_case"
        seen.add(op_id)
        for key in ("summary", "tags", "x-lox24-operation-id"):
            if key not in operation:
                yield f"{where}: missing {key}"
        yield from _check_responses(where, operation)
        yield from _check_parameters(spec, where, operation)
    yield from _check_schemas(spec["components"]["schemas"])


def _check_responses(where: str, operation: Json) -> Iterator[str]:
    for status, response in operation["responses"].items():
        if "$ref" in response:
            continue
        if REQUEST_ID not in response.get("headers", {}):
            yield f"{where} {status}: does not declare the {REQUEST_ID} header"
        content = list(response.get("content", {}))
        if "application/ld+json" in content and content[0] != "application/ld+json":
            yield f"{where} {status}: application/ld+json must be the first media type"


def _check_parameters(spec: Json, where: str, operation: Json) -> Iterator[str]:
    parameters = [_resolve(spec, p) for p in operation.get("parameters", [])]
    query = [p for p in parameters if p["in"] == "query"]
    if query and "400" not in operation["responses"]:
        yield f"{where}: has query parameters but declares no 400"
    for parameter in query:
        name = parameter["name"]
        if name != "page" and "x-filter" not in parameter and "x-order" not in parameter:
            yield f"{where}: query parameter {name!r} has neither x-filter nor x-order"
    if any(p["name"] == "page" for p in query) and "x-default-order" not in operation:
        yield f"{where}: a paged collection needs x-default-order"


def _check_schemas(schemas: Json) -> Iterator[str]:
    for name, schema in schemas.items():
        for node in _walk(schema):
            types = node.get("type")
            if "enum" in node and isinstance(types, list) and "null" in types:
                yield f"schema {name}: write a nullable enum as oneOf [$ref, null]"
        if name.endswith("Jsonld") and "allOf" in schema:
            refs = [part.get("$ref", "") for part in schema["allOf"]]
            plain = name.removesuffix("Jsonld")
            if refs != ["#/components/schemas/JsonldResource", f"#/components/schemas/{plain}"]:
                yield f"schema {name}: must be exactly allOf [JsonldResource, {plain}]"


def _resolve(spec: Json, parameter: Json) -> Json:
    ref = parameter.get("$ref")
    return spec["components"]["parameters"][ref.rsplit("/", 1)[1]] if ref else parameter


def _walk(node: Any) -> Iterator[Json]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


if __name__ == "__main__":
    raise SystemExit(main())
