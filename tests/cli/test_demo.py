"""``lox24 demo`` runs the tour against an in-process sandbox and checks its own result."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


@pytest.mark.slow
def test_demo_runs_to_a_checked_summary():
    """The demo imports every phone, the bulk reaches them all, and it exits 0."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("LOX24_")}
    env["COLUMNS"] = "120"
    done = subprocess.run(
        [sys.executable, "-m", "lox24", "demo", "--phones", "2500"],
        capture_output=True, text=True, env=env, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "phones imported  2,500 of 2,500 (0 refused, none lost)" in done.stdout
    assert "messages         2,500" in done.stdout
    assert "processed" in done.stdout
    assert "Importing phones" in done.stderr
    assert "2500/2500" in done.stderr
