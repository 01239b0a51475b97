"""Deterministic IRIs: slugs from ids, so rebuilding gives the same IRIs.

The base of data IRIs is set in one place: the ``KG_BASE_IRI`` environment variable, default
``https://w3id.org/cskg/id/``. Vocabulary IRIs (grades, areas, themes) are fixed by ontology/.

>>> Iris("https://example.org/id/").entity("person", "warren-whyte")
rdflib.term.URIRef('https://example.org/id/person/warren-whyte')
"""

from __future__ import annotations

import os

from rdflib import URIRef

__all__ = ["DEFAULT_BASE", "ONTOLOGY_GRAPH", "VOCAB", "Iris"]

DEFAULT_BASE = "https://w3id.org/cskg/id/"
ONTOLOGY_GRAPH = URIRef("https://w3id.org/cskg/ontology")
VOCAB = "https://w3id.org/cskg/vocab/"


class Iris:
    """Mints every data IRI from a base."""

    def __init__(self, base: str | None = None):
        self.base = base or os.environ.get("KG_BASE_IRI") or DEFAULT_BASE
        if not self.base.endswith(("/", "#")):
            self.base += "/"

    def entity(self, kind: str, ident: str) -> URIRef:
        """``person``, ``body``, ``post``, ``source``, ``event``, ``finding``, ``quotation``..."""
        return URIRef(f"{self.base}{kind}/{ident}")

    def judgement(self, inspection: str, area: str) -> URIRef:
        return URIRef(f"{self.base}judgement/{inspection}/{area}")

    def holding(self, person: str, post: str) -> URIRef:
        return URIRef(f"{self.base}post-holding/{person}--{post}")

    def span(self, source: str, start: int, end: int) -> URIRef:
        return URIRef(f"{self.base}source/{source}/span/{start}-{end}")

    def graph(self, name: str) -> URIRef:
        """The named graph of a source (or ``entities``)."""
        return URIRef(f"{self.base}graph/{name}")

    @staticmethod
    def concept(scheme: str, ident: str) -> URIRef:
        """A concept of ontology/schemes.ttl: ``concept("grade", "inadequate")``."""
        return URIRef(f"{VOCAB}{scheme}/{ident}")
