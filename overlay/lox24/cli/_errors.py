"""Exit codes, and the one-line error messages the command prints instead of tracebacks.

=====  ==============================================================================
code   meaning
=====  ==============================================================================
0      done
1      done in part: some items were refused (``groups import``), or a wait gave up
2      usage: a wrong option or argument, no token, an unreadable input file
3      the API answered with an error status (the line names the status and request id)
4      no usable answer: connection refused, timeout, a write whose outcome is unknown
=====  ==============================================================================
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from contextlib import contextmanager
from typing import NoReturn

import typer
from rich.markup import escape

import lox24

from ._console import stderr


class ExitCode(enum.IntEnum):
    """The exit statuses of the ``lox24`` command (see the module docstring)."""

    OK = 0
    PARTIAL = 1
    USAGE = 2
    API = 3
    CONNECTION = 4


def fail(message: str, code: ExitCode) -> NoReturn:
    """Print ``message`` as one error line on stderr and leave with ``code``."""
    stderr.print(f"[bold red]error:[/] {escape(message)}", highlight=False, soft_wrap=True)
    raise typer.Exit(int(code))


def describe(error: lox24.Lox24Error) -> tuple[str, ExitCode]:
    """Return the one-line message and the exit code for a client error."""
    if isinstance(error, lox24.APIStatusError):
        return _status_line(error), ExitCode.API
    if isinstance(error, lox24.APIConnectionError):
        return f"no answer from the API: {error}", ExitCode.CONNECTION
    if isinstance(error, lox24.ConfigurationError | lox24.InvalidInputError):
        return str(error), ExitCode.USAGE
    if isinstance(error, lox24.WaitTimeoutError):
        return str(error), ExitCode.PARTIAL
    return str(error), ExitCode.API


@contextmanager
def reported() -> Iterator[None]:
    """Turn any ``lox24.Lox24Error`` raised inside into its error line and exit code."""
    try:
        yield
    except lox24.Lox24Error as error:
        message, code = describe(error)
        fail(message, code)


def _status_line(error: lox24.APIStatusError) -> str:
    fields = [f"{v.field}: {v.message}" for v in error.violations if v.field]
    reason = "; ".join(dict.fromkeys(fields)) or error.detail or type(error).default_reason
    reason = " ".join(reason.split())  # one line, whatever the server's formatting
    request_id = error.request_id or "none"
    return f"{error.status_code} {error.method} {error.path}: {reason} [request id {request_id}]"
