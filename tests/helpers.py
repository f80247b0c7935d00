"""Paths and small helpers shared by the test modules."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Sequence
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
