"""The jobs the CLI calls: validate, build, export. Each raises InputError listing every problem."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from rdflib import Dataset, Graph

from graph import manifest
from graph.build import build_dataset
from graph.corpus import Corpus, load_project
from graph.engine import Outcome, full_build, incremental_build, locations
from graph.export import export_bytes, union_graph
from graph.iris import Iris
from graph.namespace import KG, RDF
from graph.problems import InputError
from graph.shacl import load_shapes, shacl_problems
from graph.store import atomic_write, open_store

__all__ = [
    "build_project",
    "build_report",
    "check_project",
    "counts",
    "export_project",
    "run_project",
    "validate_project",
    "view_project",
]


def check_project(project: Path) -> tuple[Corpus, Dataset]:
    """Load, check, build and SHACL-validate in memory, the whole graph at once; raise
    InputError with every problem. For small projects and tests: ``kg build`` and
    ``kg validate`` go through graph/engine.py, in parts."""
    corpus = load_project(project)
    iris = Iris()
    dataset = build_dataset(corpus, iris)
    problems = shacl_problems(
        union_graph(dataset), load_shapes(Path(project)), locator(corpus, iris)
    )
    if problems:
        raise InputError(problems)
    return corpus, dataset


def locator(corpus: Corpus, iris: Iris):
    """A function from a node IRI to the (file, line) of the item that made it."""
    where = locations(corpus, iris)
    return lambda node: where.get(str(node))


def counts(dataset: Dataset) -> dict[str, int]:
    """Sources, people, bodies, quotations, findings, judgements and triples in a dataset."""
    union: Graph = union_graph(dataset)

    def count(cls) -> int:
        return len(set(union.subjects(RDF.type, cls)))

    return {
        "sources": count(KG.Source),
        "people": count(KG.Person),
        "bodies": count(KG.Body),
        "posts": count(KG.Post),
        "events": count(KG.Event),
        "quotations": count(KG.Quotation),
        "findings": count(KG.Finding),
        "judgements": count(KG.Judgement),
        "responses": count(KG.Response),
        "triples": len(union),
    }


def validate_project(project: Path, jobs: int | None = None) -> dict[str, int]:
    """Run every check without storing anything; return the counts."""
    outcome, _ = full_build(Path(project), None, jobs)
    return outcome.counts


def build_project(
    project: Path, store: str | None = None, full: bool = False, jobs: int | None = None
) -> dict[str, int]:
    """Check and build, then replace the store's contents; the old build stays on failure."""
    return build_report(project, store, full, jobs).counts


def build_report(
    project: Path, store: str | None = None, full: bool = False, jobs: int | None = None
) -> Outcome:
    """:func:`build_project`, telling also whether the build was incremental and how much it
    rebuilt. Incremental unless ``full``, the store has no manifest of its build, or the
    registry, ontology or code changed (graph/manifest.py)."""
    project = Path(project)
    target = open_store(store, project)
    if not hasattr(target, "full_writer"):  # a remote store takes a whole dataset
        _, dataset = check_project(project)
        target.save(dataset)
        return Outcome(counts(dataset))
    base = Iris().base
    started = time.perf_counter()
    old = None if full else manifest.read(target.manifest_path)
    if os.environ.get("KG_BUILD_TRACE") and old is not None:
        print(f"[build] read the manifest: {time.perf_counter() - started:.2f} s", file=sys.stderr)
    if old is not None:
        result = incremental_build(project, target, old)
        if result is not None:
            outcome, apply = result
            if apply is not None:
                manifest.forget(target.manifest_path)
                apply()
                started = time.perf_counter()
                _remember(target, project, base, outcome, old["global"])
                if os.environ.get("KG_BUILD_TRACE"):
                    print(
                        f"[build] write the manifest: {time.perf_counter() - started:.2f} s",
                        file=sys.stderr,
                    )
            return outcome
    started = manifest.global_hash(project, base)
    outcome, writer = full_build(project, target, jobs)
    manifest.forget(target.manifest_path)
    writer.commit()
    _remember(target, project, base, outcome, started)
    return outcome


def _remember(target, project: Path, base: str, outcome: Outcome, digest: str | None = None):
    """Write the manifest of the build the store now holds."""
    manifest.write(
        target.manifest_path,
        {
            "state": "complete",
            "global": digest or manifest.global_hash(project, base),
            "store": target.identity(),
            "counts": outcome.counts,
            "hierarchy": outcome.hierarchy,
            "registry": outcome.registry,
            "units": outcome.units,
        },
    )


def export_project(project: Path, fmt: str, output: str, store: str | None = None) -> int:
    """Write the stored build in ``fmt`` to ``output`` (a path, or ``-`` for stdout)."""
    data = export_bytes(open_store(store, project).load(), fmt)
    if output == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        atomic_write(Path(output), data)
    return len(data)


def load_graph(project: Path, store: str | None = None) -> Graph:
    """The stored build as one graph (the union of its named graphs), for querying."""
    return open_store(store, project).graph()


def view_project(
    project: Path, output: str, store: str | None = None, **selection
) -> tuple[int, int]:
    """Write the network view of the stored build; return its node and edge counts.

    ``selection``: ``focus``, ``depth``, ``types``, ``since``, ``until``, ``source``, ``theme``
    (see :class:`graph.view.Selection`). ``output`` ``-`` writes the page to standard output.
    """
    from graph.view import Selection, view_html, write_view

    dataset = open_store(store, project).load()
    if output == "-":
        html, nodes, edges = view_html(dataset, Selection.of(**selection))
        sys.stdout.buffer.write(html.encode("utf-8"))
        sys.stdout.flush()
        return nodes, edges
    return write_view(dataset, Path(output), **selection)


def run_project(project: Path, out_dir: Path, store: str | None = None):
    """Build, export Turtle and draw the view under ``out_dir``; return counts and paths."""
    built = build_project(project, store)
    out_dir = Path(out_dir)
    turtle = out_dir / "graph.ttl"
    html = out_dir / "graph.html"
    export_project(project, "turtle", str(turtle), store)
    view_project(project, str(html), store)
    return built, [turtle.resolve(), html.resolve()]
