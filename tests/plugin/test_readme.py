"""The README's pytest-fixture example is a working downstream project."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .test_downstream import run_pytest

README = Path(__file__).resolve().parents[2] / "README.md"
SECTION = "### pytest fixtures"


def section_blocks() -> list[str]:
    text = README.read_text(encoding="utf-8")
    start = text.index(SECTION)
    end = text.find("\n### ", start + len(SECTION))
    return re.findall(r"```python\n(.*?)```", text[start:end], re.S)


@pytest.mark.slow
def test_the_readme_example_passes(tmp_path):
    """Its three files, written out as they stand, make a project whose tests pass."""
    blocks = section_blocks()
    assert [b.splitlines()[0] for b in blocks] == [
        "# myshop.py",
        "# test_myshop.py",
        "# test_clock.py",
    ]
    for block in blocks:
        (tmp_path / block.splitlines()[0].removeprefix("# ")).write_text(block, encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.pytest.ini_options]\nfilterwarnings = ["error"]\n', encoding="utf-8"
    )
    done = run_pytest(tmp_path, only_lox24=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "3 passed" in done.stdout
