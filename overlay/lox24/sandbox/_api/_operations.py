"""Index the spec's operations by method and path template, with their parameters and body."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ._spec import pointer_escape, pointer_get, resolve
from ._types import JsonValue

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
JSON = "application/json"
#: The paging parameter every collection honours, declared or not.
PAGE = "page"
_FALLBACK_PAGE_SCHEMA: Mapping[str, Any] = {"type": "integer", "minimum": 1, "default": 1}


@dataclass(frozen=True, slots=True)
class FilterRule:
    """How a query parameter selects items (the ``x-filter`` extension)."""

    property: str
    match: str
    op: str | None = None


@dataclass(frozen=True, slots=True)
class Param:
    """One declared path or query parameter.

    ``schema`` is the parameter's schema with its top-level ``$ref`` followed (used to convert
    strings); ``pointer`` locates the schema in the document for validation (``None`` when the
    schema is ``schema`` itself and holds no references).
    """

    name: str
    location: str
    schema: Mapping[str, Any]
    pointer: str | None
    required: bool = False
    filter: FilterRule | None = None
    order: str | None = None

    @property
    def is_array(self) -> bool:
        """Whether the parameter takes several values (``x[]=a&x[]=b``)."""
        return self.schema.get("type") == "array"


@dataclass(frozen=True, slots=True)
class Body:
    """The JSON request body of an operation."""

    pointer: str
    required: bool
    is_array: bool


@dataclass(frozen=True, slots=True)
class Operation:
    """One operation of the spec, with what the sandbox needs to serve it generically."""

    operation_id: str
    method: str
    template: str
    path_params: tuple[Param, ...]
    query_params: tuple[Param, ...]
    body: Body | None
    is_collection: bool
    default_order: tuple[tuple[str, str], ...]
    #: The response statuses the spec declares for the operation.
    statuses: frozenset[int] = frozenset()
    #: Whether the success response exists only as plain JSON (no JSON-LD representation).
    plain_only: bool = False

    def query_param(self, name: str) -> Param | None:
        """Return the declared query parameter called ``name``, if any."""
        return next((p for p in self.query_params if p.name == name), None)


@dataclass(frozen=True, slots=True)
class RouteMatch:
    """The outcome of matching a request line: an operation, or the methods the path allows."""

    operation: Operation | None
    path_values: Mapping[str, str]
    allowed: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _PathEntry:
    regex: re.Pattern[str]
    literals: int
    operations: Mapping[str, Operation]
    #: The template's first segment when it is literal (``sms`` of ``/sms/{uuid}``), else None.
    head: str | None


class OperationIndex:
    """Every operation of the spec, found by method and concrete path."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self._document = dict(document)
        entries: list[_PathEntry] = []
        for template, item in document["paths"].items():
            operations = {
                method.upper(): _build_operation(self._document, template, method)
                for method in HTTP_METHODS
                if method in item
            }
            entries.append(
                _PathEntry(
                    _template_regex(template), _literals(template), operations, _head(template)
                )
            )
        # A literal segment beats a parameter: /bulks/dryrun before /bulks/{id}.
        self._entries = sorted(entries, key=lambda e: -e.literals)
        self.operations = tuple(op for e in self._entries for op in e.operations.values())
        # Only templates with the path's first segment (or a parameter there) can match it.
        self._open = tuple(e for e in self._entries if e.head is None)
        self._by_head = {
            e.head: tuple(x for x in self._entries if x.head in {e.head, None})
            for e in self._entries
            if e.head is not None
        }

    def match(self, method: str, path: str) -> RouteMatch:
        """Find the operation for ``method`` and ``path``.

        The most literal template that matches the path owns it (``/bulks/dryrun`` rather than
        ``/bulks/{id}``): a method it does not have is answered with the methods it has.
        """
        head = _head(path)
        candidates = self._by_head.get(head, self._open) if head is not None else self._open
        for entry in candidates:
            found = entry.regex.fullmatch(path)
            if found is None:
                continue
            operation = entry.operations.get(method)
            if operation is None:
                return RouteMatch(None, {}, tuple(sorted(entry.operations)))
            return RouteMatch(operation, found.groupdict())
        return RouteMatch(None, {})


