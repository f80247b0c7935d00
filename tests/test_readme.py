"""Every Python code block of README.md runs: the program against the built-in sandbox, and the
tests of the files it shows with pytest. The typecheck session checks the same code with
``mypy --strict`` (see the noxfile).
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from scripts.readme_blocks import PROGRAM, readme_files, readme_program, write_all


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("LOX24_")}


def test_the_readme_has_code_blocks_for_the_main_features():
    program = readme_program()
    for feature in ("client.sms.send(", "client.bulks.wait(", "import_many(", "Receiver("):
        assert feature in program, feature
    assert any(name.startswith("test_") for name in readme_files())


def test_the_readme_program_runs(tmp_path):
    write_all(tmp_path)
    result = subprocess.run(
        [sys.executable, PROGRAM],
        cwd=tmp_path,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-4000:]


@pytest.mark.slow
def test_the_readme_example_tests_pass(tmp_path):
    write_all(tmp_path)
    tests = sorted(name for name in readme_files() if name.rsplit("/", 1)[-1].startswith("test_"))
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *tests],
        cwd=tmp_path,
        env={**_env(), "PYTHONPATH": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-4000:]
    assert " passed" in result.stdout
