"""Reading the project's own Turtle files (ontology, schemes, shapes) with clear errors."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph
from rdflib.plugins.parsers.notation3 import BadSyntax

from graph.problems import InputError, Problem

__all__ = ["read_turtle"]


def read_turtle(path: Path, display: str | None = None, graph: Graph | None = None) -> Graph:
    """Parse ``path`` into ``graph`` (a new one by default); bad Turtle raises InputError."""
    graph = Graph() if graph is None else graph
    name = display or str(path)
    try:
        graph.parse(path, format="turtle")
    except BadSyntax as exc:
        why = getattr(exc, "_why", "bad syntax")
        raise InputError([Problem(name, exc.lines + 1, "", f"invalid Turtle: {why}")]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError([Problem(name, None, "", f"cannot read: {exc}")]) from None
    return graph
