"""The public namespace is complete, sorted and presents itself as ``lox24``."""

from __future__ import annotations

import re
from types import ModuleType

import pytest

import lox24
from scripts.readme_blocks import _blocks as _readme_blocks

#: Dunder names that are public API too.
PUBLIC_DUNDERS = {"__version__", "__spec_version__"}


def test_all_is_complete_and_unique():
    """Every public name is exported once (ruff's RUF022 keeps the list sorted)."""
    public = {
        name
        for name, value in ((n, getattr(lox24, n)) for n in dir(lox24))
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


def test_types_is_every_generated_model_under_one_root():
    """lox24.types lists every generated model, enum and event, each the generated class itself."""
    import lox24.types
    from lox24_generated import models
    from lox24_generated.types import UNSET, Unset

    assert set(lox24.types.__all__) == {*models.__all__, "UNSET", "Unset"}
    assert len(set(lox24.types.__all__)) == len(lox24.types.__all__)
    for name in models.__all__:
        assert getattr(lox24.types, name) is getattr(models, name), name
    assert lox24.types.UNSET is UNSET
    assert lox24.types.Unset is Unset
    for name in ("Sms", "SmsStatusCode", "DlrCode", "SmsDeliveryEvent", "Group", "Bulk"):
        assert name in lox24.types.__all__, name


def test_types_refuses_names_it_does_not_list():
    """A name the index lacks is an AttributeError, not a silent None."""
    import lox24.types

    with pytest.raises(AttributeError, match="Nope"):
        _ = lox24.types.Nope


def test_the_readme_imports_only_from_lox24():
    """The README's code imports from lox24 and lox24.types, never the generated package."""
    from scripts.readme_blocks import README

    code = "\n".join(block for _, block in _readme_blocks(README))
    imports = [line for line in code.splitlines() if re.match(r"\s*(from|import) ", line)]
    assert imports
    assert not [line for line in imports if "lox24_generated" in line], imports
