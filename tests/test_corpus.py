"""The curated corpus, checked against a second reading of the texts.

Every quoted passage of every seed text is in the graph with the speaker read off the text here
(independently of data/facts), and quotations reported twice are one node with two sources.
"""

from __future__ import annotations

import re

import pytest
from rdflib import URIRef

from graph.corpus import load_project
from graph.evidence import Text
from graph.export import union_graph
from graph.namespace import KG
from tests.conftest import ROOT, unspanned_sources

HC = "bucks-high-caseloads-slammed-by-inspectors"
MV = "bucks-hazell-steady-progress-monitoring-visit"
GC = "bucks-government-sends-commissioner"
BI = "bucks-childrens-services-branded-inadequate"
SC = "bucks-select-committee-reinspection-outcome"
ID = "https://w3id.org/cskg/id/"

# (source, words that open the quoted passage, speaker): read off the texts for this test.
SPEAKERS = [
    (HC, "Overall progress in improving services", "ofsted"),
    (HC, "The strategic response to change has been piecemeal", "ofsted"),
    (HC, "The recent appointment of an experienced director", "ofsted"),
    (HC, "I am extremely disappointed and concerned", "warren-whyte"),
    (HC, "It is clear that some of our services", "warren-whyte"),
    (HC, "It is important that we do not lose sight", "warren-whyte"),
    (HC, "Above all else, my message", "warren-whyte"),
    (HC, "We are very fortunate in Buckinghamshire", "warren-whyte"),
    (MV, "There is still much more to do", "lin-hazell"),
    (MV, "social work practice has improved for children entering care", "ofsted"),
    (MV, "decisions for children to become looked after", "ofsted"),
    (MV, "whilst management oversight is evident", "ofsted"),
    (MV, "Based on the evidence and cases seen", "ofsted"),
    (MV, "The local authority has taken action to strengthen", "ofsted"),
    (MV, "Despite evidence of stronger managerial grip", "ofsted"),
    (MV, "Overall we are pleased that Ofsted", "lin-hazell"),
    (MV, "I’m also pleased that it has been noted", "lin-hazell"),
    (MV, "We are of course aware that there is still", "lin-hazell"),
    (MV, "The outcome of Ofsted’s second monitoring visit", "david-johnston"),
    (MV, "Although considerable work still needs", "david-johnston"),
    (MV, "It’s important to note that we are already", "david-johnston"),
    (MV, "I would like to thank all of our social care", "david-johnston"),
    (GC, "inconsistent and too slow", "ofsted"),
    (GC, "We are appointing a commissioner", "department-for-education"),
    (GC, "The commissioner will make a recommendation", "department-for-education"),
    (GC, "an over-reliance on parents’ own reports", "ofsted"),
    (GC, "piecemeal", "ofsted"),
    (GC, "at all levels to make sure", "ofsted"),
    (GC, "I am extremely disappointed and concerned", "warren-whyte"),
    (GC, "It is clear that some of our services", "warren-whyte"),
    (BI, "widespread and serious", "ofsted"),
    (BI, "Failures by Buckinghamshire’s safeguarding", "ofsted"),
    (BI, "At the time of this inspection", "ofsted"),
    (BI, "exacerbate risks", "ofsted"),
    (BI, "They do not accurately reflect", "ofsted"),
    (BI, "significantly higher", "ofsted"),
    (BI, "supervision of social workers is of poor quality", "ofsted"),
    (BI, "ineffective", "ofsted"),
    (BI, "very recent caseload reductions", "ofsted"),
    (BI, "Identification, tracking and risk assessment", "ofsted"),
    (BI, "Whilst OFSTED found many strengths", "angela-macpherson"),
    (BI, "This includes shortcomings in leadership", "angela-macpherson"),
    (BI, "We recognise many of the conclusions", "angela-macpherson"),
    (BI, "In relation to paragraph 1 of the report", "angela-macpherson"),
    (BI, "My task now is abundantly clear", "angela-macpherson"),
    (BI, "Let me personally reassure everyone", "angela-macpherson"),
    (SC, "requires work to be good", "richard-nash"),
    (SC, "stop the clock exercise", "richard-nash"),
]

