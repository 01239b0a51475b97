"""The Oxigraph store (``--store oxigraph:DIR``): built through the real pipeline, it gives
the journalists' commands byte-identical answers to the memory store's."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from graph.export import EXPORTERS, export_bytes
from graph.pipeline import build_project
from graph.store import open_store
from tests.conftest import ROOT, kg

OXIGRAPH = "oxigraph:build/oxigraph"
COMMANDS = [
    ("quotes", "--speaker", "whyte", "--evidence"),
    ("quotes", "--since", "2018-02"),
    ("posts",),
    ("ratings", "--evidence"),
    ("responses",),
    ("timeline",),
    ("timeline", "Whyte"),
    ("show", "warren-whyte"),
    ("show", "Ofsted"),
    ("query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"),
]


@pytest.fixture(scope="module")
def both(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("stores")
    for name in ("data", "ontology"):
        shutil.copytree(ROOT / name, root / name)
    memory = build_project(root)
    oxigraph = build_project(root, OXIGRAPH)
    assert memory == oxigraph
    return root


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a))
def test_commands_answer_the_same_on_both_stores(both, args):
    on_memory = kg(*args, "--format", "csv", project=both)
    on_oxigraph = kg(*args, "--format", "csv", "--store", OXIGRAPH, project=both)
    assert on_memory.exit_code == on_oxigraph.exit_code == 0, on_oxigraph.output
    assert on_oxigraph.stdout == on_memory.stdout


@pytest.mark.parametrize("fmt", sorted(EXPORTERS))
def test_every_export_is_the_same(both, fmt):
    memory = open_store(None, both).load()
    oxigraph = open_store(OXIGRAPH, both).load()
    assert export_bytes(oxigraph, fmt) == export_bytes(memory, fmt)


def test_a_failed_build_keeps_the_previous_database(both):
    (both / "data" / "facts" / "bucks-government-sends-commissioner.yaml").write_text(
        "source: [not, a, string]\n", encoding="utf-8"
    )
    try:
        result = kg("build", "--store", OXIGRAPH, project=both)
        assert result.exit_code == 1
        again = kg("posts", "--format", "csv", "--store", OXIGRAPH, project=both)
        assert again.exit_code == 0 and "Warren Whyte" in again.stdout
    finally:
        shutil.copy2(
            ROOT / "data" / "facts" / "bucks-government-sends-commissioner.yaml",
            both / "data" / "facts",
        )


def test_unknown_store_and_missing_build_are_clear(tmp_path):
    result = kg("posts", "--store", "nosuch:x", project=tmp_path)
    assert result.exit_code == 1 and "unknown store 'nosuch:x'" in result.stderr
    result = kg("posts", "--store", "oxigraph:db", project=tmp_path)
    assert result.exit_code == 1 and "no build found" in result.stderr
