"""The ``kg`` command line: each command parses its options and calls one library function."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from graph.problems import InputError

__all__ = ["main"]

EXPORT_FORMATS = ["turtle", "trig", "nquads", "nt", "graphml", "gexf"]


def project_option(func):
    """``--project DIR``: the project folder (default: the current directory)."""
    return click.option(
        "--project",
        type=click.Path(file_okay=False, path_type=Path),
        default=Path("."),
        show_default=True,
        help="Project folder holding data/ and ontology/.",
    )(func)


def store_option(func):
    """``--store SPEC``: where the built graph is kept (default: $KG_STORE or memory)."""
    return click.option(
        "--store",
        default=None,
        metavar="SPEC",
        help="Store: memory (default; snapshot in build/). Also set by $KG_STORE.",
    )(func)


def output_option(default: str):
    """``-o PATH``: the output file; ``-`` writes to standard output."""
    return click.option(
        "-o",
        "--output",
        default=default,
        show_default=True,
        help="Output file, or - for standard output.",
    )


def _fail(error: InputError) -> None:
    for problem in error.problems:
        click.echo(str(problem), err=True)
    count = len(error.problems)
    click.echo(f"{count} problem{'s' if count != 1 else ''} found; nothing was written.", err=True)
    sys.exit(1)


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{value} {key}" for key, value in counts.items())


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="graph")
def main() -> None:
    """Knowledge graph of English children's services inspections.

    Every fact is traced to the exact words of its source. Start with `kg run`.
    """


@main.command()
@project_option
def validate(project: Path) -> None:
    """Run every check on data/ without storing anything; list every problem.

    Example: kg validate --project .
    """
    from graph.pipeline import validate_project

    try:
        counts = validate_project(project)
    except InputError as error:
        _fail(error)
    click.echo(f"valid: {_counts(counts)}")


@main.command()
@project_option
@store_option
def build(project: Path, store: str | None) -> None:
    """Check data/, build the RDF dataset, validate it with SHACL and store it.

    On any problem nothing is stored and the previous build stays as it was.

    Example: kg build --project .
    """
    from graph.pipeline import build_project

    try:
        counts = build_project(project, store)
    except InputError as error:
        _fail(error)
    click.echo(f"built: {_counts(counts)}")


@main.command()
@project_option
@store_option
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(EXPORT_FORMATS),
    default="turtle",
    show_default=True,
    help="Output format (graphml, gexf: the network view's nodes and edges, for Gephi).",
)
@output_option("-")
def export(project: Path, store: str | None, fmt: str, output: str) -> None:
    """Write the built graph in a standard RDF format (byte-identical for the same data).

    Example: kg export --format trig -o out/graph.trig
    """
    from graph.pipeline import export_project

    try:
        size = export_project(project, fmt, output, store)
    except InputError as error:
        _fail(error)
    if output != "-":
        click.echo(f"wrote {output} ({size:,} bytes, {fmt})", err=True)


@main.command()
@project_option
@store_option
@output_option("out/graph.html")
@click.option("--focus", metavar="ENTITY", help="Only the neighbourhood of this node (id or name).")
@click.option(
    "--depth", type=click.IntRange(min=0), default=1, show_default=True, help="Hops from --focus."
)
@click.option("--types", metavar="TYPE,...", help="Only these kinds of node, e.g. Person,Body.")
@click.option(
    "--since", metavar="DATE", help="Only what is dated on or after DATE (YYYY[-MM[-DD]])."
)
@click.option("--until", metavar="DATE", help="Only what is dated on or before DATE.")
@click.option("--source", "source", metavar="ID", help="Only what this source reports (its id).")
@click.option("--theme", metavar="THEME", help="Only findings on this theme, and their links.")
def viz(project: Path, store: str | None, output: str, **selection) -> None:
    """Draw the built graph as an interactive network in one offline HTML file.

    Example: kg viz -o out/whyte.html --focus warren-whyte --depth 2
    """
    from graph.pipeline import view_project

    try:
        nodes, edges = view_project(project, output, store, **selection)
    except InputError as error:
        _fail(error)
    click.echo(f"wrote {output} ({nodes} nodes, {edges} edges)", err=True)


@main.command()
@project_option
@store_option
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("out"),
    show_default=True,
    help="Output folder.",
)
def run(project: Path, store: str | None, out_dir: Path) -> None:
    """The main job: build, then write the Turtle export and the HTML view to one folder.

    Example: kg run --out out
    """
    from graph.pipeline import run_project

    try:
        counts, written = run_project(project, out_dir, store)
    except InputError as error:
        _fail(error)
    click.echo(f"built: {_counts(counts)}")
    for path in written:
        click.echo(f"wrote {path}")


if __name__ == "__main__":
    main()
