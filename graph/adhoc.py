"""Running a user's own SPARQL safely: clear parse errors, nothing fetched from elsewhere.

rdflib follows ``SERVICE <url>`` and loads ``FROM <url>`` (local files included), and runs
``LOAD`` in updates, so such queries are refused before evaluation, by walking the parsed
algebra; updates are refused outright (the graph is read-only). ``kg query`` and the SPARQL
endpoint of ``kg serve`` share these rules.

    >>> form(prepare("ASK { ?s ?p ?o }"))
    'ASK'
"""

from __future__ import annotations

from itertools import islice

from pyparsing import ParseException
from rdflib import BNode, Dataset, Graph, Literal, URIRef, Variable
from rdflib.plugins.sparql import prepareQuery, prepareUpdate
from rdflib.plugins.sparql.algebra import translateAlgebra
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.plugins.sparql.sparql import Query
from rdflib.plugins.stores.memory import Memory, SimpleMemory
from rdflib.query import Result

from graph.output import Table
from graph.problems import InputError, Problem
from graph.store import quiet_rdflib_internals

__all__ = ["Refused", "TooManyRows", "evaluate", "form", "prepare", "run_query"]

FORMS = {
    "SelectQuery": "SELECT",
    "AskQuery": "ASK",
    "ConstructQuery": "CONSTRUCT",
    "DescribeQuery": "DESCRIBE",
}


class Refused(InputError):
    """A query the graph will not run: an update, or one reading data from elsewhere."""


class TooManyRows(InputError):
    """A result larger than the row cap."""


def _walk(node, names: set[str]) -> set[str]:
    found = set()
    if isinstance(node, CompValue):
        if node.name in names:
            found.add(node.name)
        for value in node.values():
            found |= _walk(value, names)
    elif isinstance(node, (list, tuple)):
        for value in node:
            found |= _walk(value, names)
    return found


def _is_update(text: str) -> bool:
    try:
        prepareUpdate(text)
    except Exception:
        return False
    return True


def prepare(text: str, origin: str = "query") -> Query:
    """The parsed query; :class:`Refused` for updates, SERVICE, FROM and FROM NAMED."""
    try:
        query = prepareQuery(text)
    except ParseException as exc:
        if _is_update(text):
            raise Refused(
                [Problem(origin, None, "", "refused: updates are not allowed (read-only graph)")]
            ) from None
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
    refused = {"SERVICE"} if _walk(query.algebra, {"ServiceGraphPattern"}) else set()
    if query.algebra.get("datasetClause"):
        refused.add("FROM / FROM NAMED")
    if refused:
        raise Refused(
            [
                Problem(
                    origin,
                    None,
                    "",
                    f"refused: {', '.join(sorted(refused))} would read data from outside the graph",
                )
            ]
        )
    return query


def form(query: Query) -> str:
    """``SELECT``, ``ASK``, ``CONSTRUCT`` or ``DESCRIBE``."""
    return FORMS[query.algebra.name]


def _rdflib_memory(graph: Graph) -> bool:
    return isinstance(graph.store, (Memory, SimpleMemory))


def _capped_elsewhere(graph: Graph, text: str, max_rows: int):
    """Run ``text`` in the store's own engine (Oxigraph, a SPARQL server), reading at most
    ``max_rows`` + 1 solutions of a SELECT."""
    result = graph.query(text)
    pending = getattr(result, "_genbindings", None)  # rdflib keeps a lazy result here
    if result.type == "SELECT" and max_rows and pending is not None:
        result.bindings = list(islice(pending, max_rows + 1))
    return result


def _set_template(query: Query) -> list:
    """The CONSTRUCT template. ``CONSTRUCT WHERE { bgp }`` has the pattern as template; rdflib
    looks for it two levels down, where a LIMIT (or a row cap) puts something else."""
    if not query.algebra.get("template"):
        node = query.algebra.p
        while isinstance(node, CompValue) and node.name != "BGP":
            node = node.get("p")
        if isinstance(node, CompValue):
            query.algebra["template"] = node.triples
    return query.algebra.get("template") or []


def evaluate(
    graph: Graph,
    query: Query,
    dataset: Dataset | None = None,
    max_rows: int = 0,
    text: str | None = None,
):
    """Run a prepared query; ``max_rows`` (0: no cap) raises :class:`TooManyRows` past it.

    The default graph is the union of the named graphs. A query with ``GRAPH`` runs on
    ``dataset`` (when given); the rest run on ``graph``, the union held as one plain graph,
    which rdflib queries many times faster.
    """
    target = dataset if dataset is not None and _walk(query.algebra, {"Graph"}) else graph
    if not _rdflib_memory(target):
        if text is None:
            raise ValueError("a store with its own engine needs the query text")
        return _checked(lambda: _capped_elsewhere(target, text, max_rows), max_rows)
    if form(query) == "CONSTRUCT":
        _set_template(query)
    if max_rows and form(query) in ("SELECT", "CONSTRUCT"):
        # Stop the solution sequence one past the cap, so a huge result is never built.
        inner = query.algebra.p
        query.algebra.p = CompValue("Slice", p=inner, start=0, length=max_rows + 1)
    return _checked(lambda: target.query(query), max_rows)


