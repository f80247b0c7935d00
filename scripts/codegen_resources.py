"""Generate the resource namespaces (``client.sms.send(...)``) from the generator view of the spec.

It also writes ``lox24_generated/public_types.py``, the index of every model that ``lox24.types``
re-exports.

openapi-python-client writes one module per operation with the generator's parameter names
(``created_atgte``, ``field_ordercreated_at``). The namespaces users call are generated here
instead, from the same view, into ``lox24_generated/resources/``:

* every operation names its method with ``x-lox24-method: <namespace>.<method>``;
* path parameters are positional, in path order; ``id`` on a nested path
  (``/groups/{id}/phones``) is called after its collection (``group_id``), camelCase becomes
  snake_case (``shortCode`` is ``short_code``);
* body fields are keyword arguments (required ones required), or the whole body is given as
  ``body=`` (the generated model or a mapping); an array body is one positional argument;
* filters follow one rule: ``x[]`` is ``x`` (one value or a sequence), ``x[op]`` is ``x_op``,
  ``exists[x]`` is ``x_exists``, and every ``_order[x]`` is a key of ``order_by``; a dot in a
  name becomes an underscore (``request_phone.phone`` is ``request_phone_phone``);
* an integer named ``*_at`` or ``date`` is a Unix time and also takes an aware ``datetime``;
* a GET answering a Hydra collection returns a lazy pager; ``x-lox24-wait`` adds a method that
  polls the operation until a final state, ``x-lox24-import`` one that streams any number of
  items through a batch operation, ``x-lox24-count`` one that counts what the listing's filters
  select (``hydra:totalItems``) in one request.

Each namespace has a synchronous and an asynchronous class, each with a ``with_raw_response``
twin whose methods return the whole answer.
"""

from __future__ import annotations

import keyword
import re
import textwrap
from pathlib import Path
from typing import Any

import attrs

Json = dict[str, Any]
SCHEMA_REF = "#/components/schemas/"
PARAM_REF = "#/components/parameters/"
RANGE_OPS = ("gt", "gte", "lt", "lte", "between")
HEADER = (
    '"""{doc}\n\nGenerated from spec/lox24.yaml by scripts/codegen_resources.py; do not edit."""\n'
)


@attrs.define
class Param:
    """One argument of a generated method."""

    python: str
    wire: str
    annotation: str
    doc: str
    required: bool = False
    time: bool = False


@attrs.define
class Method:
    """One operation as a method of its namespace."""

    name: str
    http_method: str
    path: str
    summary: str
    description: str
    kind: str  # model, collection, text, empty
    result: str  # the Python type of the result (of one item for collections)
    parse: str | None
    path_params: list[Param]
    query: list[Param]
    order_keys: list[str]
    body_model: str | None = None
    body_fields: list[Param] = attrs.field(factory=list)
    body_items: str | None = None  # the item type of an array body
    wait: Json | None = None
    import_many: Json | None = None
    reconcile: Json | None = None
    count: Json | None = None


