"""Generate ``graph/namespace/_KG.py`` from ``ontology/kg.ttl``.

The ontology is the one place class and property names are defined; code uses ``KG.Quotation``
and gets an error for any name the ontology does not define. ``tests/test_namespace.py`` fails
when the generated file drifts from the ontology: run ``python scripts/gen_namespace.py``.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import OWL, RDF, RDFS, Graph, URIRef
from rdflib.namespace import SKOS

__all__ = ["KG_IRI", "generate", "ontology_terms"]

KG_IRI = "https://w3id.org/cskg/ontology#"
ROOT = Path(__file__).resolve().parents[2]
KINDS = [
    (OWL.Class, "class"),
    (OWL.ObjectProperty, "object property"),
    (OWL.DatatypeProperty, "datatype property"),
    (OWL.AnnotationProperty, "annotation property"),
    (SKOS.ConceptScheme, "concept scheme"),
    (SKOS.Concept, "concept"),
    (SKOS.Collection, "collection"),
]


def ontology_terms(root: Path = ROOT) -> dict[str, tuple[str, str]]:
    """``{local name: (kind, label)}`` for every term the ontology files define in ``kg:``."""
    graph = Graph()
    for path in sorted((root / "ontology").glob("*.ttl")):
        graph.parse(path, format="turtle")
    terms: dict[str, tuple[str, str]] = {}
    for rdf_type, kind in KINDS:
        for subject in graph.subjects(RDF.type, rdf_type):
            if isinstance(subject, URIRef) and str(subject).startswith(KG_IRI):
                label = graph.value(subject, RDFS.label) or graph.value(subject, SKOS.prefLabel)
                terms.setdefault(str(subject)[len(KG_IRI) :], (kind, str(label or "")))
    return dict(sorted(terms.items()))


def generate(root: Path = ROOT) -> str:
    """The source text of ``_KG.py``."""
    lines = [
        '"""Generated from ontology/*.ttl by scripts/gen_namespace.py: do not edit."""',
        "",
        "from rdflib.namespace import DefinedNamespace, Namespace",
        "from rdflib.term import URIRef",
        "",
        "",
        "class KG(DefinedNamespace):",
        '    """The project ontology (https://w3id.org/cskg/ontology#)."""',
        "",
        "    _fail = True",
        f'    _NS = Namespace("{KG_IRI}")',
        "",
    ]
    for name, (kind, label) in ontology_terms(root).items():
        lines.append(f"    {name}: URIRef  # {kind}: {label}".rstrip())
    return "\n".join(lines) + "\n"
