"""The two consoles of the command: results on stdout, progress and errors on stderr.

Keeping progress bars and error lines off stdout leaves it clean for ``--json`` pipelines.
"""

from __future__ import annotations

from rich.console import Console

#: Tables and JSON lines: what a script may read.
stdout = Console(highlight=False, soft_wrap=False)
#: Progress bars, spinners, summaries and error lines: what a person reads.
stderr = Console(stderr=True, highlight=False)
