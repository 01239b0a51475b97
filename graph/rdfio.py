"""Reading the project's own Turtle files (ontology, schemes, shapes) with clear errors, and
quieting rdflib's warnings about its own internal calls."""

from __future__ import annotations

import warnings
from contextlib import contextmanager
from pathlib import Path

from rdflib import Graph
from rdflib.plugins.parsers.notation3 import BadSyntax

from graph.problems import InputError, Problem

__all__ = ["quiet_rdflib_internals", "read_turtle"]


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


@contextmanager
def quiet_rdflib_internals():
    """Silence only the deprecation warnings rdflib 7.6 raises about its own internal calls
    (``Dataset.contexts``, ``ConjunctiveGraph``) when parsing or querying a Dataset."""
    with warnings.catch_warnings():
        warnings.filterwarnings(
            "ignore",
            message=r"(Dataset\.\w+|ConjunctiveGraph) is deprecated",
            category=DeprecationWarning,
        )
        yield
