"""lox24.webhooks exports every public name once, under its own name."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import lox24
import lox24.webhooks
from lox24.testing import SandboxHarness


def test_all_is_complete_and_unique():
    """Every public name of the subpackage is in __all__, once."""
    # pytest's assertion rewriting adds names like "@py_builtins"; they are not identifiers
    public = {n for n in vars(lox24.webhooks) if n.isidentifier() and not n.startswith("_")}
    assert len(set(lox24.webhooks.__all__)) == len(lox24.webhooks.__all__)
    assert public - {"annotations"} == set(lox24.webhooks.__all__)


def test_exported_objects_report_the_public_module():
    """Tracebacks show lox24.webhooks.Receiver, not the private module."""
    for name in lox24.webhooks.__all__:
        module = getattr(getattr(lox24.webhooks, name), "__module__", "lox24.webhooks")
        assert not module.startswith("lox24.webhooks._"), name


def test_the_top_level_names_are_the_same_objects():
    """lox24.parse_event and friends are the webhooks package's own."""
    for name in ("parse_event", "InvalidWebhookError", "EventDeduplicator", "is_lox24_sender"):
        assert getattr(lox24, name) is getattr(lox24.webhooks, name)
    assert issubclass(lox24.InvalidWebhookError, lox24.Lox24Error)


def test_one_webhook_path_in_the_harness_and_the_readme():
    """The harness posts to WEBHOOK_PATH by default, and the README uses no other path."""
    path = lox24.webhooks.WEBHOOK_PATH
    default = inspect.signature(SandboxHarness.receive_webhooks).parameters["url"].default
    assert default.endswith(path)
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    found = set(re.findall(r"/lox24/[a-z_-]+", readme))
    assert found == {path}
