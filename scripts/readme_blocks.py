"""Gather the Python code blocks of README.md: one program, plus the files it shows.

    python scripts/readme_blocks.py OUT_DIR

A block whose first line is a comment naming a file (``# myshop.py``) is that file; every other
block is a part of one program that runs, in order, against the built-in sandbox. The test suite
runs the program and the files' tests (``tests/test_readme.py``), and the typecheck session checks
all of them with ``mypy --strict``, so a snippet that drifts from the code fails CI.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"
BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)
FILE_NAME = re.compile(r"# ([\w/]+\.py)\n")
PROGRAM = "readme_program.py"


def _blocks(readme: Path) -> list[tuple[int, str]]:
    text = readme.read_text(encoding="utf-8")
    return [(text.count("\n", 0, m.start()) + 2, m.group(1)) for m in BLOCK.finditer(text)]


def readme_program(readme: Path = README) -> str:
    """The README's program blocks joined into one module, each marked with its line number."""
    parts = ['"""The Python code blocks of README.md, in order (generated for the checks)."""\n']
    for line, code in _blocks(readme):
        if not FILE_NAME.match(code):
            parts.append(f"# README.md, line {line}\n{code}")
    return "\n\n".join(parts)


def readme_files(readme: Path = README) -> dict[str, str]:
    """The files the README shows whole, by name."""
    files = {}
    for _, code in _blocks(readme):
        match = FILE_NAME.match(code)
        if match:
            files[match.group(1)] = code
    return files


def write_all(out: Path, readme: Path = README) -> list[Path]:
    """Write the program and the files into ``out``; return their paths."""
    out.mkdir(parents=True, exist_ok=True)
    written = [out / PROGRAM]
    written[0].write_text(readme_program(readme), encoding="utf-8")
    for name, code in readme_files(readme).items():
        path = out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(code, encoding="utf-8")
        written.append(path)
    return written


def main() -> int:
    """Write everything into the folder given as the only argument; print the paths."""
    for path in write_all(Path(sys.argv[1])):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
