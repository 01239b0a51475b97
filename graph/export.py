"""Exporters: one per format behind one small interface, each deterministic.

>>> sorted(EXPORTERS)
['csv', 'gexf', 'graphml', 'jsonld', 'nquads', 'nt', 'trig', 'turtle']
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable
from dataclasses import dataclass

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import RDF, XSD

from graph.rdfio import quiet_rdflib_internals

__all__ = [
    "EXPORTERS",
    "GRAPH_FORMATS",
    "Exporter",
    "export_bytes",
    "from_oxigraph",
    "graph_bytes",
    "nquads",
    "union_graph",
]


@dataclass(frozen=True)
class Exporter:
    """A format: its file extension, media type, and a function dataset -> bytes."""

    name: str
    extension: str
    media_type: str
    write: Callable[[Dataset], bytes]


def union_graph(dataset: Dataset) -> Graph:
    """All named graphs merged (the default graph is their union), with the dataset's prefixes."""
    graph = Graph()
    for prefix, namespace in dataset.namespaces():
        graph.bind(prefix, namespace, override=True, replace=True)
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def to_oxigraph(term):
    """An rdflib term as a pyoxigraph term (a plain string is ``xsd:string`` in both)."""
    import pyoxigraph as ox

    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if term.language:
        return ox.Literal(str(term), language=term.language)
    if term.datatype is not None:
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
    return ox.Literal(str(term))


def from_oxigraph(term):
    """A pyoxigraph term as an rdflib term (a plain string without ``xsd:string``, as rdflib
    writes it)."""
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype is None or term.datatype.value == str(XSD.string):
        return Literal(term.value)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


def oxigraph_quads(dataset: Dataset):
    """Every quad of the dataset's named graphs as a pyoxigraph quad, and each triple once more
    in the default graph (which so holds their union, as in graph.store.OxigraphStore)."""
    import pyoxigraph as ox

    default = ox.DefaultGraph()
    with quiet_rdflib_internals():
        for s, p, o, context in dataset.quads((None, None, None, None)):
            name = context.identifier if isinstance(context, Graph) else context
            if not isinstance(name, URIRef) or name == DATASET_DEFAULT_GRAPH_ID:
                continue  # the build writes named graphs only
            triple = (to_oxigraph(s), to_oxigraph(p), to_oxigraph(o))
            yield ox.Quad(*triple, ox.NamedNode(str(name)))
            yield ox.Quad(*triple, default)


def _oxigraph(dataset: Dataset):
    """The dataset as a pyoxigraph Store: the Oxigraph database itself when it is one
    (``dataset.oxigraph``, graph.store.OxigraphStore), else a copy in memory.

    The file formats are written by pyoxigraph from here, many times faster than rdflib's
    serialisers, and so byte for byte the same whichever store the dataset came from."""
    import pyoxigraph as ox

    native = getattr(dataset, "oxigraph", None)
    if native is None:
        native = ox.Store()
        native.bulk_extend(oxigraph_quads(dataset))
    return native


def _sorted_lines(store, graph) -> list[str]:
    """The N-Triples lines of one graph of ``store`` (a set: no line twice), sorted as text, so
    a subject's lines, and a predicate's within them, are together (Turtle groups them)."""
    import pyoxigraph as ox

    data = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph) or b""
    # Literal line breaks are escaped in N-Triples: each line is one triple.
    lines = data.decode("utf-8").split("\n")
    lines.sort()
    return lines[1:] if lines and not lines[0] else lines


def _triple_lines(dataset: Dataset) -> list[str]:
    """The union of the named graphs (the store's default graph), one sorted line per triple."""
    import pyoxigraph as ox

    return _sorted_lines(_oxigraph(dataset), ox.DefaultGraph())


def _quad_lines(dataset: Dataset) -> list[str]:
    """Every quad of the named graphs, graph by graph in IRI order, each graph's sorted."""
    store = _oxigraph(dataset)
    lines = []
    for graph in sorted(store.named_graphs(), key=lambda g: g.value):
        suffix = f" {graph} ."
        lines.extend(line.removesuffix(" .") + suffix for line in _sorted_lines(store, graph))
    return lines


