"""The examples in the package's docstrings run and show what they say.

Each example runs with the names of the module that documents it: the public module for a class
or function it exports (``lox24.sandbox.Sandbox`` sees what ``lox24.sandbox`` has, as a reader of
``help(lox24.sandbox.Sandbox)`` does), the defining module for private helpers. Methods of the
classes are included, which ``pytest --doctest-modules`` leaves out for re-exported classes.
"""

from __future__ import annotations

import doctest
import importlib
import inspect
import pkgutil
from collections.abc import Iterator
from types import ModuleType

import pytest

import lox24

SKIPPED_MODULES = {"lox24.__main__"}  # importing it runs the command


def _modules() -> Iterator[ModuleType]:
    yield lox24
    for info in pkgutil.walk_packages(lox24.__path__, prefix="lox24."):
        if info.name not in SKIPPED_MODULES:
            yield importlib.import_module(info.name)


class _PackageFinder(doctest.DocTestFinder):
    """Looks into the package's own classes and functions only, wherever they are exported."""

    def _from_module(self, module: object, object: object) -> bool:
        if isinstance(object, property):
            object = object.fget
        owner = getattr(object, "__module__", None) or ""
        return owner == "lox24" or owner.startswith("lox24.")


def _runs(test: doctest.DocTest) -> bool:
    """Whether some example of the docstring runs (not all are marked ``+SKIP``)."""
    return any(not example.options.get(doctest.SKIP, False) for example in test.examples)


def _examples() -> list[doctest.DocTest]:
    """Every docstring example of the package, once, with the globals of the module that owns it."""
    found: dict[str, doctest.DocTest] = {}
    seen: set[int] = set()
    for module in _modules():
        globs = vars(module)
        owned: list[object] = [module]
        for value in list(globs.values()):
            if (inspect.isclass(value) or inspect.isfunction(value)) and (
                getattr(value, "__module__", None) == module.__name__ and id(value) not in seen
            ):
                seen.add(id(value))
                owned.append(value)
        for obj in owned:
            name = module.__name__ if obj is module else f"{module.__name__}.{obj.__qualname__}"
            finder = _PackageFinder(recurse=obj is not module, exclude_empty=True)
            for test in finder.find(obj, name, module=False, globs=globs):
                if _runs(test):
                    found.setdefault(test.name, test)
    return sorted(found.values(), key=lambda test: test.name)


EXAMPLES = _examples()


def test_the_package_has_docstring_examples():
    """The walk finds the examples of the client, the sandbox and the webhooks, methods included."""
    names = {test.name for test in EXAMPLES}
    assert "lox24.sandbox.Sandbox" in names
    assert "lox24.sandbox.Sandbox.client_settings" in names
    assert any(name.startswith("lox24.webhooks.") for name in names)


@pytest.mark.parametrize("example", EXAMPLES, ids=[test.name for test in EXAMPLES])
def test_docstring_example(example: doctest.DocTest):
    """The docstring example runs and prints what it shows."""
    flags = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
    runner = doctest.DocTestRunner(optionflags=flags)
    report: list[str] = []
    example.globs = dict(example.globs)  # an example's names stay its own
    result = runner.run(example, out=report.append, clear_globs=True)
    assert result.failed == 0, "".join(report)
