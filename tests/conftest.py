"""Shared fixtures: a token that must never leak, and clients over mock transports; and the
checks that a test run leaves the repository as it found it and closes every TCP connection."""

from __future__ import annotations

import gc
import json
import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
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


def _address(field: str) -> str:
    """``0100007F:1F90`` of /proc/net/tcp as ``127.0.0.1:8080`` (IPv6 stays in hex)."""
    host, port = field.split(":")
    if len(host) == 8:
        host = ".".join(str(int(host[i : i + 2], 16)) for i in (6, 4, 2, 0))
    return f"{host}:{int(port, 16)}"


def _tcp_sockets() -> dict[str, str]:
    """This process's open TCP sockets (Linux): inode -> "local -> remote"; empty elsewhere."""
    inodes = set()
    try:
        fds = os.listdir("/proc/self/fd")
    except OSError:
        return {}
    for fd in fds:
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:  # the listing's own descriptor, closed since
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    found = {}
    for table in ("/proc/self/net/tcp", "/proc/self/net/tcp6"):
        try:
            rows = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            fields = row.split()
            if fields[9] in inodes:
                found[fields[9]] = f"{_address(fields[1])} -> {_address(fields[2])}"
    return found


@pytest.fixture(scope="session", autouse=True)
def _no_connection_left_open() -> Iterator[None]:
    """The session ends with no more TCP sockets open than it started with: a client, server or
    sandbox left open keeps its connections until the interpreter exits, where its
    ResourceWarning can no longer fail a test. Checked after every other session fixture ends."""
    before = _tcp_sockets()
    yield
    gc.collect()
    left = {inode: pair for inode, pair in _tcp_sockets().items() if inode not in before}
    if left:
        pytest.fail(
            f"{len(left)} TCP sockets left open by the tests: " + ", ".join(sorted(left.values())),
            pytrace=False,
        )


#: Modules whose every test is marked slow and whose collection alone costs seconds
#: (schemathesis builds its generated tests while collecting).
WHOLLY_SLOW = {ROOT / "tests" / "contract" / "test_sandbox_contract.py"}


def _selects_slow(config: pytest.Config) -> bool:
    """Whether the ``-m`` expression can select a test marked only ``slow``."""
    expression = config.option.markexpr
    if not expression:
        return True
    try:
        from _pytest.mark.expression import Expression

        return bool(Expression.compile(expression).evaluate(lambda name, **_: name == "slow"))
    except Exception:  # pytest's parser moved: collect, and deselect as usual
        return True


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """Skip collecting a wholly slow module when ``-m`` deselects slow tests anyway."""
    if collection_path in WHOLLY_SLOW and not _selects_slow(config):
        return True
    return None


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
