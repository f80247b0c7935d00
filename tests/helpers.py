"""Paths and small helpers shared by the test modules."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "spec" / "lox24.yaml"


def load_spec() -> dict[str, Any]:
    """A fresh parse of spec/lox24.yaml, with libyaml's loader where PyYAML has it (ten times faster)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(SPEC_PATH.read_text(encoding="utf-8"), Loader=loader)
