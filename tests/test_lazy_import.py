"""``import lox24`` loads what is used: the client on first use, the rest only when asked for."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import lox24

#: What a client never needs: the webhook receiver (and its SQLite store) and the sandbox.
NOT_FOR_A_CLIENT = {"lox24.webhooks", "lox24.sandbox", "lox24.testing", "sqlite3"}


def modules_after(code: str) -> set[str]:
    """The modules a fresh interpreter holds after running ``code``."""
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    return set(json.loads(done.stdout.splitlines()[-1]))


def test_import_lox24_loads_no_webhooks_sandbox_or_sqlite():
    """``import lox24`` imports neither the webhooks, nor the sandbox, nor sqlite3."""
    loaded = modules_after("import lox24")
    assert not NOT_FOR_A_CLIENT & loaded
    assert "lox24._client" not in loaded  # the client too waits for its first use


def test_a_client_loads_no_webhooks_sandbox_batch_or_waiting():
    """Making a client loads the client, not the webhooks, sandbox, batch import or waiting."""
    loaded = modules_after("import lox24\nlox24.Client('1234567:token').close()")
    assert {"lox24._client", "lox24._async_client", "lox24._exceptions"} <= loaded
    assert not (NOT_FOR_A_CLIENT | {"lox24._batch", "lox24._waiting"}) & loaded


def test_names_load_on_first_use():
    """A webhook name loads the webhooks; the batch result loads the batch import only."""
    webhooks = modules_after("from lox24 import parse_event")
    assert "lox24.webhooks" in webhooks
    assert "lox24.sandbox" not in webhooks
    batch = modules_after("import lox24\nlox24.PhoneImportResult")
    assert "lox24._batch" in batch
    assert not NOT_FOR_A_CLIENT & batch


@pytest.mark.parametrize("name", lox24.__all__)
def test_every_public_name_resolves_and_is_listed(name):
    """Every exported name can be read from ``lox24`` and is listed by ``dir(lox24)``."""
    assert getattr(lox24, name) is not None
    assert name in dir(lox24)


def test_an_unknown_name_is_an_attribute_error():
    """A misspelt name fails as for any module, naming it."""
    with pytest.raises(AttributeError, match="Clinet"):
        lox24.Clinet  # noqa: B018 - the read is the test


def test_exceptions_present_themselves_as_lox24_once_the_client_is_used():
    """An error raised by a client shows as ``lox24.NotFoundError``, however it was reached."""
    code = (
        "import lox24\nlox24.Client\n"
        "from lox24._exceptions import NotFoundError\nprint(NotFoundError.__module__)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "lox24"
