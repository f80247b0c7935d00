"""Load the bundled OpenAPI description once per process and find the file it lives in."""

from __future__ import annotations

import functools
import importlib.resources
from collections.abc import Mapping
from pathlib import Path
from typing import Any, cast

import yaml

from ._types import JsonValue

#: The name of the spec file inside the installed package.
SPEC_RESOURCE = "lox24.yaml"

#: libyaml's loader when PyYAML was built with it: it parses the spec several times faster.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def spec_path() -> Path:
    """Where the OpenAPI description is read from.

    An installed wheel carries the spec inside the package (``lox24/sandbox/lox24.yaml``); a
    source checkout has it at ``spec/lox24.yaml`` of the repository.

    Returns:
        The path of the spec file.

    Raises:
        FileNotFoundError: Neither location holds the spec.

    """
    bundled = importlib.resources.files("lox24.sandbox") / SPEC_RESOURCE
    if bundled.is_file():
        return Path(str(bundled))
    # <checkout>/overlay/lox24/sandbox/_api/_spec.py: four folders up is the checkout
    checkout = Path(__file__).resolve().parents[4] / "spec" / SPEC_RESOURCE
    if checkout.is_file():
        return checkout
    msg = f"the LOX24 spec is neither bundled ({bundled}) nor in the source tree ({checkout})"
    raise FileNotFoundError(msg)


@functools.cache
def load_spec() -> dict[str, Any]:
    """Return the parsed OpenAPI document, parsed once per process.

    Callers must treat the result as read-only: it is shared.
    """
    with spec_path().open("rb") as stream:
        document = yaml.load(stream, Loader=_Loader)  # noqa: S506 - a safe loader is used
    if not isinstance(document, dict) or "paths" not in document:
        msg = f"{spec_path()} is not an OpenAPI document"
        raise ValueError(msg)
    return cast("dict[str, Any]", document)


def resolve(document: Mapping[str, Any], node: JsonValue) -> JsonValue:
    """Follow local ``$ref`` pointers (``#/...``) until a node without ``$ref`` is reached."""
    seen: set[str] = set()
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if not isinstance(ref, str) or not ref.startswith("#/") or ref in seen:
            msg = f"unsupported or cyclic $ref: {ref!r}"
            raise ValueError(msg)
        seen.add(ref)
        node = pointer_get(document, ref[1:])
    return node


def pointer_get(document: JsonValue, pointer: str) -> JsonValue:
    """Return the node at a JSON pointer such as ``/components/schemas/Group``."""
    node = document
    for raw in pointer.split("/")[1:]:
        part = raw.replace("~1", "/").replace("~0", "~")
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


def pointer_escape(token: str) -> str:
    """Escape one reference token of a JSON pointer."""
    return token.replace("~", "~0").replace("/", "~1")
