"""The docs pages hold: every guide's Python example runs against the built-in sandbox and the
files a guide shows pass their own tests (the typecheck session checks the same code with
``mypy --strict``); the guides import only from ``lox24``; and the API reference that
docs/gen_reference.py writes at build time names every operation's method.
"""

from __future__ import annotations

import importlib
import re

import pytest

from scripts.docs_check import anchor, missing_methods, spec_methods
from scripts.docs_reference import reference_pages
from scripts.readme_blocks import (
    README,
    has_program,
    pages,
    readme_files,
    readme_program,
)

from .helpers import ROOT, run_page_program, run_page_tests

DOCS_PAGES = [page for page in pages() if page != README]
PROGRAMS = [page for page in DOCS_PAGES if has_program(page)]
WITH_TESTS = [
    page
    for page in DOCS_PAGES
    if any(name.rsplit("/", 1)[-1].startswith("test_") for name in readme_files(page))
]
GUIDES = (
    "sending",
    "scheduling",
    "bulks-and-groups",
    "importing",
    "webhooks",
    "testing",
    "cli",
    "errors-and-retries",
    "upgrading",
)


def _id(page) -> str:
    return page.relative_to(ROOT).as_posix()


def test_every_guide_is_a_page_with_examples():
    """Each guide of the site exists, and all but the command's have Python examples that run."""
    names = {page.stem for page in PROGRAMS}
    for guide in GUIDES:
        assert (ROOT / "docs" / "guides" / f"{guide}.md").is_file(), guide
    assert set(GUIDES) - {"cli"} <= names
    assert WITH_TESTS


@pytest.mark.parametrize("page", DOCS_PAGES, ids=_id)
def test_the_examples_import_only_the_public_package(page):
    """A guide's Python imports come from lox24 (lox24.types for models), never the generated
    package or a private module."""
    code = readme_program(page) + "\n".join(readme_files(page).values())
    imports = re.findall(r"^\s*(?:from|import) (\S+)", code, flags=re.MULTILINE)
    for module in imports:
        root = module.split(".")[0]
        assert root != "lox24_generated", (page, module)
        assert not any(part.startswith("_") for part in module.split(".")[1:]), (page, module)


@pytest.mark.parametrize("page", PROGRAMS, ids=_id)
@pytest.mark.slow
def test_the_page_program_runs(page, tmp_path):
    """The page's Python blocks run, in order, as one program against the built-in sandbox."""
    result = run_page_program(page, tmp_path)
    assert result.returncode == 0, result.stderr[-4000:]


@pytest.mark.parametrize("page", WITH_TESTS, ids=_id)
@pytest.mark.slow
def test_the_page_example_tests_pass(page, tmp_path):
    """The test files a page shows pass under pytest with the lox24 fixtures."""
    result = run_page_tests(page, tmp_path)
    assert result.returncode == 0, result.stdout[-4000:]
    assert " passed" in result.stdout


def test_the_reference_pages_name_every_method_of_the_spec():
    """The reference written at build time has a page per namespace that renders its class and
    lists each of the spec's 56 methods, and each method exists on that class."""
    reference = reference_pages()
    methods = spec_methods()
    assert len(methods) == 56
    for qualified in methods:
        namespace, method = qualified.split(".")
        page = reference[f"reference/namespaces/{namespace}.md"]
        cls = anchor(qualified).split('"')[1].rsplit(".", 1)[0]
        assert f"::: {cls}\n" in page, qualified
        assert f"[`{method}`](#{cls}.{method})" in page, qualified
        module, name = cls.rsplit(".", 1)
        assert callable(getattr(getattr(importlib.import_module(module), name), method)), qualified


def test_the_site_check_finds_a_method_missing_from_the_html(tmp_path):
    """scripts/docs_check.py reports exactly the methods whose anchor the built pages lack."""
    page = tmp_path / "reference" / "namespaces" / "sms" / "index.html"
    page.parent.mkdir(parents=True)
    page.write_text(anchor("sms.send"), encoding="utf-8")
    missing = missing_methods(tmp_path)
    assert "sms.send" not in missing
    assert "sms.list" in missing
    assert len(missing) == 55
