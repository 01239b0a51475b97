"""The jobs the CLI calls: validate, build, export. Each raises InputError listing every problem."""

from __future__ import annotations

import sys
from pathlib import Path

from rdflib import Dataset, Graph

from graph.build import build_dataset
from graph.corpus import Corpus, load_project
from graph.export import export_bytes, union_graph
from graph.iris import Iris
from graph.namespace import KG, RDF
from graph.problems import InputError
from graph.shacl import load_shapes, shacl_problems
from graph.store import atomic_write, open_store

__all__ = [
    "build_project",
    "check_project",
    "counts",
    "export_project",
    "run_project",
    "validate_project",
    "view_project",
]


def check_project(project: Path) -> tuple[Corpus, Dataset]:
    """Load, check, build and SHACL-validate; raise InputError with every problem."""
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
    where = {}
    for key, location in corpus.locations.items():
        if isinstance(key, tuple):
            where[str(iris.judgement(key[1], key[2]))] = location
        elif corpus.kind_of(key):
            where[str(iris.entity(corpus.kind_of(key), key))] = location
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


def validate_project(project: Path) -> dict[str, int]:
    """Run every check without storing anything; return the counts."""
    _, dataset = check_project(project)
    return counts(dataset)


def build_project(project: Path, store: str | None = None) -> dict[str, int]:
    """Check and build, then replace the store's contents; the old build stays on failure."""
    _, dataset = check_project(project)
    open_store(store, project).save(dataset)
    return counts(dataset)


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
    """The stored build as one graph (the union of its named graphs), for querying.

    A remote store answers with a graph whose queries run on the server.
    """
    opened = open_store(store, project)
    if hasattr(opened, "graph"):
        return opened.graph()
    return union_graph(opened.load())


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
