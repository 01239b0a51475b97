"""JSON-LD and CSV exports: re-read, deterministic, hostile text safe, through the CLI."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Literal, URIRef
from rdflib.compare import isomorphic

from graph.export import EXPORTERS, export_bytes, union_graph
from graph.namespace import PREFIXES
from graph.store import read_dataset
from tests.conftest import kg
from tests.test_export import assert_isomorphic
from tests.test_properties import HOSTILE

# pyoxigraph 0.5 reads JSON-LD; with an older one the pyoxigraph checks say why they skip.
OX_JSON_LD = getattr(pyoxigraph.RdfFormat, "JSON_LD", None)
NO_OX_JSON_LD = "the installed pyoxigraph has no RdfFormat.JSON_LD (added in 0.5)"


def _graph_names(dataset: Dataset) -> set[str]:
    return {
        str(g.identifier) for g in dataset.graphs() if isinstance(g.identifier, URIRef) and len(g)
    }


def _reversed_copy(dataset: Dataset) -> Dataset:
    """The same quads inserted in the opposite order (so store order differs)."""
    copy = Dataset()
    quads = sorted(dataset.quads((None, None, None, None)), key=lambda q: tuple(map(str, q)))
    for s, p, o, g in reversed(quads):
        copy.graph(g.identifier if hasattr(g, "identifier") else g).add((s, p, o))
    return copy


def _oxigraph_union(data: bytes):
    store = pyoxigraph.Store()
    store.load(data, format=OX_JSON_LD)
    return store, union_graph(
        read_dataset(store.dump(format=pyoxigraph.RdfFormat.N_QUADS), "nquads")
    )


def test_both_formats_are_registered() -> None:
    assert EXPORTERS["jsonld"].media_type == "application/ld+json"
    assert EXPORTERS["csv"].media_type == "text/csv"


def test_jsonld_rereads_isomorphic_in_rdflib(built_dataset) -> None:
    data = export_bytes(built_dataset, "jsonld")
    reread = read_dataset(data, "json-ld")
    assert_isomorphic(union_graph(built_dataset), union_graph(reread))
    assert _graph_names(reread) == _graph_names(built_dataset)


def test_jsonld_rereads_isomorphic_in_pyoxigraph(built_dataset) -> None:
    if OX_JSON_LD is None:
        pytest.skip(NO_OX_JSON_LD)
    store, reread = _oxigraph_union(export_bytes(built_dataset, "jsonld"))
    assert_isomorphic(union_graph(built_dataset), reread)
    assert {str(q.graph_name.value) for q in store} == _graph_names(built_dataset)


def test_jsonld_has_an_inline_context_and_one_graph_per_source(built_dataset) -> None:
    document = json.loads(export_bytes(built_dataset, "jsonld"))
    assert document["@context"] == PREFIXES
    names = [g["@id"] for g in document["@graph"]]
    assert names == sorted(_graph_names(built_dataset))
    for named in document["@graph"]:
        ids = [node["@id"] for node in named["@graph"]]
        assert ids == sorted(ids)


@pytest.mark.parametrize("fmt", ["jsonld", "csv"])
def test_export_does_not_depend_on_store_order(built_dataset, fmt: str) -> None:
    first = export_bytes(built_dataset, fmt)
    assert first == export_bytes(built_dataset, fmt)
    assert first == export_bytes(_reversed_copy(built_dataset), fmt)


@pytest.mark.parametrize("fmt", ["jsonld", "csv"])
def test_two_exports_in_fresh_processes_are_byte_identical(built: Path, fmt: str) -> None:
    outputs = []
    for seed in ("2", "3"):
        outputs.append(
            subprocess.run(
                [sys.executable, "-m", "graph.cli", "export", "--project", str(built), "-f", fmt],
                check=True,
                capture_output=True,
                env={**os.environ, "PYTHONHASHSEED": seed},
            ).stdout
        )
    assert outputs[0] and outputs[0] == outputs[1]


@settings(max_examples=40, deadline=None)
@given(values=st.lists(HOSTILE, min_size=1, max_size=4), tagged=st.booleans())
def test_hostile_literals_survive_jsonld(values, tagged):
    dataset = Dataset()
    graph = dataset.graph(URIRef("https://example.org/graph/g"))
    for index, value in enumerate(values):
        graph.add(
            (
                URIRef(f"https://example.org/s/{index}"),
                URIRef("https://schema.org/text"),
                Literal(value, lang="en" if tagged else None),
            )
        )
    data = export_bytes(dataset, "jsonld")
    assert data == export_bytes(dataset, "jsonld")
    expected = union_graph(dataset)
    assert isomorphic(expected, union_graph(read_dataset(data, "json-ld"))), data
    if OX_JSON_LD is not None:
        store, reread = _oxigraph_union(data)
        assert isomorphic(expected, reread), data
        assert sorted(q.object.value for q in store) == sorted(values)


def test_csv_rows_are_exact_and_neutralised() -> None:
    ex = "https://example.org/"
    dataset = Dataset()
    graph = dataset.graph(URIRef(ex + "graph/g"))
    s = URIRef(ex + "s")
    text = URIRef("https://schema.org/text")
    graph.add((s, text, Literal('=HYPERLINK("x")')))
    graph.add((s, text, Literal("line one\nline two")))
    graph.add((s, URIRef("https://schema.org/name"), Literal("emoji 😀 clef 𝄞", lang="en")))
    graph.add((s, URIRef("https://schema.org/ratingValue"), Literal(-4)))
    graph.add((s, URIRef("https://schema.org/about"), URIRef(ex + "o")))
    data = export_bytes(dataset, "csv")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    xsd = "http://www.w3.org/2001/XMLSchema#"
    g = ex + "graph/g"
    assert rows == [
        ["subject", "predicate", "object", "datatype", "language", "graph"],
        [ex + "s", "https://schema.org/about", ex + "o", "", "", g],
        [
            ex + "s",
            "https://schema.org/name",
            "emoji 😀 clef 𝄞",
            "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString",
            "en",
            g,
        ],
        [ex + "s", "https://schema.org/ratingValue", "'-4", xsd + "integer", "", g],
        [ex + "s", "https://schema.org/text", '\'=HYPERLINK("x")', xsd + "string", "", g],
        [ex + "s", "https://schema.org/text", "line one\nline two", xsd + "string", "", g],
    ]
    assert '"line one\nline two"' in data.decode("utf-8")
    assert data == export_bytes(_reversed_copy(dataset), "csv")


def test_csv_of_the_build_has_one_row_per_quad(built_dataset) -> None:
    rows = list(csv.reader(io.StringIO(export_bytes(built_dataset, "csv").decode(), newline="")))
    quads = {
        (str(s), str(p), str(o), str(g.identifier if hasattr(g, "identifier") else g))
        for s, p, o, g in built_dataset.quads((None, None, None, None))
    }
    assert len(rows) - 1 == len(quads)
    assert {r[5] for r in rows[1:]} == _graph_names(built_dataset)


def test_kg_export_jsonld_to_a_file(built: Path, built_dataset) -> None:
    target = built / "out" / "graph.jsonld"
    result = kg("export", "-f", "jsonld", "-o", str(target), project=built)
    assert result.exit_code == 0, result.stderr
    assert f"wrote {target}" in result.stderr
    reread = read_dataset(target.read_bytes(), "json-ld")
    assert_isomorphic(union_graph(built_dataset), union_graph(reread))
    assert not list(target.parent.glob(".*.tmp"))


def test_kg_export_csv_to_stdout(built: Path, built_dataset) -> None:
    result = kg("export", "-f", "csv", "-o", "-", project=built)
    assert result.exit_code == 0, result.stderr
    assert result.stdout_bytes.startswith(b"subject,predicate,object,datatype,language,graph\n")
    assert result.stdout_bytes == export_bytes(built_dataset, "csv")
