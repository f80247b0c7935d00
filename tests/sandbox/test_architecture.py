"""Structural guarantees: independence from the client, layers, spec coverage, engine inputs."""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from pathlib import Path

import lox24.sandbox
from lox24.sandbox._api._spec import load_spec, spec_path
from lox24.sandbox._handlers import HANDLERS
from lox24.sandbox._http._core import shared_book, shared_index
from tests import helpers
from tests.helpers import SPEC_PATH

PACKAGE = Path(lox24.sandbox.__file__).parent
ALLOWED = {"starlette", "jsonschema", "referencing", "yaml", "httpx", "anyio", "uvicorn", "jinja2"}
KNOWN_MATCHES = {"exact", "in", "partial", "boolean", "exists", "range"}
METHODS = {"get", "put", "post", "delete", "patch"}
#: The sandbox's packages, lowest first: each imports only from its own and lower ones.
LAYERS = ("_api", "_state", "_handlers", "_http", "_webhooks", "_controls", "_inbox")
#: The modules beside the packages, above every layer: what ``lox24.sandbox`` exports.
PUBLIC_FACE = {"__init__.py", "_app.py", "_client_settings.py", "_sandbox.py", "_serve.py"}


def imported_roots(path: Path) -> set[str]:
    roots = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            roots.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            roots.add(node.module)
    return roots


def test_sandbox_imports_nothing_of_the_client() -> None:
    """Every sandbox module imports only the stdlib, the allowed libraries and lox24.sandbox."""
    offenders = {}
    for path in PACKAGE.rglob("*.py"):
        for module in imported_roots(path):
            top = module.split(".")[0]
            if module.startswith("lox24.sandbox") or top in ALLOWED:
                continue
            if top in sys.stdlib_module_names or top == "__future__":
                continue
            offenders[str(path.relative_to(PACKAGE))] = module
    assert offenders == {}


def sandbox_imports(source: str, package: tuple[str, ...]) -> Iterator[tuple[str, ...]]:
    """The sandbox modules (or packages) a module imports, as parts below ``lox24.sandbox``.

    ``package`` is the parts of the module's package below ``lox24.sandbox``.
    """
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("lox24.sandbox."):
                    yield tuple(alias.name.split(".")[2:])
            continue
        if not isinstance(node, ast.ImportFrom):
            continue
        if node.level:
            base = package[: len(package) - node.level + 1]
            target = (*base, *(node.module.split(".") if node.module else ()))
        elif node.module == "lox24.sandbox" or (node.module or "").startswith("lox24.sandbox."):
            target = tuple((node.module or "").split(".")[2:])
        else:
            continue
        if target:
            yield target
        else:  # from lox24.sandbox import _x: the names are what is imported
            yield from ((alias.name,) for alias in node.names)


def rank(parts: tuple[str, ...]) -> int:
    """The layer of a module, by its parts below ``lox24.sandbox``; the public face is on top."""
    return LAYERS.index(parts[0]) if parts and parts[0] in LAYERS else len(LAYERS)


def test_the_folders_are_the_layers() -> None:
    """Beside the public face there are only the layer packages, each saying what it holds."""
    modules = {p.name for p in PACKAGE.glob("*.py")}
    packages = {p.name for p in PACKAGE.iterdir() if p.is_dir() and p.name != "__pycache__"}
    assert modules == PUBLIC_FACE
    assert packages == set(LAYERS)
    for layer in LAYERS:
        tree = ast.parse((PACKAGE / layer / "__init__.py").read_text(encoding="utf-8"))
        assert ast.get_docstring(tree), layer