class Generator:
    """Reads the view once; writes one module per namespace."""

    def __init__(self, view: Json) -> None:
        self.view = view
        self.schemas: Json = view["components"]["schemas"]
        self.parameters: Json = view["components"].get("parameters", {})
        self.tags = {tag["name"]: tag.get("description", "") for tag in view.get("tags", [])}
        self.models: set[str] = set()

    # ----- reading the view ------------------------------------------------------------------

    def namespaces(self) -> dict[str, list[Method]]:
        found: dict[str, list[Method]] = {}
        for path, item in self.view["paths"].items():
            for verb, operation in item.items():
                if verb not in {"get", "post", "put", "delete", "patch"}:
                    continue
                namespace, name = operation["x-lox24-method"].split(".")
                method = self.method(namespace, name, verb.upper(), path, item, operation)
                found.setdefault(namespace, []).append(method)
        return found

    def resolve(self, node: Json) -> Json:
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(PARAM_REF):
            return dict(self.parameters[ref.removeprefix(PARAM_REF)])
        if isinstance(ref, str) and ref.startswith(SCHEMA_REF):
            return dict(self.schemas[ref.removeprefix(SCHEMA_REF)])
        return node

    def method(  # noqa: PLR0917 - one value per part of the operation's place in the spec
        self, namespace: str, name: str, verb: str, path: str, item: Json, operation: Json
    ) -> Method:
        parameters = [self.resolve(p) for p in item.get("parameters", [])]
        parameters += [self.resolve(p) for p in operation.get("parameters", [])]
        path_params = [self.path_param(namespace, path, p) for p in parameters if p["in"] == "path"]
        path_params.sort(key=lambda p: path.index("{" + p.wire + "}"))
        query = [p for p in parameters if p["in"] == "query"]
        order_keys = [
            p["name"][len("_order[") : -1] for p in query if p["name"].startswith("_order[")
        ]
        filters = [self.query_param(p) for p in query if not p["name"].startswith("_order[")]
        kind, result, parse = self.result(verb, operation)
        method = Method(
            name=name,
            http_method=verb,
            path=path,
            summary=operation.get("summary", ""),
            description=operation.get("description", ""),
            kind=kind,
            result=result,
            parse=parse,
            path_params=path_params,
            query=filters,
            order_keys=order_keys,
            wait=operation.get("x-lox24-wait"),
            import_many=operation.get("x-lox24-import"),
            reconcile=operation.get("x-lox24-reconcile"),
            count=operation.get("x-lox24-count"),
        )
        self.body(method, operation)
        names = [p.python for p in path_params + filters + method.body_fields]
        if method.order_keys:
            names.append("order_by")
        duplicates = {n for n in names if names.count(n) > 1}
        if duplicates:
            raise SystemExit(f"{namespace}.{name}: two arguments named {sorted(duplicates)}")
        return method

    def path_param(self, namespace: str, path: str, parameter: Json) -> Param:
        wire = parameter["name"]
        python = _snake(wire)
        segments = path.strip("/").split("/")
        position = segments.index("{" + wire + "}")
        nested = position + 1 < len(segments) and not segments[position + 1].startswith("{")
        owner = segments[position - 1] if position else ""
        if python == "id" and nested and owner != namespace and owner:
            python = f"{_singular(owner)}_id"
        schema = self.resolve(parameter.get("schema", {}))
        return Param(
            python=python,
            wire=wire,
            annotation=self.annotation(schema, inbound=True),
            doc=parameter.get("description") or schema.get("description", ""),
            required=True,
        )

    def query_param(self, parameter: Json) -> Param:
        wire: str = parameter["name"]
        schema = parameter.get("schema", {})
        field = (parameter.get("x-filter") or {}).get("property") or wire.split("[", maxsplit=1)[0]
        time = _is_time(field, self.resolve(schema.get("items", schema)))
        if wire.startswith("exists["):
            python = f"{wire[len('exists[') : -1]}_exists"
            annotation = "bool"
        elif wire.endswith("[]"):
            python = wire[:-2]
            one = "int | datetime" if time else self.annotation(schema.get("items", {}), True)
            annotation = f"{one} | Sequence[{one}]"
        elif match := re.fullmatch(r"(\w+)\[(\w+)\]", wire):
            python = f"{match.group(1)}_{match.group(2)}"
            end = "int | datetime" if time else "int"
            if match.group(2) == "between":
                annotation = f"str | tuple[{end}, {end}]"
            else:
                annotation = end if time else self.annotation(schema, True)
        else:
            python = wire
            annotation = "int | datetime" if time else self.annotation(schema, True)
        return Param(
            python=_safe(_snake(python)),
            wire=wire,
            annotation=annotation,
            doc=parameter.get("description", ""),
            time=time,
        )

    def result(self, verb: str, operation: Json) -> tuple[str, str, str | None]:
        for status, response in operation["responses"].items():
            if not str(status).startswith("2"):
                continue
            content = response.get("content")
            if not content:
                return "empty", "None", None
            media, entry = next(iter(content.items()))
            schema = entry.get("schema", {})
            if not media.endswith("json"):
                return "text", "str", None
            ref = schema.get("$ref", "")
            name = ref.removeprefix(SCHEMA_REF)
            target = self.schemas.get(name, {})
            member = target.get("properties", {}).get("hydra:member")
            if verb == "GET" and member is not None:
                item = member["items"]["$ref"].removeprefix(SCHEMA_REF)
                self.models.add(item)
                return "collection", item, f"{item}.from_dict"
            self.models.add(name)
            return "model", name, f"{name}.from_dict"
        raise SystemExit(f"{operation['operationId']}: no 2xx response")

    def body(self, method: Method, operation: Json) -> None:
        request = operation.get("requestBody")
        if not request:
            return
        schema = request["content"]["application/json"]["schema"]
        if schema.get("type") == "array":
            item = schema["items"]["$ref"].removeprefix(SCHEMA_REF)
            self.models.add(item)
            method.body_items = item
            return
        name = schema["$ref"].removeprefix(SCHEMA_REF)
        self.models.add(name)
        method.body_model = name
        target = self.schemas[name]
        required = target.get("required", [])
        for wire, prop in target.get("properties", {}).items():
            resolved = self.resolve(prop)
            time = _is_time(wire, resolved)
            annotation = "int | datetime" if time else self.annotation(prop, inbound=True)
            annotation = _without_none(annotation)
            method.body_fields.append(
                Param(
                    python=_safe(_snake(wire)),
                    wire=wire,
                    annotation=annotation,
                    doc=prop.get("description") or resolved.get("description", ""),
                    required=wire in required,
                    time=time,
                )
            )
        method.body_fields.sort(key=lambda p: not p.required)

    def annotation(self, schema: Json, inbound: bool) -> str:
        ref = schema.get("$ref")
        if isinstance(ref, str):
            name = ref.removeprefix(SCHEMA_REF)
            target = self.schemas[name]
            if "enum" in target:
                self.models.add(name)
                raw = "int" if target.get("type") == "integer" else "str"
                return f"{name} | {raw}" if inbound else name
            if target.get("type") == "object" or "properties" in target:
                self.models.add(name)
                return f"{name} | Mapping[str, Any]" if inbound else name
            return self.annotation(target, inbound)
        for keyword_ in ("oneOf", "anyOf"):
            if keyword_ in schema:
                parts = [self.annotation(option, inbound) for option in schema[keyword_]]
                return " | ".join(dict.fromkeys(" | ".join(parts).split(" | ")))
        kind = schema.get("type")
        kinds = kind if isinstance(kind, list) else [kind]
        parts = []
        for one in kinds:
            if one == "array":
                parts.append(f"Sequence[{self.annotation(schema.get('items', {}), inbound)}]")
            else:
                parts.append(
                    {
                        "integer": "int",
                        "number": "float",
                        "string": "str",
                        "boolean": "bool",
                        "object": "Mapping[str, Any]",
                        "null": "None",
                    }.get(one, "Any")
                )
        return " | ".join(dict.fromkeys(parts))


