"""Write the API reference at build time: mkdocs-gen-files runs this (scripts/docs_reference.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import mkdocs_gen_files

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scripts.docs_reference import reference_pages

for path, text in reference_pages().items():
    with mkdocs_gen_files.open(path, "w") as page:
        page.write(text)
    mkdocs_gen_files.set_edit_path(path, "scripts/docs_reference.py")