def test_layers_import_downward_only() -> None:
    """No module imports from a higher layer (type-checking and function-level imports too).

    Lowest first: ``_api`` (the spec and the shared vocabulary), ``_state``, ``_handlers``,
    ``_http``, ``_webhooks``, ``_controls``, ``_inbox``, then the public face beside the packages.
    """
    upward = sorted(
        (str(path.relative_to(PACKAGE)), ".".join(target))
        for path in PACKAGE.rglob("*.py")
        for target in sandbox_imports(
            path.read_text(encoding="utf-8"), path.relative_to(PACKAGE).parent.parts
        )
        if rank(target) > rank(path.relative_to(PACKAGE).parts)
    )
    assert upward == []


def test_the_layer_check_sees_relative_and_absolute_imports() -> None:
    """The import reader resolves each form an upward import could take."""
    text = (
        "from .._http._core import SandboxCore\n"
        "from lox24.sandbox._controls import _simulate\n"
        "from lox24.sandbox import _sandbox\n"
        "def f():\n    import lox24.sandbox._webhooks._queue\n"
        "from ._store import Store\n"
    )
    seen = list(sandbox_imports(text, ("_state",)))
    assert seen == [
        ("_http", "_core"),
        ("_controls",),
        ("_sandbox",),
        ("_state", "_store"),
        ("_webhooks", "_queue"),
    ]
    assert [rank(target) > rank(("_state",)) for target in seen] == [True] * 3 + [False, True]


def test_every_spec_operation_has_a_handler() -> None:
    """The handlers cover exactly the operations of the spec."""
    spec = helpers.load_spec()
    operation_ids = {
        op["operationId"]
        for item in spec["paths"].values()
        for method, op in item.items()
        if method in METHODS
    }
    assert set(HANDLERS) == operation_ids
    assert {op.operation_id for op in shared_index().operations} == operation_ids


def test_every_declared_filter_is_one_the_engine_knows() -> None:
    """Each x-filter match (and range op) in the spec is implemented by the collection engine."""
    for operation in shared_index().operations:
        for param in operation.query_params:
            if param.filter is None:
                continue
            assert param.filter.match in KNOWN_MATCHES, param.name
            if param.filter.match == "range":
                assert param.filter.op in {"gt", "gte", "lt", "lte", "between"}, param.name


def test_collections_are_found_from_the_spec() -> None:
    """The list operations are those whose plain 200 body is an array, and all accept page."""
    collections = {op.operation_id for op in shared_index().operations if op.is_collection}
    spec = load_spec()
    arrays = set()
    for item in spec["paths"].values():
        get = item.get("get", {})
        schema = (
            get.get("responses", {})
            .get("200", {})
            .get("content", {})
            .get("application/json", {})
            .get("schema", {})
        )
        if schema.get("type") == "array":
            arrays.add(get["operationId"])
    assert collections == arrays
    assert {
        "list_groups",
        "list_group_phones",
        "list_bulks",
        "list_sms",
        "list_incomings",
    } <= collections
    for operation in shared_index().operations:
        if operation.is_collection:
            assert operation.query_param("page") is not None


def test_spec_is_parsed_once_per_process() -> None:
    """load_spec, the operation index and the validators are shared, not rebuilt."""
    assert load_spec() is load_spec()
    assert shared_index() is shared_index()
    assert shared_book() is shared_book()


def test_spec_is_found_in_the_source_tree() -> None:
    """In a checkout the sandbox reads spec/lox24.yaml (or its bundled copy, which is the same)."""
    found = spec_path()
    assert found.read_bytes() == SPEC_PATH.read_bytes()


def test_public_names_are_exported() -> None:
    """lox24.sandbox exports exactly its public names, shown as living in lox24.sandbox."""
    # pytest's assertion rewriting adds names like "@py_builtins"; they are not identifiers
    public = {n for n in vars(lox24.sandbox) if n.isidentifier() and not n.startswith("_")}
    public -= {"annotations"}
    assert set(lox24.sandbox.__all__) == public
    assert lox24.sandbox.Sandbox.__module__ == "lox24.sandbox"
    assert lox24.sandbox.SandboxClock.__module__ == "lox24.sandbox"
