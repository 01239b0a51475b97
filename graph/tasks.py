"""What a query worker (graph/workers.py) can be asked to do, against the graph it holds.

A task is a plain tuple, so it pickles cheaply:

- ``("sparql", text, fmt, max_rows)``: the SPARQL protocol; ``fmt`` is a result format
  (``json``, ``xml``, ``csv``, ``tsv``) or a graph format (``turtle``, ``nt``, ``jsonld``,
  ``rdfxml``); the answer is bytes.
- ``("table", text, max_rows)``: a query for the SPARQL page; a Table, or text.
- ``("call", name, kwargs)``: one of the journalists' questions in :data:`CALLS`.
- ``("view", kwargs)``: the network page narrowed by :meth:`graph.view.Selection.of`.
- ``("stats",)``: counts of the main kinds of thing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rdflib import BNode, Dataset, Graph, URIRef
from rdflib.namespace import XSD

from graph import journalist
from graph.adhoc import as_table, evaluate, prepare
from graph.export import graph_bytes, union_graph
from graph.problems import InputError, Problem
from graph.queries import run

__all__ = ["CALLS", "State", "load", "perform"]


def entities(graph: Graph, text: str = "", limit: int = 200) -> list[dict[str, str]]:
    """People, bodies and posts whose name or alias contains ``text`` (case-blind)."""
    wanted = text.strip().casefold()
    found: dict[str, dict[str, str]] = {}
    for row in run(graph, "names"):
        if wanted and wanted not in str(row["name"]).casefold():
            continue
        iri = str(row["entity"])
        found.setdefault(
            iri,
            {
                "id": iri.rsplit("/", 1)[-1],
                "iri": iri,
                "label": str(row["label"]),
                "kind": str(row["kind"]),
            },
        )
    return sorted(found.values(), key=lambda r: (r["label"].casefold(), r["id"]))[:limit]


CALLS = {
    "quotes": journalist.quotes,
    "posts": journalist.posts,
    "ratings": journalist.ratings,
    "findings": journalist.findings,
    "responses": journalist.responses,
    "timeline": journalist.timeline,
    "show": journalist.show,
    "entities": entities,
}


@dataclass
class State:
    """What a worker holds: the dataset (named graphs) and their union as one plain graph."""

    dataset: Dataset
    graph: Graph


def load(project: Path, store: str | None) -> State:
    from rdflib.plugins.stores.memory import Memory, SimpleMemory

    from graph.store import open_store

    opened = open_store(store, project)
    dataset = opened.load()
    if isinstance(dataset.store, (Memory, SimpleMemory)):  # one plain graph: rdflib's fastest
        dataset.default_union = True
        return State(dataset, union_graph(dataset))
    return State(dataset, dataset)


RESULT_FORMATS = {"json", "xml", "csv", "tsv"}


def _tsv_term(term) -> str:
    """A term in SPARQL 1.1 TSV: N-Triples syntax, with tabs and newlines escaped."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    escaped = (
        str(term)
        .replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("\n", "\\n")
        .replace("\r", "\\r")
        .replace("\t", "\\t")
    )
    if term.language:
        return f'"{escaped}"@{term.language}'
    if term.datatype and term.datatype != XSD.string:
        return f'"{escaped}"^^<{term.datatype}>'
    return f'"{escaped}"'


def tsv(result) -> bytes:
    """SELECT results as SPARQL 1.1 TSV (rdflib reads this format but cannot write it)."""
    lines = ["\t".join(f"?{v}" for v in result.vars)]
    for row in result:
        lines.append("\t".join(_tsv_term(value) for value in row))
    return ("\n".join(lines) + "\n").encode("utf-8")


def _sparql(state: State, text: str, fmt: str, max_rows: int) -> bytes:
    result = evaluate(state.graph, prepare(text), state.dataset, max_rows, text)
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        out = Graph()
        for prefix, namespace in state.graph.namespaces():
            out.bind(prefix, namespace, override=True, replace=True)
        for triple in result.graph:
            out.add(triple)
        return graph_bytes(out, fmt)
    if fmt not in RESULT_FORMATS:
        raise InputError([Problem("format", None, "", f"{fmt} cannot hold {result.type} results")])
    if fmt == "tsv":
        return tsv(result)
    return result.serialize(format=fmt, encoding="utf-8")


def perform(state: State, task: tuple) -> Any:
    """Do ``task`` (see the module's docstring); raise InputError for a bad request."""
    kind, *args = task
    if kind == "sparql":
        return _sparql(state, *args)
    if kind == "table":
        text, max_rows = args
        return as_table(
            evaluate(state.graph, prepare(text), state.dataset, max_rows, text), state.graph
        )
    if kind == "call":
        name, kwargs = args
        return CALLS[name](state.graph, **kwargs)
    if kind == "view":
        from graph.view import Selection, view_html

        (options,) = args
        return view_html(state.dataset, Selection.of(**options))[0]
    if kind == "stats":
        return {
            "triples": len(state.graph),
            "graphs": sum(1 for g in state.dataset.graphs() if len(g)),
            "entities": len(entities(state.graph, limit=10**9)),
        }
    raise InputError([Problem("task", None, "", f"unknown task {kind!r}")])
