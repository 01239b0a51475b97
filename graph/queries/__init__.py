"""Named SPARQL queries: one ``.rq`` file per query, parameters bound with ``initBindings``.

>>> sorted(QUERIES)[:3]
['entity', 'findings', 'names']
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.sparql import Query
from rdflib.plugins.stores.memory import Memory, SimpleMemory
from rdflib.term import Node, Variable

__all__ = ["QUERIES", "prepared", "run", "text_of"]

QUERIES = sorted(p.name[:-3] for p in files(__package__).iterdir() if p.name.endswith(".rq"))


def text_of(name: str) -> str:
    """The SPARQL text of the named query."""
    if name not in QUERIES:
        raise KeyError(f"no query {name!r} (known: {', '.join(QUERIES)})")
    return (files(__package__) / f"{name}.rq").read_text(encoding="utf-8")


@cache
def prepared(name: str) -> Query:
    return prepareQuery(text_of(name))


def run(graph: Graph, name: str, **bindings: Node | str | None) -> list[dict[str, Any]]:
    """Run a named query; each binding is an RDF term bound to the variable of that name
    (strings become literals: values are never pasted into the query text)."""
    init = {
        Variable(key): value if isinstance(value, (URIRef, Literal)) else Literal(value)
        for key, value in bindings.items()
        if value is not None
    }
    # rdflib's own engine takes the parsed query. Other stores evaluate the text themselves:
    # Oxigraph, and a SPARQL server (graph/remote.py), where rdflib's SPARQLStore cannot take
    # a parsed query and the bindings go in as a VALUES block opening the WHERE clause.
    from graph.remote import is_remote

    native = getattr(graph, "oxigraph", None)
    if native is not None:
        return _oxigraph_rows(native, text_of(name), init)
    local = isinstance(graph.store, (Memory, SimpleMemory)) and not is_remote(graph)
    query = prepared(name) if local else text_of(name)
    result = graph.query(query, initBindings=init)
    names = [str(v) for v in result.vars]
    return [{key: row[i] for i, key in enumerate(names)} for row in result]


def _oxigraph_rows(store, text: str, bindings: dict) -> list[dict[str, Any]]:
    """A named query run by pyoxigraph itself (graph.store.OxigraphStore), its terms made into
    rdflib terms once each: oxrdflib makes a new rdflib term for every cell, which took two
    to four times as long as the query."""
    import pyoxigraph as ox

    from graph.export import from_oxigraph, to_oxigraph

    solutions = store.query(
        text, substitutions={ox.Variable(str(k)): to_oxigraph(v) for k, v in bindings.items()}
    )
    names = [v.value for v in solutions.variables]
    made: dict = {}

    def rdflib_term(term):
        if term is None:
            return None
        found = made.get(term)
        if found is None:
            found = made[term] = from_oxigraph(term)
        return found

    return [
        {name: rdflib_term(value) for name, value in zip(names, solution, strict=True)}
        for solution in solutions
    ]
