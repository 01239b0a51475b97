"""Every kind of bad input gets an error naming file, line and field, exit 1, and no new build."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import kg

FACTS = "data/facts/bucks-government-sends-commissioner.yaml"
ENTITIES = "data/entities.yaml"
SOURCE_META = "data/sources/bucks-government-sends-commissioner.yaml"


def edit(project: Path, rel: str, old: str, new: str) -> None:
    path = project / rel
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {rel}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(project: Path, rel: str, needle: str) -> int:
    lines = (project / rel).read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if needle in line)


def assert_rejected(project: Path, *expected: str) -> str:
    """Build must fail with each expected fragment in stderr and leave the old build as it was."""
    snapshot = project / "build" / "dataset.nq"
    before = snapshot.read_bytes()
    result = kg("build", project=project)
    assert result.exit_code == 1, result.output
    for fragment in expected:
        assert fragment in result.stderr, f"{fragment!r} not in:\n{result.stderr}"
    assert "nothing was written" in result.stderr
    assert snapshot.read_bytes() == before
    assert not list(snapshot.parent.glob(".*.tmp"))
    validate = kg("validate", project=project)
    assert validate.exit_code == 1
    assert validate.stderr.splitlines()[:-1] == result.stderr.splitlines()[:-1]
    return result.stderr


def test_duplicate_key(built: Path) -> None:
    edit(
        built,
        FACTS,
        "    kind: report-publication\n",
        "    kind: report-publication\n    kind: meeting\n",
    )
    line = line_of(built, FACTS, "kind: meeting")
    assert_rejected(built, f"{FACTS}:{line}: kind: duplicate key")


def test_unknown_field(built: Path) -> None:
    edit(
        built,
        FACTS,
        "    kind: report-publication\n",
        "    kind: report-publication\n    colour: red\n",
    )
    line = line_of(built, FACTS, "colour: red")
    assert_rejected(built, f"{FACTS}:{line}: events[0].colour: unknown field")


def test_wrong_type(built: Path) -> None:
    edit(built, ENTITIES, "    name: Warren Whyte\n", "    name: 012\n")
    line = line_of(built, ENTITIES, "name: 012")
    assert_rejected(built, f"{ENTITIES}:{line}: people[0].name: Input should be a valid string")


def test_yaml_boolean_trap_is_a_type_error(built: Path) -> None:
    edit(built, FACTS, "    kind: report-publication\n", "    kind: yes\n")
    line = line_of(built, FACTS, "kind: yes")
    assert_rejected(built, f"{FACTS}:{line}: events[0].kind: Input should be")


def test_impossible_date(built: Path) -> None:
    edit(built, FACTS, 'date: "2018-01-29"', "date: 2017-02-30")
    line = line_of(built, FACTS, "date: 2017-02-30")
    assert_rejected(built, f"{FACTS}:{line}: events[0].date: impossible date '2017-02-30'")


def test_malformed_date(built: Path) -> None:
    edit(built, SOURCE_META, 'date: "2018-02-20"', "date: 20 Feb 18")
    line = line_of(built, SOURCE_META, "date: 20 Feb 18")
    assert_rejected(built, f"{SOURCE_META}:{line}: published.date: date '20 Feb 18' must be")


def test_malformed_yaml(built: Path) -> None:
    edit(built, FACTS, "events:\n", "events: [\n")
    assert_rejected(built, f"{FACTS}:", "malformed YAML")


def test_unknown_entity_reference(built: Path) -> None:
    edit(built, FACTS, "    agent: [ofsted]\n", "    agent: [ofstead]\n")
    line = line_of(built, FACTS, "agent: [ofstead]")
    assert_rejected(built, f"{FACTS}:{line}: events[0].agent[0]: unknown id 'ofstead'")


def test_reference_of_the_wrong_kind(built: Path) -> None:
    edit(
        built,
        FACTS,
        "    agent: [ofsted]\n",
        "    agent: [bcc-cabinet-member-childrens-services]\n",
    )
    assert_rejected(built, "events[0].agent[0]: 'bcc-cabinet-member-childrens-services' is a post")


def test_unknown_concept(built: Path) -> None:
    text = (built / FACTS).read_text(encoding="utf-8")
    grade_line = next(line for line in text.splitlines() if "grade: inadequate" in line)
    edit(built, FACTS, grade_line, grade_line.replace("inadequate", "awful"))
    assert_rejected(
        built,
        "grade: unknown grade 'awful' (known: good, inadequate, outstanding, requires-improvement)",
    )


def test_duplicate_entity_id(built: Path) -> None:
    edit(built, ENTITIES, "  - id: lin-hazell\n", "  - id: warren-whyte\n")
    line = _second(built, ENTITIES, "- id: warren-whyte")
    assert_rejected(built, f"{ENTITIES}:{line}: people[1].id: duplicate id 'warren-whyte'")


def _second(project: Path, rel: str, needle: str) -> int:
    lines = (project / rel).read_text(encoding="utf-8").splitlines()
    return [i for i, line in enumerate(lines, 1) if needle in line][1]


def test_duplicate_fact_id_across_files(built: Path) -> None:
    edit(
        built,
        FACTS,
        "  - id: bucks-2018-01-29-report-publication\n",
        "  - id: bucks-2014-sif-inspection\n",
    )
    assert_rejected(
        built,
        "events[0].id: duplicate id 'bucks-2014-sif-inspection' (already used "
        "in data/facts/bucks-childrens-services-branded-inadequate.yaml)",
    )


def test_evidence_with_a_changed_word_fails(built: Path) -> None:
    edit(
        built,
        FACTS,
        "evidence: Ofsted found in its report, released on 29 January",
        "evidence: Ofsted found in its report, published on 29 January",
    )
    line = line_of(built, FACTS, "published on 29 January")
    assert_rejected(
        built,
        f"{FACTS}:{line}: events[0].evidence: evidence not found verbatim in "
        "data/sources/bucks-government-sends-commissioner.txt",
    )


def test_evidence_forgives_typography_only(built: Path) -> None:
    # Straight quotes for curly ones, folded white space: still found.
    edit(
        built,
        FACTS,
        "evidence: Ofsted found in its report, released on 29 January",
        'evidence: "Ofsted   found in its\n      report, released on 29 January"',
    )
    assert kg("validate", project=built).exit_code == 0


def test_quotation_text_must_be_verbatim(built: Path) -> None:
    path = built / FACTS
    text = path.read_text(encoding="utf-8")
    assert "We are appointing a commissioner" in text
    path.write_text(
        text.replace("We are appointing a commissioner", "We are sending a commissioner", 1),
        encoding="utf-8",
    )
    assert_rejected(built, "quotations[0].text: quoted words not found verbatim")


def test_control_character_in_text(built: Path) -> None:
    edit(
        built,
        FACTS,
        "    label: Publication of Ofsted's report",
        "    label: \"Publication of\\u0007 Ofsted's report",
    )
    edit(built, FACTS, "29 January 2018\n", '29 January 2018"\n')
    line = line_of(built, FACTS, "Publication of\\u0007")
    assert_rejected(built, f"{FACTS}:{line}: events[0].label: control character U+0007 in text")


def test_invalid_iri(built: Path) -> None:
    edit(
        built,
        SOURCE_META,
        "kind: news-article\n",
        'kind: news-article\nurl: "http://example.org/a b<script>"\n',
    )
    line = line_of(built, SOURCE_META, "url:")
    assert_rejected(built, f"{SOURCE_META}:{line}: url: invalid IRI")


def test_contradicting_grades(built: Path) -> None:
    rel = "data/facts/bucks-select-committee-reinspection-outcome.yaml"
    text = (built / rel).read_text(encoding="utf-8")
    assert "grade: requires-improvement" in text
    (built / rel).write_text(
        text.replace("grade: requires-improvement", "grade: good", 1), encoding="utf-8"
    )
    # The only 2021 judgement: changing it is allowed; contradicting another file is not.
    assert kg("validate", project=built).exit_code == 0
    edit(built, FACTS, "grade: inadequate", "grade: good")
    assert_rejected(built, "grade 'inadequate' contradicts 'good' for the same inspection and area")


def test_every_problem_is_listed(built: Path) -> None:
    edit(built, FACTS, "    agent: [ofsted]\n", "    agent: [ofstead]\n")
    edit(built, ENTITIES, "    name: Warren Whyte\n", "    name: 012\n")
    edit(
        built,
        "data/facts/bucks-childrens-services-branded-inadequate.yaml",
        'date: "2014"',
        "date: 2014-13",
    )
    stderr = assert_rejected(
        built, "unknown id 'ofstead'", "people[0].name", "impossible date '2014-13'"
    )
    assert "3 problems found" in stderr


def test_facts_for_unknown_source(built: Path) -> None:
    (built / "data/facts/no-such-source.yaml").write_text("source: no-such-source\n")
    assert_rejected(
        built, "data/facts/no-such-source.yaml:1: source: unknown source 'no-such-source'"
    )


def test_text_without_metadata(built: Path) -> None:
    (built / "data/sources/orphan.txt").write_text("An orphan text.\n")
    assert_rejected(built, "data/sources/orphan.txt: no metadata file data/sources/orphan.yaml")


def test_not_a_project(tmp_path: Path) -> None:
    result = kg("validate", project=tmp_path)
    assert result.exit_code == 1
    assert "data/sources: folder not found" in result.stderr


def test_shacl_violation_names_file_and_line(project: Path) -> None:
    # The loader already refuses what the shapes forbid; break the built graph instead to check
    # that a SHACL violation is reported at the file and line of the item behind the node.
    from graph.corpus import load_project
    from graph.export import union_graph
    from graph.iris import Iris
    from graph.namespace import KG
    from graph.pipeline import build_dataset, locator
    from graph.shacl import load_shapes, shacl_problems

    corpus = load_project(project)
    iris = Iris()
    data = union_graph(build_dataset(corpus, iris))
    judgement = iris.judgement("bucks-2017-sif-inspection", "sif-adoption")
    data.remove((judgement, KG.grade, None))
    problems = shacl_problems(data, load_shapes(project), locator(corpus, iris))
    rel = "data/facts/bucks-high-caseloads-slammed-by-inspectors.yaml"
    line = (
        next(
            i
            for i, text in enumerate((project / rel).read_text().splitlines(), 1)
            if "area: sif-adoption" in text
        )
        - 1
    )
    assert [str(p) for p in problems] == [
        f"{rel}:{line}: grade: SHACL: a judgement has exactly one grade of Ofsted's four-point "
        f"scale on <{judgement}>"
    ]


def test_invalid_ontology_turtle(built: Path) -> None:
    edit(
        built, "ontology/schemes.ttl", "grade:good a skos:Concept", "grade:good a skos:Concept ;;;;"
    )
    line = line_of(built, "ontology/schemes.ttl", ";;;;")
    assert_rejected(built, f"ontology/schemes.ttl:{line}: invalid Turtle")
