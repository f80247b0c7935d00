"""The API reference pages, made at build time by docs/gen_reference.py (mkdocs-gen-files).

Every page is made from the code and the spec, so the reference cannot drift from them: one page
per resource namespace with a table of its operations (from each operation's `x-lox24-method`)
and the generated class rendered by mkdocstrings, the client and its helpers, every name of
`lox24.types`, every exception, the webhooks, the sandbox and the test fixtures.
"""

from __future__ import annotations

import enum
import inspect
from pathlib import Path

import yaml

import lox24
import lox24.types

ROOT = Path(__file__).resolve().parent.parent
# libyaml's loader where PyYAML has it: the same data, ten times faster (read on import).
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
SPEC = yaml.load((ROOT / "spec" / "lox24.yaml").read_text(encoding="utf-8"), Loader=_LOADER)  # noqa: S506
VERBS = ("get", "post", "put", "patch", "delete")
#: How the client and the types are grouped on their pages.
CLIENT_NAMES = (
    "Client",
    "AsyncClient",
    "RetryPolicy",
    "SyncPager",
    "AsyncPager",
    "Page",
    "RawResponse",
    "PhoneImportResult",
    "Reconciliation",
    "SmsState",
)


def operations() -> dict[str, list[tuple[str, str, str, str]]]:
    """namespace -> [(method, HTTP verb, path, summary)] in the spec's order."""
    found: dict[str, list[tuple[str, str, str, str]]] = {}
    for path, item in SPEC["paths"].items():
        for verb in VERBS:
            operation = item.get(verb)
            if operation and "x-lox24-method" in operation:
                namespace, method = operation["x-lox24-method"].split(".")
                summary = " ".join(operation.get("summary", "").split())
                found.setdefault(namespace, []).append((method, verb.upper(), path, summary))
    return found


def class_name(namespace: str) -> str:
    """``blocked_numbers`` -> ``BlockedNumbersResource``, as the generator names it."""
    return "".join(part.capitalize() for part in namespace.split("_")) + "Resource"


PAGES: dict[str, str] = {}


def write(path: str, text: str) -> None:
    PAGES[path] = text


def namespace_pages(found: dict[str, list[tuple[str, str, str, str]]]) -> list[str]:
    lines = []
    for namespace, ops in sorted(found.items()):
        cls = class_name(namespace)
        module = f"lox24_generated.resources.{namespace}"
        rows = "\n".join(
            f"| [`{method}`](#{module}.{cls}.{method}) | `{verb} {path}` | {summary} |"
            for method, verb, path, summary in ops
        )
        write(
            f"reference/namespaces/{namespace}.md",
            f"# client.{namespace}\n\n"
            f"`client.{namespace}` of `lox24.Client`; `lox24.AsyncClient` has the same methods, "
            "awaited (list methods and imports are async iterators), and each namespace has "
            "`with_raw_response` with the same methods answering a `RawResponse`.\n\n"
            "| method | request | what it does |\n| --- | --- | --- |\n"
            f"{rows}\n\n"
            f"::: {module}.{cls}\n"
            "    options:\n"
            "      show_root_full_path: false\n",
        )
        lines.append(f"- [`client.{namespace}`](namespaces/{namespace}.md): {len(ops)} operations")
    return lines


def types_page() -> None:
    kinds: dict[str, list[str]] = {"Models": [], "Enums": [], "Webhook events": []}
    for name in sorted(lox24.types.__all__):
        value = getattr(lox24.types, name)
        if not inspect.isclass(value):
            continue
        if issubclass(value, enum.Enum):
            kind = "Enums"
        elif name.endswith(("Event", "EventData")):
            kind = "Webhook events"
        else:
            kind = "Models"
        kinds[kind].append(f"::: {value.__module__}.{value.__qualname__}\n")
    body = "".join(f"## {kind}\n\n" + "\n".join(entries) + "\n" for kind, entries in kinds.items())
    write(
        "reference/types.md",
        "# lox24.types\n\n"
        "Every model, enum and webhook event of the API, generated from the spec: "
        "`from lox24.types import Sms, DlrCode, SmsDeliveryEvent`.\n\n" + body,
    )


def exceptions_page() -> None:
    names = [
        name
        for name in lox24.__all__
        if inspect.isclass(getattr(lox24, name)) and issubclass(getattr(lox24, name), Exception)
    ]
    names.sort(key=lambda name: (name != "Lox24Error", name))
    write(
        "reference/exceptions.md",
        "# Exceptions\n\nEvery exception the client raises derives from `lox24.Lox24Error`.\n\n"
        + "\n".join(f"::: lox24.{name}\n    options:\n      heading_level: 2\n" for name in names),
    )


def reference_pages() -> dict[str, str]:
    """Every page of the reference: its path under docs/ and its Markdown."""
    PAGES.clear()
    found = operations()
    links = namespace_pages(found)
    client_names = [name for name in CLIENT_NAMES if name in lox24.__all__]
    helpers = [
        name
        for name in lox24.__all__
        if name not in client_names
        and not name.startswith("_")
        and callable(getattr(lox24, name))
        and not (
            inspect.isclass(getattr(lox24, name)) and issubclass(getattr(lox24, name), Exception)
        )
    ]
    write(
        "reference/client.md",
        "# The client\n\n"
        + "\n".join(f"::: lox24.{name}\n" for name in client_names)
        + "\n## Helpers\n\n"
        + "\n".join(
            f"::: lox24.{name}\n    options:\n      heading_level: 3\n" for name in helpers
        ),
    )
    types_page()
    exceptions_page()
    write(
        "reference/webhooks.md",
        "# lox24.webhooks\n\n::: lox24.webhooks\n    options:\n      show_root_heading: false\n",
    )
    write(
        "reference/sandbox.md",
        "# lox24.sandbox and lox24.testing\n\n"
        "::: lox24.sandbox\n    options:\n      show_root_heading: true\n\n"
        "::: lox24.testing\n    options:\n      show_root_heading: true\n",
    )
    total = sum(len(ops) for ops in found.values())
    write(
        "reference/index.md",
        "# API reference\n\n"
        f"Written from the code at every build. The client has {total} operations in "
        f"{len(found)} namespaces:\n\n"
        + "\n".join(links)
        + "\n\nAnd: [the client and its helpers](client.md), [types](types.md), "
        "[exceptions](exceptions.md), [webhooks](webhooks.md), "
        "[the sandbox and the pytest fixtures](sandbox.md).\n",
    )
    return dict(PAGES)
