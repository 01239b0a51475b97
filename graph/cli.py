"""The ``kg`` command line: each command parses its options and calls one library function."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from graph.problems import InputError

__all__ = ["main"]


def project_option(func):
    """``--project DIR``: the project folder (default: the current directory)."""
    return click.option(
        "--project",
        "project",
        type=click.Path(file_okay=False, path_type=Path),
        default=Path("."),
        show_default=True,
        help="Project folder holding data/ and ontology/.",
    )(func)


def _fail(error: InputError) -> None:
    for problem in error.problems:
        click.echo(str(problem), err=True)
    count = len(error.problems)
    click.echo(f"{count} problem{'s' if count != 1 else ''} found; nothing was written.", err=True)
    sys.exit(1)


@click.group()
@click.version_option(package_name="graph")
def main() -> None:
    """Knowledge graph of English children's services inspections."""


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
    click.echo("valid: " + ", ".join(f"{v} {k}" for k, v in counts.items()))
