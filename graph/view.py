"""The network view: an ontology-driven networkx projection of the dataset, drawn with pyvis.

Which classes are drawn as nodes, which properties as edges, and how, is read from the ontology
graph inside the dataset, never from this module: ``kg:viewNode``, ``kg:viewColor`` and
``kg:viewShape`` on a class make its instances nodes (an instance takes its most specific such
class); ``kg:viewEdge "label"`` on an object property draws it as a labelled edge (sub-properties
inherit the label of their nearest annotated super-property); ``kg:viewEdgeFrom``,
``kg:viewEdgeTo`` and ``kg:viewEdgeLabel`` on a relationship class (kg:PostHolding) draw each of
its instances as one edge carrying the instance's facts.

:func:`project` gives a networkx ``MultiDiGraph``; :func:`select` narrows it (focus and depth,
types, dates, source, theme); :func:`render_html` draws it as one offline page: pyvis's network
model and the vis-network it ships, rendered through ``graph/templates/view.html`` with every
script and style inlined and a Content-Security-Policy that lets the page fetch nothing.

Safety: every text reaches the page as JSON inside ``<script type="application/json">`` with
``<``, ``>`` and ``&`` escaped as ``\\u003c``..., and the page's script shows it with
``textContent`` only. pyvis's ``title`` (switched to ``innerHTML`` when any title contains
"href") and ``heading`` (rendered raw) are never used.
"""

from __future__ import annotations

import hashlib
import io
import json
import math
import random
import re
from base64 import b64encode
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import networkx as nx
import pyvis
from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup
from pyvis.network import Network
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from graph.build import superterms
from graph.export import union_graph
from graph.iris import ONTOLOGY_GRAPH
from graph.model import date_period
from graph.namespace import DCTERMS, KG, OA, OWL, RDF, RDFS, SKOS, TIME, XSD
from graph.problems import InputError, Problem
from graph.store import atomic_write

__all__ = [
    "PHYSICS_LIMIT",
    "NodeType",
    "Selection",
    "ViewSpec",
    "export_projection",
    "layout",
    "project",
    "render_html",
    "select",
    "view_html",
    "write_view",
]

TEMPLATES = Path(__file__).parent / "templates"
PYVIS_VIS = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2"  # the vis-network pyvis ships
PHYSICS_LIMIT = 300  # above this many nodes the browser runs no physics: positions come from here
LABEL_WIDTH = 40  # characters of a label drawn on the canvas (the full label is in tooltip/panel)
INSIDE_WIDTH = 26  # the same for shapes that hold their label inside (box, ellipse...)
INSIDE_SHAPES = {"box", "ellipse", "circle", "database", "text"}
SHORT_TEXT = 160  # longer literals are shown as text blocks rather than in the facts table
TEXT_LIMIT = 1200  # longer literals (a source's whole text) are cut in the page
DATE_TYPES = {XSD.date, XSD.gYearMonth, XSD.gYear}
TIME_PARTS = {TIME.hasBeginning: "from", TIME.hasEnd: "until", TIME.inside: "at"}


# --- what the ontology says ------------------------------------------------------------------


@dataclass(frozen=True)
class NodeType:
    """A class drawn as nodes: its local name (``--types``, the vis group), label and style."""

    iri: str
    name: str
    label: str
    color: str
    shape: str


def _local(iri: Node) -> str:
    text = str(iri)
    return re.split(r"[#/]", text.rstrip("/#"))[-1] or text


def _text_value(graph: Graph, subject: Node, *props: URIRef) -> str | None:
    """The first value of the first property that has one, preferring English or no language."""
    for prop in props:
        values = sorted(graph.objects(subject, prop), key=lambda v: (_lang_rank(v), str(v)))
        if values:
            return str(values[0])
    return None


def _lang_rank(value: Node) -> int:
    lang = getattr(value, "language", None)
    return 0 if lang in (None, "en") else 1 if str(lang).startswith("en") else 2


