"""Every Python code block of README.md runs: the program against the built-in sandbox, and the
tests of the files it shows with pytest. The typecheck session checks the same code with
``mypy --strict`` (see the noxfile).
"""

from __future__ import annotations

import pytest

from scripts.readme_blocks import README, readme_files, readme_program

from .helpers import run_page_program, run_page_tests


def test_the_readme_has_code_blocks_for_the_main_features():
    """The README shows the main features in code, and a test file."""
    program = readme_program()
    for feature in ("client.sms.send(", "client.bulks.wait(", "import_many(", "Receiver("):
        assert feature in program, feature
    assert any(name.startswith("test_") for name in readme_files())


@pytest.mark.slow
def test_the_readme_program_runs(tmp_path):
    """The README's Python blocks run, in order, as one program against the built-in sandbox."""
    result = run_page_program(README, tmp_path)
    assert result.returncode == 0, result.stderr[-4000:]


@pytest.mark.slow
def test_the_readme_example_tests_pass(tmp_path):
    """The test files the README shows pass under pytest with the lox24 fixtures."""
    result = run_page_tests(README, tmp_path)
    assert result.returncode == 0, result.stdout[-4000:]
    assert " passed" in result.stdout
