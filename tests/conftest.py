"""Shared fixtures: a private copy of the project per test, and a CliRunner helper."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.cli import main

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of data/ and ontology/ that a test may change."""
    for name in ("data", "ontology"):
        shutil.copytree(ROOT / name, tmp_path / name)
    return tmp_path


@pytest.fixture(scope="session")
def built_snapshot(tmp_path_factory) -> Path:
    """The memory store's snapshot of a build of the real project, made once per session."""
    from graph.pipeline import build_project

    root = tmp_path_factory.mktemp("built")
    for name in ("data", "ontology"):
        shutil.copytree(ROOT / name, root / name)
    build_project(root)
    return root / "build" / "dataset.nq"


def in_store(spec: str, built_snapshot: Path, tmp_path_factory):
    """Yield a project folder whose build is in the store ``spec``, with ``KG_STORE`` set to
    it meanwhile (the snapshot's dataset is saved into the store, not rebuilt)."""
    from graph.store import open_store, read_dataset

    if spec == "memory":
        root = built_snapshot.parents[1]
    else:
        root = tmp_path_factory.mktemp(spec.split(":")[0])
        for name in ("data", "ontology"):
            shutil.copytree(ROOT / name, root / name)
        open_store(spec, root).save(read_dataset(built_snapshot, "nquads"))
    before = os.environ.get("KG_STORE")
    os.environ["KG_STORE"] = spec
    try:
        yield root
    finally:
        if before is None:
            os.environ.pop("KG_STORE", None)
        else:
            os.environ["KG_STORE"] = before


@pytest.fixture
def built(project: Path, built_snapshot: Path) -> Path:
    """A project copy with a good build already stored."""
    (project / "build").mkdir()
    shutil.copy2(built_snapshot, project / "build" / "dataset.nq")
    return project


@pytest.fixture(scope="session")
def built_dataset():
    """The dataset built from the real project (shared, read-only)."""
    from graph.pipeline import check_project

    return check_project(ROOT)[1]


def kg(*args: str, project: Path | None = None, stdin: bytes | None = None):
    """Run ``kg ARGS`` in-process (``stdin`` fed to it); return click's Result (exit_code,
    stdout, stderr)."""
    argv = list(args)
    if project is not None:
        argv += ["--project", str(project)]
    return CliRunner().invoke(main, argv, input=stdin, catch_exceptions=False)


@pytest.fixture(scope="session")
def browser():
    """Headless Chromium (Debian's), or a skip saying what is missing."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright is not installed (pip install playwright)")
    executable = shutil.which("chromium")
    if executable is None:
        pytest.skip("no chromium on PATH (apt-get install -y chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield browser
        browser.close()


# --- a real SPARQL server for the remote store (tests/virtuoso.py) ---------------------------


def virtuoso_unavailable(reason: str):
    """Skip, saying why; or fail when ``KG_REQUIRE_VIRTUOSO=1`` (as in ``.ci/run``)."""
    import os

    if os.environ.get("KG_REQUIRE_VIRTUOSO") == "1":
        pytest.fail(f"Virtuoso is required here (KG_REQUIRE_VIRTUOSO=1) but: {reason}")
    pytest.skip(f"no Virtuoso: {reason} (bash scripts/virtuoso.sh install)")


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory):
    """A private Virtuoso on 127.0.0.1 (``.query_url``, ``.update_url``, ``.store``), with a
    deliberately small row cap (``ResultSetMaxRows = 2000``, below the largest source graph)
    so that paging and truncation are exercised."""
    from tests.virtuoso import Unavailable, start

    try:
        server = start(tmp_path_factory.mktemp("virtuoso"), max_rows=VIRTUOSO_MAX_ROWS)
    except Unavailable as exc:
        virtuoso_unavailable(str(exc))
    yield server
    server.stop()


VIRTUOSO_MAX_ROWS = 2000


def assert_isomorphic(expected, actual) -> None:
    """Fail with the triples only in one graph or the other (rdflib's ``graph_diff``)."""
    from rdflib.compare import graph_diff, isomorphic, to_isomorphic

    if not isomorphic(expected, actual):
        _, only_expected, only_actual = graph_diff(to_isomorphic(expected), to_isomorphic(actual))
        pytest.fail(
            f"graphs differ\nonly expected:\n{only_expected.serialize(format='nt')}"
            f"\nonly actual:\n{only_actual.serialize(format='nt')}"
        )


# Every source a fact names holds a span of its words: the named queries (graph/queries/*.rq)
# join the span in that source as a required pattern, so a missing one would drop a row.
UNSPANNED_SOURCES = """
PREFIX kg: <https://w3id.org/cskg/ontology#>
SELECT ?fact ?source WHERE {
  { ?fact kg:quotedFrom ?source FILTER NOT EXISTS { ?fact kg:quoteSpan/kg:inSource ?source } }
  UNION
  { ?fact kg:source ?source FILTER NOT EXISTS { ?fact kg:evidence/kg:inSource ?source } }
}"""


def unspanned_sources(graph) -> list[tuple[str, str]]:
    """(fact, source) pairs where the fact names a source but has no span in it."""
    return sorted((str(r[0]), str(r[1])) for r in graph.query(UNSPANNED_SOURCES))