def _checked(run, max_rows: int):
    """``run()``'s result, sized; :class:`TooManyRows` past ``max_rows`` (0: no cap)."""
    try:
        with quiet_rdflib_internals():
            result = run()
            if result.type == "SELECT":
                size = len(result.bindings)  # at most max_rows + 1: the cap is in the query
            elif result.type in ("CONSTRUCT", "DESCRIBE"):
                size = len(result.graph)
            else:
                size = 0
    except InputError:
        raise
    except Exception as exc:
        raise InputError([Problem("query", None, "", f"query failed: {exc}")]) from None
    if max_rows and size > max_rows:
        unit = "rows" if result.type == "SELECT" else "triples"
        raise TooManyRows(
            [
                Problem(
                    "query",
                    None,
                    "",
                    f"the result has more than {max_rows} {unit} (the server's row cap);"
                    " narrow the query or add LIMIT",
                )
            ]
        )
    return result


def as_table(result, prefixes: Graph | None = None) -> Table | str:
    """A Table for SELECT, ``true``/``false`` for ASK, Turtle for CONSTRUCT/DESCRIBE."""
    if result.type == "ASK":
        return "true\n" if result.askAnswer else "false\n"
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        out = Graph()
        if prefixes is not None:
            for prefix, namespace in prefixes.namespaces():
                out.bind(prefix, namespace, override=True, replace=True)
        for triple in result.graph:
            out.add(triple)
        return out.serialize(format="turtle")
    columns = [str(v) for v in result.vars]
    rows = [
        {c: "" if row[i] is None else str(row[i]) for i, c in enumerate(columns)} for row in result
    ]
    return Table(columns, rows, "results")


def run_query(graph: Graph, text: str, origin: str = "query") -> Table | str:
    """A Table for SELECT, ``true``/``false`` for ASK, Turtle for CONSTRUCT/DESCRIBE."""
    query = prepare(text, origin)
    from graph.remote import is_remote

    if is_remote(graph):
        return as_table(_remote(graph, query, text, origin), graph)
    return as_table(evaluate(graph, query, text=text), graph)


def _remote(graph: Graph, query: Query, text: str, origin: str):
    """Run checked query text on a SPARQL server (graph/remote.py); an answer it cut short
    is an error. Virtuoso 7.2 cuts CONSTRUCT and DESCRIBE at its row cap without any sign,
    while a SELECT cut short says so: for those two the server is asked for the solutions
    (a SELECT of the same pattern) and the triples are made here, as rdflib makes them."""
    kind = form(query)
    if kind not in ("CONSTRUCT", "DESCRIBE"):
        return graph.query(text)
    solutions = [] if query.algebra.p is None else list(graph.query(_solutions_text(query)))
    result = Result(kind)
    result.graph = Graph()
    if kind == "CONSTRUCT":
        template = _set_template(query)
        for row in solutions:
            result.graph += _filled(template, row.asdict())
        return result
    resources = {term for term in query.algebra.PV if isinstance(term, URIRef)}
    resources |= {term for row in solutions for term in row if isinstance(term, URIRef)}
    ordered = sorted(resources)
    for start in range(0, len(ordered), DESCRIBE_BATCH):
        batch = " ".join(f"<{iri}>" for iri in ordered[start : start + DESCRIBE_BATCH])
        for s, p, o in graph.query(f"SELECT ?s ?p ?o WHERE {{ VALUES ?s {{ {batch} }} ?s ?p ?o }}"):
            result.graph.add((s, p, o))
    return result


DESCRIBE_BATCH = 50


def _solutions_text(query: Query) -> str:
    """The SELECT text of a CONSTRUCT's or DESCRIBE's pattern (all its variables)."""
    pattern = query.algebra.p
    node = pattern
    while isinstance(node, CompValue) and node.name != "Project":
        node = node.get("p")
    if isinstance(node, CompValue):  # DESCRIBE projects IRIs as well: those are not asked for
        node["PV"] = [term for term in node.PV if isinstance(term, Variable)]
        variables = node.PV
    else:
        variables = sorted(pattern._vars)
    select = CompValue("SelectQuery", p=pattern, datasetClause=None, PV=variables)
    return translateAlgebra(Query(query.prologue, select))


def _filled(template: list, row: dict) -> Graph:
    """The template's triples for one solution; triples with an unbound or ill-placed term are
    left out, and each blank node in the template is a new one per solution (SPARQL 16.2)."""
    out = Graph()
    fresh: dict[BNode, BNode] = {}
    for triple in template:
        terms = []
        for term in triple:
            if isinstance(term, Variable):
                term = row.get(str(term))
            elif isinstance(term, BNode):
                term = fresh.setdefault(term, BNode())
            terms.append(term)
        s, p, o = terms
        if s is None or p is None or o is None or isinstance(s, Literal):
            continue
        if not isinstance(p, URIRef):
            continue
        out.add((s, p, o))
    return out