# Quoted words that are not anyone's quotation: grade words and terms in scare quotes.
NOT_QUOTATIONS = {
    "inadequate",
    "Good",
    "requires improvement",
    "county lines",
    "achieving permanence",
}
_DOUBLE = re.compile(r"[“\"]([^“”\"\n]{2,}?)(?:[”\"]|(?=\n))")
_SINGLE = re.compile(r"(?:‘|'˜)((?:[^‘’\n]|’(?=[A-Za-z])){2,}?)[’'](?![A-Za-z])")


def quoted_passages(text: str):
    """(start, end, words) of every passage in quotation marks, straight or curly."""
    for pattern in (_DOUBLE, _SINGLE):
        for match in pattern.finditer(text):
            words = match.group(1).strip(" ,.")
            if words:
                yield match.start(1), match.end(1), words


@pytest.fixture(scope="module")
def quote_spans(built_dataset):
    """source id -> [(start, end, quotation IRI, speaker id)] for every quotation span."""
    rows = union_graph(built_dataset).query(
        """SELECT ?q ?speaker ?src ?start ?end WHERE {
             ?q a kg:Quotation ; kg:speaker ?speaker ; kg:quoteSpan ?span .
             ?span kg:inSource ?src ; oa:hasSelector ?pos .
             ?pos oa:start ?start ; oa:end ?end . }""",
        initNs={"kg": KG._NS, "oa": "http://www.w3.org/ns/oa#"},
    )
    spans: dict[str, list] = {}
    for q, speaker, src, start, end in rows:
        spans.setdefault(str(src).rsplit("/", 1)[-1], []).append(
            (int(start), int(end), q, str(speaker).rsplit("/", 1)[-1])
        )
    return spans


@pytest.mark.parametrize(
    ("source", "opening", "speaker"), SPEAKERS, ids=[f"{s[:14]}:{o[:24]}" for s, o, _ in SPEAKERS]
)
def test_quotation_has_the_speaker_the_text_gives(quote_spans, source, opening, speaker):
    text = Text((ROOT / "data" / "sources" / f"{source}.txt").read_text(encoding="utf-8"))
    where = text.find(opening)
    assert where is not None, opening
    covering = [row for row in quote_spans[source] if row[0] <= where.start < row[1]]
    assert covering, f"no quotation covers {opening!r} in {source}"
    assert {row[3] for row in covering} == {speaker}


@pytest.mark.parametrize("source", [HC, MV, GC, BI, SC])
def test_every_quoted_passage_is_a_quotation(quote_spans, source):
    text = (ROOT / "data" / "sources" / f"{source}.txt").read_text(encoding="utf-8")
    missing = []
    for start, end, words in quoted_passages(text):
        if words in NOT_QUOTATIONS:
            continue
        if not any(s < end and start < e for s, e, _, _ in quote_spans.get(source, [])):
            missing.append(words)
    assert missing == []


def test_every_opening_checked_here_is_a_real_passage():
    # Guards the list above against typos: each opening is in its source text.
    for source, opening, _ in SPEAKERS:
        text = Text((ROOT / "data" / "sources" / f"{source}.txt").read_text(encoding="utf-8"))
        assert text.find(opening) is not None, (source, opening)


def test_quotation_reported_twice_is_one_node_with_both_sources(built_dataset):
    graph = union_graph(built_dataset)
    nodes = {
        q
        for q in graph.subjects(KG.text, None)
        if (q, None, KG.Quotation) in graph
        and str(graph.value(q, KG.text)).startswith("I am extremely disappointed")
    }
    assert len(nodes) == 1
    (node,) = nodes
    sources = {str(s) for s in graph.objects(node, KG.quotedFrom)}
    assert sources == {f"{ID}source/{HC}", f"{ID}source/{GC}"}
    assert graph.value(node, KG.speaker) == URIRef(f"{ID}person/warren-whyte")
    assert graph.value(node, KG.speakerPost) == URIRef(
        f"{ID}post/bcc-cabinet-member-childrens-services"
    )


def test_every_source_of_a_fact_holds_a_span_of_it(built_dataset):
    graph = union_graph(built_dataset)
    assert len(list(graph.subjects(KG.quotedFrom, None))) > 20
    assert unspanned_sources(graph) == []


