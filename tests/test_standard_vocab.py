"""A researcher who knows only the standard vocabularies can query the export.

Every query here uses schema.org, W3C ORG, PROV-O, Web Annotation, SKOS, Dublin Core and
OWL-Time terms only, on the Turtle export read back from text.
"""

from __future__ import annotations

import pytest
from rdflib import Graph

from graph.export import export_bytes
from tests.conftest import ROOT

PREFIXES = """
PREFIX schema: <https://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX time: <http://www.w3.org/2006/time#>
PREFIX cito: <http://purl.org/spar/cito/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""


@pytest.fixture(scope="module")
def export(built_dataset) -> Graph:
    return Graph().parse(data=export_bytes(built_dataset, "turtle").decode(), format="turtle")


def rows(graph: Graph, query: str) -> list[tuple[str, ...]]:
    return sorted(
        tuple("" if v is None else str(v) for v in row) for row in graph.query(PREFIXES + query)
    )


def test_quotations_with_speaker_date_and_document(export: Graph) -> None:
    got = rows(
        export,
        """
        SELECT ?speaker ?date ?title WHERE {
          ?q a schema:Quotation ; schema:text ?text ; schema:spokenByCharacter ?who ;
             schema:dateCreated ?date ; prov:wasQuotedFrom ?doc .
          ?who rdfs:label ?speaker . ?doc dcterms:title ?title .
          FILTER(STRSTARTS(?text, "I am extremely disappointed")) }""",
    )
    assert got == [
        (
            "Warren Whyte",
            "2018",
            "Government sends commissioner into Buckinghamshire children’s services",
        ),
        ("Warren Whyte", "2018", "High caseloads at Buckinghamshire slammed by inspectors"),
    ]


def test_posts_with_holders_and_intervals(export: Graph) -> None:
    got = rows(
        export,
        """
        SELECT ?holder ?post ?body ?when WHERE {
          ?m a org:Membership ; org:member/rdfs:label ?holder ;
             org:organization/rdfs:label ?body ; org:memberDuring/time:inside ?instant .
          ?person org:holds ?p . ?m org:member ?person . ?p rdfs:label ?post ;
             org:postIn/rdfs:label ?body .
          ?instant time:inXSDgYear|time:inXSDgYearMonth|time:inXSDDate ?when .
          FILTER(CONTAINS(?post, "Cabinet Member")) }""",
    )
    assert got == [
        (
            "Angela Macpherson",
            "Cabinet Member for Children's Services",
            "Buckinghamshire County Council",
            "2014",
        ),
        (
            "Warren Whyte",
            "Cabinet Member for Children's Services",
            "Buckinghamshire County Council",
            "2018",
        ),
        (
            "Warren Whyte",
            "Cabinet Member for Children's Services",
            "Buckinghamshire County Council",
            "2018-02-20",
        ),
    ]


def test_judgements_with_area_and_grade(export: Graph) -> None:
    got = rows(
        export,
        """
        SELECT ?body ?date ?area ?grade ?rank WHERE {
          ?r a schema:Review ; schema:itemReviewed/rdfs:label ?body ;
             schema:reviewAspect/skos:prefLabel ?area ;
             schema:reviewRating ?g ; prov:wasGeneratedBy/schema:startDate ?date .
          ?g skos:prefLabel ?grade ; schema:ratingValue ?rank .
          FILTER(CONTAINS(?area, "Overall")) }""",
    )
    assert got == [
        (
            "Buckinghamshire Council",
            "2021",
            "Overall effectiveness (ILACS)",
            "requires improvement to be good",
            "3",
        ),
        (
            "Buckinghamshire County Council",
            "2014",
            "Overall effectiveness (SIF)",
            "inadequate",
            "4",
        ),
        (
            "Buckinghamshire County Council",
            "2017",
            "Overall effectiveness (SIF)",
            "inadequate",
            "4",
        ),
    ]


def test_evidence_spans_with_their_document(export: Graph) -> None:
    # rdflib moves "?x a Class" patterns to the front and this query then took minutes: the
    # selector kinds are identified by their properties (oa:exact; oa:start/oa:end) instead.
    got = rows(
        export,
        """
        SELECT ?title ?exact ?start ?end WHERE {
          ?g skos:prefLabel "good"@en .
          ?r schema:reviewRating ?g ; a schema:Review ; prov:wasDerivedFrom ?span .
          ?span a oa:SpecificResource ; oa:hasSource ?doc ; oa:hasSelector ?q, ?p .
          ?doc dcterms:title ?title .
          ?q oa:exact ?exact .
          ?p oa:start ?start ; oa:end ?end . }""",
    )
    assert [row[:2] for row in got] == [
        (
            "High caseloads at Buckinghamshire slammed by inspectors",
            "Ofsted rated adoption services as good",
        )
    ]
    text = (ROOT / "data/sources/bucks-high-caseloads-slammed-by-inspectors.txt").read_text("utf-8")
    _, exact, start, end = got[0]
    assert text[int(start) : int(end)] == exact


def test_disputes_in_cito(export: Graph) -> None:
    got = rows(
        export,
        """
        SELECT ?who ?claim WHERE {
          ?response cito:disputes ?c ; schema:author/rdfs:label ?who .
          ?c a schema:Claim ; schema:text ?claim . }""",
    )
    assert any(
        who == "Angela Macpherson" and "top two priorities" in claim for who, claim in got
    ), got


def test_findings_with_theme_and_inspectorate(export: Graph) -> None:
    got = rows(
        export,
        """
        SELECT DISTINCT ?date WHERE {
          ?c a schema:Claim ; schema:author/rdfs:label "Ofsted" ;
             dcterms:subject/skos:prefLabel "Caseloads"@en ;
             prov:wasGeneratedBy/schema:startDate ?date . }""",
    )
    assert ("2014",) in got and ("2017",) in got
