"""A downstream project tests its own code with nothing but the plugin's fixtures."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

DOWNSTREAM = Path(__file__).parent / "downstream"


def run_pytest(
    project: Path, *args: str, only_lox24: bool = False
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LOX24_", "PYTEST_"))}
    if only_lox24:
        # As if lox24 were the only plugin installed: other plugins of this environment
        # (pytest-asyncio, hypothesis, ...) stay out; lox24's is loaded by its entry point name.
        env["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
        args = ("-p", "lox24", *args)
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", *args],
        cwd=project, capture_output=True, text=True, env=env, timeout=300, check=False,
    )  # fmt: skip


@pytest.mark.slow
def test_the_downstream_project_passes_with_the_plugin_alone():
    """Its four tests pass; it has no conftest, so every fixture comes from the plugin."""
    assert not list(DOWNSTREAM.glob("**/conftest.py"))
    done = run_pytest(DOWNSTREAM, only_lox24=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "4 passed" in done.stdout


@pytest.mark.slow
def test_the_plugin_is_inert_where_its_fixtures_are_not_used(tmp_path):
    """A project that does not use the fixtures never loads the sandbox or its server stack."""
    (tmp_path / "pyproject.toml").write_text("[tool.pytest.ini_options]\n", encoding="utf-8")
    (tmp_path / "test_plain.py").write_text(
        "import sys\n\n"
        "def test_nothing_heavy_loaded():\n"
        "    assert 'lox24.sandbox' not in sys.modules\n"
        "    assert 'starlette' not in sys.modules\n",
        encoding="utf-8",
    )
    done = run_pytest(tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 passed" in done.stdout
    listed = run_pytest(tmp_path, "--fixtures")
    assert "lox24_sandbox" in listed.stdout


@pytest.mark.slow
def test_without_the_sandbox_extra_the_fixture_says_what_to_install(tmp_path):
    """Where the sandbox's packages are missing, a test using the fixture fails with the hint."""
    (tmp_path / "pyproject.toml").write_text("[tool.pytest.ini_options]\n", encoding="utf-8")
    (tmp_path / "conftest.py").write_text(
        "import sys\n\nsys.modules['starlette'] = None  # as if it were not installed\n",
        encoding="utf-8",
    )
    (tmp_path / "test_uses.py").write_text(
        "def test_uses(lox24_sandbox):\n    pass\n", encoding="utf-8"
    )
    done = run_pytest(tmp_path, only_lox24=True)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "pip install 'lox24[sandbox]'" in done.stdout
