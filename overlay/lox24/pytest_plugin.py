"""The ``lox24`` pytest plugin: a sandbox per test and clients bound to it.

Registered through the ``pytest11`` entry point, so installing ``lox24[sandbox]`` is enough.
It does nothing until a test asks for one of its fixtures:

* ``lox24_sandbox``: a fresh :class:`lox24.testing.SandboxHarness` (in-process sandbox, frozen
  clock that starts at the real time) with helpers to move the clock, read what was sent,
  simulate recipients and read the webhook events; the ``lox24_sandbox`` marker passes it
  options: ``@pytest.mark.lox24_sandbox(move_python_clock=True)`` holds Python's own clock at
  the sandbox's (the ``clock`` extra), ``start=...`` picks the first instant;
* ``lox24_client``: a ``lox24.Client`` bound to it;
* ``lox24_async_client``: a ``lox24.AsyncClient`` bound to it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    import lox24
    from lox24.testing import SandboxHarness


MARKER = (
    "lox24_sandbox(start=None, move_python_clock=False, token=None): options of the "
    "lox24_sandbox fixture (lox24.testing.SandboxHarness)"
)


def pytest_configure(config: pytest.Config) -> None:
    """Register the ``lox24_sandbox`` marker."""
    config.addinivalue_line("markers", MARKER)


@pytest.fixture
def lox24_sandbox(request: pytest.FixtureRequest) -> Iterator[SandboxHarness]:
    """A fresh in-process LOX24 sandbox on a frozen clock, closed after the test.

    The clock starts at the real time; ``@pytest.mark.lox24_sandbox(...)`` passes options
    (``start``, ``move_python_clock``, ``token``) to ``SandboxHarness``.
    """
    try:
        from lox24.testing import SandboxHarness  # noqa: PLC0415 - only tests that use it pay
    except ImportError as error:
        pytest.fail(f"the lox24 fixtures need: pip install 'lox24[sandbox]' ({error})", False)

    marker = request.node.get_closest_marker("lox24_sandbox")
    with SandboxHarness(**(marker.kwargs if marker is not None else {})) as harness:
        yield harness


@pytest.fixture
def lox24_client(lox24_sandbox: SandboxHarness) -> Iterator[lox24.Client]:
    """A ``lox24.Client`` that talks to ``lox24_sandbox`` in-process."""
    with lox24_sandbox.client() as client:
        yield client


@pytest.fixture
def lox24_async_client(lox24_sandbox: SandboxHarness) -> Iterator[lox24.AsyncClient]:
    """A ``lox24.AsyncClient`` that talks to ``lox24_sandbox`` in-process.

    A plain fixture, so any async test runner can use it; it is closed after the test.
    """
    client = lox24_sandbox.async_client()
    yield client
    asyncio.run(client.aclose())
