"""Incremental builds: after adding, changing or deleting a source, `kg build` rebuilds only
what changed, and the stored build equals a full build of the same files (byte for byte for
the memory snapshot, the same Turtle export and isomorphic datasets for both stores)."""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest
from rdflib import Dataset
from rdflib.compare import isomorphic

from graph import engine
from graph.export import export_bytes, union_graph
from graph.store import open_store
from tests.conftest import ROOT, kg

STORES = ["memory", "oxigraph:build/oxigraph"]
HC = "bucks-high-caseloads-slammed-by-inspectors"
GC = "bucks-government-sends-commissioner"


def copy_project(source: Path, target: Path) -> Path:
    for name in ("data", "ontology"):
        shutil.copytree(source / name, target / name)
    return target


def build(project: Path, store: str, *extra: str):
    result = kg("build", "--store", store, *extra, project=project)
    assert result.exit_code == 0, result.output
    return result


def copy_article(project: Path, stem: str, suffix: str) -> str:
    """Copy source ``stem`` under a new id, its fact ids renamed: a new article."""
    new = f"{stem}-{suffix}"
    data = project / "data"
    shutil.copy(data / "sources" / f"{stem}.txt", data / "sources" / f"{new}.txt")
    meta = (data / "sources" / f"{stem}.yaml").read_text(encoding="utf-8")
    (data / "sources" / f"{new}.yaml").write_text(
        re.sub(rf"^id: {stem}$", f"id: {new}", meta, flags=re.M), encoding="utf-8"
    )
    facts = (data / "facts" / f"{stem}.yaml").read_text(encoding="utf-8")
    ids = re.findall(r"^  - id: (\S+)$", facts, flags=re.M)
    for ident in sorted(ids, key=len, reverse=True):
        facts = re.sub(rf"(?<![\w-]){re.escape(ident)}(?![\w-])", f"{ident}-{suffix}", facts)
    facts = re.sub(rf"^source: {stem}$", f"source: {new}", facts, flags=re.M)
    (data / "facts" / f"{new}.yaml").write_text(facts, encoding="utf-8")
    return new


def edit(project: Path, rel: str, old: str, new: str) -> None:
    path = project / rel
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {rel}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def assert_same_as_full(project: Path, store: str, tmp_path: Path, done=None) -> None:
    """The stored build equals a full build of a copy of the project's files (and ``done``,
    the incremental build's result, printed the same counts)."""
    fresh = copy_project(project, tmp_path / "fresh")
    result = build(fresh, store)
    assert "incremental" not in result.stdout
    if done is not None:
        assert done.stdout.splitlines()[0] == result.stdout.splitlines()[0]
    if store == "memory":
        assert (project / "build" / "dataset.nq").read_bytes() == (
            fresh / "build" / "dataset.nq"
        ).read_bytes()
    ours = open_store(store, project).load()
    theirs = open_store(store, fresh).load()
    assert export_bytes(ours, "turtle") == export_bytes(theirs, "turtle")
    assert isomorphic(union_graph(ours), union_graph(theirs))
    assert _graphs(ours) == _graphs(theirs)
    counts = kg("query", "--store", store, "--format", "csv", QUERY, project=project)
    assert (
        counts.stdout
        == kg("query", "--store", store, "--format", "csv", QUERY, project=fresh).stdout
    )


QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def _graphs(dataset: Dataset) -> dict[str, int]:
    """Each named graph's size (the default graph left out)."""
    sizes: dict[str, int] = {}
    for _s, _p, _o, g in dataset.quads((None, None, None, None)):
        name = str(getattr(g, "identifier", g))
        sizes[name] = sizes.get(name, 0) + 1
    return {k: v for k, v in sizes.items() if "graph/" in k or k.endswith("ontology")}


def rebuilt(result) -> int:
    found = re.search(r"incremental: (\d+) of \d+ source graphs? rebuilt", result.stdout)
    assert found, result.stdout
    return int(found.group(1))