def _template_regex(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}/]+\})", template)
    pattern = "".join(f"(?P<{p[1:-1]}>[^/]+)" if p.startswith("{") else re.escape(p) for p in parts)
    return re.compile(pattern)


def _head(path: str) -> str | None:
    """The first segment of a path or template, unless it is a ``{parameter}``."""
    if not path.startswith("/"):
        return None
    head = path[1:].partition("/")[0]
    return None if head.startswith("{") else head


def _literals(template: str) -> int:
    return sum(1 for seg in template.split("/") if seg and not seg.startswith("{"))


def _build_operation(document: dict[str, Any], template: str, method: str) -> Operation:
    base = f"/paths/{pointer_escape(template)}"
    item = document["paths"][template]
    op = item[method]
    params: dict[tuple[str, str], Param] = {}
    for where, raw_list in (
        (base, item.get("parameters", [])),
        (f"{base}/{method}", op.get("parameters", [])),
    ):
        for i, raw in enumerate(raw_list):
            param = _build_param(document, raw, f"{where}/parameters/{i}")
            params[(param.location, param.name)] = param
    is_collection = method == "get" and _returns_array(document, op)
    if is_collection and ("query", PAGE) not in params:
        params[("query", PAGE)] = _implicit_page(document)
    order = op.get("x-default-order") or {}
    return Operation(
        operation_id=op["operationId"],
        method=method.upper(),
        template=template,
        path_params=tuple(p for p in params.values() if p.location == "path"),
        query_params=tuple(p for p in params.values() if p.location == "query"),
        body=_build_body(document, op, f"{base}/{method}"),
        is_collection=is_collection,
        default_order=tuple((str(k), str(v)) for k, v in order.items()),
        statuses=frozenset(int(code) for code in op.get("responses", {}) if str(code).isdigit()),
        plain_only=_plain_only(document, op),
    )


def _plain_only(document: dict[str, Any], op: Mapping[str, Any]) -> bool:
    """Whether every declared 2xx body is ``application/json`` only."""
    media: set[str] = set()
    for code, response in op.get("responses", {}).items():
        if str(code).startswith("2"):
            media.update(resolve(document, response).get("content", {}))
    return media == {JSON}


def _deref(document: dict[str, Any], node: JsonValue, pointer: str) -> tuple[Any, str]:
    """Follow ``$ref`` chains, keeping the pointer of the node finally reached."""
    while isinstance(node, dict) and "$ref" in node:
        pointer = str(node["$ref"])[1:]
        node = pointer_get(document, pointer)
    return node, pointer


def _build_param(document: dict[str, Any], raw: JsonValue, pointer: str) -> Param:
    node, pointer = _deref(document, raw, pointer)
    x_filter = node.get("x-filter")
    return Param(
        name=node["name"],
        location=node["in"],
        schema=resolve(document, node.get("schema", {})),
        pointer=f"{pointer}/schema",
        required=bool(node.get("required", False)),
        filter=FilterRule(x_filter["property"], x_filter["match"], x_filter.get("op"))
        if x_filter
        else None,
        order=node.get("x-order"),
    )


def _implicit_page(document: dict[str, Any]) -> Param:
    declared = document.get("components", {}).get("parameters", {}).get("Page")
    if declared is not None:
        return _build_param(document, declared, "/components/parameters/Page")
    return Param(PAGE, "query", _FALLBACK_PAGE_SCHEMA, None)


def _returns_array(document: dict[str, Any], op: Mapping[str, Any]) -> bool:
    response = resolve(document, op.get("responses", {}).get("200", {}))
    schema = response.get("content", {}).get(JSON, {}).get("schema", {})
    return bool(resolve(document, schema).get("type") == "array")


def _build_body(document: dict[str, Any], op: Mapping[str, Any], pointer: str) -> Body | None:
    if "requestBody" not in op:
        return None
    body, body_pointer = _deref(document, op["requestBody"], f"{pointer}/requestBody")
    if JSON not in body.get("content", {}):
        return None
    schema_pointer = f"{body_pointer}/content/{pointer_escape(JSON)}/schema"
    schema = resolve(document, pointer_get(document, schema_pointer))
    return Body(schema_pointer, bool(body.get("required", False)), schema.get("type") == "array")