class ViewSpec:
    """The view annotations of an ontology graph."""

    def __init__(self, ontology: Graph):
        self.ontology = ontology
        self.class_supers = superterms(ontology, RDFS.subClassOf)
        self.prop_supers = superterms(ontology, RDFS.subPropertyOf)
        self.properties = {
            p
            for kind in (OWL.ObjectProperty, OWL.DatatypeProperty)
            for p in ontology.subjects(RDF.type, kind)
            if isinstance(p, URIRef)
        }
        self.classes = {c for c in ontology.subjects(RDF.type, OWL.Class) if isinstance(c, URIRef)}
        self.node_types: dict[URIRef, NodeType] = {}
        for cls, flag in ontology.subject_objects(KG.viewNode):
            if isinstance(cls, URIRef) and isinstance(flag, Literal) and flag.toPython() is True:
                self.node_types[cls] = NodeType(
                    iri=str(cls),
                    name=_local(cls),
                    label=self.label(cls),
                    color=str(ontology.value(cls, KG.viewColor) or "#97c2fc"),
                    shape=str(ontology.value(cls, KG.viewShape) or "dot"),
                )
        self.relations: dict[URIRef, tuple[URIRef, URIRef, str]] = {}
        for cls, start in ontology.subject_objects(KG.viewEdgeFrom):
            end = ontology.value(cls, KG.viewEdgeTo)
            if isinstance(cls, URIRef) and isinstance(start, URIRef) and isinstance(end, URIRef):
                label = ontology.value(cls, KG.viewEdgeLabel)
                self.relations[cls] = (start, end, str(label or self.label(cls)))
        own = {
            p: str(label)
            for p, label in ontology.subject_objects(KG.viewEdge)
            if isinstance(p, URIRef)
        }
        self.edge_labels: dict[URIRef, str] = {}
        for prop in self.properties | set(own):
            label = self._nearest_edge_label(prop, own)
            if label is not None:
                self.edge_labels[prop] = label

    def _nearest_edge_label(self, prop: URIRef, own: dict[URIRef, str]) -> str | None:
        """The property's own ``kg:viewEdge``, else its nearest annotated super-property's."""
        layer, seen = [prop], {prop}
        while layer:
            found = sorted(own[p] for p in layer if p in own)
            if found:
                return found[0]
            nxt = []
            for p in layer:
                for q in self.ontology.objects(p, RDFS.subPropertyOf):
                    if isinstance(q, URIRef) and q not in seen:
                        seen.add(q)
                        nxt.append(q)
            layer = nxt
        return None

    def label(self, term: Node) -> str:
        """The ontology's label of a class or property, else its local name."""
        return _text_value(self.ontology, term, RDFS.label, SKOS.prefLabel) or _local(term)

    def is_sub_property(self, sub: Node, sup: Node) -> bool:
        return sup in self.prop_supers.get(sub, ())

    def node_type(self, types: Iterable[Node]) -> tuple[NodeType, URIRef] | None:
        """The most specific view class among ``types`` and their super-classes, and the most
        specific own class of the instance (its kind: Council for a Body)."""
        types = set(types)
        candidates = {
            c
            for t in types
            for c in ({t} | self.class_supers.get(t, set()))
            if c in self.node_types
        }
        if not candidates:
            return None
        specific = sorted(
            (
                c
                for c in candidates
                if not any(c in self.class_supers.get(o, ()) for o in candidates)
            ),
            key=str,
        )
        chosen = specific[0]
        kinds = [
            t
            for t in types
            if t in self.classes and (t == chosen or chosen in self.class_supers.get(t, ()))
        ]
        kind = max(kinds, key=lambda t: (len(self.class_supers.get(t, ())), str(t)), default=chosen)
        return self.node_types[chosen], kind

    def relation(self, types: Iterable[Node]) -> tuple[URIRef, URIRef, str] | None:
        for t in sorted(types, key=str):
            for c in [t, *sorted(self.class_supers.get(t, ()), key=str)]:
                if c in self.relations:
                    return self.relations[c]
        return None


# --- the projection --------------------------------------------------------------------------


def _date_bounds(value: str) -> tuple[date, date] | None:
    """``"2018"`` -> (2018-01-01, 2018-12-31); None when not a YYYY[-MM[-DD]] date."""
    try:
        return date_period(value)
    except ValueError:
        return None


def _cut(text: str, limit: int = TEXT_LIMIT) -> str:
    text = text.strip()
    if len(text) <= limit:
        return text
    return f"{text[:limit].rstrip()}… [{len(text):,} characters in all]"