@pytest.mark.parametrize("store", STORES)
def test_add_change_and_delete_match_a_full_build(project: Path, store: str, tmp_path) -> None:
    build(project, store)
    new = copy_article(project, GC, "copy")
    done = build(project, store)
    assert rebuilt(done) == 1
    assert_same_as_full(project, store, tmp_path / "added", done)

    # A new first line in the copy's text shifts every span.
    text = project / "data" / "sources" / f"{new}.txt"
    text.write_text("Corrected since.\n\n" + text.read_text(encoding="utf-8"), encoding="utf-8")
    done = build(project, store)
    assert rebuilt(done) == 1
    assert_same_as_full(project, store, tmp_path / "changed", done)

    for path in (project / "data").glob(f"*/{new}.*"):
        path.unlink()
    done = build(project, store)
    assert rebuilt(done) == 0
    assert_same_as_full(project, store, tmp_path / "deleted", done)


@pytest.mark.parametrize("store", STORES)
def test_a_change_others_read_rebuilds_them_too(project: Path, store: str, tmp_path) -> None:
    # Judgements and findings elsewhere are labelled with this inspection's label.
    build(project, store)
    edit(
        project,
        f"data/facts/{HC}.yaml",
        "label: Ofsted inspection",
        "label: Ofsted's inspection",
    )
    done = build(project, store)
    assert rebuilt(done) > 1
    assert_same_as_full(project, store, tmp_path, done)


def test_nothing_changed_rebuilds_nothing(project: Path) -> None:
    build(project, "memory")
    before = (project / "build" / "dataset.nq").read_bytes()
    again = build(project, "memory")
    assert rebuilt(again) == 0
    assert (
        again.stdout.splitlines()[0]
        == kg("validate", project=project).stdout.replace("valid:", "built:").strip()
    )
    assert (project / "build" / "dataset.nq").read_bytes() == before


def test_registry_ontology_and_full_flag_force_a_full_build(project: Path, tmp_path) -> None:
    build(project, "memory")
    assert "incremental" not in build(project, "memory", "--full").stdout
    edit(project, "data/entities.yaml", "name: Warren Whyte", "name: Warren  Whyte")
    assert "incremental" not in build(project, "memory").stdout
    assert_same_as_full(project, "memory", tmp_path / "registry")
    path = project / "ontology" / "schemes.ttl"
    path.write_text(path.read_text(encoding="utf-8") + "\n# a comment\n", encoding="utf-8")
    assert "incremental" not in build(project, "memory").stdout


@pytest.mark.parametrize("store", STORES)
def test_a_failed_incremental_build_keeps_the_previous_build(project: Path, store: str) -> None:
    build(project, store)
    target = open_store(store, project)
    manifest = target.manifest_path.read_bytes()
    before = export_bytes(target.load(), "nquads")
    edit(project, f"data/facts/{GC}.yaml", "agent: [ofsted]", "agent: [ofstead]")
    new = copy_article(project, HC, "copy")
    result = kg("build", "--store", store, project=project)
    assert result.exit_code == 1
    assert f"data/facts/{GC}.yaml" in result.stderr and "unknown id 'ofstead'" in result.stderr
    assert "nothing was written" in result.stderr
    assert export_bytes(open_store(store, project).load(), "nquads") == before
    assert target.manifest_path.read_bytes() == manifest
    # Fixed, the next build is incremental again and has both changes.
    edit(project, f"data/facts/{GC}.yaml", "agent: [ofstead]", "agent: [ofsted]")
    assert rebuilt(build(project, store)) == 1
    assert new in kg("query", "--store", store, "--format", "csv", SOURCES, project=project).stdout


SOURCES = "SELECT ?s WHERE { ?s a <https://w3id.org/cskg/ontology#Source> }"


def test_cross_source_checks_run_on_an_incremental_build(project: Path) -> None:
    build(project, "memory")
    # A duplicate id in a new file, a grade contradicting another file, a dangling reference.
    new = copy_article(project, GC, "copy")
    edit(
        project,
        f"data/facts/{new}.yaml",
        "id: gc-f-problems-worse-without-help-copy",
        "id: gc-f-problems-worse-without-help",
    )
    incremental = kg("build", project=project)
    full = kg("validate", project=project)
    assert incremental.exit_code == full.exit_code == 1
    assert "duplicate id 'gc-f-problems-worse-without-help'" in incremental.stderr
    assert incremental.stderr.splitlines()[:-1] == full.stderr.splitlines()[:-1]
    for path in (project / "data").glob(f"*/{new}.*"):
        path.unlink()
    # Deleting a source that others refer to breaks their references.
    for path in (project / "data").glob(f"*/{HC}.*"):
        path.unlink()
    incremental = kg("build", project=project)
    full = kg("validate", project=project)
    assert incremental.exit_code == 1
    assert "unknown id 'bucks-2017-sif-inspection'" in incremental.stderr
    assert incremental.stderr.splitlines()[:-1] == full.stderr.splitlines()[:-1]


