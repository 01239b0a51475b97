"""The synthetic corpus generator: valid through the real pipeline, deterministic, and shaped
so that the journalists' questions have real answers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from graph import journalist
from graph.model import Facts
from graph.namespace import KG
from graph.pipeline import build_project, load_graph
from graph.synth import generate, read_vocabulary, write_corpus
from graph.yamlio import read_yaml
from tests.conftest import ROOT, kg, unspanned_sources

COUNCILS, SEED, DETAIL = 1, 7, 0.5


@pytest.fixture(scope="module")
def synth(tmp_path_factory) -> tuple[Path, dict[str, int]]:
    """A small synthetic project, built once through the real pipeline."""
    root = tmp_path_factory.mktemp("synth") / "project"
    write_corpus(root, COUNCILS, SEED, DETAIL)
    return root, build_project(root)


@pytest.fixture(scope="module")
def graph(synth):
    """The stored build, loaded once for the journalists' questions."""
    return load_graph(synth[0])


@pytest.fixture(scope="module")
def facts(synth) -> list[Facts]:
    root, _ = synth
    return [
        Facts.model_validate(read_yaml(path).data)
        for path in sorted((root / "data" / "facts").glob("*.yaml"))
    ]


def ask(root: Path, *args: str) -> list[dict[str, str]]:
    result = kg(*args, "--format", "json", project=root)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def people(root: Path) -> dict[str, str]:
    return {p["id"]: p["name"] for p in read_yaml(root / "data/entities.yaml").data["people"]}


def test_builds_with_no_problems(synth) -> None:
    root, counts = synth
    assert counts["triples"] > 5000
    for kind in ("sources", "people", "quotations", "findings", "judgements", "responses"):
        assert counts[kind] > 0, kind
    assert (root / "build" / "dataset.nq").stat().st_size > 0
    assert sorted(p.name for p in (root / "ontology").iterdir()) == sorted(
        p.name for p in (ROOT / "ontology").glob("*.ttl")
    )


def test_every_source_of_a_fact_holds_a_span_of_it(graph) -> None:
    assert len(list(graph.subjects(KG.quotedFrom, None))) > 20
    assert unspanned_sources(graph) == []


def test_same_seed_same_bytes_other_seed_other_corpus(tmp_path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    write_corpus(first, 1, seed=3, detail=0.3)
    write_corpus(second, 1, seed=3, detail=0.3)
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    for rel in files:
        assert (first / rel).read_bytes() == (second / rel).read_bytes(), rel
    assert generate(1, seed=4, detail=0.3) != generate(1, seed=3, detail=0.3)


def test_refuses_to_clobber_unless_forced(tmp_path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("mine")
    with pytest.raises(FileExistsError):
        write_corpus(out, 1, detail=0.3)
    assert sorted(p.name for p in out.iterdir()) == ["keep.txt"]
    write_corpus(out, 1, detail=0.3, force=True)
    assert sorted(p.name for p in out.iterdir()) == ["data", "ontology"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_script_refuses_a_non_empty_folder(tmp_path) -> None:
    out = tmp_path / "out"
    script = [sys.executable, str(ROOT / "scripts" / "synth.py")]
    args = ["--councils", "1", "--detail", "0.3", "--out", str(out)]
    env = {**os.environ, "PYTHONHASHSEED": "123"}
    assert subprocess.run([*script, *args], capture_output=True, env=env).returncode == 0
    # Another process with another hash seed writes the very same bytes.
    for rel, text in generate(1, seed=1, detail=0.3).items():
        assert (out / rel).read_bytes() == text.encode("utf-8"), rel
    again = subprocess.run([*script, *args], capture_output=True, text=True)
    assert again.returncode == 1 and "--force" in again.stderr
    assert subprocess.run([*script, *args, "--force"], capture_output=True).returncode == 0


def test_uses_the_ontology_schemes(facts) -> None:
    vocab = read_vocabulary(ROOT / "ontology")
    areas = {a.id for a in vocab.sif_areas + vocab.ilacs_areas}
    used_areas = {j.area for f in facts for j in f.judgements}
    assert used_areas <= areas
    assert {a.id for a in vocab.sif_areas} & used_areas
    assert {a.id for a in vocab.ilacs_areas} & used_areas
    used_themes = {t for f in facts for finding in f.findings for t in finding.themes}
    assert used_themes <= {t.id for t in vocab.themes} and len(used_themes) > 10


def test_quotes_by_speaker_match_the_facts(synth, graph, facts) -> None:
    root, _ = synth
    names = people(root)
    said = Counter(q.speaker for f in facts for q in f.quotations if q.speaker in names)
    speaker, count = said.most_common(1)[0]
    assert count >= 2
    rows = ask(root, "quotes", "--speaker", names[speaker])  # through the CLI once
    assert len(rows) == count
    assert {r["speaker"] for r in rows} == {names[speaker]}
    # Some quotations are reported by several documents: one row, several sources.
    mentioned = {m.fact for f in facts for m in f.mentions}
    assert any(q.id in mentioned for f in facts for q in f.quotations)
    assert any("; " in r["source"] for r in journalist.quotes(graph).rows)


def test_posts_have_successive_holders(graph) -> None:
    rows = journalist.posts(graph).rows
    holders: dict[tuple[str, str], set[str]] = {}
    for row in rows:
        holders.setdefault((row["body"], row["post"]), set()).add(row["person"])
    assert max(len(people) for people in holders.values()) >= 2
    assert any(r["from"] for r in rows) and any(r["until"] for r in rows)


def test_ratings_over_time_and_recurring_themes(graph) -> None:
    overall = [r for r in journalist.ratings(graph).rows if r["area"].startswith("Overall")]
    assert {r["framework"] for r in overall} >= {"SIF", "ILACS"}
    assert max(Counter(r["body"] for r in overall).values()) >= 2
    recurring = journalist.findings(graph, recurring=True).rows
    assert recurring and all(int(r["inspections"]) >= 2 for r in recurring)
    # A council and the unitary that replaced it count as one lineage.
    assert any("; " in r["body"] for r in recurring)


def test_responses_and_neighbourhood(synth, graph, facts) -> None:
    root, _ = synth
    assert journalist.responses(graph).rows
    said = Counter(q.speaker for f in facts for q in f.quotations if q.post)
    (person,) = journalist.resolve(graph, people(root)[said.most_common(1)[0][0]], {"person"}, "")
    linked = {r["name"] for r in journalist.connections(graph, person)}
    assert len(linked) >= 2