class _Projector:
    def __init__(self, dataset: Dataset):
        # Read the ontology graph in place (Dataset.graph would add it: a write).
        self.spec = ViewSpec(Graph(store=dataset.store, identifier=ONTOLOGY_GRAPH))
        self.data = union_graph(dataset)
        self.types: dict[Node, set[Node]] = {}
        for s, o in self.data.subject_objects(RDF.type):
            self.types.setdefault(s, set()).add(o)
        self.names: dict[Node, str] = {}

    def name(self, term: Node) -> str:
        if term not in self.names:
            self.names[term] = _text_value(
                self.data, term, SKOS.prefLabel, RDFS.label, KG.title
            ) or _local(term)
        return self.names[term]

    def run(self) -> nx.MultiDiGraph:
        spec = self.spec
        graph = nx.MultiDiGraph()
        nodes: dict[Node, tuple[NodeType, URIRef]] = {}
        relations: dict[Node, tuple[URIRef, URIRef, str]] = {}
        for subject in sorted(self.types, key=str):
            if not isinstance(subject, URIRef):
                continue
            relation = spec.relation(self.types[subject])
            if relation is not None:
                relations[subject] = relation
                continue
            typed = spec.node_type(self.types[subject])
            if typed is not None:
                nodes[subject] = typed
        sources: dict[str, dict[str, Any]] = {}
        for subject, (ntype, kind) in nodes.items():
            facts = self.describe(subject, nodes)
            graph.add_node(
                str(subject),
                type=ntype.name,
                kind=spec.label(kind),
                **facts,
            )
            for source in facts["sources"]:
                sources.setdefault(source, {})
        for subject in nodes:
            by_object: dict[Node, list[URIRef]] = {}
            for prop, obj in self.data.predicate_objects(subject):
                if obj in nodes and prop in spec.edge_labels:
                    by_object.setdefault(obj, []).append(prop)
            for obj in sorted(by_object, key=str):
                props = by_object[obj]
                kept = [p for p in props if not any(spec.is_sub_property(q, p) for q in props)]
                labels: dict[str, URIRef] = {}
                for prop in sorted(kept, key=str):
                    labels.setdefault(spec.edge_labels[prop], prop)
                for label, prop in sorted(labels.items()):
                    graph.add_edge(
                        str(subject), str(obj), key=str(prop), label=label, property=str(prop)
                    )
        for subject, (start_prop, end_prop, label) in sorted(relations.items(), key=str):
            start = self.data.value(subject, start_prop)
            end = self.data.value(subject, end_prop)
            if start in nodes and end in nodes:
                facts = self.describe(subject, nodes)
                facts["title"] = facts.pop("label")
                for source in facts["sources"]:
                    sources.setdefault(source, {})
                graph.add_edge(
                    str(start),
                    str(end),
                    key=str(subject),
                    label=label,
                    property=str(next(iter(sorted(self.types[subject], key=str)))),
                    relation=True,
                    kind=spec.label(
                        next(
                            (t for t in sorted(self.types[subject], key=str) if t in spec.classes),
                            subject,
                        )
                    ),
                    **facts,
                )
        for source in sources:
            term = URIRef(source)
            published = next(
                (
                    str(o)
                    for o in sorted(self.data.objects(term, None), key=str)
                    if isinstance(o, Literal) and o.datatype in DATE_TYPES
                ),
                None,
            )
            sources[source] = {"id": _local(term), "title": self.name(term), "date": published}
        graph.graph["types"] = [
            {"name": t.name, "label": t.label, "color": t.color, "shape": t.shape, "iri": t.iri}
            for t in sorted(spec.node_types.values(), key=lambda t: t.label)
        ]
        graph.graph["sources"] = sources
        graph.graph["themes"] = {
            str(theme): self.name(theme)
            for _, theme in self.data.subject_objects(DCTERMS.subject)
            if isinstance(theme, URIRef)
        }
        return graph

    def describe(self, subject: URIRef, nodes: dict[Node, Any]) -> dict[str, Any]:
        """Label, names, dates, facts, texts, evidence, sources and themes of one resource."""
        spec, data = self.spec, self.data
        pairs = list(data.predicate_objects(subject))
        present: dict[Node, set[Node]] = {}
        for prop, obj in pairs:
            present.setdefault(obj, set()).add(prop)
        names = sorted({str(o) for o in data.objects(subject, SKOS.altLabel)})
        dates: list[list[str]] = []
        facts: list[list[str]] = []
        texts: list[list[str]] = []
        links: list[list[str]] = []
        evidence: dict[str, dict[str, Any]] = {}
        bounds: list[tuple[date, date]] = []
        intervals: list[tuple[str, Node]] = []

        def add_date(label: str, value: str) -> None:
            dates.append([label, value])
            found = _date_bounds(value)
            if found:
                bounds.append(found)

        for prop, obj in sorted(pairs, key=lambda po: (str(po[0]), str(po[1]))):
            if prop not in spec.properties:
                continue
            if any(spec.is_sub_property(q, prop) for q in present[obj]):
                continue  # a more specific property states the same thing
            label = spec.label(prop)
            if prop == KG.evidence or spec.is_sub_property(prop, KG.evidence):
                span = self.span(obj, label)
                if span is not None:
                    evidence.setdefault(str(obj), span)
            elif isinstance(obj, Literal):
                if obj.datatype in DATE_TYPES:
                    add_date(label, str(obj))
                elif len(str(obj)) > SHORT_TEXT:
                    texts.append([label, _cut(str(obj))])
                else:
                    facts.append([label, str(obj)])
            elif obj in nodes:
                if prop not in spec.edge_labels:
                    links.append([label, str(obj)])
            elif TIME.Interval in self.types.get(obj, ()):
                intervals.append((label, obj))
            elif isinstance(obj, URIRef):
                named = _text_value(data, obj, SKOS.prefLabel, RDFS.label)
                if named:
                    facts.append([label, named])
        for label, interval in intervals:  # OWL-Time: begin, end, instants inside
            for part, word in TIME_PARTS.items():
                for instant in sorted(data.objects(interval, part), key=str):
                    for value in sorted(data.objects(instant, None), key=str):
                        if not isinstance(value, Literal) or value.datatype not in DATE_TYPES:
                            continue
                        if part != TIME.inside or str(value) not in {d[1] for d in dates}:
                            add_date(f"{label} {word}", str(value))
        sources = sorted({str(o) for o in data.objects(subject, KG.source)})
        themes = sorted({str(o) for o in data.objects(subject, DCTERMS.subject)})
        return {
            "label": self.name(subject),
            "names": names,
            "dates": dates,
            "facts": facts,
            "texts": texts,
            "links": links,
            "evidence": sorted(evidence.values(), key=lambda e: (e["source"], e["start"])),
            "sources": sources,
            "themes": themes,
            "start": min(b[0] for b in bounds).isoformat() if bounds else None,
            "end": max(b[1] for b in bounds).isoformat() if bounds else None,
        }

    def span(self, span: Node, label: str) -> dict[str, Any] | None:
        """An evidence span's quoted words (oa:exact, with prefix and suffix) and its source."""
        data = self.data
        exact = prefix = suffix = None
        start = 0
        for selector in data.objects(span, OA.hasSelector):
            if data.value(selector, OA.exact) is not None:
                exact = str(data.value(selector, OA.exact))
                prefix = str(data.value(selector, OA.prefix) or "")
                suffix = str(data.value(selector, OA.suffix) or "")
            if data.value(selector, OA.start) is not None:
                start = int(data.value(selector, OA.start).toPython())
        if exact is None:
            return None
        source = data.value(span, OA.hasSource)
        return {
            "kind": label,
            "exact": exact,
            "prefix": prefix,
            "suffix": suffix,
            "source": str(source) if source is not None else "",
            "start": start,
        }


