"""The public namespace is complete, sorted and presents itself as ``lox24``."""

from __future__ import annotations

import lox24


def test_all_is_complete_and_unique():
    """Every public name is exported once (ruff's RUF022 keeps the list sorted)."""
    public = {n for n in vars(lox24) if not n.startswith("_")}
    # Subpackages (the sandbox, imported on demand; the webhook receiver); a __future__ flag.
    not_api = {"sandbox", "webhooks", "annotations"}
    assert len(set(lox24.__all__)) == len(lox24.__all__)
    assert public - not_api == set(lox24.__all__)


def test_exported_objects_report_the_public_module():
    """Tracebacks show lox24.Client, not lox24._client.Client."""
    for name in lox24.__all__:
        module = getattr(getattr(lox24, name), "__module__", "lox24")
        assert module == "lox24" or not module.startswith("lox24._"), name