def test_grades_by_area_and_year(built_dataset):
    rows = union_graph(built_dataset).query(
        """SELECT ?inspection ?area ?grade WHERE {
             ?j a kg:Judgement ; kg:inspection ?i ; kg:area ?a ; kg:grade ?g .
             BIND(STRAFTER(STR(?i), "/event/") AS ?inspection)
             BIND(STRAFTER(STR(?a), "/area/") AS ?area)
             BIND(STRAFTER(STR(?g), "/grade/") AS ?grade) }""",
        initNs={"kg": KG._NS},
    )
    got = sorted((str(i), str(a), str(g)) for i, a, g in rows)
    assert got == sorted(
        [
            ("bucks-2014-sif-inspection", "sif-overall", "inadequate"),
            ("bucks-2014-sif-inspection", "sif-help-and-protection", "inadequate"),
            ("bucks-2014-sif-inspection", "sif-looked-after", "inadequate"),
            ("bucks-2014-sif-inspection", "sif-leadership", "inadequate"),
            ("bucks-2014-sif-inspection", "sif-adoption", "requires-improvement"),
            ("bucks-2014-sif-inspection", "sif-care-leavers", "requires-improvement"),
            ("bucks-2017-sif-inspection", "sif-overall", "inadequate"),
            ("bucks-2017-sif-inspection", "sif-help-and-protection", "inadequate"),
            ("bucks-2017-sif-inspection", "sif-looked-after", "inadequate"),
            ("bucks-2017-sif-inspection", "sif-leadership", "inadequate"),
            ("bucks-2017-sif-inspection", "sif-adoption", "good"),
            ("bucks-2017-sif-inspection", "sif-care-leavers", "requires-improvement"),
            ("bucks-2021-ilacs-inspection", "ilacs-overall", "requires-improvement"),
        ]
    )


def test_the_disputed_finding(built_dataset):
    graph = union_graph(built_dataset)
    disputes = list(graph.subject_objects(KG.disputes))
    assert len(disputes) >= 1
    texts = {str(graph.value(finding, KG.text)) for _, finding in disputes}
    assert any("top two priorities" in t for t in texts), texts
    (response,) = [r for r, f in disputes if "top two priorities" in str(graph.value(f, KG.text))]
    assert graph.value(response, KG.respondent) == URIRef(f"{ID}person/angela-macpherson")
    words = graph.value(response, KG.expressedIn)
    assert str(graph.value(words, KG.text)).startswith("In relation to paragraph 1 of the report")


def test_post_holders(built_dataset):
    rows = union_graph(built_dataset).query(
        """SELECT DISTINCT ?person ?post WHERE { ?h a kg:PostHolding ; kg:holder ?p ; kg:post ?x .
             BIND(STRAFTER(STR(?p), "/person/") AS ?person)
             BIND(STRAFTER(STR(?x), "/post/") AS ?post) }""",
        initNs={"kg": KG._NS},
    )
    holders = {(str(a), str(b)) for a, b in rows}
    cabinet = "bcc-cabinet-member-childrens-services"
    for person in ("angela-macpherson", "lin-hazell", "warren-whyte"):
        assert (person, cabinet) in holders
    assert ("richard-nash", "bc-director-of-childrens-social-care") in holders
    assert ("david-johnston", "bcc-managing-director-childrens-social-care-and-learning") in holders
    assert ("john-coughlin", "hcc-chief-executive") in holders


def test_source_metadata_never_invents():
    corpus = load_project(ROOT)
    meta = {k: v.meta for k, v in corpus.sources.items()}
    assert meta[GC].published.date == "2018-02-20" and meta[GC].published.basis == "stated"
    assert meta[MV].published.date == "unknown"
    for stem in (HC, BI, SC):
        assert meta[stem].published.basis == "inferred" and meta[stem].published.note
    assert sum(1 for m in meta.values() if m.publisher == "unknown") == 4
    originals = sorted(m.original_file for m in meta.values())
    assert originals == sorted(
        p.name for p in (ROOT.parent / "shared" / "seeds").glob("*.txt")
    ) or all(re.match(r"^\d{3}_[0-9a-f]{16}\.txt$", o) for o in originals)


def test_texts_are_the_seeds_verbatim():
    seeds = ROOT.parent / "shared" / "seeds"
    if not seeds.is_dir():
        pytest.skip("../shared/seeds is not beside this checkout")
    corpus = load_project(ROOT)
    for source in corpus.sources.values():
        assert source.text.original == (seeds / source.meta.original_file).read_text("utf-8")
