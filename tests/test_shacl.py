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


# --- validation in parts (graph/engine.py) gives the whole graph's result ---------------------

PROJECT_SHAPES_ARE_LOCAL_DEEP = {
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
    "http://www.w3.org/2004/02/skos/core#inScheme",
    "http://www.w3.org/ns/oa#exact",
    "http://www.w3.org/ns/oa#start",
    "http://www.w3.org/ns/oa#end",
}


def test_the_project_shapes_read_one_step_from_a_focus_node() -> None:
    from graph.shacl import shape_reach

    reach = shape_reach(load_shapes(ROOT))
    assert reach.local, reach.why
    assert {str(p) for p in reach.deep} == PROJECT_SHAPES_ARE_LOCAL_DEEP
    kg = "https://w3id.org/cskg/ontology#"
    assert {f"{kg}speaker", f"{kg}evidence", f"{kg}respondsTo"} <= {
        str(p) for p in reach.predicates
    }
    assert f"{kg}note" not in {str(p) for p in reach.predicates}


SHAPE_HEAD = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix kg: <https://w3id.org/cskg/ontology#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix ex: <https://example.org/shapes#> .
"""
QUOTATION_SHAPE = "ex:S a sh:NodeShape ; sh:targetClass kg:Quotation ; "
BEYOND = {
    "closed": QUOTATION_SHAPE + "sh:closed true .",
    "target node": "ex:S a sh:NodeShape ; sh:targetNode kg:x ;"
    " sh:property [ sh:path kg:text ; sh:minCount 1 ] .",
    "three steps": QUOTATION_SHAPE
    + "sh:property [ sh:path ( kg:quoteSpan oa:hasSelector oa:exact ) ; sh:minCount 1 ] .",
    "class two steps away": QUOTATION_SHAPE
    + "sh:property [ sh:path ( kg:quoteSpan kg:inSource ) ; sh:class kg:Source ] .",
    "inverse path": "ex:S a sh:NodeShape ; sh:targetClass kg:Source ;"
    " sh:property [ sh:path [ sh:inversePath kg:source ] ; sh:minCount 1 ] .",
    "property pair": QUOTATION_SHAPE + "sh:property [ sh:path kg:text ; sh:equals kg:cue ] .",
    "recursive": "ex:S a sh:NodeShape ; sh:targetClass kg:Body ;"
    " sh:property [ sh:path kg:partOf ; sh:node ex:S ] .",
}


@pytest.mark.parametrize("case", sorted(BEYOND))
def test_shapes_that_read_further_are_said_to(case: str) -> None:
    from graph.shacl import shape_reach

    shapes = Graph().parse(data=SHAPE_HEAD + BEYOND[case], format="turtle")
    reach = shape_reach(shapes)
    assert not reach.local and reach.why


# Shapes the data breaks in every way that crosses parts: a node's own triples, a value's type,
# a two-step path, values given by several sources (maxCount across graphs), a nested shape on
# values, and people (in the registry's graph) whose posts are written in the sources' graphs.
EXTRA_SHAPES = """
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
ex:Quotation a sh:NodeShape ; sh:targetClass kg:Quotation ;
    sh:property [ sh:path kg:speakerPost ; sh:minCount 1 ] ,
        [ sh:path kg:speaker ; sh:class kg:Council ] ,
        [ sh:path ( kg:quoteSpan oa:hasSelector ) ; sh:maxCount 1 ] ,
        [ sh:path kg:quotedFrom ; sh:maxCount 1 ] .
ex:Finding a sh:NodeShape ; sh:targetClass kg:Finding ;
    sh:property [ sh:path kg:theme ;
        sh:node [ sh:property [ sh:path skos:inScheme ; sh:hasValue kg:GradeScheme ] ] ] .
ex:Event a sh:NodeShape ; sh:targetClass kg:Event ;
    sh:property [ sh:path kg:evidence ; sh:maxCount 1 ] .
ex:Person a sh:NodeShape ; sh:targetClass kg:Person ;
    sh:property [ sh:path kg:holds ; sh:maxCount 1 ] .
"""


@pytest.fixture(scope="module")
def strict_project(tmp_path_factory):
    """A small synthetic project whose shapes its data breaks in many ways."""
    from graph.synth import write_corpus

    root = tmp_path_factory.mktemp("strict") / "project"
    write_corpus(root, 1, 7, 0.5)
    shapes = root / "ontology" / "shapes.ttl"
    shapes.write_text(
        shapes.read_text(encoding="utf-8") + SHAPE_HEAD + EXTRA_SHAPES, encoding="utf-8"
    )
    return root


def _problems(call) -> list:
    from graph.problems import InputError

    with pytest.raises(InputError) as caught:
        call()
    return caught.value.problems


@pytest.mark.parametrize("jobs", [1, 2])
def test_validation_in_parts_finds_what_the_whole_graph_has(strict_project, jobs, monkeypatch):
    from graph import engine
    from graph.pipeline import check_project, validate_project

    whole = _problems(lambda: check_project(strict_project))
    assert all("SHACL" in p.message for p in whole)
    assert {"speakerPost", "speaker", "quotedFrom", "theme", "evidence", "holds", ""} <= {
        p.field for p in whole
    }
    monkeypatch.setattr(engine, "CHUNK", 3)  # many parts: most checks cross them
    assert _problems(lambda: validate_project(strict_project, jobs)) == whole


def test_shapes_read_further_validate_the_whole_graph(strict_project, tmp_path) -> None:
    import shutil

    from graph.pipeline import check_project, validate_project
    from graph.shacl import load_shapes, shape_reach

    root = tmp_path / "project"
    shutil.copytree(strict_project, root)
    shapes = root / "ontology" / "shapes.ttl"
    shapes.write_text(
        shapes.read_text(encoding="utf-8") + "\n" + BEYOND["three steps"], encoding="utf-8"
    )
    assert not shape_reach(load_shapes(root)).local
    whole = _problems(lambda: check_project(root))
    assert _problems(lambda: validate_project(root, 1)) == whole