# ----- writing -----------------------------------------------------------------------------------


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


def _safe(name: str) -> str:
    name = re.sub(r"\W", "_", name)
    return f"{name}_" if keyword.iskeyword(name) else name


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") else word


def _is_time(name: str, schema: Json) -> bool:
    kind = schema.get("type")
    kinds = kind if isinstance(kind, list) else [kind]
    return "integer" in kinds and (name.endswith("_at") or name == "date")


def _without_none(annotation: str) -> str:
    parts = [p for p in annotation.split(" | ") if p != "None"]
    return " | ".join(parts) or "Any"


def _doc_lines(text: str, width: int = 88) -> list[str]:
    lines: list[str] = []
    for paragraph in text.strip().split("\n\n"):
        flat = " ".join(paragraph.split()).replace("\\", "\\\\").replace('"""', "'''")
        if flat:
            lines += [*textwrap.wrap(flat, width), ""]
    return lines[:-1] if lines else []


class Writer:
    """Emits the source of one namespace module."""

    def __init__(self, namespace: str, description: str, methods: list[Method]) -> None:
        self.namespace = namespace
        self.description = description
        self.methods = methods
        self.class_name = "".join(part.title() for part in namespace.split("_"))

    def module(self, models: list[str]) -> str:
        out = [
            HEADER.format(doc=f"``client.{self.namespace}``: {_first_sentence(self.description)}"),
            "from __future__ import annotations\n",
            "from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping, Sequence",
            "from datetime import datetime",
            "from functools import cached_property",
            "from typing import Any, Literal, overload\n",
            "from lox24._batch import PhoneImportResult, PhoneInput",
            "from lox24._constants import DEFAULT_BATCH_CONCURRENCY, DEFAULT_BATCH_SIZE",
            "from lox24._pagination import AsyncPager, Page, SyncPager",
            "from lox24._reconcile import Reconciliation",
            "from lox24._runtime import AsyncRuntime, Endpoint, RawResponse, SyncRuntime",
            "from lox24._runtime import body as _body",
            "from lox24._runtime import path_segment as _segment",
            "from lox24._runtime import query as _query",
            "from lox24._runtime import with_overload_signature as _overload_signature\n",
        ]
        out += [f"from ..models.{_module_of(m)} import {m}" for m in models]
        out.append("")
        for method in self.methods:
            parse = f", parse={method.parse}" if method.parse else ""
            kind = f", kind={method.kind!r}" if method.kind != "model" else ""
            out.append(
                f"_{method.name.upper()}: Endpoint[{method.result}] = Endpoint("
                f"{method.http_method!r}, '{self.namespace}.{method.name}'{parse}{kind})"
            )
        out.append("\n")
        for asynchronous in (False, True):
            out.append(self.resource_class(asynchronous, raw=True))
            out.append(self.resource_class(asynchronous, raw=False))
        return "\n".join(out) + "\n"

    def resource_class(self, asynchronous: bool, raw: bool) -> str:
        prefix = "Async" if asynchronous else ""
        suffix = "WithRawResponse" if raw else ""
        name = f"{prefix}{self.class_name}Resource{suffix}"
        runtime = "AsyncRuntime" if asynchronous else "SyncRuntime"
        doc = (
            f"``client.{self.namespace}``{' of an AsyncClient' if asynchronous else ''}"
            f"{', answering whole responses' if raw else ''}: "
            f"{_first_sentence(self.description)}"
        )
        lines = [
            f"class {name}:",
            f'    """{doc}"""\n',
            f"    def __init__(self, runtime: {runtime}) -> None:",
            "        self._runtime = runtime\n",
        ]
        if not raw:
            lines += [
                "    @cached_property",
                f"    def with_raw_response(self) -> {prefix}{self.class_name}ResourceWithRawResponse:",
                '        """The same methods, returning the whole response (status, headers, request id)."""',
                f"        return {prefix}{self.class_name}ResourceWithRawResponse(self._runtime)\n",
            ]
        for method in self.methods:
            lines += self.method_source(method, asynchronous, raw)
            if not raw and method.wait:
                lines += self.wait_source(method, asynchronous)
            if not raw and method.import_many:
                lines += self.import_source(method, asynchronous)
            if not raw and method.reconcile:
                lines += _reconcile_lines(method, asynchronous)
            if method.count:
                lines += self.count_source(method, asynchronous, raw)
        return "\n".join(lines) + "\n\n"

    # ----- one method ----------------------------------------------------------------------

    def returns(self, method: Method, asynchronous: bool, raw: bool) -> str:
        if method.kind == "collection":
            if raw:
                return f"RawResponse[Page[{method.result}]]"
            return f"{'Async' if asynchronous else 'Sync'}Pager[{method.result}]"
        return f"RawResponse[{method.result}]" if raw else method.result

    def signature_parts(self, method: Method, mode: str) -> list[str]:
        """The parameters after ``self``; mode is fields, body or impl."""
        parts = [f"{p.python}: {p.annotation}" for p in method.path_params]
        if method.body_items:
            parts.append(f"items: Sequence[{method.body_items} | Mapping[str, Any]]")
        keywords: list[str] = []
        if method.body_model:
            model = f"{method.body_model} | Mapping[str, Any]"
            if mode == "body":
                keywords.append(f"body: {model}")
            elif mode == "impl":
                keywords.append(f"body: {model} | None = None")
            if mode != "body":
                for field in method.body_fields:
                    if field.required and mode == "fields":
                        keywords.append(f"{field.python}: {field.annotation}")
                    else:
                        keywords.append(f"{field.python}: {field.annotation} | None = None")
        keywords += [f"{p.python}: {p.annotation} | None = None" for p in method.query]
        if method.order_keys:
            keys = ", ".join(repr(k) for k in method.order_keys)
            keywords.append(
                f"order_by: Mapping[Literal[{keys}], Literal['asc', 'desc'] | Ordering] | None = None"
            )
        if keywords:
            parts.append("*")
            parts += keywords
        return parts

    def method_source(self, method: Method, asynchronous: bool, raw: bool) -> list[str]:
        lazy = method.kind == "collection" and not raw
        define = "async def" if asynchronous and not lazy else "def"
        returns = self.returns(method, asynchronous, raw)
        lines: list[str] = []
        overloaded = method.body_model is not None and bool(method.body_fields)
        if overloaded:
            for mode in ("fields", "body"):
                params = ", ".join(["self", *self.signature_parts(method, mode)])
                lines += [
                    "    @overload",
                    f"    {define} {method.name}({params}) -> {returns}: ...",
                ]
        params = ", ".join(
            ["self", *self.signature_parts(method, "impl" if overloaded else "fields")]
        )
        if overloaded:  # help() and inspect show the first overload, required fields required
            lines.append("    @_overload_signature")
        lines.append(f"    {define} {method.name}({params}) -> {returns}:")
        lines += self.docstring(method, raw)
        lines.append(f"        {self.call(method, asynchronous, raw)}\n")
        return lines

    def docstring(self, method: Method, raw: bool) -> list[str]:
        text = [method.summary.rstrip(".") + "." if method.summary else method.name]
        body = _doc_lines(method.description)
        if body:
            text += ["", *body]
        args = []
        for p in method.path_params + method.query:
            args.append((p.python, f"``{p.wire}``. {p.doc}".strip()))
        if method.body_items:
            args.append(("items", f"The {method.body_items} items to send in one request."))
        if method.body_model:
            args.append(
                (
                    "body",
                    f"The whole body as a {method.body_model} (or a mapping), instead of the fields.",
                )
            )
            args += [(f.python, f.doc) for f in method.body_fields]
        if method.order_keys:
            args.append(
                ("order_by", "Sort by these fields, in this order: ``{field: 'asc' | 'desc'}``.")
            )
        if args:
            text += ["", "Args:"]
            for name, doc in args:
                wrapped = _doc_lines(f"{name}: {doc or 'See the API reference.'}", 84)
                text += ["    " + wrapped[0], *("        " + w for w in wrapped[1:] if w)]
        if method.kind == "collection" and not raw:
            text += [
                "",
                "Returns:",
                "    A lazy pager: iterate it for items, or ``.pages()`` for pages.",
            ]
        elif raw:
            text += [
                "",
                "Returns:",
                "    The whole response, with the parsed result in ``parsed``.",
            ]
        return [
            '        """' + text[0],
            *(("        " + t) if t else "" for t in text[1:]),
            '        """',
        ]

    @staticmethod
    def path_expr(method: Method) -> str:
        """The method's path as a Python expression, its parameters encoded."""
        path = method.path
        for p in method.path_params:
            path = path.replace(
                "{" + p.wire + "}", "{_segment(" + p.python + ", " + repr(p.python) + ")}"
            )
        return f'f"{path}"' if method.path_params else repr(path)

    def call(self, method: Method, asynchronous: bool, raw: bool) -> str:
        path_expr = self.path_expr(method)
        query = "None"
        if method.query or method.order_keys:
            pairs = "".join(f"({p.wire!r}, {p.python}), " for p in method.query)
            order = ", order_by" if method.order_keys else ""
            query = f"_query(({pairs}){order})"
        json_body = "None"
        if method.body_items:
            json_body = f"_body(items, (), name='{self.namespace}.{method.name}')"
        elif method.body_model:
            fields = "".join(f"({f.wire!r}, {f.python}), " for f in method.body_fields)
            required = "".join(f"{f.wire!r}, " for f in method.body_fields if f.required)
            times = "".join(f"{f.wire!r}, " for f in method.body_fields if f.time)
            json_body = (
                f"_body(body, ({fields}), required=({required}), times=({times}), "
                f"name='{self.namespace}.{method.name}')"
            )
        endpoint = f"_{method.name.upper()}"
        awaited = "await " if asynchronous else ""
        if method.kind == "collection":
            if raw:
                return f"return {awaited}self._runtime.page_raw({endpoint}, {path_expr}, {query})"
            return f"return self._runtime.paginate({endpoint}, {path_expr}, {query})"
        verb = "call_raw" if raw else "call"
        return (
            f"return {awaited}self._runtime.{verb}({endpoint}, {path_expr}, {query}, {json_body})"
        )

    def wait_source(self, method: Method, asynchronous: bool) -> list[str]:
        wait = method.wait or {}
        name = wait["method"]
        params = ", ".join(f"{p.python}: {p.annotation}" for p in method.path_params)
        args = ", ".join(p.python for p in method.path_params)
        define = "async def" if asynchronous else "def"
        awaited = "await " if asynchronous else ""
        return [
            f"    {define} {name}(self, {params}, *, timeout: float = {float(wait['timeout'])}, "
            f"poll_interval: float = {float(wait['poll_interval'])}, "
            f"on_progress: Callable[[{method.result}], object] | None = None) -> {method.result}:",
            f'        """Poll ``{method.name}`` until the {method.result} reaches a final state; return it.',
            "",
            "        The client's clock and sleep are used, so a sandbox with a frozen clock is waited",
            "        for in sandbox time.",
            "",
            "        Args:",
            *(
                f"            {p.python}: ``{p.wire}`` of the {method.result}."
                for p in method.path_params
            ),
            "            timeout: Give up after this many seconds.",
            "            poll_interval: Seconds between two reads.",
            "            on_progress: Called with every state read.",
            "",
            "        Raises:",
            "            WaitTimeoutError: Not final within ``timeout`` seconds.",
            "",
            '        """',
            f"        return {awaited}self._runtime.wait(lambda: self.{method.name}({args}), "
            f"{wait['until']!r}, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress)\n",
        ]

    def count_source(self, method: Method, asynchronous: bool, raw: bool) -> list[str]:
        """``x-lox24-count``: how many items the listing's filters select, in one request."""
        name = (method.count or {})["method"]
        filters = [p for p in method.query if p.wire != "page"]
        params = [f"{p.python}: {p.annotation}" for p in method.path_params]
        if filters:
            params += ["*", *(f"{p.python}: {p.annotation} | None = None" for p in filters)]
        define, awaited = ("async def", "await ") if asynchronous else ("def", "")
        returns = "RawResponse[int]" if raw else "int"
        pairs = "".join(f"({p.wire!r}, {p.python}), " for p in filters)
        query = f"_query(({pairs}))" if filters else "None"
        args = [(p.python, f"``{p.wire}``. {p.doc}".strip()) for p in method.path_params + filters]
        doc = [
            f"How many {method.result} items ``{method.name}`` selects with these filters."
            if filters
            else f"How many {method.result} items ``{method.name}`` iterates.",
            "",
            "One request for the first page, whose ``hydra:totalItems`` is the answer; its items",
            "are not parsed.",
        ]
        if args:
            doc += ["", "Args:"]
            for arg, text in args:
                wrapped = _doc_lines(f"{arg}: {text}", 84)
                doc += ["    " + wrapped[0], *("        " + w for w in wrapped[1:] if w)]
        doc += ["", "Returns:"]
        doc.append(
            "    The whole response, with the count in ``parsed``."
            if raw
            else "    The number of items, whatever the page size."
        )
        verb = "count_raw" if raw else "count"
        return [
            f"    {define} {name}({', '.join(['self', *params])}) -> {returns}:",
            '        """' + doc[0],
            *(("        " + line) if line else "" for line in doc[1:]),
            '        """',
            f"        return {awaited}self._runtime.{verb}(_{method.name.upper()}, "
            f"{self.path_expr(method)}, {query})\n",
        ]

    def import_source(self, method: Method, asynchronous: bool) -> list[str]:
        name = (method.import_many or {})["method"]
        params = ", ".join(f"{p.python}: {p.annotation}" for p in method.path_params)
        returns = (
            "AsyncIterator[PhoneImportResult]" if asynchronous else "Iterator[PhoneImportResult]"
        )
        lookup = self.path_expr(attrs.evolve(method, path=(method.import_many or {})["lookup"]))
        return [
            f"    def {name}(self, {params}, rows: Iterable[PhoneInput], *, "
            "chunk_size: int = DEFAULT_BATCH_SIZE, concurrency: int = DEFAULT_BATCH_CONCURRENCY, "
            "skip_existing: bool = False, resolve: bool = True, window: float | None = None"
            f") -> {returns}:",
            f'        """Send any number of rows through ``{method.name}``, in chunks; one result per row.',
            "",
            "        ``rows`` is read lazily (a generator over millions of rows works in flat memory).",
            "        Each result is created, present, refused (with the reason), not sent, not created",
            "        or unknown (see ``lox24.PhoneImportResult``). Results come in input order, except",
            "        those of items whose request failed without a clear answer: they are looked up in",
            "        the group after the in-flight window and come last.",
            "",
            "        Args:",
            *(f"            {p.python}: ``{p.wire}`` of the path." for p in method.path_params),
            "            rows: Models, mappings of their fields, or plain phone numbers.",
            "            chunk_size: Rows per request.",
            "            concurrency: Requests in flight at once.",
            "            skip_existing: Read the group first (one CSV export) and send no number it",
            "                already holds; those rows are ``present``. Makes a rerun safe.",
            "            resolve: Look up items of unknown outcome in the group at the end.",
            "            window: Seconds to wait before that look-up (default: the client's",
            "                in-flight window).",
            "",
            "        Raises:",
            "            Lox24Error: With ``skip_existing``, the group could not be read (nothing",
            "                was sent).",
            "",
            '        """',
            f"        return self._runtime.import_many(_{method.name.upper()}, {self.path_expr(method)}, "
            f"rows, chunk_size=chunk_size, concurrency=concurrency, lookup_path={lookup}, "
            "skip_existing=skip_existing, resolve=resolve, window=window)\n",
        ]


