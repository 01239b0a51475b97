"""Namespaces: the project ontology (generated) and the standard vocabularies it aligns to."""

from rdflib import Namespace
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, SDO, SKOS, TIME, XSD

from graph.namespace._KG import KG

OA = Namespace("http://www.w3.org/ns/oa#")
CITO = Namespace("http://purl.org/spar/cito/")
SCHEMA = SDO

PREFIXES = {
    "kg": str(KG._NS),
    "grade": "https://w3id.org/cskg/vocab/grade/",
    "area": "https://w3id.org/cskg/vocab/area/",
    "theme": "https://w3id.org/cskg/vocab/theme/",
    "schema": str(SDO),
    "org": str(ORG),
    "prov": str(PROV),
    "oa": str(OA),
    "dcterms": str(DCTERMS),
    "skos": str(SKOS),
    "time": str(TIME),
    "cito": str(CITO),
    "owl": str(OWL),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
}


def bind_prefixes(graph, base: str | None = None):
    """Bind the project's readable prefixes (and ``id:`` for the data base IRI) on ``graph``."""
    from graph.iris import Iris

    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    graph.bind("id", Iris(base).base, override=True, replace=True)
    return graph


__all__ = [
    "CITO",
    "DCTERMS",
    "KG",
    "OA",
    "ORG",
    "OWL",
    "PREFIXES",
    "PROV",
    "RDF",
    "RDFS",
    "SCHEMA",
    "SKOS",
    "TIME",
    "XSD",
    "bind_prefixes",
]