def test_a_stored_build_the_manifest_does_not_describe_means_a_full_build(project: Path) -> None:
    build(project, "memory")
    store = open_store("memory", project)
    store.save(store.load())  # stored some other way: no manifest any more
    assert not store.manifest_path.exists()
    assert "incremental" not in build(project, "memory").stdout
    # A snapshot rewritten behind the manifest's back is noticed too.
    snapshot = project / "build" / "dataset.nq"
    stat = snapshot.stat()
    os.utime(snapshot, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    assert json.loads(store.manifest_path.read_text(encoding="utf-8"))["store"]
    assert "incremental" not in build(project, "memory").stdout


def test_a_store_update_that_fails_leaves_no_manifest(project: Path, monkeypatch, tmp_path) -> None:
    from graph.store import MemoryStore

    build(project, "memory")
    copy_article(project, GC, "copy")

    def broken(self, *args):
        raise OSError("disk full")

    monkeypatch.setattr(MemoryStore, "replace", broken)
    with pytest.raises(OSError):
        kg("build", project=project)
    assert not open_store("memory", project).manifest_path.exists()
    monkeypatch.undo()
    assert "incremental" not in build(project, "memory").stdout
    assert_same_as_full(project, "memory", tmp_path)


def retype(event: str, cls: str):
    """Wrap the builder so that ``event``'s graph types it ``cls`` instead (a broken build
    that passes every check before SHACL)."""
    from rdflib import RDF, URIRef

    original = engine.unit_triples
    node = URIRef(f"https://w3id.org/cskg/id/event/{event}")

    def patched(corpus, iris, standard, stem):
        triples = original(corpus, iris, standard, stem)
        if not any(t[0] == node and t[1] == RDF.type for t in triples):
            return triples
        kept = [t for t in triples if not (t[0] == node and t[1] == RDF.type)]
        return [*kept, (node, RDF.type, URIRef(cls))]

    return patched


def test_shacl_revalidates_what_points_to_a_changed_node(project: Path, monkeypatch, tmp_path):
    # The finding gc-f-problems-worse-without-help (in GC's graph only) points to an
    # inspection defined in HC. HC changes so that the inspection is no longer an event: GC is
    # not rebuilt, yet its finding must be validated again, as a full build would.
    build(project, "memory")
    broken = retype("bucks-2017-sif-inspection", "https://w3id.org/cskg/ontology#Figure")
    monkeypatch.setattr(engine, "unit_triples", broken)
    full = kg("validate", project=copy_project(project, tmp_path / "full"))
    assert full.exit_code == 1
    facts = project / "data" / "facts" / f"{HC}.yaml"
    facts.write_text(facts.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    incremental = kg("build", project=project)
    assert incremental.exit_code == 1
    line = next(
        i
        for i, text in enumerate(
            (project / "data" / "facts" / f"{GC}.yaml").read_text().splitlines(), 1
        )
        if "id: gc-f-problems-worse-without-help" in text
    )
    assert f"data/facts/{GC}.yaml:{line}: inspection: SHACL" in incremental.stderr
    assert incremental.stderr.splitlines()[:-1] == full.stderr.splitlines()[:-1]


def test_parallel_and_in_process_builds_are_identical(tmp_path, monkeypatch) -> None:
    from graph.synth import write_corpus

    root = tmp_path / "synth"
    write_corpus(root, 1, 7, 0.5)
    monkeypatch.setattr(engine, "CHUNK", 3)  # many chunks: context crosses between them
    one = copy_project(root, tmp_path / "one")
    two = copy_project(root, tmp_path / "two")
    first = build(one, "memory", "--jobs", "1")
    second = build(two, "memory", "--jobs", "2")
    assert first.stdout == second.stdout
    assert (one / "build" / "dataset.nq").read_bytes() == (
        two / "build" / "dataset.nq"
    ).read_bytes()
    assert ROOT.is_dir()