def _pretty(lines: list[str], fmt: str) -> bytes:
    """Sorted N-Triples/N-Quads lines as Turtle/TriG, with the project's prefixes."""
    import pyoxigraph as ox

    from graph.namespace import PREFIXES

    if not lines:
        return b""
    source, target = {
        "turtle": (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.TURTLE),
        "trig": (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG),
    }[fmt]
    items = ox.parse("\n".join(lines).encode("utf-8"), format=source)
    text = (ox.serialize(items, format=target, prefixes=PREFIXES) or b"").decode("utf-8")
    # pyoxigraph writes the prefixes in an order of its own: they are written here, sorted.
    head, body = [], text.split("\n")
    while body and body[0].startswith("@prefix "):
        head.append(body.pop(0))
    return "\n".join(sorted(head) + body).encode("utf-8")


def _joined_lines(lines: list[str]) -> bytes:
    return "".join(line + "\n" for line in lines).encode("utf-8")


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _text(graph: Graph, fmt: str) -> str:
    """rdflib's serialisation with control characters written as \\uXXXX escapes.

    rdflib writes them raw, which its own parser (and some others) then reject; an escape is
    valid in every string and IRI of Turtle, TriG, N-Triples and N-Quads.
    """
    text = graph.serialize(format=fmt)
    return _CONTROL.sub(lambda m: f"\\u{ord(m.group()):04X}", text)


def _lines(text: str) -> list[str]:
    """Lines split on newlines only (str.splitlines also splits on \\x0c, \\u2028...)."""
    return text.split("\n")


def _turtle(dataset: Dataset) -> bytes:
    return _pretty(_triple_lines(dataset), "turtle")


def _named_graphs(dataset: Dataset) -> list[Graph]:
    """The non-empty named graphs, in IRI order, each copied into a plain Graph.

    Read through ``dataset.quads`` (not each context's own triples), so a store that writes a
    literal differently (Oxigraph's ``xsd:string``) is read as the dataset presents it."""
    graphs: dict[URIRef, Graph] = {}
    with quiet_rdflib_internals():
        for s, p, o, context in dataset.quads((None, None, None, None)):
            name = context.identifier if isinstance(context, Graph) else context
            if not isinstance(name, URIRef) or name == DATASET_DEFAULT_GRAPH_ID:
                continue
            if name not in graphs:
                graphs[name] = Graph(identifier=name)
            graphs[name].add((s, p, o))
    return [graphs[name] for name in sorted(graphs)]


def _trig(dataset: Dataset) -> bytes:
    """One block per named graph, in IRI order."""
    return _pretty(_quad_lines(dataset), "trig")


def _sorted_text_lines(data: str) -> bytes:
    lines = {line + "\n" for line in _lines(data) if line.strip()}
    return "".join(sorted(lines)).encode("utf-8")


def nquads(dataset: Dataset) -> str:
    """Sorted N-Quads of every named graph."""
    return _nquads(dataset).decode("utf-8")


def _nquads(dataset: Dataset) -> bytes:
    return _joined_lines(_quad_lines(dataset))


def _nt(dataset: Dataset) -> bytes:
    return _joined_lines(_triple_lines(dataset))


def _sorted_json(value: object) -> object:
    """``value`` with every list of node objects or values in a fixed order (except @list)."""
    if isinstance(value, dict):
        return {key: item if key == "@list" else _sorted_json(item) for key, item in value.items()}
    if isinstance(value, list):
        items = [_sorted_json(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True, ensure_ascii=False))
    return value


def _jsonld(dataset: Dataset) -> bytes:
    """JSON-LD with an inline @context (no remote context) and one named graph per source.

    Each named graph is written by rdflib's JSON-LD serialiser and becomes
    ``{"@id": graph IRI, "@graph": [nodes]}``; nodes and values are sorted (rdflib leaves them in
    store order), keys sorted by ``json.dumps``.
    """
    from graph.namespace import PREFIXES

    context = dict(sorted(PREFIXES.items()))
    graphs = []
    for graph in _named_graphs(dataset):
        document = json.loads(graph.serialize(format="json-ld", context=context))
        if isinstance(document, list):
            nodes = document
        elif "@graph" in document:
            nodes = document["@graph"]
        else:
            nodes = [{k: v for k, v in document.items() if k != "@context"}]
        graphs.append({"@id": str(graph.identifier), "@graph": _sorted_json(nodes)})
    text = json.dumps(
        {"@context": context, "@graph": graphs}, sort_keys=True, indent=1, ensure_ascii=False
    )
    return (text + "\n").encode("utf-8")