def _reconcile_lines(method: Method, asynchronous: bool) -> list[str]:
    spec = method.reconcile or {}
    name, by = spec["method"], spec["by"]
    define, awaited = ("async def", "await ") if asynchronous else ("def", "")
    quotes = '"' * 3
    return [
        f"    {define} {name}(self, {by}: str, *, window: float | None = None"
        f") -> Reconciliation[{method.result}]:",
        f"        {quotes}Tell whether a write whose outcome is unknown created the"
        f" {method.result} sent with this ``{by}``.",
        "",
        "        Waits out the in-flight window first (the client's write and read timeouts, on",
        "        the client's clock), then lists once: so a request still on its way is not taken",
        "        for a lost one. ``created`` is then true with the item in ``item``, or false: then",
        "        sending again is safe.",
        "",
        "        Args:",
        f"            {by}: The reference sent with the write; it should be unique.",
        "            window: Seconds to wait instead of the client's timeouts.",
        "",
        f"        {quotes}",
        f"        return {awaited}self._runtime.reconcile({by}, "
        f"lambda value: self.{method.name}({by}=value), window=window)\n",
    ]


def _first_sentence(text: str) -> str:
    flat = " ".join(text.split())
    return flat.split(". ")[0].rstrip(".") + "." if flat else ""


