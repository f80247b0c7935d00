"""Every routine of the project is a session here. ``nox -l`` lists them; plain ``nox`` runs the CI set."""

from __future__ import annotations

import shutil
from pathlib import Path

import nox

nox.needs_version = ">=2025.2.9"
nox.options.error_on_external_run = True
nox.options.sessions = ["spec", "drift", "lint", "typecheck", "build", "tests", "docs"]

PYPROJECT = nox.project.load_toml("pyproject.toml")
PROJECT = "-e.[cli]"  # the package with the sandbox and the `lox24` command


def group(*names: str) -> tuple[str, ...]:
    """The requirements of the named dependency groups of pyproject.toml."""
    return nox.project.dependency_groups(PYPROJECT, *names)


#: pytest-xdist spreads the tests over every core; arguments given after `--` come later and win
#: (`-n 0` runs in one process, as a debugger wants).
PARALLEL = ("-n", "auto", "--dist", "worksteal")


@nox.session
def tests(session: nox.Session) -> None:
    """Run the whole pytest suite on every core: overlay, sandbox, client against sandbox,
    contract tests, and the spec-change workflow (which runs the generator, hence the codegen
    group). `nox -s tests -- -m "not slow"` is the fast loop."""
    session.install(PROJECT, *group("test", "codegen"))
    # Bytecode and pytest's rewritten test modules are cached between runs even where the
    # environment says not to write them: a run then compiles only what changed.
    session.run("pytest", *PARALLEL, *session.posargs, env={"PYTHONDONTWRITEBYTECODE": None})


#: Hand-written Python that ruff checks (generated/ is excluded; Markdown is not formatted).
LINTED = ("overlay", "scripts", "tests", "docs/gen_reference.py", "noxfile.py")


@nox.session
def lint(session: nox.Session) -> None:
    """Ruff lint and format check of hand-written code (generated/ is excluded)."""
    session.install(*group("lint"))
    session.run("ruff", "check", *LINTED)
    session.run("ruff", "format", "--check", *LINTED)


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict on overlay/ (with the generated package it imports), the public-type pins in
    tests/typing/, the noxfile, and the Python code blocks of README.md."""
    session.install(PROJECT, *group("typecheck"))
    session.run("mypy", "--strict", "overlay/lox24", "tests/typing", "noxfile.py")
    readme = session.create_tmp()
    session.run("python", "scripts/readme_blocks.py", readme, silent=True)
    with session.chdir(readme):
        session.run("mypy", "--strict", "--cache-dir", ".mypy_cache", ".")


@nox.session
def docs(session: nox.Session) -> None:
    """Build the docs site strictly into site/ (guides, and an API reference written from the
    code at build time), then check that the reference shows every operation of the spec under
    its method. `nox -s docs -- serve` serves it with live reload instead."""
    session.install("-e.", *group("docs"))
    session.env.update(
        DISABLE_MKDOCS_2_WARNING="true", NO_MKDOCS_2_WARNING="1"
    )  # banners, not warnings
    if session.posargs and session.posargs[0] == "serve":
        session.run("mkdocs", "serve", *session.posargs[1:])
        return
    session.run("mkdocs", "build", "--strict", "--site-dir", "site", *session.posargs)
    session.run("python", "scripts/docs_check.py", "site")


@nox.session
def spec(session: nox.Session) -> None:
    """Validate spec/lox24.yaml as OpenAPI 3.1 and check the project's own spec rules."""
    session.install(*group("spec"))
    session.run("openapi-spec-validator", "spec/lox24.yaml")
    session.run("python", "scripts/lint_spec.py", "spec/lox24.yaml")


@nox.session(default=False)
def generate(session: nox.Session) -> None:
    """Regenerate generated/ from the spec (writes files)."""
    session.install(*group("codegen"))
    session.run("python", "scripts/regenerate.py", *session.posargs)


@nox.session
def drift(session: nox.Session) -> None:
    """Fail if generated/ differs from a fresh generation of the spec, or if the public API breaks
    the last release's without the CHANGELOG saying so."""
    session.install(*group("codegen"))
    session.run("python", "scripts/regenerate.py", "--check")
    session.run("python", "scripts/api_diff.py", "check")


@nox.session(default=False)
def api(session: nox.Session) -> None:
    """The public API against the last release: `nox -s api -- show` lists the changes,
    `nox -s api -- rebaseline` records the API as the release baseline."""
    session.install(*group("codegen"))
    session.run("python", "scripts/api_diff.py", *(session.posargs or ["show"]))


@nox.session
def build(session: nox.Session) -> None:
    """Build the wheel and the sdist into dist/ and check them: twine's check of the metadata an
    index shows, and scripts/check_dist.py for their contents (every package file, LICENSE,
    py.typed, the bundled spec, the sandbox inbox's templates and static files)."""
    session.install(*group("build"))
    shutil.rmtree("dist", ignore_errors=True)
    session.run("python", "-m", "build", "--outdir", "dist")
    session.run("twine", "check", "--strict", *sorted(str(p) for p in Path("dist").iterdir()))
    session.run("python", "scripts/check_dist.py", "dist")


@nox.session(default=False)
def demo(session: nox.Session) -> None:
    """Run `lox24 demo` against the built-in sandbox: 10,000 phones, one bulk, progress bars;
    `-- --serve` then keeps the sandbox up with the bulk's SMS in the inbox at http://127.0.0.1:8024/."""
    session.install(PROJECT)
    session.run("lox24", "demo", *session.posargs)


@nox.session(default=False)
def inbox(session: nox.Session) -> None:
    """The inbox's screenshot for the README (docs/images/inbox.png, taken by its browser test in
    headless Chromium) and its figures: first paint with 100,000 SMS stored, live-update latency
    (`-- --stored N --rounds N --updates N` for other sizes)."""
    session.install(PROJECT, *group("test"))
    session.run(
        "pytest", "tests/inbox/test_browser.py", "-q", "-k", "screenshot",
        env={"LOX24_INBOX_SCREENSHOT": "docs/images/inbox.png"},
    )  # fmt: skip
    session.run("python", "scripts/inbox_measure.py", *session.posargs)


@nox.session(default=False)
def bench(session: nox.Session) -> None:
    """Benchmarks: every figure of the performance table as project, baseline and ratio over
    interleaved rounds (client against hand-written httpx, sandbox against Prism, store sizes),
    with the load average. Prism comes from the npm registry into a temporary folder, wrk from
    the machine's packages; a figure whose tool cannot be had is skipped. `-- --quick` for a
    smoke run, `-- --only NAME` for some figures."""
    session.install("-e.[cli,redis]")  # redis: the receiver figures with RedisStore
    session.run("python", "scripts/bench.py", *session.posargs)


if __name__ == "__main__":
    nox.main()
