"""Exports are deterministic, atomic, and re-read isomorphic in rdflib and pyoxigraph."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Graph

from graph.export import export_bytes, union_graph
from graph.store import read_dataset
from tests.conftest import ROOT, assert_isomorphic, kg

OX_FORMATS = {
    "turtle": pyoxigraph.RdfFormat.TURTLE,
    "trig": pyoxigraph.RdfFormat.TRIG,
    "nquads": pyoxigraph.RdfFormat.N_QUADS,
    "nt": pyoxigraph.RdfFormat.N_TRIPLES,
}
RDFLIB_FORMATS = {"turtle": "turtle", "trig": "trig", "nquads": "nquads", "nt": "nt"}


@pytest.mark.parametrize("fmt", sorted(OX_FORMATS))
def test_export_rereads_isomorphic_in_rdflib(built_dataset, fmt: str) -> None:
    data = export_bytes(built_dataset, fmt)
    if fmt in ("trig", "nquads"):
        reread = union_graph(read_dataset(data, RDFLIB_FORMATS[fmt]))
    else:
        reread = Graph().parse(data=data.decode("utf-8"), format=RDFLIB_FORMATS[fmt])
    assert_isomorphic(union_graph(built_dataset), reread)


@pytest.mark.parametrize("fmt", sorted(OX_FORMATS))
def test_export_rereads_in_pyoxigraph(built_dataset, fmt: str) -> None:
    data = export_bytes(built_dataset, fmt)
    store = pyoxigraph.Store()
    store.load(data, format=OX_FORMATS[fmt])
    # Back through pyoxigraph's own N-Quads writer: the same triples, nothing lost or changed.
    dumped = store.dump(format=pyoxigraph.RdfFormat.N_QUADS)
    reread = (
        union_graph(read_dataset(dumped, "nquads"))
        if fmt in ("trig", "nquads")
        else (
            Graph().parse(
                data=store.dump(
                    format=pyoxigraph.RdfFormat.N_TRIPLES, from_graph=pyoxigraph.DefaultGraph()
                ).decode(),
                format="nt",
            )
        )
    )
    assert_isomorphic(union_graph(built_dataset), reread)
    if fmt in ("trig", "nquads"):
        graphs = {str(q.graph_name.value) for q in store}
        expected = {str(g.identifier) for g in built_dataset.graphs() if len(g)}
        assert graphs == expected


def test_named_graph_per_source(built_dataset) -> None:
    names = sorted(str(g.identifier) for g in built_dataset.graphs() if len(g))
    sources = sorted(p.stem for p in (ROOT / "data" / "sources").glob("*.yaml"))
    assert names == sorted(
        ["https://w3id.org/cskg/id/graph/entities", "https://w3id.org/cskg/ontology"]
        + [f"https://w3id.org/cskg/id/graph/{s}" for s in sources]
    )


def _export_in_subprocess(project: Path, fmt: str, seed: str) -> bytes:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    return subprocess.run(
        [sys.executable, "-m", "graph.cli", "export", "--project", str(project), "-f", fmt],
        check=True,
        capture_output=True,
        env=env,
    ).stdout


@pytest.mark.parametrize("fmt", ["turtle", "trig", "nquads", "nt"])
def test_two_exports_are_byte_identical(project: Path, fmt: str) -> None:
    subprocess.run(
        [sys.executable, "-m", "graph.cli", "build", "--project", str(project)],
        check=True,
        capture_output=True,
        env={**os.environ, "PYTHONHASHSEED": "1"},
    )
    first = _export_in_subprocess(project, fmt, "2")
    second = _export_in_subprocess(project, fmt, "3")
    assert first and first == second


def test_two_builds_are_byte_identical(project: Path) -> None:
    snapshots = []
    for seed in ("11", "12"):
        subprocess.run(
            [sys.executable, "-m", "graph.cli", "build", "--full", "--project", str(project)],
            check=True,
            capture_output=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        snapshots.append((project / "build" / "dataset.nq").read_bytes())
    assert snapshots[0] == snapshots[1]


def test_export_to_file_is_atomic_and_to_stdout(project: Path) -> None:
    assert kg("build", project=project).exit_code == 0
    target = project / "out" / "graph.ttl"
    result = kg("export", "-o", str(target), project=project)
    assert result.exit_code == 0
    assert f"wrote {target}" in result.stderr
    stdout = kg("export", "-o", "-", project=project)
    assert stdout.stdout_bytes == target.read_bytes()
    assert not list(target.parent.glob(".*.tmp"))


def test_export_without_a_build_says_so(project: Path) -> None:
    result = kg("export", project=project)
    assert result.exit_code == 1
    assert "no build found: run `kg build` first" in result.stderr


def test_turtle_has_readable_prefixes(built_dataset) -> None:
    text = export_bytes(built_dataset, "turtle").decode("utf-8")
    for prefix in ("kg:", "schema:", "org:", "prov:", "oa:", "skos:", "dcterms:", "grade:"):
        assert f"@prefix {prefix} " in text
    assert "ns1:" not in text


def test_a_failing_export_leaves_the_previous_file(project: Path, monkeypatch) -> None:
    from graph import export

    assert kg("build", project=project).exit_code == 0
    target = project / "out" / "graph.ttl"
    assert kg("export", "-o", str(target), project=project).exit_code == 0
    before = target.read_bytes()

    def broken(dataset):
        raise RuntimeError("disk on fire")

    monkeypatch.setitem(
        export.EXPORTERS, "turtle", export.Exporter("turtle", ".ttl", "text/turtle", broken)
    )
    with pytest.raises(RuntimeError):
        kg("export", "-o", str(target), project=project)
    assert target.read_bytes() == before
    assert not list(target.parent.glob(".*.tmp"))
