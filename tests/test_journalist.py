"""The journalists' commands answer the questions with the rows read off the texts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph.output import Table, render
from tests.conftest import in_store, kg

WHYTE_POST = "Cabinet Member for Children's Services"
BCC = "Buckinghamshire County Council"


@pytest.fixture(scope="module", params=["memory", "oxigraph:build/oxigraph", "sparql"])
def built_root(request, built_snapshot, tmp_path_factory) -> Path:
    """The real project's build, in each store: every test here runs on each (KG_STORE).
    ``sparql`` is a real Virtuoso (the ``virtuoso`` fixture)."""
    spec = request.param
    if spec == "sparql":
        spec = request.getfixturevalue("virtuoso").store
    yield from in_store(spec, built_snapshot, tmp_path_factory)


def ask(root: Path, *args: str) -> list[dict[str, str]]:
    result = kg(*args, "--format", "json", project=root)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def fails(root: Path, *args: str) -> str:
    result = kg(*args, project=root)
    assert result.exit_code == 1, result.output
    return result.stderr


@pytest.mark.parametrize("name", ["whyte", "Cllr Whyte", "WARREN WHYTE", "Mr Whyte"])
def test_quotes_by_speaker_in_any_spelling(built_root, name):
    rows = ask(built_root, "quotes", "--speaker", name)
    assert [(r["date"], r["speaker"], r["post"], r["body"]) for r in rows] == [
        ("2018", "Warren Whyte", WHYTE_POST, BCC)
    ] * 5
    opening = {r["quotation"][:30] for r in rows}
    assert "I am extremely disappointed an" in opening
    reported_twice = next(r for r in rows if r["quotation"].startswith("I am extremely"))
    assert reported_twice["source"].count(";") == 1


def test_speakers_posts_and_years(built_root):
    rows = ask(built_root, "quotes")
    seen = {(r["speaker"], r["post"], r["date"][:4]) for r in rows if r["post"]}
    assert seen == {
        ("Angela Macpherson", WHYTE_POST, "2014"),
        ("Lin Hazell", WHYTE_POST, ""),
        ("David Johnston", "Managing Director for Children's Social Care and Learning", ""),
        ("Warren Whyte", WHYTE_POST, "2018"),
        ("Richard Nash", "Director of Children's Social Care", "2022"),
    }
    by_speaker = {}
    for r in rows:
        by_speaker[r["speaker"].split(" (")[0]] = by_speaker.get(r["speaker"].split(" (")[0], 0) + 1
    assert by_speaker["Angela Macpherson"] == 6 and by_speaker["Lin Hazell"] == 3
    assert by_speaker["David Johnston"] == 4 and by_speaker["Richard Nash"] == 2
    assert by_speaker["Department for Education"] == 2


def test_dates_compare_honestly_with_coarser_facts(built_root):
    whyte = ("quotes", "--speaker", "whyte")
    assert len(ask(built_root, *whyte, "--since", "2018-06")) == 5  # "2018" may be after June
    assert ask(built_root, *whyte, "--since", "2019") == []
    assert ask(built_root, *whyte, "--until", "2017-12-31") == []
    until_2014 = ask(built_root, "quotes", "--until", "2014")
    assert {r["speaker"].split(" (")[0] for r in until_2014} == {"Angela Macpherson", "Ofsted"}
    assert "impossible date '2018-13'" in fails(built_root, "quotes", "--since", "2018-13")


def test_quotes_filters(built_root):
    rows = ask(built_root, "quotes", "--contains", "STOP THE CLOCK")
    assert [(r["speaker"], r["quotation"]) for r in rows] == [
        ("Richard Nash", "stop the clock exercise")
    ]
    dfe = ask(built_root, "quotes", "--body", "Department for Education")
    assert len(dfe) == 2 and all(r["body"] == "Department for Education" for r in dfe)
    cabinet = ask(
        built_root, "quotes", "--post", "cabinet portfolio holder for children’s services"
    )
    assert {r["speaker"] for r in cabinet} == {"Angela Macpherson", "Lin Hazell", "Warren Whyte"}


def test_evidence_adds_the_exact_words_and_source(built_root):
    rows = ask(built_root, "quotes", "--speaker", "nash", "--evidence")
    assert {r["evidence"] for r in rows} == {"requires work to be good", "stop the clock exercise"}
    assert {r["source_ids"] for r in rows} == {"bucks-select-committee-reinspection-outcome"}


def test_posts(built_root):
    rows = ask(built_root, "posts", "--post", "Cabinet Member for Children's Services")
    assert [(r["person"], r["evidenced"]) for r in rows] == [
        ("Angela Macpherson", "2014"),
        ("Warren Whyte", "2018, 2018-02-20"),
        ("Lin Hazell", ""),
    ]
    council = ask(built_root, "posts", "--body", "Buckinghamshire Council")
    assert {(r["person"], r["post"]) for r in council} == {
        ("Councillor Collingwood", "Councillor, Buckinghamshire Council"),
        ("Councillor Hussein", "Councillor, Buckinghamshire Council"),
        ("Palvinder Kudhail", "Director of Children's Services"),
        ("Richard Nash", "Director of Children's Social Care"),
        ("Simon James", "Director of Education"),
    }


def test_ratings_in_date_order(built_root):
    rows = ask(built_root, "ratings")
    got = [
        (r["date"], r["framework"], r["area"].split(" (")[0], r["grade"], r["published"])
        for r in rows
    ]
    ri = "requires improvement to be good"
    assert got == [
        ("2014", "SIF", "Overall effectiveness", "inadequate", "2014"),
        ("2014", "SIF", "Adoption performance", ri, "2014"),
        ("2014", "SIF", "Children looked after and achieving permanence", "inadequate", "2014"),
        ("2014", "SIF", "Children who need help and protection", "inadequate", "2014"),
        ("2014", "SIF", "Experiences and progress of care leavers", ri, "2014"),
        ("2014", "SIF", "Leadership, management and governance", "inadequate", "2014"),
        ("2017", "SIF", "Overall effectiveness", "inadequate", "2018-01-29"),
        ("2017", "SIF", "Adoption performance", "good", "2018-01-29"),
        (
            "2017",
            "SIF",
            "Children looked after and achieving permanence",
            "inadequate",
            "2018-01-29",
        ),
        ("2017", "SIF", "Children who need help and protection", "inadequate", "2018-01-29"),
        ("2017", "SIF", "Experiences and progress of care leavers", ri, "2018-01-29"),
        ("2017", "SIF", "Leadership, management and governance", "inadequate", "2018-01-29"),
        ("2021", "ILACS", "Overall effectiveness", ri, "2022-02"),
    ]
    assert len(ask(built_root, "ratings", "--body", "Buckinghamshire Council")) == 1


def test_recurring_themes(built_root):
    rows = ask(built_root, "findings", "--recurring")
    got = {r["theme"]: r["dates"] for r in rows}
    assert got["Caseloads"] == "2014, 2017"
    assert got["Workforce turnover and stability"] == "2014, 2017, 2021"
    assert got["Management oversight and supervision"] == "2014, 2016-11, 2017"
    assert got["Child sexual exploitation"] == "2014, 2016-11, 2017"
    assert all(int(r["inspections"]) >= 2 for r in rows)
    assert {r["body"] for r in rows} == {
        "Buckinghamshire County Council; Buckinghamshire Council",
        "Buckinghamshire County Council",
    }
    assert next(r for r in rows if r["theme"] == "Workforce turnover and stability")["body"] == (
        "Buckinghamshire County Council; Buckinghamshire Council"
    )


def test_findings_by_theme(built_root):
    rows = ask(built_root, "findings", "--theme", "caseloads")
    assert {r["date"] for r in rows} == {"2014", "2017"}
    assert all("Caseloads" in r["themes"] for r in rows)
    assert {r["finding"] for r in rows} == {"strength", "weakness"}
    assert "closest known: caseloads" in fails(built_root, "findings", "--theme", "caseload")


def test_the_disputed_finding(built_root):
    rows = [r for r in ask(built_root, "responses") if r["stance"] == "disputes"]
    dispute = next(r for r in rows if "top two priorities" in r["finding"])
    assert dispute["by"] == "Angela Macpherson" and dispute["date"] == "2014"
    assert dispute["response"].startswith("In relation to paragraph 1 of the report")


def test_timeline_of_a_person(built_root):
    rows = ask(built_root, "timeline", "Warren Whyte")
    kinds = [(r["date"], r["kind"]) for r in rows]
    assert kinds.count(("2018", "quotation")) == 5
    assert ("2018-02-20", "post holding") in kinds and ("2018", "post holding") in kinds
    assert all("Warren Whyte" in r["who"] for r in rows)
    everything = ask(built_root, "timeline")
    dates = [r["date"] for r in everything]
    assert dates[0] == "2013" and "2022-06" in dates


def test_show_card(built_root):
    result = kg("show", "Mr Nash", "--format", "json", project=built_root)
    assert result.exit_code == 0, result.output
    card = json.loads(result.stdout)
    fields = {row["field"]: row["value"] for row in card["entity"]}
    assert fields["name"] == "Richard Nash" and fields["aliases"] == "Mr Nash"
    assert [r["post"] for r in card["posts"]] == ["Director of Children's Social Care"]
    assert {r["quotation"] for r in card["quotations"]} == {
        "requires work to be good",
        "stop the clock exercise",
    }
    assert any(r["name"] == "Buckinghamshire Council" for r in card["connections"])
    assert card["sources"] == [
        {
            "source": "Agenda item: outcome of the Ofsted reinspection of "
            "children's services (Children's and Education Select "
            "Committee minutes)"
        }
    ]
    text = kg("show", "Mr Nash", project=built_root).stdout
    assert text.startswith("Richard Nash\n") and "\nquotations\n" in text


def test_unknown_name_lists_the_closest(built_root):
    stderr = fails(built_root, "quotes", "--speaker", "Whyt")
    assert "no body or person called 'Whyt'; closest known: Warren Whyte" in stderr
    assert "Lin Hazell" in fails(built_root, "show", "Lyn Hazel")


@pytest.mark.parametrize(
    "hostile",
    ['"} UNION { ?s ?p ?o }', "Whyte' . ?x ?y ?z #", "<http://evil/>", "{{name}}", "); DROP"],
)
def test_hostile_names_are_just_names(built_root, hostile):
    stderr = fails(built_root, "quotes", "--speaker", hostile)
    assert "no body or person called" in stderr and "Traceback" not in stderr
    assert ask(built_root, "quotes", "--contains", hostile) == []


def test_csv_is_spreadsheet_safe_and_json_has_stable_keys(built_root):
    table = Table(
        ["a", "b"], [{"a": '=HYPERLINK("http://x")', "b": "-2+3"}, {"a": "@SUM(A1)", "b": "+1"}]
    )
    assert render(table, "csv").splitlines()[1:] == [
        '"\'=HYPERLINK(""http://x"")",\'-2+3',
        "'@SUM(A1),'+1",
    ]
    rows = ask(built_root, "quotes")
    assert all(
        list(r) == ["date", "speaker", "post", "body", "quotation", "source", "publisher"]
        for r in rows
    )


def test_table_fits_80_columns(built_root):
    result = kg("ratings", project=built_root)
    assert max(len(line) for line in result.stdout.splitlines()) <= 80
    md = kg("ratings", "--format", "md", project=built_root).stdout.splitlines()
    assert md[0] == "| date | body | framework | area | grade | published | source |"


def test_query_command(built_root, tmp_path):
    select = kg(
        "query",
        "SELECT (COUNT(?q) AS ?n) WHERE { ?q a <https://schema.org/Quotation> }",
        "--format",
        "csv",
        project=built_root,
    )
    assert select.exit_code == 0 and select.stdout == "n\n43\n"
    ask_ = kg(
        "query", "ASK { ?s a <https://w3id.org/cskg/ontology#Judgement> }", project=built_root
    )
    assert ask_.stdout == "true\n"
    file = tmp_path / "q.rq"
    file.write_text(
        "CONSTRUCT { ?s a ?t } WHERE { ?s a ?t ; "
        '<http://www.w3.org/2000/01/rdf-schema#label> "Ofsted" }'
    )
    construct = kg("query", f"@{file}", project=built_root)
    assert (
        construct.exit_code == 0 and "<https://w3id.org/cskg/id/body/ofsted> a" in construct.stdout
    )
    bad = fails(built_root, "query", "SELECT ?x WHERE {\n  ?x ?y }")
    assert "query:2: column 3: invalid SPARQL" in bad and "Traceback" not in bad
    assert "refused: SERVICE" in fails(
        built_root, "query", "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"
    )
    assert "refused: FROM" in fails(
        built_root, "query", "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }"
    )


def test_show_a_post_lists_its_holders_and_what_they_said_in_it(built_root):
    result = kg(
        "show",
        "cabinet portfolio holder for children’s services",
        "--format",
        "json",
        project=built_root,
    )
    card = json.loads(result.stdout)
    assert [r["person"] for r in card["posts"]] == [
        "Angela Macpherson",
        "Warren Whyte",
        "Lin Hazell",
    ]
    assert len(card["quotations"]) == 6 + 3 + 5
    assert {r["post"] for r in card["quotations"]} == {WHYTE_POST}
