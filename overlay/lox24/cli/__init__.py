"""The ``lox24`` command line (``pip install 'lox24[cli]'``).

Built on Typer with Rich output: tables for people, ``--json`` for scripts, progress bars for
imports and bulks, one-line errors with distinct exit codes (see ``lox24.cli._errors``).
``lox24 --help`` lists the commands; ``lox24 --install-completion`` adds shell completion.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

__all__ = ["main"]

_USAGE = 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: the process arguments); return the status."""
    try:
        from ._app import app  # noqa: PLC0415 - the extra may be missing; say so in one line
    except ImportError as error:
        print(
            f"error: the command needs the cli extra: pip install 'lox24[cli]' ({error})",
            file=sys.stderr,
        )
        return _USAGE
    args = list(sys.argv[1:] if argv is None else argv)
    if not args:
        # No command: the usage on stdout, and the status of a usage error.
        app(["--help"], prog_name="lox24", standalone_mode=False)
        return _USAGE
    try:
        app(args, prog_name="lox24")
    except SystemExit as done:
        return _status(done.code)
    return 0


def _status(code: object) -> int:
    if code is None:
        return 0
    return code if isinstance(code, int) else 1