def project(dataset: Dataset) -> nx.MultiDiGraph:
    """The view's graph: nodes keyed by IRI, edges keyed by property (or relationship) IRI.

    Node attributes: ``type`` (the view class's local name), ``kind`` (its most specific class's
    label), ``label``, ``names``, ``dates``, ``facts``, ``texts``, ``links``, ``evidence``
    (``exact``/``prefix``/``suffix`` and ``source``), ``sources``, ``themes``, ``start``/``end``
    (ISO dates bounding its dates). Graph attributes: ``types`` (legend), ``sources``
    (IRI -> id, title, date) and ``themes`` (IRI -> label).
    """
    return _Projector(dataset).run()


# --- narrowing -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Selection:
    """What ``kg viz`` keeps: every field None/empty keeps everything."""

    focus: str | None = None
    depth: int = 1
    types: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    source: str | None = None
    theme: str | None = None

    @classmethod
    def of(
        cls,
        focus: str | None = None,
        depth: int = 1,
        types: str | Sequence[str] | None = None,
        since: str | None = None,
        until: str | None = None,
        source: str | None = None,
        theme: str | None = None,
    ) -> Selection:
        """Build from CLI-style values: ``types`` may be ``"Person,Body"`` or a list."""
        if isinstance(types, str):
            types = [types]
        names = tuple(t.strip() for group in types or () for t in group.split(",") if t.strip())
        return cls(
            focus=focus or None,
            depth=depth,
            types=names,
            since=since or None,
            until=until or None,
            source=source or None,
            theme=theme or None,
        )

    def describe(self) -> str:
        parts = []
        if self.focus:
            parts.append(f"around {self.focus} (depth {self.depth})")
        if self.types:
            parts.append("types " + ", ".join(self.types))
        if self.since or self.until:
            parts.append(f"dated {self.since or '…'} to {self.until or '…'}")
        if self.source:
            parts.append(f"source {self.source}")
        if self.theme:
            parts.append(f"theme {self.theme}")
        return "; ".join(parts)