CSV_COLUMNS = ["subject", "predicate", "object", "datatype", "language", "graph"]


def _csv_term(term) -> str:
    return f"_:{term}" if isinstance(term, BNode) else str(term)


def _csv(dataset: Dataset) -> bytes:
    """One row per quad: subject, predicate, object, datatype, language, graph; rows sorted.

    ``datatype`` is empty exactly when the object is an IRI or blank node: a plain string has
    ``xsd:string``, a tagged one ``rdf:langString`` (RDF 1.1). Cells a spreadsheet would run as
    a formula (``=``, ``+``, ``-``, ``@`` ...) get a leading ``'`` (graph.output.spreadsheet_safe).
    """
    from graph.output import spreadsheet_safe

    rows = set()
    for graph in _named_graphs(dataset):
        for s, p, o in graph:
            datatype = language = ""
            if isinstance(o, Literal):
                language = o.language or ""
                datatype = str(o.datatype or (RDF.langString if o.language else XSD.string))
            rows.add(
                (
                    _csv_term(s),
                    _csv_term(p),
                    _csv_term(o),
                    datatype,
                    language,
                    str(graph.identifier),
                )
            )
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows([spreadsheet_safe(cell) for cell in row] for row in sorted(rows))
    return out.getvalue().encode("utf-8")


def _projection(fmt: str) -> Callable[[Dataset], bytes]:
    """The network view's projection (graph/view.py) for Gephi and Cytoscape."""

    def write(dataset: Dataset) -> bytes:
        from graph.view import export_projection

        return export_projection(dataset, fmt)

    return write


EXPORTERS: dict[str, Exporter] = {
    e.name: e
    for e in (
        Exporter("turtle", ".ttl", "text/turtle", _turtle),
        Exporter("trig", ".trig", "application/trig", _trig),
        Exporter("nquads", ".nq", "application/n-quads", _nquads),
        Exporter("nt", ".nt", "application/n-triples", _nt),
        Exporter("jsonld", ".jsonld", "application/ld+json", _jsonld),
        Exporter("csv", ".csv", "text/csv", _csv),
        Exporter("graphml", ".graphml", "application/graphml+xml", _projection("graphml")),
        Exporter("gexf", ".gexf", "application/gexf+xml", _projection("gexf")),
    )
}


def export_bytes(dataset: Dataset, fmt: str) -> bytes:
    """The dataset in format ``fmt`` (a key of :data:`EXPORTERS`)."""
    return EXPORTERS[fmt].write(dataset)


GRAPH_FORMATS = ["turtle", "nt", "jsonld", "rdfxml"]


def graph_bytes(graph: Graph, fmt: str) -> bytes:
    """One graph (no named graphs: a CONSTRUCT result) as ``turtle``, ``nt``, ``jsonld``
    (inline context) or ``rdfxml``; N-Triples lines and JSON-LD nodes are sorted."""
    from graph.namespace import PREFIXES

    if fmt == "turtle":
        return _text(graph, "turtle").encode("utf-8")
    if fmt == "nt":
        return _sorted_text_lines(_text(graph, "nt"))
    if fmt == "jsonld":
        context = dict(sorted(PREFIXES.items()))
        document = json.loads(graph.serialize(format="json-ld", context=context))
        if isinstance(document, dict):
            nodes = document.get("@graph", [{k: v for k, v in document.items() if k != "@context"}])
        else:
            nodes = document
        text = json.dumps(
            {"@context": context, "@graph": _sorted_json(nodes)},
            sort_keys=True,
            indent=1,
            ensure_ascii=False,
        )
        return (text + "\n").encode("utf-8")
    if fmt == "rdfxml":
        return graph.serialize(format="xml", encoding="utf-8")
    raise ValueError(f"unknown graph format {fmt!r}")
