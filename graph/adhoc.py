"""Running a user's own SPARQL safely: clear parse errors, nothing fetched from elsewhere.

rdflib follows ``SERVICE <url>`` and loads ``FROM <url>`` (local files included), so queries
using them are refused before evaluation, by walking the parsed algebra.
"""

from __future__ import annotations

from pyparsing import ParseException
from rdflib import Graph
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.parserutils import CompValue

from graph.output import Table
from graph.problems import InputError, Problem

__all__ = ["run_query"]


def _walk(node) -> list[str]:
    found = []
    if isinstance(node, CompValue):
        if node.name == "ServiceGraphPattern":
            found.append("SERVICE")
        for value in node.values():
            found += _walk(value)
    elif isinstance(node, (list, tuple)):
        for value in node:
            found += _walk(value)
    return found


def run_query(graph: Graph, text: str, origin: str = "query") -> Table | str:
    """A Table for SELECT, ``true``/``false`` for ASK, Turtle for CONSTRUCT/DESCRIBE."""
    try:
        query = prepareQuery(text)
    except ParseException as exc:
        raise InputError(
            [
                Problem(
                    origin,
                    exc.lineno,
                    f"column {exc.col}",
                    f"invalid SPARQL: {exc.msg}; near {exc.line.strip()!r}",
                )
            ]
        ) from None
    except Exception as exc:  # rdflib raises plain errors for some bad queries
        raise InputError([Problem(origin, None, "", f"invalid SPARQL: {exc}")]) from None
    refused = _walk(query.algebra)
    if query.algebra.get("datasetClause"):
        refused.append("FROM / FROM NAMED")
    if refused:
        raise InputError(
            [
                Problem(
                    origin,
                    None,
                    "",
                    f"refused: {', '.join(sorted(set(refused)))}"
                    " would read data from outside the graph",
                )
            ]
        )
    try:
        result = graph.query(query)
    except Exception as exc:
        raise InputError([Problem(origin, None, "", f"query failed: {exc}")]) from None
    if result.type == "ASK":
        return "true\n" if result.askAnswer else "false\n"
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        out = Graph()
        for prefix, namespace in graph.namespaces():
            out.bind(prefix, namespace, override=True, replace=True)
        for triple in result:
            out.add(triple)
        return out.serialize(format="turtle")
    columns = [str(v) for v in result.vars]
    rows = [
        {c: "" if row[i] is None else str(row[i]) for i, c in enumerate(columns)} for row in result
    ]
    return Table(columns, rows, "results")
