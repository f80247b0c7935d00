"""Paths and small helpers shared by the test modules."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "spec" / "lox24.yaml"


def load_spec() -> dict[str, Any]:
    """A fresh parse of spec/lox24.yaml, with libyaml's loader where PyYAML has it (ten times faster)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(SPEC_PATH.read_text(encoding="utf-8"), Loader=loader)


def _page_env(**extra: str) -> dict[str, str]:
    """The environment without any LOX24_ setting of the machine, plus ``extra``."""
    return {**{k: v for k, v in os.environ.items() if not k.startswith("LOX24_")}, **extra}


def run_page_program(page: Path, folder: Path) -> subprocess.CompletedProcess[str]:
    """Write a Markdown page's code into ``folder`` and run its program there."""
    from scripts.readme_blocks import program_name, write_all

    write_all(folder, page)
    return subprocess.run(
        [sys.executable, program_name(page)],
        cwd=folder,
        env=_page_env(),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def run_page_tests(page: Path, folder: Path) -> subprocess.CompletedProcess[str]:
    """Write a Markdown page's code into ``folder`` and run the test files it shows with pytest."""
    from scripts.readme_blocks import readme_files, write_all

    write_all(folder, page)
    tests = sorted(
        name for name in readme_files(page) if name.rsplit("/", 1)[-1].startswith("test_")
    )
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *tests],
        cwd=folder,
        env=_page_env(PYTHONPATH=str(folder)),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def store_sizes(sizes: Sequence[int], unit: str) -> list[Any]:
    """Fixture params for a test that counts work at growing store sizes, each with its id
    (``3000-stored``): all but the smallest are marked slow, so the fast loop counts at one."""
    return [
        pytest.param(size, id=f"{size}-{unit}", marks=() if n == 0 else pytest.mark.slow)
        for n, size in enumerate(sizes)
    ]


def built_once_per_run(
    factory: pytest.TempPathFactory, name: str, build: Callable[[Path], None]
) -> Path:
    """A folder ``build`` fills once per test run, shared read-only by every xdist worker.

    The first worker to need it builds it under a lock in the run's temporary root; the others
    wait and reuse it (one that failed is built again). Outside xdist, or without POSIX file
    locks, each process builds its own.
    """
    try:
        import fcntl
    except ImportError:  # not POSIX
        fcntl = None  # type: ignore[assignment]
    if fcntl is None or os.environ.get("PYTEST_XDIST_WORKER") is None:
        folder = factory.mktemp(name)
        build(folder)
        return folder
    root = factory.getbasetemp().parent  # the run's root, above each worker's own
    folder, done = root / f"shared-{name}", root / f"shared-{name}.done"
    with (root / f"shared-{name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not done.is_file():
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            build(folder)
            done.touch()
    return folder
