"""The libraries of the ``sandbox`` extra, checked before anything of the sandbox uses them.

Importing this module raises :class:`SandboxExtraMissingError` when one of them is missing, so
that ``import lox24.sandbox`` without the extra says how to install it instead of naming a
library the user never chose (``No module named 'yaml'``).
"""

from __future__ import annotations

import importlib.util

#: What importing the sandbox needs of its extra (uvicorn is needed only to serve).
REQUIRED = ("starlette", "yaml", "jsonschema", "anyio", "jinja2")
#: The command that installs the extra.
INSTALL = "pip install 'lox24[sandbox]'"


class SandboxExtraMissingError(ImportError):
    """``lox24.sandbox`` was imported without the ``sandbox`` extra; the message names it."""


def missing() -> list[str]:
    """The libraries of :data:`REQUIRED` that cannot be imported here."""
    return [name for name in REQUIRED if importlib.util.find_spec(name) is None]


def require() -> None:
    """Raise :class:`SandboxExtraMissingError` unless every library of the extra is there."""
    absent = missing()
    if absent:
        msg = f"lox24.sandbox needs the sandbox extra: {INSTALL} (missing: {', '.join(absent)})"
        raise SandboxExtraMissingError(msg, name=absent[0])


require()
