"""Exporters: one per format behind one small interface, each deterministic.

>>> sorted(EXPORTERS)
['gexf', 'graphml', 'nquads', 'nt', 'trig', 'turtle']
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from rdflib import Dataset, Graph, URIRef

__all__ = ["EXPORTERS", "Exporter", "export_bytes", "nquads", "union_graph"]


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
    return _text(union_graph(dataset), "turtle").encode("utf-8")


def _trig(dataset: Dataset) -> bytes:
    """One block per named graph, in IRI order (rdflib's own TriG order varies run to run)."""
    prefixes: list[str] = []
    blocks: list[str] = []
    for context in sorted(dataset.graphs(), key=lambda g: str(g.identifier)):
        if not isinstance(context.identifier, URIRef) or len(context) == 0:
            continue
        graph = Graph()
        for prefix, namespace in dataset.namespaces():
            graph.bind(prefix, namespace, override=True, replace=True)
        for triple in context:
            graph.add(triple)
        lines = _lines(_text(graph, "turtle"))
        prefixes.extend(line for line in lines if line.startswith("@prefix"))
        body = [line for line in lines if not line.startswith("@prefix")]
        while body and not body[0].strip():
            body.pop(0)
        # No indentation: lines may lie inside multi-line literals.
        text = "\n".join(body).rstrip()
        blocks.append(f"<{context.identifier}> {{\n{text}\n}}\n")
    header = "\n".join(sorted(set(prefixes)))
    return (header + "\n\n" + "\n".join(blocks)).encode("utf-8")


def _sorted_lines(data: str) -> bytes:
    lines = {line + "\n" for line in _lines(data) if line.strip()}
    return "".join(sorted(lines)).encode("utf-8")


def nquads(dataset: Dataset) -> str:
    """Sorted N-Quads of every named graph (rdflib's own N-Quads writer is deprecated)."""
    lines: set[str] = set()
    for context in dataset.graphs():
        if not isinstance(context.identifier, URIRef) or len(context) == 0:
            continue
        suffix = f" <{context.identifier}> .\n"
        graph = Graph()
        for triple in context:
            graph.add(triple)
        for line in _lines(_text(graph, "nt")):
            if line.strip():
                lines.add(line.removesuffix(" .") + suffix)
    return "".join(sorted(lines))


def _nquads(dataset: Dataset) -> bytes:
    return nquads(dataset).encode("utf-8")


def _nt(dataset: Dataset) -> bytes:
    return _sorted_lines(_text(union_graph(dataset), "nt"))


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
        Exporter("graphml", ".graphml", "application/graphml+xml", _projection("graphml")),
        Exporter("gexf", ".gexf", "application/gexf+xml", _projection("gexf")),
    )
}


def export_bytes(dataset: Dataset, fmt: str) -> bytes:
    """The dataset in format ``fmt`` (a key of :data:`EXPORTERS`)."""
    return EXPORTERS[fmt].write(dataset)
