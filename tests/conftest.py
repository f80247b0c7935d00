"""Shared fixtures: a token that must never leak, and clients over mock transports; and the
check that a test run leaves the repository as it found it."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

import lox24

#: A token shaped like a real one; tests assert it never shows up where it must not.
SECRET_TOKEN = "7654321:deadbeefcafebabe0123456789abcdef"
BASE_URL = "https://api.lox24.test"

Handler = Callable[[httpx.Request], httpx.Response]
ROOT = Path(__file__).resolve().parent.parent
_STATUS_BEFORE = pytest.StashKey[set[str] | None]()


def _repo_status() -> set[str] | None:
    """``git status --porcelain`` of the repository as a set of lines; None outside a checkout."""
    git = shutil.which("git")
    if git is None or not (ROOT / ".git").exists():
        return None
    done = subprocess.run(
        [git, "status", "--porcelain", "--untracked-files=all"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    return set(done.stdout.splitlines()) if done.returncode == 0 else None


def _is_controller(config: pytest.Config) -> bool:
    """True in a plain run and in the controller of a pytest-xdist run (not in its workers)."""
    return not hasattr(config, "workerinput")


def pytest_sessionstart(session: pytest.Session) -> None:
    """Note what the repository looks like before any test runs."""
    if _is_controller(session.config):
        session.config.stash[_STATUS_BEFORE] = _repo_status()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Fail the run when tests left a file in the repository or changed one (use tmp_path)."""
    before = session.config.stash.get(_STATUS_BEFORE, None)
    after = _repo_status() if before is not None else None
    if before is None or after is None:
        return
    left = sorted(after - before)
    if left:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            reporter.ensure_newline()
            reporter.write_sep("=", "the tests changed the repository (use tmp_path)", red=True)
            for line in left:
                reporter.write_line(line)
        if exitstatus == pytest.ExitCode.OK:
            session.exitstatus = pytest.ExitCode.TESTS_FAILED


def jsonld(status: int, body: Any, **headers: str) -> httpx.Response:
    """A JSON-LD response as the API sends it."""
    return httpx.Response(
        status,
        content=json.dumps(body).encode(),
        headers={"Content-Type": "application/ld+json; charset=utf-8", **headers},
    )


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test sees a token or base URL from the machine it runs on."""
    monkeypatch.delenv("LOX24_TOKEN", raising=False)
    monkeypatch.delenv("LOX24_BASE_URL", raising=False)


@pytest.fixture
def make_client() -> Callable[..., lox24.Client]:
    """Build a sync client whose requests go to a handler function."""

    def build(handler: Handler, **options: Any) -> lox24.Client:
        options.setdefault("max_retries", 0)
        return lox24.Client(
            SECRET_TOKEN, base_url=BASE_URL, transport=httpx.MockTransport(handler), **options
        )

    return build


@pytest.fixture
def make_async_client() -> Callable[..., lox24.AsyncClient]:
    """Build an async client whose requests go to a handler function."""

    def build(handler: Handler, **options: Any) -> lox24.AsyncClient:
        options.setdefault("max_retries", 0)
        return lox24.AsyncClient(
            SECRET_TOKEN, base_url=BASE_URL, transport=httpx.MockTransport(handler), **options
        )

    return build
