"""The two consoles of the command: results on stdout, progress and errors on stderr.

Keeping progress bars and error lines off stdout leaves it clean for ``--json`` pipelines.
"""

from __future__ import annotations

import os
import sys

from rich.console import Console

#: Width of tables written to a pipe or file when ``COLUMNS`` does not say: wide enough that
#: rows stay on one line for ``grep``.
PIPE_WIDTH = 200


def _stdout_width() -> int | None:
    if sys.stdout.isatty() or os.environ.get("COLUMNS"):
        return None  # the terminal's width, or COLUMNS
    return PIPE_WIDTH


#: Tables and JSON lines: what a script may read.
stdout = Console(highlight=False, soft_wrap=False, width=_stdout_width())
#: Progress bars, spinners, summaries and error lines: what a person reads.
stderr = Console(stderr=True, highlight=False)
