"""kg extract, kg ingest and kg accept, end to end on a copy of the project."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import kg

from graph.pipeline import build_project, load_graph

ARTICLE = (
    "Wirral children's services rated good by Ofsted\n\n"
    "Wirral Council's children's services have been rated good by Ofsted, two years after they "
    "were judged inadequate.\n\n"
    "Cllr Grace Ndlovu (Lab, Birkenhead), cabinet member for children and families, said: "
    "\u201cThis is a credit to every social worker in Wirral.\n\n"
    "\u201cWe will not stop here,\u201d she added.\n\n"
    "The report said: \u201cChildren are now seen quickly and their plans are clear.\u201d\n"
)


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def _ingest(project: Path, tmp_path: Path, *extra: str, text: str = ARTICLE):
    article = tmp_path / "wirral.txt"
    article.write_text(text, encoding="utf-8")
    return kg(
        "ingest",
        str(article),
        "--title",
        "Wirral children's services rated good",
        "--publisher",
        "unknown",
        "--date",
        "2024-03-12",
        "--id",
        "wirral-rated-good",
        *extra,
        project=project,
    )


def test_ingest_review_accept_puts_the_quotation_in_the_graph(project: Path, tmp_path) -> None:
    before = build_project(project)
    result = _ingest(project, tmp_path)
    assert result.exit_code == 0, result.output
    assert "kg accept wirral-rated-good" in result.output
    source = project / "data" / "sources" / "wirral-rated-good.txt"
    assert source.read_bytes() == (tmp_path / "wirral.txt").read_bytes()
    draft = project / "data" / "drafts" / "wirral-rated-good.yaml"
    assert draft.read_text(encoding="utf-8").startswith("# DRAFT")
    # the draft is not in the graph: a build sees only the new source's metadata
    assert build_project(project)["quotations"] == before["quotations"]

    result = kg("accept", "wirral-rated-good", project=project)
    assert result.exit_code == 0, result.output
    assert not draft.exists()
    assert (project / "data" / "facts" / "wirral-rated-good.yaml").exists()
    built = build_project(project)
    assert built["quotations"] == before["quotations"] + 3
    assert built["people"] == before["people"] + 1
    rows = load_graph(project).query(
        """
        PREFIX schema: <https://schema.org/>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?name ?text WHERE {
          ?q a schema:Quotation ; schema:text ?text ; schema:spokenByCharacter ?who .
          ?who rdfs:label ?name .
          FILTER(CONTAINS(?text, "credit to every social worker"))
        }
        """
    )
    assert [(str(n), str(t)) for n, t in rows] == [
        ("Grace Ndlovu", "This is a credit to every social worker in Wirral.")
    ]
    ratings = kg("ratings", "--body", "Wirral Council", "--format", "json", project=project)
    # (and "two years after they were judged inadequate": the grade of 2022)
    assert [(r["area"], r["grade"]) for r in json.loads(ratings.output)] == [
        ("Overall effectiveness (ILACS)", "inadequate"),
        ("Overall effectiveness (ILACS)", "good"),
    ]


def test_extract_prints_json_and_writes_nothing(project: Path, tmp_path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    before = _files(project)
    result = kg(
        "extract", str(article), "--format", "json", "--date", "2024-03-12", project=project
    )
    assert result.exit_code == 0, result.output
    draft = json.loads(result.output)
    assert set(draft) == {"quotations", "judgements", "people", "bodies", "dates"}
    first = draft["quotations"][0]
    assert {k: first[k] for k in ("text", "speaker", "speaker_role", "cue")} == {
        "text": "This is a credit to every social worker in Wirral.",
        "speaker": "Grace Ndlovu",
        "speaker_role": "cabinet member for children and families",
        "cue": "said",
    }
    assert ARTICLE[first["start"] : first["end"]] == first["text"]
    assert [(j["area"], j["grade"], j["year"]) for j in draft["judgements"]] == [
        ("ilacs-overall", "good", None),
        ("ilacs-overall", "inadequate", 2022),  # "two years after they were judged inadequate"
    ]
    assert _files(project) == before
    yaml_out = kg("extract", str(article), project=project)
    assert yaml_out.exit_code == 0 and "quotations:" in yaml_out.output


def test_extract_reads_the_article_from_stdin(project: Path) -> None:
    result = kg("extract", "-", "--format", "json", project=project, stdin=ARTICLE.encode("utf-8"))
    assert result.exit_code == 0, result.output
    draft = json.loads(result.output)
    assert [q["speaker"] for q in draft["quotations"]][:2] == ["Grace Ndlovu", "Grace Ndlovu"]
    bad = kg("extract", "-", project=project, stdin="caf\xe9".encode("latin-1"))
    assert bad.exit_code == 1 and "<stdin>" in bad.output and "not UTF-8" in bad.output


def test_ingest_refuses_bad_input_and_writes_nothing(project: Path, tmp_path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("caf\xe9".encode("latin-1"))
    before = _files(project)
    common = ["--title", "T", "--id", "x-article"]
    cases = [
        (["--publisher", "unknown", "--date", "2024-13"], "--date: published.date: '2024-13':"),
        (["--publisher", "the-gazette", "--date", "2024"], "unknown body 'the-gazette'"),
        (["--publisher", "unknown", "--date", "2024", "--id", "Bad Id"], "--id: id: 'Bad Id'"),
    ]
    for extra, message in cases:
        result = kg("ingest", str(article), *common, *extra, project=project)
        assert result.exit_code == 1, extra
        assert message in result.output, result.output
        assert "nothing was written" in result.output
    result = kg(
        "ingest",
        str(latin),
        "--title",
        "T",
        "--publisher",
        "unknown",
        "--date",
        "2024",
        project=project,
    )
    assert result.exit_code == 1 and "not UTF-8 text" in result.output
    taken = kg(
        "ingest",
        str(article),
        "--title",
        "T",
        "--publisher",
        "unknown",
        "--date",
        "2024",
        "--id",
        "bucks-government-sends-commissioner",
        project=project,
    )
    assert taken.exit_code == 1 and "already exists" in taken.output
    assert _files(project) == before


def test_ingest_takes_a_known_publisher_by_id_or_name(project: Path, tmp_path) -> None:
    result = _ingest(project, tmp_path)
    assert result.exit_code == 0
    article = tmp_path / "b.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = kg(
        "ingest",
        str(article),
        "--title",
        "Minutes",
        "--publisher",
        "Buckinghamshire Council",
        "--date",
        "2024",
        "--id",
        "bc-minutes",
        "--kind",
        "council-minutes",
        project=project,
    )
    assert result.exit_code == 0, result.output
    meta = (project / "data" / "sources" / "bc-minutes.yaml").read_text(encoding="utf-8")
    assert "body: buckinghamshire-council" in meta and "kind: council-minutes" in meta


def test_accept_reports_problems_in_the_draft_and_moves_nothing(project: Path, tmp_path) -> None:
    assert _ingest(project, tmp_path).exit_code == 0
    draft = project / "data" / "drafts" / "wirral-rated-good.yaml"
    text = draft.read_text(encoding="utf-8")
    broken = text.replace("speaker: grace-ndlovu", "speaker: unresolved-speaker", 1).replace(
        "text: This is a credit to every social worker in Wirral.",
        "text: This is a credit to every social worker in Merseyside.",
    )
    draft.write_text(broken, encoding="utf-8")
    before = _files(project)
    result = kg("accept", "wirral-rated-good", project=project)
    assert result.exit_code == 1
    lines = broken.splitlines()
    speaker_line = 1 + next(i for i, x in enumerate(lines) if "speaker: unresolved-speaker" in x)
    text_line = 1 + next(i for i, x in enumerate(lines) if "Merseyside" in x)
    assert (
        f"data/drafts/wirral-rated-good.yaml:{speaker_line}: quotations[0].speaker: "
        "unknown id 'unresolved-speaker'"
    ) in result.output
    assert f"data/drafts/wirral-rated-good.yaml:{text_line}: quotations[0].text: " in result.output
    assert "nothing was written" in result.output
    assert _files(project) == before


def test_accept_needs_a_draft(project: Path) -> None:
    result = kg("accept", "no-such-article", project=project)
    assert result.exit_code == 1
    assert "data/drafts/no-such-article.yaml: no such draft" in result.output


def test_new_commands_have_help_with_an_example() -> None:
    for command in ("extract", "ingest", "accept"):
        result = kg(command, "--help")
        assert result.exit_code == 0 and "Example: kg " + command in result.output