def _match(graph: nx.MultiDiGraph, wanted: str, candidates: Iterable[str]) -> list[str]:
    """Nodes whose IRI, IRI tail, last segment, label or alias is ``wanted`` (case-blind)."""
    key = wanted.strip().casefold()
    exact, tail, named = [], [], []
    for node in candidates:
        attrs = graph.nodes[node]
        if node.casefold() == key:
            exact.append(node)
        elif node.casefold().endswith("/" + key):
            tail.append(node)
        elif key in {attrs["label"].casefold(), *(n.casefold() for n in attrs["names"])}:
            named.append(node)
    return exact or tail or named


def select(graph: nx.MultiDiGraph, selection: Selection) -> nx.MultiDiGraph:
    """A copy of ``graph`` narrowed by ``selection``; InputError names every bad option."""
    problems: list[Problem] = []
    keep = set(graph)
    edges_ok = {(u, v, k) for u, v, k in graph.edges(keys=True)}

    def problem(option: str, message: str) -> None:
        problems.append(Problem(option, None, "", message))

    # --source: the facts a source reports, the source itself, and what they touch
    if selection.source:
        sources = graph.graph.get("sources", {})
        found = [
            iri
            for iri, info in sources.items()
            if selection.source.casefold() in {iri.casefold(), info["id"].casefold()}
        ]
        if not found:
            known = ", ".join(sorted(info["id"] for info in sources.values()))
            problem("--source", f"unknown source {selection.source!r} (known: {known})")
        else:
            source = found[0]
            facts = {n for n in keep if source in graph.nodes[n]["sources"] or n == source}
            edges_ok = {
                (u, v, k)
                for u, v, k in edges_ok
                if not graph.edges[u, v, k].get("sources")
                or source in graph.edges[u, v, k]["sources"]
            }
            touched = {
                other
                for n in facts
                for other in nx.all_neighbors(graph, n)
                if not graph.nodes[other]["sources"]
            }
            keep &= facts | touched

    # --theme: the facts filed under a theme and what they touch
    if selection.theme:
        themes = graph.graph.get("themes", {})
        key = selection.theme.casefold()
        found = [
            iri
            for iri, label in themes.items()
            if key in {iri.casefold(), _local(URIRef(iri)).casefold(), label.casefold()}
        ]
        if not found:
            known = ", ".join(sorted(_local(URIRef(iri)) for iri in themes))
            problem("--theme", f"unknown theme {selection.theme!r} (known: {known})")
        else:
            seeds = {n for n in keep if found[0] in graph.nodes[n]["themes"]}
            keep &= seeds | {o for n in seeds for o in nx.all_neighbors(graph, n)}

    # --since/--until: dated things that overlap the range, then undated things next to them
    low = high = None
    for option, value in (("--since", selection.since), ("--until", selection.until)):
        if value is None:
            continue
        bounds = _date_bounds(value)
        if bounds is None:
            problem(option, f"{value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
        elif option == "--since":
            low = bounds[0]
        else:
            high = bounds[1]
    if low and high and low > high:
        problem("--since", f"{selection.since} is after --until {selection.until}")
    elif low or high:

        def in_range(attrs: dict[str, Any]) -> bool | None:
            if not attrs.get("start"):
                return None
            start, end = date.fromisoformat(attrs["start"]), date.fromisoformat(attrs["end"])
            return (low is None or end >= low) and (high is None or start <= high)

        dated = {n for n in keep if in_range(graph.nodes[n]) is True}
        edges_ok = {e for e in edges_ok if in_range(graph.edges[e]) is not False}
        undated = {n for n in keep if in_range(graph.nodes[n]) is None}
        facts = {
            n
            for n in undated
            if graph.nodes[n]["sources"] and any(o in dated for o in nx.all_neighbors(graph, n))
        }
        near = dated | facts
        others = {n for n in undated - facts if any(o in near for o in nx.all_neighbors(graph, n))}
        keep &= near | others

    # --focus/--depth: the neighbourhood, edges taken in either direction
    if selection.focus:
        if selection.depth < 0:
            problem("--depth", "must be 0 or more")
        found = _match(graph, selection.focus, sorted(keep))
        if not found:
            problem("--focus", f"no node named {selection.focus!r} in the view")
        elif len(found) > 1:
            listed = ", ".join(found[:8])
            problem("--focus", f"{selection.focus!r} names {len(found)} nodes: {listed}")
        elif selection.depth >= 0:
            sub = graph.subgraph(keep).edge_subgraph(edges_ok)
            sub = nx.MultiDiGraph(sub)
            sub.add_node(found[0])
            near = nx.ego_graph(sub, found[0], radius=selection.depth, undirected=True)
            keep &= set(near)

    # --types: only these kinds of node
    if selection.types:
        by_name = {t["name"].casefold(): t["name"] for t in graph.graph.get("types", [])}
        by_name.update({t["label"].casefold(): t["name"] for t in graph.graph.get("types", [])})
        wanted = set()
        for name in selection.types:
            if name.casefold() in by_name:
                wanted.add(by_name[name.casefold()])
            else:
                known = ", ".join(sorted({t["name"] for t in graph.graph.get("types", [])}))
                problem("--types", f"unknown type {name!r} (known: {known})")
        keep = {n for n in keep if graph.nodes[n]["type"] in wanted}

    if problems:
        raise InputError(problems)
    result = nx.MultiDiGraph()
    result.graph.update(graph.graph)
    result.add_nodes_from((n, graph.nodes[n]) for n in graph if n in keep)
    result.add_edges_from(
        (u, v, k, d)
        for u, v, k, d in graph.edges(keys=True, data=True)
        if u in keep and v in keep and (u, v, k) in edges_ok
    )
    return result


# --- layout ----------------------------------------------------------------------------------


def layout(graph: nx.Graph, seed: int = 1) -> dict[str, tuple[float, float]]:
    """Deterministic positions in vis-network pixels.

    igraph's Fruchterman-Reingold (1.3 s at 20,000 nodes) when igraph is installed, else a
    phyllotaxis spiral in breadth-first order (neighbours land near each other; the browser's
    physics tidies small graphs).
    """
    nodes = list(graph)
    n = len(nodes)
    if n == 0:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    pairs = sorted({tuple(sorted((index[u], index[v]))) for u, v in graph.edges() if u != v})
    try:
        import igraph
    except ImportError:
        coords = _spiral(n, pairs)
    else:
        g = igraph.Graph(n=n, edges=pairs)
        igraph.set_random_number_generator(random.Random(seed))
        try:
            coords = [tuple(c) for c in g.layout_fruchterman_reingold().coords]
        finally:
            igraph.set_random_number_generator(random)
    xs = [c[0] for c in coords]
    ys = [c[1] for c in coords]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    side = max(500.0, 95.0 * math.sqrt(n))
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return {
        node: (round((x - cx) / span * side, 1), round((y - cy) / span * side, 1))
        for node, (x, y) in zip(nodes, coords, strict=True)
    }


def _spiral(n: int, pairs: list[tuple[int, int]]) -> list[tuple[float, float]]:
    neighbours: list[list[int]] = [[] for _ in range(n)]
    for a, b in pairs:
        neighbours[a].append(b)
        neighbours[b].append(a)
    order: list[int] = []
    seen = [False] * n
    for root in sorted(range(n), key=lambda i: -len(neighbours[i])):
        if seen[root]:
            continue
        seen[root] = True
        queue = [root]
        while queue:
            node = queue.pop(0)
            order.append(node)
            for other in neighbours[node]:
                if not seen[other]:
                    seen[other] = True
                    queue.append(other)
    golden = math.pi * (3 - math.sqrt(5))
    coords = [(0.0, 0.0)] * n
    for rank, node in enumerate(order):
        radius = math.sqrt(rank + 0.5)
        coords[node] = (radius * math.cos(rank * golden), radius * math.sin(rank * golden))
    return coords


# --- rendering -------------------------------------------------------------------------------


def _short(text: str, width: int = LABEL_WIDTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _json_for_html(value: Any) -> str:
    """JSON that cannot end the ``<script>`` element it sits in, nor open a comment or tag."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _asset(path: Path, closing: str) -> str:
    text = path.read_text(encoding="utf-8")
    if closing in text.lower():
        raise ValueError(f"{path} contains {closing!r} and cannot be inlined")
    return text


def _csp_hash(script: str) -> str:
    return "'sha256-" + b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


class OfflineNetwork(Network):
    """A pyvis network rendered by graph/templates/view.html into one page that fetches nothing.

    pyvis keeps the node and edge lists (filled directly: its ``add_edge`` is quadratic) and the
    options; vis-network comes from the copy pyvis ships, inlined. Nothing goes through pyvis's
    ``title``/``heading`` paths. The Jinja environment autoescapes; data goes in as JSON.
    """

    def __init__(self, title: str):
        super().__init__(height="100%", width="100%", directed=True, cdn_resources="in_line")
        self.page_title = title
        self.set_template_dir(f"{TEMPLATES}/", "view.html")
        self.templateEnv = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=True)

    def generate_html(self, name="index.html", local=True, notebook=False, **payload) -> str:
        template = self.templateEnv.get_template(self.path)
        payload = {**payload, "nodes": self.nodes, "edges": self.edges, "options": self.options}
        scripts = [
            _asset(PYVIS_VIS / "vis-network.min.js", "</script"),
            _asset(TEMPLATES / "view.js", "</script"),
        ]
        return template.render(
            title=self.page_title,
            subtitle=payload.get("subtitle", ""),
            data=Markup(_json_for_html(payload)),
            vis_css=Markup(_asset(PYVIS_VIS / "vis-network.css", "</style")),
            view_css=Markup(_asset(TEMPLATES / "view.css", "</style")),
            vis_js=Markup(scripts[0]),
            view_js=Markup(scripts[1]),
            script_hashes=" ".join(_csp_hash(s) for s in scripts),
        )


def _options(types: list[dict[str, str]], n: int, physics: bool) -> dict[str, Any]:
    large = n > PHYSICS_LIMIT
    return {
        "groups": {
            t["name"]: {
                "shape": t["shape"],
                "color": {
                    "background": t["color"],
                    "border": "#33333355",
                    "highlight": {"background": t["color"], "border": "#111111"},
                    "hover": {"background": t["color"], "border": "#111111"},
                },
            }
            for t in types
        },
        "nodes": {
            "borderWidth": 1,
            "font": {"size": 12, "face": "system-ui, sans-serif", "color": "#1f2933"},
            "scaling": {
                "min": 8,
                "max": 40,
                "label": {"enabled": True, "min": 12, "max": 30, "drawThreshold": 6},
            },
            "widthConstraint": {"maximum": 260},
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.45}},
            "color": {"color": "#9aa5b1", "highlight": "#1f2933", "hover": "#52606d"},
            "font": {
                "size": 9,
                "color": "#52606d",
                "strokeWidth": 3,
                "strokeColor": "#ffffff",
                "align": "middle",
            },
            "smooth": False if large else {"enabled": True, "type": "continuous"},
            "width": 0.8,
            "selectionWidth": 1.5,
        },
        "layout": {"improvedLayout": False, "randomSeed": 1},
        "physics": {
            "enabled": physics,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {
                "gravitationalConstant": -120,
                "centralGravity": 0.012,
                "springLength": 90,
                "springConstant": 0.06,
                "avoidOverlap": 0.6,
                "damping": 0.5,
            },
            "stabilization": {"enabled": physics, "iterations": 400, "fit": True},
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 120,
            "hideEdgesOnDrag": large,
            "hideEdgesOnZoom": large,
            "multiselect": False,
        },
    }


def render_html(
    graph: nx.MultiDiGraph,
    *,
    title: str = "Knowledge graph",
    subtitle: str = "",
    physics: bool | None = None,
    positions: dict[str, tuple[float, float]] | None = None,
) -> str:
    """The page for ``graph`` (from :func:`project`/:func:`select`).

    ``physics`` None: on for at most :data:`PHYSICS_LIMIT` nodes, starting from the computed
    layout; off above, so the first draw is the computed layout.
    """
    n = graph.number_of_nodes()
    physics = n <= PHYSICS_LIMIT if physics is None else physics
    positions = layout(graph) if positions is None else positions
    index = {node: i for i, node in enumerate(graph)}
    net = OfflineNetwork(title)
    degree = dict(graph.degree())
    types = graph.graph.get("types", [])
    inside = {t["name"] for t in types if t["shape"] in INSIDE_SHAPES}
    counts: dict[str, int] = {}
    details = []
    for node, attrs in graph.nodes(data=True):
        counts[attrs["type"]] = counts.get(attrs["type"], 0) + 1
        x, y = positions.get(node, (0.0, 0.0))
        net.nodes.append(
            {
                "id": index[node],
                "label": _short(
                    attrs["label"], INSIDE_WIDTH if attrs["type"] in inside else LABEL_WIDTH
                ),
                "group": attrs["type"],
                "value": degree[node] + 1,
                "x": x,
                "y": y,
            }
        )
        details.append(_details(node, attrs))
    net.node_ids = list(range(n))
    edge_details: dict[str, Any] = {}
    for number, (u, v, key, attrs) in enumerate(graph.edges(keys=True, data=True)):
        net.edges.append(
            {"id": number, "from": index[u], "to": index[v], "label": attrs.get("label", "")}
        )
        if attrs.get("relation"):
            edge_details[str(number)] = _details(key, attrs) | {"label": attrs.get("title", "")}
    net.options = _options(types, n, physics)
    legend = [dict(t, count=counts.get(t["name"], 0)) for t in types if counts.get(t["name"])]
    return net.generate_html(
        title=title,
        subtitle=subtitle,
        physics=physics,
        types=legend,
        details=details,
        edgeDetails=edge_details,
        sources=graph.graph.get("sources", {}),
        counts={"nodes": n, "edges": graph.number_of_edges()},
    )


def _details(iri: str, attrs: dict[str, Any]) -> dict[str, Any]:
    """What the tooltip and side panel show; empty fields left out to keep the page small."""
    out = {"iri": iri, "label": attrs.get("label", ""), "type": attrs.get("type", "")}
    for key in ("kind", "names", "dates", "facts", "texts", "links", "evidence", "sources"):
        if attrs.get(key):
            out[key] = attrs[key]
    for span in out.get("evidence", []):
        span.pop("start", None)
    return out


def view_html(
    dataset: Dataset, selection: Selection | None = None, *, physics: bool | None = None
) -> tuple[str, int, int]:
    """The page of the dataset narrowed by ``selection``, and its node and edge counts."""
    selection = selection or Selection()
    graph = select(project(dataset), selection)
    html = render_html(graph, subtitle=selection.describe(), physics=physics)
    return html, graph.number_of_nodes(), graph.number_of_edges()


def write_view(
    dataset: Dataset, output: Path, selection: Selection | None = None, **options: Any
) -> tuple[int, int]:
    """Write the page to ``output`` (atomically); return its node and edge counts.

    ``options`` are :meth:`Selection.of`'s (``focus``, ``depth``, ``types``, ``since``,
    ``until``, ``source``, ``theme``) when no ``selection`` is given.
    """
    html, nodes, edges = view_html(dataset, selection or Selection.of(**options))
    atomic_write(Path(output), html.encode("utf-8"))
    return nodes, edges


# --- export for Gephi and Cytoscape ----------------------------------------------------------


def _flat(graph: nx.MultiDiGraph, gexf: bool) -> nx.MultiDiGraph:
    """The projection with scalar attributes only (GraphML and GEXF take no lists)."""
    styles = {t["name"]: t for t in graph.graph.get("types", [])}
    positions = layout(graph)
    sources = graph.graph.get("sources", {})
    flat = nx.MultiDiGraph()

    def common(attrs: dict[str, Any]) -> dict[str, Any]:
        out = {
            "label": attrs.get("label", ""),
            "dates": "; ".join(f"{k}: {v}" for k, v in attrs.get("dates", [])),
            "first_date": attrs.get("start") or "",
            "last_date": attrs.get("end") or "",
            "sources": "; ".join(sources.get(s, {}).get("title", s) for s in attrs["sources"])
            if attrs.get("sources")
            else "",
            "evidence": " | ".join(e["exact"] for e in attrs.get("evidence", [])),
        }
        return out

    for node, attrs in graph.nodes(data=True):
        data = common(attrs)
        data.update(
            iri=node,
            type=attrs["type"],
            kind=attrs.get("kind", ""),
            names="; ".join(attrs.get("names", [])),
            degree=graph.degree(node),
        )
        style = styles.get(attrs["type"], {})
        color = style.get("color", "#97c2fc")
        if gexf:
            red, green, blue = (int(color[i : i + 2], 16) for i in (1, 3, 5))
            x, y = positions[node]
            data["viz"] = {
                "color": {"r": red, "g": green, "b": blue, "a": 1.0},
                "position": {"x": x, "y": -y, "z": 0.0},
                "size": 4.0 + 2.0 * math.sqrt(graph.degree(node)),
            }
        else:
            data.update(color=color, shape=style.get("shape", ""))
            data.update(x=positions[node][0], y=positions[node][1])
        flat.add_node(node, **data)
    for u, v, key, attrs in graph.edges(keys=True, data=True):
        data = common(attrs)
        data.update(property=attrs.get("property", ""))
        data.update(relation=key if attrs.get("relation") else "")
        flat.add_edge(u, v, key=key, **data)
    return flat


def export_projection(dataset: Dataset, fmt: str, selection: Selection | None = None) -> bytes:
    """The view's projection as ``graphml`` or ``gexf`` bytes (same input, same bytes)."""
    graph = select(project(dataset), selection or Selection())
    buffer = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(_flat(graph, gexf=False), buffer, encoding="utf-8", prettyprint=True)
        return buffer.getvalue()
    if fmt == "gexf":
        nx.write_gexf(_flat(graph, gexf=True), buffer, encoding="utf-8", prettyprint=True)
        # GEXF's meta carries today's date: pin it so that the same graph gives the same bytes
        pinned = b'lastmodifieddate="1970-01-01"'
        return re.sub(rb'lastmodifieddate="[^"]*"', pinned, buffer.getvalue(), count=1)
    raise ValueError(f"unknown projection format {fmt!r}")
