"""The extractor on short texts written for each convention (tests/extract_texts/ and inline):
other councils, invented people, local news and council minutes style."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.extract import extract
from graph.extract.names import EntityIndex
from graph.extract.quotes import Document

TEXTS = Path(__file__).parent / "extract_texts"


def quotes(text: str, published: str | None = None) -> list[tuple]:
    draft = extract(text, published=published)
    for q in draft["quotations"]:
        assert text[q["start"] : q["end"]] == q["text"]
        assert q["evidence_start"] <= q["start"] < q["end"] <= q["evidence_end"]
    return [(q["text"], q["speaker"], q["speaker_role"], q["cue"]) for q in draft["quotations"]]


def read(name: str) -> str:
    return (TEXTS / name).read_text(encoding="utf-8")


# --- files: one per group of conventions ---------------------------------------------------

EXPECTED = {
    # attribution before, with a role in apposition naming another council
    "kent_acceptance.txt": [
        (
            "We accept the findings in full and we are sorry that some children waited too "
            "long for help.",
            "Sarah Okafor",
            "cabinet member for children's services at Kent County Council",
            "said",
        )
    ],
    # straight double quotes over three paragraphs; attribution in the paragraph before and
    # ", he added." at the end; role before the name
    "derby_multi_paragraph.txt": [
        (
            "We knew there were problems in the front door and we had already started to fix them.",
            "Tom Hughes",
            "Derby City Council's chief executive",
            "said",
        ),
        (
            "The new manager has halved the number of children waiting for an assessment.",
            "Tom Hughes",
            "Derby City Council's chief executive",
            "said",
        ),
        (
            "There is much more to do, but families are seeing the difference",
            "Tom Hughes",
            "Derby City Council's chief executive",
            "added",
        ),
    ],
    # council minutes: party and ward tags, a role noun ("The director"), a short quoted
    # phrase in reported speech, a list of points under "Dr Marsh reported that:"
    "hartley_minutes.txt": [
        (
            "The committee will scrutinise the improvement plan every quarter.",
            "Jim Bright",
            "cabinet member for children's services",
            "said",
        ),
        ("broadly manageable", "Helen Marsh", "Director of Children's Services", "noted"),
        (
            "We have recruited twelve permanent social workers since January.",
            "Helen Marsh",
            "Director of Children's Services",
            "said",
        ),
        ("deep dive", "Helen Marsh", "Director of Children's Services", "reported"),
    ],
    # straight single quotes with apostrophes and a plural possessive inside; "Ms Fry" back to
    # the full name; an attribution between two quotations; a one-word quotation with a verb
    "leeds_single_quotes.txt": [
        (
            "It's been a tough year for the city's children's services and we've learned a lot.",
            "Ann Fry",
            "Council leader",
            "said",
        ),
        ("The parents' views were ignored for too long", "Ann Fry", "Council leader", "said"),
        ("That will change.", "Ann Fry", "Council leader", "said"),
        (
            "confident",
            "Priya Patel",
            "Leeds City Council's executive member for children and families",
            "said",
        ),
    ],
    # an unnamed spokesperson (attribution alone in the paragraph before), inspectors, a report
    "norfolk_spokesperson.txt": [
        (
            "We are pleased that inspectors recognised the progress we have made, and we are "
            "working hard to improve further.",
            "Norfolk County Council",
            "A spokesperson for Norfolk County Council",
            "said",
        ),
        (
            "Leaders have been too slow to tackle the backlog of assessments",
            "Ofsted",
            "inspectors",
            "said",
        ),
        ("Too many children wait too long for help.", "Ofsted", "The report", "said"),
    ],
    # quotations in headlines ("Name: 'words'" and "'words', says Ofsted"); a council
    # spokesman; a government department's spokesman after the quotation
    "sefton_headline.txt": [
        ("We let children down", "Paul Mint", "Director", None),
        ("Serious weaknesses", "Ofsted", None, "says"),
        (
            "We fully accept the report and an improvement plan is already in place.",
            "Sefton Council",
            "A council spokesman",
            "said",
        ),
        (
            "We will be monitoring the council's progress closely",
            "Department for Education",
            "a Department for Education spokesman",
            "said",
        ),
    ],
    # scare quotes and titles: none is a quotation
    "rotherham_scare.txt": [],
    # ", said Sir X, role." / a second quotation after "said X." / "she" back to the woman
    # named last (not the man quoted before) / "It said:" after the body / "according to"
    "thurrock_mixed.txt": [
        (
            "The pace of change is too slow",
            "Alan Wood",
            "the government’s commissioner for Thurrock",
            "said",
        ),
        ("We are disappointed", "Roy Baker", None, "said"),
        ("But we will learn from this.", "Roy Baker", None, "said"),
        (
            "Inspectors told us our work was ‘good’ in places",
            "Ruth Lane",
            "its director of children's services",
            "added",
        ),
        ("Leaders do not know their services well enough.", "Ofsted", "its report", "said"),
        ("too slow", "Ofsted", None, "according to"),
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_quotations_in_written_texts(name: str) -> None:
    assert quotes(read(name)) == EXPECTED[name]


def test_every_text_file_has_expectations() -> None:
    assert sorted(p.name for p in TEXTS.glob("*.txt")) == sorted(EXPECTED)


# --- inline: one convention each -------------------------------------------------------------


def test_offsets_are_exact_and_exclude_the_marks() -> None:
    text = "Jo Reid, leader of Bury Council, said: \u201cWe will act.\u201d"
    (q,) = extract(text)["quotations"]
    assert (q["start"], q["end"]) == (40, 52)
    assert text[q["start"] : q["end"]] == "We will act."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We will act," said Jo Reid.', ("We will act", "Jo Reid", None, "said")),
        ('"We will act," Jo Reid said.', ("We will act", "Jo Reid", None, "said")),
        ("\u2018We will act,\u2019 said Jo Reid.", ("We will act", "Jo Reid", None, "said")),
        ("Jo Reid said: \u201cWe will act.\u201d", ("We will act.", "Jo Reid", None, "said")),
        ("Jo Reid told the meeting: 'We will act.'", ("We will act.", "Jo Reid", None, "told")),
        (
            "Dr Li Wen, chair of the safeguarding partnership, warned: "
            "\u201cThis is serious.\u201d",
            ("This is serious.", "Li Wen", "chair of the safeguarding partnership", "warned"),
        ),
    ],
)
def test_attribution_before_and_after(text: str, expected: tuple) -> None:
    assert quotes(text) == [expected]


def test_title_and_surname_resolve_to_the_full_name() -> None:
    text = (
        "Councillor Kate Dunn, lead member for children, opened the debate.\n\n"
        "Cllr Dunn said: \u201cWe owe these children better.\u201d"
    )
    assert quotes(text) == [
        ("We owe these children better.", "Kate Dunn", "lead member for children", "said")
    ]


def test_he_and_she_follow_the_last_person_of_that_gender() -> None:
    text = (
        "Mr Omar Said, the council\u2019s chief executive, spoke first. "
        "Mrs Jill Hart, the cabinet member, followed him.\n\n"
        "\u201cWe are listening,\u201d she said.\n\n"
        "\u201cWe will not fail again,\u201d he said."
    )
    got = [(t, s) for t, s, _, _ in quotes(text)]
    assert got == [("We are listening", "Jill Hart"), ("We will not fail again", "Omar Said")]


def test_unclosed_paragraph_continues_only_into_a_paragraph_that_opens_a_quote() -> None:
    text = (
        'Ms Amy Cole said: "We are proud of our staff.\n\n'
        "The council will meet again in May.\n\n"
        '"Nobody should read this as complacency."'
    )
    got = quotes(text)
    assert got[0] == ("We are proud of our staff.", "Amy Cole", None, "said")
    # the third paragraph is not a continuation: a new paragraph of narrative came between;
    # it stands alone after a paragraph with no speaker
    assert [g[0] for g in got] == [
        "We are proud of our staff.",
        "Nobody should read this as complacency.",
    ]
    assert got[1][1] is None


def test_grades_in_scare_quotes_are_not_quotations() -> None:
    text = (
        "Bristol was rated \u2018inadequate\u2019 by Ofsted and is now \u201crequires "
        "improvement\u201d, inspectors said."
    )
    assert quotes(text) == []


def test_mojibake_quotation_marks() -> None:
    text = "The council is making '\u02dcsteady progress', according to Ofsted."
    assert quotes(text) == [("steady progress", "Ofsted", None, "according to")]


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("ab .,:;\n\"'\u201c\u201d\u2018\u2019\u02dcMr Jo said-"))
        | st.characters(),
        max_size=300,
    )
)
def test_any_text_never_crashes_and_offsets_hold(text: str) -> None:
    draft = extract(text, published="2020-06-01")
    for q in draft["quotations"]:
        assert text[q["start"] : q["end"]] == q["text"]
        assert q["text"].strip()
    for d in draft["dates"]:
        assert text[d["start"] : d["end"]] == d["text"]


@pytest.mark.parametrize(
    "text",
    [
        'He said: "We will fix this.',
        '"\u201c\u2018\u2019\u201d"',
        "\u201d backwards \u201c marks \u2019 everywhere \u2018",
        "'''\n\n'''",
        '"',
        "Mr said: \u201c",
        "\u201cA\u201d \u201c\u201d \u2018",
    ],
)
def test_unbalanced_quotation_marks_are_survived(text: str) -> None:
    quotes(text)


# --- judgements: both frameworks ----------------------------------------------------------


def judgements(text: str, published: str | None = None) -> list[tuple]:
    draft = extract(text, published=published)
    return sorted((j["area"], j["grade"]) for j in draft["judgements"])


def test_ilacs_headings_in_a_sentence() -> None:
    text = (
        "Ofsted judged Sefton Council\u2019s children\u2019s services to be inadequate overall. "
        "The impact of leaders on social work practice with children and families was judged "
        "inadequate, the experiences and progress of children who need help and protection "
        "was rated requires improvement to be good, and the experiences and progress of "
        "children in care and care leavers was found to be inadequate."
    )
    assert judgements(text, "2019-03-01") == [
        ("ilacs-children-in-care", "inadequate"),
        ("ilacs-help-and-protection", "requires-improvement"),
        ("ilacs-leaders", "inadequate"),
        ("ilacs-overall", "inadequate"),
    ]


def test_ilacs_table_of_headings_and_grades() -> None:
    text = (
        "Overall effectiveness: Requires improvement to be good\n"
        "The impact of leaders on social work practice with children and families: Good\n"
        "The experiences and progress of children who need help and protection: Requires "
        "improvement to be good\n"
        "The experiences and progress of children in care and care leavers: Good\n"
    )
    assert judgements(text, "2022") == [
        ("ilacs-children-in-care", "good"),
        ("ilacs-help-and-protection", "requires-improvement"),
        ("ilacs-leaders", "good"),
        ("ilacs-overall", "requires-improvement"),
    ]


def test_sif_headings_with_the_year() -> None:
    text = (
        "In 2016 inspectors rated Slough\u2019s children\u2019s services inadequate overall.\n\n"
        "Children who need help and protection: inadequate.\n"
        "Children looked after and achieving permanence: requires improvement.\n"
        "Adoption performance: good.\n"
        "Experiences and progress of care leavers: requires improvement.\n"
        "Leadership, management and governance: inadequate.\n"
    )
    assert judgements(text, "2016-05-10") == [
        ("sif-adoption", "good"),
        ("sif-care-leavers", "requires-improvement"),
        ("sif-help-and-protection", "inadequate"),
        ("sif-leadership", "inadequate"),
        ("sif-looked-after", "requires-improvement"),
        ("sif-overall", "inadequate"),
    ]


def test_grade_before_areas_and_overall_rating_of() -> None:
    text = (
        "Ofsted rated adoption services as good, care leavers\u2019 services were rated as "
        "requires improvement to be good and leadership was rated inadequate, with an overall "
        "rating of inadequate."
    )
    assert judgements(text, "2016") == [
        ("sif-adoption", "good"),
        ("sif-care-leavers", "requires-improvement"),
        ("sif-leadership", "inadequate"),
        ("sif-overall", "inadequate"),
    ]


def test_from_old_grade_to_new_and_no_longer() -> None:
    text = (
        "Wirral\u2019s children\u2019s services have improved from \u2018inadequate\u2019 to "
        "\u2018requires improvement to be good\u2019, Ofsted said, and are no longer "
        "inadequate."
    )
    # the old grade too (an earlier inspection's, undated), as the held-out gold counts it
    assert judgements(text, "2023-02-01") == [
        ("ilacs-overall", "inadequate"),
        ("ilacs-overall", "requires-improvement"),
    ]


def test_grade_words_that_are_not_judgements() -> None:
    text = (
        "Inspectors found good progress in early help.\n\n"
        'Cllr Sam Hill said: "Our ambition is for every service to be rated good or '
        'outstanding by Ofsted."'
    )
    assert judgements(text, "2021") == []


def test_framework_follows_an_older_year_in_the_sentence() -> None:
    text = "The service was rated inadequate by Ofsted in 2015 and again in 2022."
    assert extract(text, published="2023")["judgements"][0]["framework"] == "sif"


# --- dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "value", "basis"),
    [
        ("Posted 20 Feb 18 by the newsdesk", None, "2018-02-20", "stated"),
        ("the report, released on 29 January", "2018-02-20", "2018-01-29", "inferred"),
        ("the report, released on 29 January", "2018", "2018-01-29", "inferred"),
        ("the report, released on 29 January", None, None, "inferred"),
        ("the visit in November 2016", None, "2016-11", "stated"),
        ("undertaken at the end of 2021", None, "2021", "stated"),
        ("a review group set up in December", "2019-01-10", "2018-12", "inferred"),
        ("on 3rd March 2020", None, "2020-03-03", "stated"),
        ("published on 2021-07-14", None, "2021-07-14", "stated"),
        ("back in 2014", None, "2014", "stated"),
        ("the report published today", "2019-06-05", "2019-06-05", "inferred"),
    ],
)
def test_dates(text: str, published: str | None, value: str | None, basis: str) -> None:
    (date,) = extract(text, published=published)["dates"]
    assert (date["value"], date["basis"]) == (value, basis)
    assert text[date["start"] : date["end"]] == date["text"]


def test_end_of_year_keeps_its_qualifier() -> None:
    (date,) = extract("undertaken at the end of 2021")["dates"]
    assert (date["text"], date["qualifier"]) == ("the end of 2021", "end")


def test_numbers_are_not_years() -> None:
    assert extract("2,447 children and 2014.5 hours; \u00a32019 spent")["dates"] == []


# --- names ----------------------------------------------------------------------------------


def test_people_and_bodies_link_to_the_registry_or_are_proposed() -> None:
    from graph.model import Entities

    registry = Entities.model_validate(
        {
            "people": [{"id": "kate-dunn", "name": "Kate Dunn", "aliases": ["Cllr Dunn"]}],
            "bodies": [
                {"id": "bury-council", "name": "Bury Council", "kind": "council"},
                {"id": "ofsted", "name": "Ofsted", "kind": "inspectorate"},
            ],
        }
    )
    text = (
        "Cllr Dunn, lead member at Bury Council, said: \u201cWe will improve.\u201d "
        "Mark Frost, chief executive of Oldham Council, said: \u201cSo will we.\u201d "
        "Ofsted will return."
    )
    draft = extract(text, registry)
    people = {p["name"]: (p["id"], p["known"]) for p in draft["people"]}
    assert people == {"Kate Dunn": ("kate-dunn", True), "Mark Frost": ("mark-frost", False)}
    bodies = {b["name"]: (b["id"], b["known"]) for b in draft["bodies"]}
    assert bodies == {
        "Bury Council": ("bury-council", True),
        "Oldham Council": ("oldham-council", False),
        "Ofsted": ("ofsted", True),
    }
    assert [q["speaker_id"] for q in draft["quotations"]] == ["kate-dunn", None]


@pytest.mark.parametrize(
    "text, quotations, speakers",
    [
        ("Aa " * 7000, 0, set()),  # one long run of capitalised words
        ("AAA " * 7000, 0, set()),  # and in capitals
        ('Mr Jo said: "a" ' * 500, 500, {"Mr Jo"}),  # hundreds of quotations in one sentence
        (("Jo Bloggs said: \u201c" + "word " * 50 + ".\u201d ") * 200, 200, {"Jo Bloggs"}),
    ],
)
def test_long_odd_texts_are_survived(text: str, quotations: int, speakers: set) -> None:
    """How their time grows with length is printed by ``scripts/eval_extract.py``."""
    draft = extract(text)
    assert len(draft["quotations"]) == quotations
    assert {q["speaker"] for q in draft["quotations"]} == speakers
    assert all(text[q["start"] : q["end"]] == q["text"] for q in draft["quotations"])


def test_the_place_of_a_council_named_with_its_childrens_services() -> None:
    doc = Document(
        "Ofsted published its report on Cumberland Council's children's services.",
        EntityIndex(None),
    )
    assert doc.place_council().name == "Cumberland Council"


def test_a_questions_number_before_a_turns_label_is_not_a_keys_code() -> None:
    """ "S1 Lorraine Abbott, Head of Service" keys a code to a person; "Q15 Tariq Mahmood:"
    numbers a question and labels a turn, so "Q15" is nobody."""
    text = (
        "Q15 Tariq Mahmood: Is the trust fit for purpose? I ask because Q15 was my question "
        "last time too.\n\n"
        "Key\nS1 Lorraine Abbott, Head of Service\n\nS1 agreed."
    )
    doc = Document(text, EntityIndex(None))
    people = {text[m.start : m.end] for m in doc.mentions if m.kind == "person"}
    assert "S1" in people
    assert "Q15" not in people


def test_no_module_of_the_extractor_binds_a_name_twice() -> None:
    """A pattern defined twice at a module's top level silently replaces the first (as a
    second ``_KIN_ROLE`` once did): each name is bound once."""
    import ast
    from pathlib import Path

    for path in sorted((Path(__file__).parents[1] / "graph" / "extract").glob("*.py")):
        seen: dict[str, int] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = (
                [t.id for t in node.targets if isinstance(t, ast.Name)]
                if isinstance(node, ast.Assign)
                else [node.name]
                if isinstance(node, ast.FunctionDef | ast.ClassDef)
                else []
            )
            for name in targets:
                assert name not in seen, (
                    f"{path.name}: {name} bound at {seen[name]} and {node.lineno}"
                )
                seen[name] = node.lineno
