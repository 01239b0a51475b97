"""SHACL validation of the built data with pySHACL, reported as :class:`Problem` lines."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pyshacl import validate
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SH

from graph.problems import Problem
from graph.rdfio import read_turtle

__all__ = ["SHAPES_FILE", "load_shapes", "shacl_problems"]

SHAPES_FILE = Path("ontology") / "shapes.ttl"


def load_shapes(root: Path) -> Graph:
    return read_turtle(root / SHAPES_FILE, str(SHAPES_FILE))


def shacl_problems(
    data: Graph, shapes: Graph, locate: Callable[[URIRef], tuple[str, int] | None] | None = None
) -> list[Problem]:
    """Every SHACL violation in ``data`` (which must include the ontology's SKOS schemes).

    ``locate`` maps a focus node to the (file, line) it was written at, when known.
    """
    conforms, report, _ = validate(
        data, shacl_graph=shapes, inference="none", advanced=False, allow_warnings=True
    )
    if conforms:
        return []
    problems = []
    for result in report.subjects(SH.resultSeverity, SH.Violation):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage) or Literal("constraint violated")
        value = report.value(result, SH.value)
        detail = f"{message}" + (f" (value {value})" if value is not None else "")
        field = _short(path) if isinstance(path, URIRef) else ""
        where = locate(focus) if locate and isinstance(focus, URIRef) else None
        if where:
            problems.append(Problem(where[0], where[1], field, f"SHACL: {detail} on <{focus}>"))
        else:
            problems.append(Problem(f"<{focus}>", None, field, f"SHACL: {detail}"))
    return sorted(problems)


def _short(iri: URIRef) -> str:
    text = str(iri)
    return text.rsplit("#", 1)[-1] if "#" in text else text.rsplit("/", 1)[-1]
