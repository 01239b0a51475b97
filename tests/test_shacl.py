"""SHACL shapes both ways: the real data and a valid snippet conform; broken snippets do not."""

from __future__ import annotations

import pytest
from rdflib import Graph

from graph.build import add_standard_triples, load_ontology
from graph.export import union_graph
from graph.shacl import load_shapes, shacl_problems
from tests.conftest import ROOT

PREFIXES = """
@prefix kg: <https://w3id.org/cskg/ontology#> .
@prefix grade: <https://w3id.org/cskg/vocab/grade/> .
@prefix area: <https://w3id.org/cskg/vocab/area/> .
@prefix theme: <https://w3id.org/cskg/vocab/theme/> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix time: <http://www.w3.org/2006/time#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix : <https://example.org/id/> .
"""

VALID = """
:doc a kg:NewsArticle ; kg:title "A council is judged" ; kg:text "The council was judged." ;
    kg:originalFileName "a.txt" ; kg:datePublished "2019-03"^^xsd:gYearMonth ;
    kg:dateBasis kg:Stated ; kg:publisherBasis kg:Unknown .
:span a kg:EvidenceSpan ; kg:inSource :doc ; oa:hasSelector :span-q, :span-p .
:span-q a oa:TextQuoteSelector ; oa:exact "The council was judged." .
:span-p a oa:TextPositionSelector ; oa:start 0 ; oa:end 23 .
:council a kg:Council ; rdfs:label "Anyshire Council" ; skos:prefLabel "Anyshire Council" .
:inspectorate a kg:Inspectorate ; rdfs:label "Ofsted" ; skos:prefLabel "Ofsted" .
:post a kg:Post ; rdfs:label "Leader" ; kg:postIn :council .
:person a kg:Person ; rdfs:label "Pat Doe" ; skos:prefLabel "Pat Doe" .
:inspection a kg:Inspection ; rdfs:label "Inspection 2019" ; kg:eventDate "2019"^^xsd:gYear ;
    kg:agent :inspectorate ; kg:framework kg:ILACS ; kg:source :doc ; kg:evidence :span .
:judgement a kg:Judgement ; kg:inspection :inspection ; kg:area area:ilacs-overall ;
    kg:grade grade:good ; kg:source :doc ; kg:evidence :span .
:finding a kg:Finding ; kg:text "Caseloads are high." ; kg:inspection :inspection ;
    kg:polarity kg:Weakness ; kg:theme theme:caseloads ; kg:source :doc ; kg:evidence :span .
:quote a kg:Quotation ; kg:text "We accept it." ; kg:speaker :person ; kg:speakerPost :post ;
    kg:dateSaid "2019-03-02"^^xsd:date ; kg:quotedFrom :doc ; kg:quoteSpan :span ;
    kg:evidence :span .
:holding a kg:PostHolding ; kg:holder :person ; kg:post :post ; kg:organization :council ;
    kg:during :holding-i ; kg:evidencedAt "2019"^^xsd:gYear ; kg:source :doc ; kg:evidence :span .
:holding-i a time:Interval .
:figure a kg:Figure ; rdfs:label "children in need" ; kg:value 12 ; kg:unit "children" ;
    kg:asOf "2019-03-31"^^xsd:date ; kg:source :doc ; kg:evidence :span .
:response a kg:Response ; kg:respondent :person ; kg:stance kg:Agrees ; kg:agreesWith :finding ;
    kg:expressedIn :quote ; kg:source :doc ; kg:evidence :span .
"""


def problems_for(turtle: str) -> list[str]:
    ontology = load_ontology(ROOT)
    data = Graph().parse(data=PREFIXES + turtle, format="turtle")
    add_standard_triples(data, ontology)
    data += ontology
    return [str(p) for p in shacl_problems(data, load_shapes(ROOT))]


def test_the_built_dataset_conforms(built_dataset) -> None:
    assert shacl_problems(union_graph(built_dataset), load_shapes(ROOT)) == []


def test_the_valid_snippet_conforms() -> None:
    assert problems_for(VALID) == []


BROKEN = {
    "judgement without grade": (
        ("kg:grade grade:good ;", ""),
        "<https://example.org/id/judgement>: grade: SHACL: a judgement has exactly one grade",
    ),
    "grade outside the scale": (
        ("kg:grade grade:good", "kg:grade theme:caseloads"),
        "judgement>: grade: SHACL",
    ),
    "two grades": (
        ("kg:grade grade:good", "kg:grade grade:good, grade:inadequate"),
        "judgement>: grade: SHACL",
    ),
    "judgement of a meeting": (
        (":inspection a kg:Inspection", ":inspection a kg:Meeting"),
        "judgement>: inspection: SHACL",
    ),
    "quotation with two speakers": (
        ("kg:speaker :person", "kg:speaker :person, :council"),
        "quote>: speaker: SHACL",
    ),
    "quotation spoken by a post": (("kg:speaker :person", "kg:speaker :post"), "quote>: speaker"),
    "quotation from no source": (("kg:quotedFrom :doc ;", ""), "quote>: quotedFrom: SHACL"),
    "finding without theme": (("kg:theme theme:caseloads ;", ""), "finding>: theme: SHACL"),
    "finding with a grade for a theme": (
        ("kg:theme theme:caseloads", "kg:theme grade:good"),
        "finding>: theme: SHACL",
    ),
    "span without exact text": (
        (
            ':span-q a oa:TextQuoteSelector ; oa:exact "The council was judged." .',
            ":span-q a oa:TextQuoteSelector .",
        ),
        "span>: ",
    ),
    "holding without holder": (("kg:holder :person ;", ""), "holding>: holder: SHACL"),
    "date that is not a date": (
        ('kg:eventDate "2019"^^xsd:gYear', 'kg:eventDate "soon"'),
        "inspection>: eventDate: SHACL",
    ),
    "figure without value": (("kg:value 12 ;", ""), "figure>: value: SHACL"),
    "response without stance": (("kg:stance kg:Agrees ;", ""), "response>: stance: SHACL"),
    "fact without evidence": (
        (
            "kg:grade grade:good ; kg:source :doc ; kg:evidence :span .",
            "kg:grade grade:good ; kg:source :doc .",
        ),
        "judgement>: evidence: SHACL",
    ),
    "source with two titles": (
        ('kg:title "A council is judged"', 'kg:title "A council is judged", "Another"'),
        "doc>: title: SHACL",
    ),
    "post in no body": (("kg:postIn :council", 'rdfs:comment "x"'), "post>: postIn: SHACL"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_snippets_do_not_conform(case: str) -> None:
    (old, new), expected = BROKEN[case]
    assert old in VALID
    problems = problems_for(VALID.replace(old, new, 1))
    assert problems, case
    assert any(expected in problem for problem in problems), problems
