"""The public namespace is complete, sorted and presents itself as ``lox24``."""

from __future__ import annotations

from types import ModuleType

import lox24

#: Dunder names that are public API too.
PUBLIC_DUNDERS = {"__version__", "__spec_version__"}


def test_all_is_complete_and_unique():
    """Every public name is exported once (ruff's RUF022 keeps the list sorted)."""
    public = {
        name
        for name, value in vars(lox24).items()
        # pytest's assertion rewriting adds names like "@py_builtins" to the modules it rewrites
        if name.isidentifier()
        and not name.startswith("_")
        # subpackages and submodules (lox24.webhooks, lox24.sandbox imported on demand, ...)
        and not (isinstance(value, ModuleType) and value.__name__ == f"lox24.{name}")
    }
    not_api = {"annotations"}  # a __future__ flag
    assert {"sandbox", "webhooks"}.isdisjoint(lox24.__all__)
    assert len(set(lox24.__all__)) == len(lox24.__all__)
    assert (public - not_api) | PUBLIC_DUNDERS == set(lox24.__all__)


def test_version_names_are_strings():
    """__version__ and __spec_version__ say which package and which spec this is."""
    for name in PUBLIC_DUNDERS:
        value = getattr(lox24, name)
        assert isinstance(value, str), name
        assert value, name


def test_exported_objects_report_the_public_module():
    """Tracebacks show lox24.Client, not lox24._client.Client."""
    for name in lox24.__all__:
        module = getattr(getattr(lox24, name), "__module__", "lox24")
        assert module == "lox24" or not module.startswith("lox24._"), name