_MODULES: dict[str, str] = {}


def _module_of(model: str) -> str:
    return _MODULES[model]


def init_module(namespaces: dict[str, Writer]) -> str:
    out = [
        HEADER.format(doc="The resource namespaces of ``lox24.Client`` and ``lox24.AsyncClient``."),
        "from __future__ import annotations\n",
        "from functools import cached_property",
        "from typing import TYPE_CHECKING\n",
        "if TYPE_CHECKING:",
        "    from lox24._runtime import AsyncRuntime, SyncRuntime\n",
    ]
    for namespace, writer in namespaces.items():
        out.append(
            f"    from .{namespace} import Async{writer.class_name}Resource, {writer.class_name}Resource"
        )
    for asynchronous in (False, True):
        prefix = "Async" if asynchronous else "Sync"
        runtime = "AsyncRuntime" if asynchronous else "SyncRuntime"
        out += [
            "\n",
            f"class {prefix}Namespaces:",
            '    """One attribute per resource; each is created on first use."""\n',
            f"    _runtime: {runtime}\n",
        ]
        for namespace, writer in namespaces.items():
            cls = f"{'Async' if asynchronous else ''}{writer.class_name}Resource"
            out += [
                "    @cached_property",
                f"    def {namespace}(self) -> {cls}:",
                f'        """{_first_sentence(writer.description)}"""',
                f"        from .{namespace} import {cls}  # noqa: PLC0415 - imported on first use\n",
                f"        return {cls}(self._runtime)\n",
            ]
    out.append('\n__all__ = ["AsyncNamespaces", "SyncNamespaces"]')
    return "\n".join(out) + "\n"


