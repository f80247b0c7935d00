"""Gather the Python code blocks of README.md and of the docs pages: one program per page, plus
the files they show.

    python scripts/readme_blocks.py OUT_DIR

A block whose first line is a comment naming a file (``# myshop.py``) is that file; every other
block of a page is a part of that page's program, which runs, in order, against the built-in
sandbox. Everything is written into one folder (file names must not repeat across pages). The
test suite runs the programs and the files' tests (``tests/test_readme.py``), and the typecheck
session checks all of them with ``mypy --strict``, so a snippet that drifts from the code fails
CI.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
DOCS = ROOT / "docs"
BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)
FILE_NAME = re.compile(r"# ([\w/]+\.py)\n")
PROGRAM = "readme_program.py"


def _blocks(readme: Path) -> list[tuple[int, str]]:
    text = readme.read_text(encoding="utf-8")
    return [(text.count("\n", 0, m.start()) + 2, m.group(1)) for m in BLOCK.finditer(text)]


def _name(page: Path) -> str:
    """How a page is named in the programs: ``README.md``, ``docs/guides/sending.md``."""
    return page.relative_to(ROOT).as_posix() if page.is_relative_to(ROOT) else page.name


def pages() -> list[Path]:
    """README.md and every Markdown page of docs/, in a stable order."""
    return [README, *sorted(DOCS.rglob("*.md"))]


def program_name(page: Path) -> str:
    """The file a page's program is written to: ``readme_program.py`` for README.md,
    ``docs_guides_sending_program.py`` for docs/guides/sending.md."""
    if page == README:
        return PROGRAM
    stem = re.sub(r"\W", "_", _name(page).removesuffix(".md"))
    return f"{stem}_program.py"


def readme_program(readme: Path = README) -> str:
    """A page's program blocks joined into one module, each marked with its line number."""
    name = _name(readme)
    parts = [f'"""The Python code blocks of {name}, in order (generated for the checks)."""\n']
    for line, code in _blocks(readme):
        if not FILE_NAME.match(code):
            parts.append(f"# {name}, line {line}\n{code}")
    return "\n\n".join(parts)


def has_program(page: Path) -> bool:
    """Whether the page has a Python block that is not a file."""
    return any(not FILE_NAME.match(code) for _, code in _blocks(page))


def readme_files(readme: Path = README) -> dict[str, str]:
    """The files a page shows whole, by name."""
    files = {}
    for _, code in _blocks(readme):
        match = FILE_NAME.match(code)
        if match:
            files[match.group(1)] = code
    return files


def write_all(out: Path, readme: Path | None = None) -> list[Path]:
    """Write the programs and the files into ``out`` (one page's, or every page's when ``readme``
    is None); return their paths. A file name that two pages use is an error."""
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    owners: dict[str, Path] = {}
    for page in [readme] if readme is not None else pages():
        if page == README or has_program(page):
            written.append(out / program_name(page))
            written[-1].write_text(readme_program(page), encoding="utf-8")
        for name, code in readme_files(page).items():
            if name in owners:
                raise ValueError(f"{_name(page)} and {_name(owners[name])} both show {name}")
            owners[name] = page
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
