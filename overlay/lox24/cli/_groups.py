"""``lox24 groups list|create|show|delete|export|import``: contact groups."""

from __future__ import annotations

import itertools
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from ._errors import ExitCode, fail
from ._import import INTERRUPTED, ImportOptions, ImportSource, import_file
from ._options import JsonOption, LimitOption
from ._output import Column, show_list, show_one
from ._rows import RowsError, file_format, parse_map
from ._state import open_client

app = typer.Typer(
    name="groups",
    help="Contact groups and their phones.",
    no_args_is_help=True,
    add_completion=False,
)

COLUMNS = (
    Column("id"),
    Column("name"),
    Column("count_items", "phones"),
    Column("description"),
)
DETAIL_ROWS = (
    Column("id"),
    Column("name"),
    Column("description"),
    Column("count_items", "phones"),
    *(Column(f"name_{c}", f"column {c}") for c in "abcde"),
)
GroupArgument = Annotated[int, typer.Argument(help="The group's id.", show_default=False)]


@app.command("list", epilog="Example:  lox24 groups list --json")
def list_groups(ctx: typer.Context, limit: LimitOption = 100, as_json: JsonOption = False) -> None:
    """List the groups."""
    with open_client(ctx) as client:
        show_list(itertools.islice(client.groups.list(), limit), COLUMNS, as_json=as_json)


@app.command(epilog='Example:  lox24 groups create "Customers" --label a="First name"')
def create(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="The group's name.", show_default=False)],
    description: Annotated[str | None, typer.Option(help="A description.")] = None,
    label: Annotated[
        list[str] | None,
        typer.Option(help="Name a placeholder column: a=First name (repeatable, a to e)."),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Create a group."""
    fields: dict[str, Any] = {"name": name, **_labels(label or [])}
    if description is not None:
        fields["description"] = description
    with open_client(ctx) as client:
        group = client.groups.create(**fields)
    show_one(group, DETAIL_ROWS, as_json=as_json)


@app.command(epilog="Example:  lox24 groups show 42")
def show(ctx: typer.Context, group: GroupArgument, as_json: JsonOption = False) -> None:
    """Show one group."""
    with open_client(ctx) as client:
        found = client.groups.get(group)
    show_one(found, DETAIL_ROWS, as_json=as_json)


@app.command(epilog="Example:  lox24 groups delete 42 --yes")
def delete(
    ctx: typer.Context,
    group: GroupArgument,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask.")] = False,
) -> None:
    """Delete a group and its phones."""
    if not yes and not typer.confirm(f"Delete group {group} and all its phones?"):
        raise typer.Exit(int(ExitCode.USAGE))
    with open_client(ctx) as client:
        client.groups.delete(group)
    typer.echo(f"deleted group {group}", err=True)


@app.command(epilog="Example:  lox24 groups export 42 --output customers.csv")
def export(
    ctx: typer.Context,
    group: GroupArgument,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
    ] = None,
) -> None:
    """Export a group's phones as CSV."""
    with open_client(ctx) as client:
        data = client.groups.export_csv(group)
    text = data.decode("utf-8") if isinstance(data, bytes) else str(data)
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")
        typer.echo(f"wrote {output}", err=True)


@app.command(
    "import",
    epilog="Example:  lox24 groups import contacts.csv --new-group Customers "
    "--map phone=Mobile,a=Name",
)
def import_(
    ctx: typer.Context,
    path: Annotated[
        Path,
        typer.Argument(help="A CSV file with a header row, or JSON Lines; - for stdin (CSV)."),
    ],
    group: Annotated[int | None, typer.Option("--group", help="Add to this group.")] = None,
    new_group: Annotated[
        str | None, typer.Option("--new-group", help="Create a group of this name first.")
    ] = None,
    mapping: Annotated[
        str | None,
        typer.Option("--map", help="Phone field=input column, e.g. phone=Mobile,a=Name."),
    ] = None,
    fmt: Annotated[
        str | None, typer.Option("--format", help="csv or jsonl (default: from the suffix).")
    ] = None,
    errors: Annotated[
        Path | None,
        typer.Option(help="The error report (default: <input>.errors.csv)", show_default=False),
    ] = None,
    chunk_size: Annotated[int, typer.Option(min=1, help="Phones per request.")] = 1000,
    concurrency: Annotated[int, typer.Option(min=1, help="Requests in flight.")] = 4,
    skip_existing: Annotated[
        bool,
        typer.Option(
            "--skip-existing/--no-skip-existing",
            help="Read the group first and send no number it already holds, so a rerun adds "
            "nothing twice (one export of the group).",
        ),
    ] = True,
    window: Annotated[
        float | None,
        typer.Option(
            min=0,
            help="Seconds to wait before looking up rows whose request failed without a clear "
            "answer (default: the client's in-flight window).",
            show_default=False,
        ),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Import contacts into a group, streaming; rows not imported go to an error report.

    Exits 0 when every row is in the group, 1 when some are not (see the report's status
    column), 130 when interrupted (the summary so far is printed; rerunning is safe).
    """
    if (group is None) == (new_group is None):
        fail("give exactly one of --group ID and --new-group NAME", ExitCode.USAGE)
    try:
        source = ImportSource(path, file_format(path, fmt), parse_map(mapping))
    except RowsError as error:
        fail(str(error), ExitCode.USAGE)
    with open_client(ctx) as client:
        summary = import_file(
            client,
            source,
            group=group if group is not None else new_group or "",
            report=errors or _report_path(path),
            options=ImportOptions(chunk_size, concurrency, skip_existing, window),
        )
    summary.show(as_json=as_json)
    if summary.interrupted:
        raise typer.Exit(INTERRUPTED)
    if summary.reported:
        raise typer.Exit(int(ExitCode.PARTIAL))


def _report_path(path: Path) -> Path:
    """``<input>.errors.csv`` beside the input; ``import.errors.csv`` here for stdin."""
    if str(path) == "-":
        return Path("import.errors.csv")
    return path.with_name(f"{path.name}.errors.csv")


def _labels(entries: list[str]) -> dict[str, str]:
    labels: dict[str, str] = {}
    for entry in entries:
        column, sep, text = entry.partition("=")
        column = column.strip().lower()
        if not sep or column not in {"a", "b", "c", "d", "e"}:
            fail(f"--label {entry!r}: write a=First name (columns a to e)", ExitCode.USAGE)
        labels[f"name_{column}"] = text.strip()
    return labels