def write_resources(view: Json, package: Path) -> None:
    """Write ``resources/`` into the generated package folder ``package``."""
    _MODULES.clear()
    init = (package / "models" / "__init__.py").read_text(encoding="utf-8")
    _MODULES.update(re.findall(r'^\s+"(\w+)": "\.(\w+)",$', init, flags=re.MULTILINE))
    generator = Generator(view)
    namespaces = generator.namespaces()
    target = package / "resources"
    target.mkdir()
    writers: dict[str, Writer] = {}
    for namespace in sorted(namespaces):
        methods = namespaces[namespace]
        tag_names = {m.path for m in methods}
        del tag_names
        description = _namespace_description(view, namespace, generator)
        writer = Writer(namespace, description, methods)
        writers[namespace] = writer
        models = sorted(_used_models(writer, generator))
        (target / f"{namespace}.py").write_text(writer.module(models), encoding="utf-8")
    (target / "__init__.py").write_text(init_module(writers), encoding="utf-8")
    (package / "public_types.py").write_text(public_types_module(_MODULES), encoding="utf-8")


def public_types_module(modules: dict[str, str]) -> str:
    """``lox24_generated.public_types``: every model, enum and webhook event under one name.

    ``lox24.types`` re-exports it, so the names users import come from one place that follows
    the spec: a schema added, renamed or removed changes this module with the models. Type
    checkers see every name; at run time each model module is imported on first use, as
    ``lox24_generated.models`` does.
    """
    names = sorted(modules)
    out = [
        HEADER.format(
            doc="Every model, enum and webhook event of the API: what ``lox24.types`` re-exports."
        ),
        "from typing import TYPE_CHECKING, Any\n",
        "from . import models as _models",
        "from .types import UNSET as UNSET",
        "from .types import Unset as Unset\n",
        "if TYPE_CHECKING:",
        *(f"    from .models.{modules[name]} import {name} as {name}" for name in names),
        "else:  # at run time only, so that a type checker refuses a name not listed",
        "",
        "    def __getattr__(name: str) -> Any:",
        "        if name not in __all__:",
        '            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")',
        "        value = getattr(_models, name)",
        "        globals()[name] = value",
        "        return value",
        "",
        "",
        "def __dir__() -> list[str]:",
        "    return sorted(__all__)",
        "",
        "",
        "__all__ = [",
        *(f'    "{name}",' for name in sorted([*names, "UNSET", "Unset"])),
        "]",
    ]
    return "\n".join(out) + "\n"


def _namespace_description(view: Json, namespace: str, generator: Generator) -> str:
    tag = namespace.replace("_", "-")
    return (
        generator.tags.get(tag) or generator.tags.get(namespace) or f"The {namespace} operations."
    )


def _used_models(writer: Writer, generator: Generator) -> set[str]:
    source = writer.module([])
    return {name for name in generator.models if re.search(rf"\b{name}\b", source)} | (
        {"Ordering"} if any(m.order_keys for m in writer.methods) else set()
    )
